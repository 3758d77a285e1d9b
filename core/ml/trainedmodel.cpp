#include "trainedmodel.h"

#include "logisticregression.h"
#include "prep/featurematrix.h"
#include "xgbbooster.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace churnlens {

TrainedModel::TrainedModel() = default;
TrainedModel::~TrainedModel() = default;
TrainedModel::TrainedModel(const TrainedModel &) = default;
TrainedModel &TrainedModel::operator=(const TrainedModel &) = default;
TrainedModel::TrainedModel(TrainedModel &&) noexcept = default;
TrainedModel &TrainedModel::operator=(TrainedModel &&) noexcept = default;

TrainedModel::TrainedModel(ModelSpec spec, QStringList featureNames, XgbBooster booster)
    : m_spec(std::move(spec)), m_featureNames(std::move(featureNames)), m_booster(std::make_shared<const XgbBooster>(std::move(booster)))
{
}

TrainedModel::TrainedModel(ModelSpec spec, QStringList featureNames, LogisticRegression model)
    : m_spec(std::move(spec)), m_featureNames(std::move(featureNames)),
      m_logistic(std::make_shared<const LogisticRegression>(std::move(model)))
{
}

bool TrainedModel::isValid() const
{
    return m_booster || m_logistic;
}

const XgbBooster *TrainedModel::booster() const
{
    return m_booster.get();
}

const LogisticRegression *TrainedModel::logistic() const
{
    return m_logistic.get();
}

QString TrainedModel::importanceKind() const
{
    return m_logistic ? QStringLiteral("standardized_coefficient") : QStringLiteral("gain");
}

Result<std::vector<double>> TrainedModel::predictProba(const float *values, qsizetype rows, int cols) const
{
    if (!isValid())
        return makeError(ErrorCode::Model, Tr::tr("No model has been trained or loaded."));
    if (cols != featureCount())
        return makeError(ErrorCode::Model, Tr::tr("The model expects %1 features but got %2.").arg(featureCount()).arg(cols),
                         Tr::tr("Prepare the data with the preparation saved with this model."));
    if (rows == 0)
        return std::vector<double>();
    if (m_logistic) {
        for (size_t i = 0; i < size_t(rows) * size_t(cols); ++i) {
            if (std::isnan(values[i]))
                return makeError(ErrorCode::BadInput, Tr::tr("A missing value reached the logistic regression (row %1).").arg(qsizetype(i / size_t(cols)) + 1),
                                 Tr::tr("The preparation must impute missing values for this model."));
        }
        return m_logistic->predictProba(values, rows);
    }
    const bool forest = m_spec.kind == ModelKind::Forest;
    auto raw = m_booster->predictDense(values, rows, cols, forest ? XgbBooster::Output::Margin : XgbBooster::Output::Probability);
    if (!raw)
        return std::unexpected(raw.error());
    std::vector<double> p(raw->size());
    for (size_t i = 0; i < p.size(); ++i)
        p[i] = forest ? forestProbability(double((*raw)[i])) : double((*raw)[i]);
    return p;
}

Result<std::vector<double>> TrainedModel::predictProba(const FeatureMatrix &matrix) const
{
    return predictProba(matrix.values.data(), matrix.rows, matrix.cols);
}

QString TrainedModel::fileName() const
{
    return m_spec.kind == ModelKind::Logistic ? QStringLiteral("logistic.json") : QStringLiteral("model.json");
}

Result<QByteArray> TrainedModel::serialize() const
{
    if (m_logistic)
        return QJsonDocument(m_logistic->toJson(m_featureNames)).toJson(QJsonDocument::Indented);
    if (m_booster)
        return m_booster->toJson();
    return makeError(ErrorCode::Model, Tr::tr("No model has been trained or loaded."));
}

Result<TrainedModel> TrainedModel::deserialize(const ModelSpec &spec, const QStringList &featureNames, const QByteArray &content)
{
    if (spec.kind == ModelKind::Logistic) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(content, &parseError);
        if (!doc.isObject())
            return makeError(ErrorCode::Model, Tr::tr("The logistic model is not valid JSON: %1").arg(parseError.errorString()));
        auto model = LogisticRegression::fromJson(doc.object());
        if (!model)
            return std::unexpected(model.error());
        if (model->cols() != featureNames.size())
            return makeError(ErrorCode::Model, Tr::tr("The logistic model has %1 coefficients for %2 features.").arg(model->cols()).arg(featureNames.size()));
        return TrainedModel(spec, featureNames, std::move(*model));
    }
    auto booster = XgbBooster::fromJson(content);
    if (!booster)
        return std::unexpected(booster.error());
    auto n = booster->featureCount();
    if (!n)
        return std::unexpected(n.error());
    if (*n != featureNames.size())
        return makeError(ErrorCode::Model, Tr::tr("The XGBoost model has %1 features but the metadata lists %2.").arg(*n).arg(featureNames.size()));
    return TrainedModel(spec, featureNames, std::move(*booster));
}

} // namespace churnlens
