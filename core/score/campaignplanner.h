#pragma once

#include "campaignoptions.h"
#include "campaignsummary.h"
#include "common/error.h"

#include <span>
#include <vector>

namespace churnlens {

/*!
 * Answers "how many customers, at what cost and expected value" for any campaign option in
 * O(log n), for a GUI's live counts while a slider moves: the scores are sorted once (by
 * probability and by ranking key) with running sums. rows() gives the same list as
 * CampaignSelector::select() for the same options; summary() the same figures up to rounding.
 * Immutable after create(); safe to query from several threads. About 48 bytes per customer.
 */
class CampaignPlanner
{
public:
    CampaignPlanner() = default;

    //! \a values: customer values (same length) or empty; see CampaignSelector::select().
    static Result<CampaignPlanner> create(std::span<const double> probabilities, std::span<const double> values);

    //! Invalid options give an empty summary (check options.validate() first to tell why).
    CampaignSummary summary(const CampaignOptions &options) const;
    //! The campaign list, best first.
    std::vector<qsizetype> rows(const CampaignOptions &options) const;

    qsizetype rowCount() const { return m_rowCount; }
    qsizetype scored() const { return qsizetype(m_byProbability.size()); }
    bool hasValue() const { return m_hasValue; }

private:
    //! Customers on the list: a prefix of m_byProbability (threshold) or of m_byKey (others).
    qsizetype count(const CampaignOptions &options) const;

    qsizetype m_rowCount = 0;
    bool m_hasValue = false;
    std::vector<double> m_key;              // per row
    std::vector<qsizetype> m_byProbability; // scored rows, probability descending (ties: earlier row)
    std::vector<double> m_sortedProbability;
    std::vector<qsizetype> m_byKey;         // scored rows, key descending (ties: earlier row)
    std::vector<double> m_sortedKey;
    // Running sums over the two orders, size + 1 entries: probability, key (= probability x value)
    // and customers with an unknown value.
    std::vector<double> m_pSumByProbability, m_kSumByProbability;
    std::vector<double> m_pSumByKey, m_kSumByKey;
    std::vector<qsizetype> m_missingByProbability, m_missingByKey;
};

} // namespace churnlens
