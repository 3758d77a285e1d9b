#pragma once

#include "ml/binarymetrics.h"

#include <QJsonObject>
#include <QString>

#include <limits>
#include <map>
#include <span>

namespace churnlens {

//! A 95% interval; NaN ends when it could not be computed.
struct Interval
{
    double low = std::numeric_limits<double>::quiet_NaN();
    double high = std::numeric_limits<double>::quiet_NaN();
    bool isValid() const;
    QJsonObject toJson() const; //!< {"low","high"} (null when NaN)
};

/*!
 * The model's metrics on a file whose outcomes are known, with 95% intervals:
 *  - accuracy, precision, recall: Wilson score intervals;
 *  - ROC AUC: DeLong's variance (ModelComparison::aucVariance);
 *  - Brier: mean ± 1.96 standard errors of the squared errors;
 *  - F1 and PR AUC: percentile bootstrap (200 resamples, seeded) — on at most 100,000 rows drawn
 *    without replacement, the interval then narrowed by sqrt(drawn / rows) (the usual 1/sqrt(n)
 *    scaling of a standard error). Exactly: with v the value on all rows, v_s the value on the
 *    drawn rows and [lo, hi] the 2.5% / 97.5% percentiles (linear interpolation) of the resamples,
 *    the interval is [v − f·max(0, v_s − lo), v + f·max(0, hi − v_s)], f = sqrt(drawn / rows); with
 *    all rows drawn (f = 1, v_s = v) that is the plain percentile interval.
 * Every interval is clipped to [0, 1]; one that cannot be computed (no rows, a single class,
 * no predicted positive for precision...) has NaN ends.
 * Rows whose label is not 0/1 or whose probability is NaN are left out. Value type; compute()
 * runs the bootstrap on its own threads (parallelFor) and gives the same result on any count.
 */
struct RealisedPerformance
{
    BinaryMetrics metrics;                 //!< at the model's threshold
    std::map<QString, Interval> intervals; //!< by BinaryMetrics machine name (log_loss has none)
    qint64 rows = 0;
    qint64 positives = 0;

    static RealisedPerformance compute(std::span<const int8_t> labels, std::span<const double> probabilities,
                                       double threshold, quint64 seed = 42);
    QJsonObject toJson() const;
};

/*!
 * Confidence-based performance estimation (CBPE) for a file without outcomes: the model's
 * calibrated probabilities are taken as each customer's chance of churning, so
 *   E[TP] = Σ_{p ≥ t} p, E[FP] = Σ_{p ≥ t} (1 − p), E[FN] = Σ_{p < t} p, E[TN] = Σ_{p < t} (1 − p),
 * accuracy, precision, recall and F1 follow from the expected confusion matrix, and ROC AUC is
 * the area under the curve of expected cumulative true and false positives in score order
 * (ties as one step). Accuracy's interval: ± 1.96 sqrt(Σ c(1 − c)) / n with c the chance each
 * customer is classified right. Assumes customers with the same features behave as in training
 * (no concept drift); only as good as the calibration. Precision, recall and F1 are 0 when their
 * expected denominator is 0 (as BinaryMetrics); ROC AUC is NaN when Σp or Σ(1 − p) is 0. Value type.
 */
struct EstimatedPerformance
{
    static constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

    double accuracy = NaN;
    double precision = NaN;
    double recall = NaN;
    double f1 = NaN;
    double rocAuc = NaN;
    Interval accuracyInterval;
    double expectedChurnRate = NaN;        //!< mean probability
    double threshold = 0.5;
    qint64 rows = 0;                       //!< rows with a probability (NaN skipped)

    static EstimatedPerformance compute(std::span<const double> probabilities, double threshold);
    QJsonObject toJson() const;
};

} // namespace churnlens
