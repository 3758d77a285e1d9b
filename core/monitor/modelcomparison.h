#pragma once

#include "performancecheck.h"

#include <QJsonObject>

#include <span>
#include <vector>

namespace churnlens {

class RankedScores;

/*!
 * Champion against challenger on the same labelled rows:
 *  - DeLong's test of the ROC AUC difference (DeLong, DeLong & Clarke-Pearson 1988) with the
 *    fast midrank algorithm of Sun & Xu (2014), O(n log n): AUCs, their difference
 *    (challenger − champion), its standard error, z, two-sided p-value and 95% interval;
 *  - a paired bootstrap of the realised campaign value of each model's list at its threshold;
 *  - the overlap of the two models' top-N lists.
 * Rows are used by both models or by neither: a label other than 0/1, or (deLong) a NaN score in
 * either model, leaves the row out.
 *
 * Variances are DeLong's: S10 / m + S01 / n with the sample (m − 1, n − 1) covariances of the
 * placements, m positives and n negatives. A single class leaves everything NaN (no AUC, no
 * test); fewer than two rows of a class gives the AUCs but NaN standard error, z and p. A zero
 * standard error (identical scores, or e.g. a perfect model against constant scores) gives z = 0,
 * p = 1 and the interval [0, 0] when the AUCs are equal, z = ±inf (null in JSON) and p = 0 otherwise.
 */
struct DeLongTest
{
    double aucA = 0.0;           //!< champion
    double aucB = 0.0;           //!< challenger
    double difference = 0.0;     //!< aucB − aucA
    double standardError = 0.0;
    double z = 0.0;
    double pValue = 1.0;         //!< two-sided
    Interval interval;           //!< 95% of the difference
    qint64 positives = 0;
    qint64 negatives = 0;

    QJsonObject toJson() const;
};

//! The value a campaign actually realised on labelled rows, per contacted customer i:
//! y_i · acceptance · value_i − contactCost − offerCost · (1 − y_i + acceptance · y_i).
struct CampaignValueInputs
{
    std::span<const double> values;  //!< value kept per saved customer (e.g. monthly charge x months); one per row
    double acceptance = 0.24;
    double contactCost = 5.0;
    double offerCost = 0.0;
};

struct CampaignBootstrap
{
    double valueA = 0.0;          //!< champion's list at its threshold, realised
    double valueB = 0.0;          //!< challenger's
    double difference = 0.0;      //!< B − A
    Interval interval;            //!< 95% percentile interval of the difference
    double shareBBetter = 0.0;    //!< share of resamples where B's value is higher
    qint64 contactedA = 0;
    qint64 contactedB = 0;
    int resamples = 0;

    QJsonObject toJson() const;
};

struct TopOverlap
{
    qint64 n = 0;                 //!< size of each top list
    qint64 common = 0;
    double share = 0.0;           //!< common / n

    QJsonObject toJson() const;
};

namespace ModelComparison {

//! DeLong's paired test of two scores on the same rows (labels 0/1; other rows skipped).
DeLongTest deLong(std::span<const int8_t> labels, std::span<const double> scoresA, std::span<const double> scoresB);
//! One model's ROC AUC and DeLong variance (used for its interval).
void aucVariance(std::span<const int8_t> labels, std::span<const double> scores, double *auc, double *variance);
//! The same from scores already ranked (RealisedPerformance shares its one sort with it).
void aucVariance(const RankedScores &ranked, double *auc, double *variance);
/*!
 * Paired bootstrap (\a resamples resamples of the rows with replacement, seeded) of the realised
 * campaign value of contacting the rows with score ≥ threshold under each model (a NaN score is
 * not contacted; a missing or non-finite value counts 0). Only rows on exactly one list change the
 * difference, so a resample draws how many of its rows land on them (binomial, by inversion of
 * its tabulated distribution) and then which: O(rows on one list) per resample. No resamples (or
 * no labelled row): NaN interval and shareBBetter. Same seed, same result on any thread count.
 */
CampaignBootstrap campaignBootstrap(std::span<const int8_t> labels, std::span<const double> scoresA, double thresholdA,
                                    std::span<const double> scoresB, double thresholdB, const CampaignValueInputs &inputs,
                                    int resamples = 1000, quint64 seed = 42);
//! How many of each model's \a n highest-scored rows are in both lists (ties broken by row order,
//! NaN scores last). \a n is clipped to [0, rows]; share is NaN for an empty list. O(rows).
TopOverlap topOverlap(std::span<const double> scoresA, std::span<const double> scoresB, qint64 n);

} // namespace ModelComparison

} // namespace churnlens
