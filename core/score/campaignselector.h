#pragma once

#include "campaignoptions.h"
#include "campaignsummary.h"
#include "common/error.h"

#include <span>
#include <vector>

namespace churnlens {

//! A campaign list: rows (indices into the scored table), best first, and what it amounts to.
struct CampaignSelection
{
    std::vector<qsizetype> rows;
    CampaignSummary summary;
};

/*!
 * Picks a campaign list in one pass (see CampaignOptions for the rules): O(n) to find the
 * members (nth_element for top N and budget), O(k log k) to order the k chosen ones. For many
 * questions on the same scores (a GUI's live counts), build a CampaignPlanner instead.
 * Stateless and thread-safe.
 */
class CampaignSelector
{
public:
    /*!
     * \a probabilities: one per row, NaN = not scored (never selected). \a values: customer
     * values (CustomerValue) of the same length, or empty to rank by probability.
     * Fails on invalid options or a length mismatch.
     */
    static Result<CampaignSelection> select(std::span<const double> probabilities, std::span<const double> values,
                                            const CampaignOptions &options);
};

} // namespace churnlens
