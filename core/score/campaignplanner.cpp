#include "campaignplanner.h"

#include "campaignkey.h"
#include "common/parallel.h"

#include <algorithm>

namespace churnlens {

namespace {

void runningSums(const std::vector<qsizetype> &order, std::span<const double> probabilities,
                 const std::vector<double> &key, std::span<const double> values, std::vector<double> *pSum,
                 std::vector<double> *kSum, std::vector<qsizetype> *missing)
{
    pSum->assign(order.size() + 1, 0.0);
    kSum->assign(order.size() + 1, 0.0);
    missing->assign(order.size() + 1, 0);
    for (size_t i = 0; i < order.size(); ++i) {
        const size_t r = size_t(order[i]);
        (*pSum)[i + 1] = (*pSum)[i] + probabilities[r];
        (*kSum)[i + 1] = (*kSum)[i] + (values.empty() ? 0.0 : key[r]);
        (*missing)[i + 1] = (*missing)[i] + (!values.empty() && std::isnan(values[r]));
    }
}

} // namespace

Result<CampaignPlanner> CampaignPlanner::create(std::span<const double> probabilities, std::span<const double> values)
{
    if (!values.empty() && values.size() != probabilities.size())
        return makeError(ErrorCode::Internal, Tr::tr("Campaign planning got %1 customer values for %2 customers.")
                                                  .arg(values.size()).arg(probabilities.size()));
    CampaignPlanner p;
    p.m_rowCount = qsizetype(probabilities.size());
    p.m_hasValue = !values.empty();
    p.m_key = campaignkey::keys(probabilities, values);
    // Sorting (key, row) pairs in place is several times faster than sorting row indices that
    // look their keys up: the comparisons stay in cache.
    using Entry = std::pair<double, qsizetype>;
    auto sortedOrder = [](std::span<const double> key, std::vector<qsizetype> *order, std::vector<double> *sorted) {
        std::vector<Entry> entries;
        entries.reserve(key.size());
        for (size_t i = 0; i < key.size(); ++i) {
            if (!std::isnan(key[i]))
                entries.emplace_back(key[i], qsizetype(i));
        }
        std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
            return a.first > b.first || (a.first == b.first && a.second < b.second);
        });
        order->resize(entries.size());
        sorted->resize(entries.size());
        for (size_t i = 0; i < entries.size(); ++i) {
            (*order)[i] = entries[i].second;
            (*sorted)[i] = entries[i].first;
        }
    };
    if (p.m_hasValue) {
        // The two sorts are independent: run them side by side.
        (void)parallelFor(2, 1, 2, nullptr, [&](qsizetype which, qsizetype, int) {
            if (which == 0)
                sortedOrder(probabilities, &p.m_byProbability, &p.m_sortedProbability);
            else
                sortedOrder(p.m_key, &p.m_byKey, &p.m_sortedKey);
            return true;
        });
    } else {
        // Without values the key is the probability: one order serves both.
        sortedOrder(probabilities, &p.m_byProbability, &p.m_sortedProbability);
        p.m_byKey = p.m_byProbability;
        p.m_sortedKey = p.m_sortedProbability;
    }
    runningSums(p.m_byProbability, probabilities, p.m_key, values, &p.m_pSumByProbability, &p.m_kSumByProbability,
                &p.m_missingByProbability);
    runningSums(p.m_byKey, probabilities, p.m_key, values, &p.m_pSumByKey, &p.m_kSumByKey, &p.m_missingByKey);
    return p;
}

qsizetype CampaignPlanner::count(const CampaignOptions &o) const
{
    const qsizetype n = scored();
    switch (o.mode) {
    case CampaignOptions::Mode::Threshold: {
        // Descending: the first position whose probability is below the threshold.
        auto it = std::partition_point(m_sortedProbability.begin(), m_sortedProbability.end(),
                                       [&](double p) { return p >= o.threshold; });
        return qsizetype(it - m_sortedProbability.begin());
    }
    case CampaignOptions::Mode::TopN:
        return std::min(n, o.topN);
    case CampaignOptions::Mode::Budget: {
        qsizetype pool = n;
        if (m_hasValue) {
            auto it = std::partition_point(m_sortedKey.begin(), m_sortedKey.end(),
                                           [&](double k) { return campaignkey::profitable(k, o); });
            pool = qsizetype(it - m_sortedKey.begin());
        }
        return std::min(pool, campaignkey::affordable(o));
    }
    }
    return 0;
}

CampaignSummary CampaignPlanner::summary(const CampaignOptions &o) const
{
    if (!o.validate())
        return CampaignSummary::fromSums(0, scored(), 0.0, 0.0, 0, m_hasValue, o);
    const size_t k = size_t(count(o));
    const bool byProbability = o.mode == CampaignOptions::Mode::Threshold;
    const auto &pSum = byProbability ? m_pSumByProbability : m_pSumByKey;
    const auto &kSum = byProbability ? m_kSumByProbability : m_kSumByKey;
    const auto &missing = byProbability ? m_missingByProbability : m_missingByKey;
    return CampaignSummary::fromSums(qsizetype(k), scored(), pSum[k], kSum[k], missing[k], m_hasValue, o);
}

std::vector<qsizetype> CampaignPlanner::rows(const CampaignOptions &o) const
{
    if (!o.validate())
        return {};
    const qsizetype k = count(o);
    if (o.mode != CampaignOptions::Mode::Threshold)
        return std::vector<qsizetype>(m_byKey.begin(), m_byKey.begin() + k);
    std::vector<qsizetype> rows(m_byProbability.begin(), m_byProbability.begin() + k);
    std::sort(rows.begin(), rows.end(), campaignkey::Before{m_key.data()});
    return rows;
}

} // namespace churnlens
