#pragma once

#include <QtGlobal>

#include <span>

namespace churnlens::stats {

//! A proportion's confidence interval.
struct Interval
{
    double low = 0.0;
    double high = 0.0;
};

//! Two-sided standard normal quantile for a confidence level (0.95 -> 1.959964).
double normalQuantileTwoSided(double confidence);

/*!
 * Wilson score interval for \a successes out of \a trials at normal quantile \a z.
 * Chosen over the textbook p ± z·se because it stays inside [0, 1] and is honest for
 * small groups and rates near 0 or 1 (a level with 3 customers, none churned).
 * Both ends are NaN when \a trials is 0.
 */
Interval wilson(qsizetype successes, qsizetype trials, double z);

/*!
 * Quantile \a p of ascending \a sorted values by linear interpolation between the
 * order statistics at (n-1)·p — the definition numpy, pandas and R (type 7) use by
 * default, so numbers agree with a notebook. NaN for an empty input.
 */
double quantileSorted(std::span<const double> sorted, double p);

/*!
 * Association of a grouped feature with a binary target, from per-group counts
 * (group g has positives[g] churned and negatives[g] stayed). Empty groups are ignored.
 */
struct TwoByK
{
    double chiSquare = 0.0;
    //! Cramér's V with Bergsma's (2013) small-sample bias correction, in [0, 1]; NaN if undefined.
    //! The correction keeps features with many small levels from looking strong by chance.
    double cramersV = 0.0;
    //! Mutual information between the groups and the target, in bits.
    double mutualInformation = 0.0;
    int groups = 0; //!< non-empty groups
    qsizetype n = 0;
};
TwoByK twoByK(std::span<const qsizetype> positives, std::span<const qsizetype> negatives);

/*!
 * Area under the ROC curve when a single score per group ranks the customers, ties counted
 * half (the Mann–Whitney statistic). Groups are ranked by \a score ascending.
 * NaN when either class is empty.
 */
double groupedAuc(std::span<const double> score, std::span<const qsizetype> positives,
                  std::span<const qsizetype> negatives);

/*!
 * Mann–Whitney AUC of a numeric feature: the probability that a random churner has a higher
 * value than a random stayer (ties half). \a pos and \a neg must be ascending. O(n).
 */
double aucSorted(std::span<const double> pos, std::span<const double> neg);

} // namespace churnlens::stats
