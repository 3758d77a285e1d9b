#include "modelverifier.h"

#include "data/datatable.h"
#include "explain/modelexplainer.h"
#include "ml/binarymetrics.h"
#include "ml/modelbundle.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace churnlens {

namespace {

QJsonValue orNull(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

Issue issue(Issue::Severity severity, const QString &message)
{
    Issue i;
    i.severity = severity;
    i.message = message;
    return i;
}

//! \a count rows spread evenly over \a total (all of them when count <= 0 or >= total).
std::vector<qsizetype> sample(qsizetype total, qsizetype count)
{
    if (count <= 0 || count > total)
        count = total;
    std::vector<qsizetype> rows(static_cast<size_t>(count));
    for (qsizetype i = 0; i < count; ++i)
        rows[size_t(i)] = qsizetype(qint64(i) * qint64(total) / qint64(count));
    return rows;
}

} // namespace

QJsonObject ModelVerification::toJson() const
{
    QJsonArray texts;
    for (const Issue &i : issues)
        texts.append(i.toString());
    return QJsonObject{
        {QStringLiteral("table_rows"), double(tableRows)},
        {QStringLiteral("rows_scored"), double(rowsScored)},
        {QStringLiteral("min_probability"), orNull(minProbability)},
        {QStringLiteral("mean_probability"), orNull(meanProbability)},
        {QStringLiteral("max_probability"), orNull(maxProbability)},
        {QStringLiteral("threshold"), orNull(threshold)},
        {QStringLiteral("share_at_threshold"), orNull(shareAtThreshold)},
        {QStringLiteral("labelled_rows"), double(labelledRows)},
        {QStringLiteral("roc_auc"), orNull(rocAuc)},
        {QStringLiteral("explained"), explained},
        {QStringLiteral("issues"), texts},
    };
}

Result<ModelVerification> ModelVerifier::verify(const ModelBundle &model, const DataTable &table, qsizetype sampleRows,
                                                Progress *progress)
{
    ModelVerification v;
    v.tableRows = table.rowCount();
    v.threshold = model.threshold();
    if (table.rowCount() == 0)
        return makeError(ErrorCode::BadInput, tr("The table has no rows to score."));
    const std::vector<qsizetype> rows = sample(table.rowCount(), sampleRows);
    auto features = model.preparation().transform(table, rows, &v.issues, progress);
    if (!features)
        return std::unexpected(features.error());
    auto probabilities = model.predictProba(*features);
    if (!probabilities)
        return std::unexpected(probabilities.error());

    double sum = 0.0;
    qsizetype above = 0, unscored = 0;
    for (double p : *probabilities) {
        if (!std::isfinite(p)) {
            ++unscored;
            continue;
        }
        ++v.rowsScored;
        sum += p;
        above += p >= v.threshold ? 1 : 0;
        v.minProbability = v.rowsScored == 1 ? p : std::min(v.minProbability, p);
        v.maxProbability = v.rowsScored == 1 ? p : std::max(v.maxProbability, p);
    }
    if (v.rowsScored > 0) {
        v.meanProbability = sum / double(v.rowsScored);
        v.shareAtThreshold = double(above) / double(v.rowsScored);
    }
    if (unscored > 0)
        v.issues << issue(Issue::Severity::Error, tr("%1 of %2 sampled rows got no probability.").arg(unscored).arg(rows.size()));
    if (v.rowsScored > 1 && v.maxProbability - v.minProbability < 1e-9)
        v.issues << issue(Issue::Severity::Warning, tr("Every sampled customer gets the same probability (%1): the model does not tell them apart on this data.")
                                                        .arg(v.minProbability, 0, 'f', 4));

    // Labels, when the table has the model's churn column: a first look at how well it ranks.
    const std::vector<int8_t> all = model.targetLabels(table);
    if (!all.empty()) {
        std::vector<int8_t> labels;
        std::vector<double> scores;
        for (size_t i = 0; i < rows.size(); ++i) {
            const int8_t y = all[size_t(rows[i])];
            if (y >= 0 && std::isfinite((*probabilities)[i])) {
                labels.push_back(y);
                scores.push_back((*probabilities)[i]);
            }
        }
        v.labelledRows = qsizetype(labels.size());
        v.rocAuc = BinaryMetrics::rocAucScore(labels, scores);
    }

    // Factors: what the score view shows must work for this model too, and add up to its probabilities.
    auto explainer = ModelExplainer::create(model, &*features, &v.issues);
    if (!explainer) {
        v.issues << issue(Issue::Severity::Error, tr("Factors cannot be computed for this model: %1").arg(explainer.error().message));
        return v;
    }
    const int cols = features->cols;
    std::vector<double> shap(size_t(features->rows) * size_t(cols + 1));
    if (auto ok = explainer->explainInto(features->values.data(), features->rows, cols, shap.data(), 1, progress); !ok) {
        if (ok.error().code == ErrorCode::Canceled)
            return std::unexpected(ok.error());
        v.issues << issue(Issue::Severity::Error, tr("Factors cannot be computed for this model: %1").arg(ok.error().message));
        return v;
    }
    double worst = 0.0;
    for (qsizetype r = 0; r < features->rows; ++r) {
        const double p = (*probabilities)[size_t(r)];
        if (!std::isfinite(p))
            continue;
        double margin = 0.0;
        for (int c = 0; c <= cols; ++c)
            margin += shap[size_t(r) * size_t(cols + 1) + size_t(c)];
        // The factors add up in the model's own scale; its calibration then maps the probability.
        const double q = model.calibration().apply(model.kind() == ModelKind::Forest ? TrainedModel::forestProbability(margin)
                                                                                     : 1.0 / (1.0 + std::exp(-margin)));
        worst = std::max(worst, std::abs(q - p));
    }
    v.explained = worst <= 1e-4;
    if (!v.explained)
        v.issues << issue(Issue::Severity::Warning, tr("The factors do not add up to the probabilities (off by up to %1).").arg(worst, 0, 'g', 3));
    return v;
}

} // namespace churnlens
