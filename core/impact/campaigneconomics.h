#pragma once

#include "common/error.h"

#include <QJsonObject>

#include <cmath>
#include <limits>

namespace churnlens {

/*!
 * The money side of a retention campaign, for the impact dashboard's simulator, the Score &
 * export area's campaign panel and the report: one formula for all of them.
 *
 * Contacting a customer with churn probability p and value V (what keeping them is worth)
 * costs the contact cost f. A would-be churner accepts the offer with probability a (the
 * acceptance rate) and stays: the campaign keeps a x p x V. Whoever takes the offer costs the
 * offer cost d: the would-be churners who accept (a x p) and, as in Verbraken et al. (2013),
 * the customers who were not going to leave anyway (1 - p), who take a free offer too. So per
 * contacted customer
 *   expected revenue saved  a x p x V
 *   expected cost           f + d x (1 - p + a x p)
 *   expected net saving     a x p x V - f - d x (1 - p + a x p)
 * and a list's figures are sums, computable from its size n, Σp and Σ p x V (outcome()).
 *
 * The acceptance rate may be a range (acceptanceLow < acceptanceHigh): the point figures use
 * its middle, and "anywhere in the range, equally likely" gives the 10-90% band (net saving is
 * linear in a, so the band is the net at acceptanceAt(0.1) and acceptanceAt(0.9)).
 * Value type.
 */
struct CampaignEconomics
{
    double offerCost = 0.0;        //!< d: per customer who takes the offer (discount, gift)
    double contactCost = 5.0;      //!< f: per contacted customer (call, letter)
    //! Share of contacted would-be churners who accept and stay. 24% is the uplift the system
    //! ChurnLens grew from measured; set it from your own campaigns.
    double acceptanceLow = 0.24;
    double acceptanceHigh = 0.24;
    //! What a kept customer is worth, in months of their monthly charges.
    double months = 12.0;
    //! Most the campaign may cost (expected cost); infinity = no limit.
    double budget = std::numeric_limits<double>::infinity();

    double acceptance() const { return 0.5 * (acceptanceLow + acceptanceHigh); }
    bool hasRange() const { return acceptanceHigh > acceptanceLow; }
    //! The acceptance rate at quantile \a q of the range (uniform).
    double acceptanceAt(double q) const { return acceptanceLow + q * (acceptanceHigh - acceptanceLow); }
    bool hasBudget() const { return std::isfinite(budget); }

    //! Costs, months and budget finite (budget may be infinite) and >= 0; 0 <= low <= high <= 1.
    Result<void> validate() const;

    //! {"offer_cost","contact_cost","acceptance":{"low","high"},"months","budget"(null = none)}
    QJsonObject toJson() const;
    static Result<CampaignEconomics> fromJson(const QJsonObject &json);

    bool operator==(const CampaignEconomics &) const = default;
};

//! What contacting a list of customers amounts to (sums over the list). Value type.
struct CampaignOutcome
{
    qsizetype customers = 0;
    double expectedChurners = 0.0; //!< Σp: would-be churners reached
    double saved = 0.0;            //!< a x Σp: customers kept
    double valueAtRisk = 0.0;      //!< Σ p x V
    double revenueSaved = 0.0;     //!< a x Σ p x V
    double offerCost = 0.0;        //!< d x (n - Σp + a x Σp)
    double contactCost = 0.0;      //!< f x n
    double cost = 0.0;             //!< offerCost + contactCost
    double net = 0.0;              //!< revenueSaved - cost
    //! net / cost; NaN when nothing is spent.
    double roi() const { return cost > 0.0 ? net / cost : std::numeric_limits<double>::quiet_NaN(); }

    /*!
     * The figures of contacting \a customers whose probabilities sum to \a probabilitySum and
     * whose probability x value sum to \a valueAtRisk, at acceptance rate \a acceptance.
     */
    static CampaignOutcome of(qsizetype customers, double probabilitySum, double valueAtRisk, double acceptance,
                              double offerCost, double contactCost);

    QJsonObject toJson() const;
};

} // namespace churnlens
