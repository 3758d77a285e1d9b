#pragma once

#include "campaigneconomics.h"
#include "common/error.h"

#include <QJsonObject>

#include <cstdint>
#include <span>
#include <vector>

namespace churnlens {

class Progress;

//! One point of the profit curve: contacting the best-ranked \a customers. Value type.
struct ProfitPoint
{
    double share = 0.0;          //!< customers / scored
    qsizetype customers = 0;
    double net = 0.0;            //!< expected net saving at the middle acceptance rate
    double netLow = 0.0;         //!< 10% quantile over the acceptance range (= net without a range)
    double netHigh = 0.0;        //!< 90% quantile
    double cost = 0.0;           //!< expected campaign cost (middle acceptance)
    double gains = 0.0;          //!< share of all expected churners (Σp) reached
    double gainsObserved = 0.0;  //!< share of the recorded churners reached; NaN without outcomes
};

/*!
 * Net saving against the share of customers contacted (the expected-maximum-profit idea of
 * Verbraken et al. 2013), with cumulative gains. Customers are ranked by their expected net
 * saving at the middle acceptance rate, p x (a x V + d x (1 - a)) - f - d (the order that
 * maximises it; by p x V when there is no offer cost), ties to the earlier row. The best share
 * is the prefix with the highest expected net saving whose expected cost fits the budget; no
 * one when no prefix gains money. Value type.
 */
struct ProfitCurve
{
    qsizetype scored = 0;            //!< customers with a probability (the pool)
    CampaignEconomics economics;
    std::vector<ProfitPoint> points; //!< share 0 to 1 in even steps (at most maxPoints), plus the best point
    qsizetype bestCustomers = 0;     //!< the recommendation: contact this many, best first
    CampaignOutcome best;            //!< its figures (middle acceptance)
    double bestNetLow = 0.0;         //!< its 10-90% band
    double bestNetHigh = 0.0;
    //! The budget stopped the list before the unconstrained best (which is then unconstrainedBest).
    bool budgetLimited = false;
    qsizetype unconstrainedBestCustomers = 0;
    CampaignOutcome everyone;        //!< contacting every scored customer
    bool hasOutcomes = false;        //!< labels were given (gainsObserved is filled)
    qsizetype observedChurners = 0;

    double bestShare() const { return scored > 0 ? double(bestCustomers) / double(scored) : 0.0; }

    /*!
     * \a probabilities: per row, NaN = not scored (left out). \a values: what keeping each
     * customer is worth (same length; NaN counts as 0). \a labels: empty, or per row 1 =
     * churned, 0 = stayed, -1 = unknown. Fails on invalid economics or mismatched lengths;
     * stops (Canceled) when \a progress is canceled.
     */
    static Result<ProfitCurve> compute(std::span<const double> probabilities, std::span<const double> values,
                                       std::span<const int8_t> labels, const CampaignEconomics &economics,
                                       Progress *progress = nullptr, int maxPoints = 201);

    //! The curve's figures for --json and the report's numbers.
    QJsonObject toJson(bool withPoints = true) const;
};

} // namespace churnlens
