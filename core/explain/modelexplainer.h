#pragma once

#include "common/error.h"
#include "common/progress.h"

#include <QList>

#include <memory>

namespace churnlens {

class LinearShap;
class ModelBundle;
class TreeShap;
struct FeatureMatrix;

/*!
 * Exact SHAP values (margin units: log-odds for XGBoost and the logistic regression) for a saved
 * model, whatever its family: TreeSHAP on the trees read from the booster's JSON (xgboost,
 * forest), exact linear SHAP for the logistic regression.
 *
 * Linear SHAP needs the training means of the features: taken from meta.json's "feature_means"
 * when the model folder has them; otherwise the mean of \a background (the customers being
 * scored) serves as the reference, which keeps the values exact and additive but makes them
 * "relative to this file's average customer" (an Info issue says so).
 *
 * Immutable after create(); explainInto()/explainRow() may run on several threads at once.
 */
class ModelExplainer
{
public:
    ModelExplainer();
    ~ModelExplainer();
    ModelExplainer(const ModelExplainer &);
    ModelExplainer &operator=(const ModelExplainer &);

    static Result<ModelExplainer> create(const ModelBundle &bundle, const FeatureMatrix *background = nullptr,
                                         QList<Issue> *issues = nullptr);

    bool isValid() const { return m_tree || m_linear; }
    int featureCount() const;
    //! The base value (expected margin).
    double expectedValue() const;

    //! \a rows rows of featureCount() floats → rows * (featureCount() + 1) doubles (base last).
    Result<void> explainInto(const float *data, qsizetype rows, int cols, double *out, int threads = 1,
                             Progress *progress = nullptr) const;
    //! One row, on the calling thread; \a out holds featureCount() + 1 values.
    void explainRow(const float *row, double *out) const;

private:
    std::shared_ptr<const TreeShap> m_tree;
    std::shared_ptr<const LinearShap> m_linear;
};

} // namespace churnlens
