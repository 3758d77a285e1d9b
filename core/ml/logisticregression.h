#pragma once

#include "common/error.h"

#include <QJsonObject>
#include <QStringList>

#include <span>
#include <vector>

namespace churnlens {

class Progress;

/*!
 * Binary logistic regression with an L2 (or L1) penalty, solved to a tight tolerance:
 * Newton's method with a line search for L2, proximal Newton (coordinate descent on the
 * quadratic model) for L1. The objective is scikit-learn's:
 *   C * sum_i s_i * logloss_i + 0.5 * |w|^2   (L2)     or     C * sum_i s_i * logloss_i + |w|_1   (L1)
 * with the intercept not penalised, so coefficients match LogisticRegression(C=...) to 1e-6.
 * Value type; const methods are thread-safe.
 */
class LogisticRegression
{
public:
    enum class Penalty { L1 = 1, L2 = 2 };

    struct Options
    {
        double C = 1.0;
        Penalty penalty = Penalty::L2;
        double tolerance = 1e-9;   //!< on the largest (sub)gradient component, relative to C * rows
        int maxIterations = 200;   //!< Newton steps
        int threads = 1;           //!< see threadCount(); the sums are split in this many parts
    };

    /*!
     * Fits on dense row-major floats (no missing values), \a labels 0/1, optional \a weights
     * (empty = 1 each). Polls \a progress between Newton steps.
     */
    static Result<LogisticRegression> fit(const float *data, qsizetype rows, int cols, std::span<const float> labels,
                                          std::span<const float> weights, const Options &options, Progress *progress = nullptr);

    //! Probabilities of class 1 for dense row-major floats with cols() columns.
    std::vector<double> predictProba(const float *data, qsizetype rows) const;
    std::vector<double> decisionFunction(const float *data, qsizetype rows) const;

    int cols() const { return int(m_coefficients.size()); }
    const std::vector<double> &coefficients() const { return m_coefficients; }
    double intercept() const { return m_intercept; }
    int iterations() const { return m_iterations; }
    bool converged() const { return m_converged; }
    const Options &options() const { return m_options; }

    //! {"format":"churnlens-logistic","version":1,"C","penalty","intercept","coefficients","features"}
    QJsonObject toJson(const QStringList &featureNames = {}) const;
    static Result<LogisticRegression> fromJson(const QJsonObject &json);

private:
    std::vector<double> m_coefficients;
    double m_intercept = 0.0;
    Options m_options;
    int m_iterations = 0;
    bool m_converged = false;
};

} // namespace churnlens
