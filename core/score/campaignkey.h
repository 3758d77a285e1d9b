#pragma once

// Internal to core/score: the ranking rules shared by CampaignSelector and CampaignPlanner,
// so that a live summary and the exported list always agree.

#include "campaignoptions.h"

#include <cmath>
#include <span>
#include <vector>

namespace churnlens::campaignkey {

//! Ranking key per row: probability x value (value NaN counts as 0), or the probability when
//! there are no values. NaN for rows without a probability (never selected).
inline std::vector<double> keys(std::span<const double> probabilities, std::span<const double> values)
{
    std::vector<double> k(probabilities.size());
    for (size_t i = 0; i < k.size(); ++i) {
        const double p = probabilities[i];
        if (values.empty())
            k[i] = p;
        else
            k[i] = std::isnan(values[i]) ? (std::isnan(p) ? p : 0.0) : p * values[i];
    }
    return k;
}

//! Higher key first, then the earlier row: a strict total order on rows with a key.
struct Before
{
    const double *key;
    bool operator()(qsizetype a, qsizetype b) const
    {
        return key[a] > key[b] || (key[a] == key[b] && a < b);
    }
};

//! Customers a budget pays for; the small tolerance keeps 0.3 / 0.1 at 3, not 2.
inline qsizetype affordable(const CampaignOptions &o)
{
    const double n = std::floor(o.budget / o.contactCost + 1e-9);
    return n >= 9.0e18 ? qsizetype(9.0e18) : qsizetype(n);
}

//! Whether contacting a customer with key \a k (= probability x value) gains money on average.
inline bool profitable(double k, const CampaignOptions &o)
{
    return o.acceptanceRate * k - o.contactCost > 0.0;
}

} // namespace churnlens::campaignkey
