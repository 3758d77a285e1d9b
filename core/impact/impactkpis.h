#pragma once

#include "score/riskthresholds.h"

#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <limits>
#include <span>

namespace churnlens {

/*!
 * The impact dashboard's headline figures for one scored file:
 *   customers scored, predicted churn rate = mean probability,
 *   customers per risk level (the RiskThresholds in use),
 *   monthly revenue at risk = Σ probability x monthly charge (rows with a known charge),
 *   revenue at risk over the horizon = monthly x months,
 *   and, when the file records what happened, the realised churn rate.
 * Value type.
 */
struct ImpactKpis
{
    static constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

    qsizetype rows = 0;
    qsizetype scored = 0;                 //!< rows with a probability
    double meanProbability = NaN;         //!< predicted churn rate
    double expectedChurners = 0.0;        //!< Σp
    RiskThresholds thresholds;
    RiskCounts risk;
    bool hasCharges = false;              //!< monthly charges were given
    qsizetype missingCharges = 0;         //!< scored rows whose charge is unknown (left out of the money)
    double monthlyRevenue = NaN;          //!< Σ charge over scored rows with a charge
    double monthlyRevenueAtRisk = NaN;    //!< Σ p x charge
    double highRiskMonthlyRevenueAtRisk = NaN; //!< Σ p x charge over the high-risk customers
    double months = 12.0;
    qsizetype withOutcome = 0;            //!< scored rows whose outcome is recorded
    double observedChurnRate = NaN;       //!< churned / withOutcome; NaN without outcomes

    double horizonRevenueAtRisk() const { return monthlyRevenueAtRisk * months; }

    /*!
     * \a charges: empty, or monthly charge per row (NaN = unknown). \a labels: empty, or per
     * row 1 / 0 / -1 (unknown). \a months: the horizon for the revenue at risk.
     */
    static ImpactKpis compute(std::span<const double> probabilities, std::span<const double> charges,
                              std::span<const int8_t> labels, const RiskThresholds &thresholds, double months);

    QJsonObject toJson() const;
};

} // namespace churnlens
