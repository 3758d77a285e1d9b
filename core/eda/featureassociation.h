#pragma once

#include <QString>

#include <limits>

namespace churnlens {

/*!
 * How strongly one feature goes with churn. Every feature is scored on the same scale:
 * bias-corrected Cramér's V of its groups (category levels; numeric bins as in the churn
 * breakdown, missing values as a group of their own) against churned/stayed.
 */
struct FeatureAssociation
{
    static constexpr double nan = std::numeric_limits<double>::quiet_NaN();

    int column = -1;
    QString name;
    bool numeric = false;
    double cramersV = nan;          //!< the ranking score, 0 (none) .. 1 (perfect)
    double mutualInformation = nan; //!< bits, from the same groups
    /*!
     * Single-feature ROC AUC. Numbers: P(churner's value > stayer's value), ties half —
     * above 0.5 means higher values go with churn. Categories: the AUC of ranking levels by
     * their churn rate (always >= 0.5); only levels with enough customers take part.
     */
    double auc = nan;
    int groups = 0;                 //!< groups that entered Cramér's V
    qsizetype n = 0;                //!< customers with a known churn value

    double score() const { return cramersV; }
    //! Somers' D = 2·AUC − 1: signed, +1 when higher values always mean churn.
    double somersD() const { return 2.0 * auc - 1.0; }
};

} // namespace churnlens
