#include "rankedscores.h"

#include <algorithm>
#include <cmath>

namespace churnlens {

RankedScores::RankedScores(std::span<const int8_t> labels, std::span<const double> scores)
{
    const size_t n = std::min(labels.size(), scores.size());
    // (score, label) pairs sort faster than indices: the data being compared is contiguous.
    std::vector<std::pair<double, int8_t>> pairs;
    pairs.reserve(n);
    for (size_t i = 0; i < n; ++i) {
        if ((labels[i] == 0 || labels[i] == 1) && !std::isnan(scores[i]))
            pairs.emplace_back(scores[i], labels[i]);
    }
    std::sort(pairs.begin(), pairs.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (const auto &[score, label] : pairs) {
        if (m_groups.empty() || m_groups.back().score != score)
            m_groups.push_back({score, 0, 0});
        if (label == 1) {
            ++m_groups.back().positives;
            ++m_positives;
        } else {
            ++m_groups.back().negatives;
            ++m_negatives;
        }
    }
}

} // namespace churnlens
