#pragma once

#include "performancecheck.h"

#include <QJsonObject>

#include <span>
#include <vector>

namespace churnlens {

/*!
 * Champion against challenger on the same labelled rows:
 *  - DeLong's test of the ROC AUC difference (DeLong, DeLong & Clarke-Pearson 1988) with the
 *    fast midrank algorithm of Sun & Xu (2014), O(n log n): AUCs, their difference
 *    (challenger − champion), its standard error, z, two-sided p-value and 95% interval;
 *  - a paired bootstrap of the realised campaign value of each model's list at its threshold;
 *  - the overlap of the two models' top-N lists.
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
/*!
 * Paired bootstrap (\a resamples resamples of the rows with replacement, seeded) of the realised
 * campaign value of contacting the rows with score ≥ threshold under each model.
 */
CampaignBootstrap campaignBootstrap(std::span<const int8_t> labels, std::span<const double> scoresA, double thresholdA,
                                    std::span<const double> scoresB, double thresholdB, const CampaignValueInputs &inputs,
                                    int resamples = 1000, quint64 seed = 42);
//! How many of each model's \a n highest-scored rows are in both lists (ties broken by row order).
TopOverlap topOverlap(std::span<const double> scoresA, std::span<const double> scoresB, qint64 n);

} // namespace ModelComparison

} // namespace churnlens
