#pragma once

#include "common/error.h"
#include "common/progress.h"
#include "explain/shapmatrix.h"

#include <vector>

namespace churnlens {

struct FeatureMatrix;

/*!
 * Exact SHAP values of a linear (logistic regression) model, margin = intercept + sum w_j x_j,
 * with features taken as independent and the training data as background: feature j gets
 * w_j (x_j - E[x_j]) and the base value is intercept + sum w_j E[x_j] (E = training means), so
 * base + contributions is the margin (log-odds) exactly. Missing values (NaN) are refused:
 * a linear model has no default direction, and the prepared data has them imputed.
 * Immutable after create(): explain() may run on several threads at once.
 */
class LinearShap
{
public:
    static Result<LinearShap> create(std::vector<double> weights, double intercept, std::vector<double> means);

    int featureCount() const { return int(m_weights.size()); }
    double expectedValue() const { return m_expectedValue; }
    const std::vector<double> &weights() const { return m_weights; }
    const std::vector<double> &means() const { return m_means; }
    double intercept() const { return m_intercept; }

    //! intercept + sum w_j x_j of one row (NaN if the row has a missing value).
    double predictMargin(const float *row) const;

    Result<ShapMatrix> explain(const float *data, qsizetype rows, int cols, int threads = 0,
                               Progress *progress = nullptr) const;
    Result<ShapMatrix> explain(const FeatureMatrix &matrix, int threads = 0, Progress *progress = nullptr) const;
    //! As explain(), into \a out (rows * (cols + 1) doubles) owned by the caller.
    Result<void> explainInto(const float *data, qsizetype rows, int cols, double *out, int threads = 0,
                             Progress *progress = nullptr) const;
    //! One row in double (what-if); \a out holds featureCount() + 1 values. NaN in, NaN out.
    void explainRow(const float *row, double *out) const;

private:
    std::vector<double> m_weights;
    std::vector<double> m_means;
    double m_intercept = 0.0;
    double m_expectedValue = 0.0;
};

} // namespace churnlens
