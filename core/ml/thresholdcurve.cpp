#include "thresholdcurve.h"

#include <algorithm>
#include <cmath>

namespace churnlens {

ThresholdCurve::ThresholdCurve(std::span<const int8_t> labels, std::span<const double> scores)
{
    const size_t n = std::min(labels.size(), scores.size());
    std::vector<size_t> order;
    order.reserve(n);
    for (size_t i = 0; i < n; ++i) {
        if (labels[i] == 0 || labels[i] == 1)
            order.push_back(i);
    }
    // NaN sorts last, so "score >= t" is always a prefix of the order.
    std::stable_sort(order.begin(), order.end(), [&scores](size_t a, size_t b) {
        const double x = scores[a], y = scores[b];
        if (std::isnan(x) || std::isnan(y))
            return !std::isnan(x) && std::isnan(y);
        return x > y;
    });
    m_sorted.reserve(order.size());
    m_positivesAbove.reserve(order.size() + 1);
    m_positivesAbove.push_back(0);
    for (size_t i : order) {
        m_sorted.push_back(scores[i]);
        m_positivesAbove.push_back(m_positivesAbove.back() + (labels[i] == 1 ? 1 : 0));
    }
}

ConfusionMatrix ThresholdCurve::at(double threshold) const
{
    ConfusionMatrix c;
    if (m_sorted.empty())
        return c;
    // Number of rows with score >= threshold (a NaN threshold flags nobody).
    const auto end = std::partition_point(m_sorted.begin(), m_sorted.end(),
                                          [threshold](double s) { return !std::isnan(s) && s >= threshold; });
    const qint64 flagged = qint64(end - m_sorted.begin());
    const qint64 total = rows();
    const qint64 pos = positives();
    c.truePositives = m_positivesAbove[size_t(flagged)];
    c.falsePositives = flagged - c.truePositives;
    c.falseNegatives = pos - c.truePositives;
    c.trueNegatives = (total - pos) - c.falsePositives;
    return c;
}

} // namespace churnlens
