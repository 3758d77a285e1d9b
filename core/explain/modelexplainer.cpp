#include "modelexplainer.h"

#include "linearshap.h"
#include "treeensemble.h"
#include "treeshap.h"
#include "ml/logisticregression.h"
#include "ml/modelbundle.h"
#include "ml/xgbbooster.h"
#include "prep/featurematrix.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace churnlens {

ModelExplainer::ModelExplainer() = default;
ModelExplainer::~ModelExplainer() = default;
ModelExplainer::ModelExplainer(const ModelExplainer &) = default;
ModelExplainer &ModelExplainer::operator=(const ModelExplainer &) = default;

int ModelExplainer::featureCount() const
{
    return m_tree ? m_tree->featureCount() : m_linear ? m_linear->featureCount() : 0;
}

double ModelExplainer::expectedValue() const
{
    return m_tree ? m_tree->expectedValue() : m_linear ? m_linear->expectedValue() : 0.0;
}

Result<ModelExplainer> ModelExplainer::create(const ModelBundle &bundle, const FeatureMatrix *background,
                                              QList<Issue> *issues)
{
    const TrainedModel &model = bundle.model();
    ModelExplainer e;
    if (const XgbBooster *booster = model.booster()) {
        auto json = booster->toJson();
        if (!json)
            return std::unexpected(json.error());
        auto ensemble = TreeEnsemble::fromJson(*json);
        if (!ensemble)
            return std::unexpected(ensemble.error());
        auto shap = TreeShap::create(*ensemble);
        if (!shap)
            return std::unexpected(shap.error());
        if (shap->featureCount() > model.featureCount())
            return makeError(ErrorCode::Model, Tr::tr("The trees use %1 features; the model has %2.")
                                                   .arg(shap->featureCount()).arg(model.featureCount()));
        e.m_tree = std::make_shared<const TreeShap>(std::move(*shap));
        return e;
    }
    const LogisticRegression *logistic = model.logistic();
    if (!logistic)
        return makeError(ErrorCode::Model, Tr::tr("No model has been trained or loaded."));

    const int n = logistic->cols();
    std::vector<double> means;
    const QJsonArray saved = bundle.meta().value(QLatin1String("feature_means")).toArray();
    if (saved.size() == n) {
        for (const QJsonValue &v : saved)
            means.push_back(v.toDouble(std::nan("")));
    }
    const bool savedOk = !means.empty() && std::all_of(means.begin(), means.end(), [](double m) { return std::isfinite(m); });
    if (!savedOk) {
        means.assign(size_t(n), 0.0);
        if (background && background->cols == n && background->rows > 0) {
            std::vector<qsizetype> counts(size_t(n), 0);
            for (qsizetype r = 0; r < background->rows; ++r) {
                const float *row = background->row(r);
                for (int c = 0; c < n; ++c) {
                    if (!std::isnan(row[c])) {
                        means[size_t(c)] += double(row[c]);
                        ++counts[size_t(c)];
                    }
                }
            }
            for (int c = 0; c < n; ++c)
                means[size_t(c)] = counts[size_t(c)] ? means[size_t(c)] / double(counts[size_t(c)]) : 0.0;
        }
        if (issues) {
            Issue issue;
            issue.severity = Issue::Severity::Info;
            issue.message = background
                ? Tr::tr("The model folder does not keep the training averages: factors of the logistic regression "
                         "are relative to the average customer of this file.")
                : Tr::tr("The model folder does not keep the training averages: factors of the logistic regression "
                         "are relative to a customer with all features at zero.");
            issues->append(issue);
        }
    }
    auto shap = LinearShap::create(logistic->coefficients(), logistic->intercept(), std::move(means));
    if (!shap)
        return std::unexpected(shap.error());
    e.m_linear = std::make_shared<const LinearShap>(std::move(*shap));
    return e;
}

Result<void> ModelExplainer::explainInto(const float *data, qsizetype rows, int cols, double *out, int threads,
                                         Progress *progress) const
{
    // Trees may use fewer features than the model has (unused trailing ones): TreeShap explains
    // the columns they know and gives the others 0, in parallel blocks that report progress and
    // poll cancel (a row at a time here took seconds between polls with deep forests).
    if (m_tree)
        return m_tree->explainInto(data, rows, cols, out, threads, progress);
    if (m_linear)
        return m_linear->explainInto(data, rows, cols, out, threads, progress);
    return makeError(ErrorCode::Model, Tr::tr("No model has been trained or loaded."));
}

void ModelExplainer::explainRow(const float *row, double *out) const
{
    if (m_tree)
        m_tree->explainRow(row, out);
    else if (m_linear)
        m_linear->explainRow(row, out);
}

} // namespace churnlens
