#include "histogram.h"

#include <algorithm>
#include <cmath>

namespace churnlens {

namespace {

// Values of ascending \a v in [a, b) (or [a, b] when \a closed).
qsizetype countIn(std::span<const double> v, double a, double b, bool closed)
{
    const auto lo = std::lower_bound(v.begin(), v.end(), a);
    const auto hi = closed ? std::upper_bound(lo, v.end(), b) : std::lower_bound(lo, v.end(), b);
    return qsizetype(hi - lo);
}

} // namespace

Histogram Histogram::build(std::span<const double> churned, std::span<const double> stayed,
                           std::span<const double> unknown, double low, double high, int bins, bool integer)
{
    Histogram h;
    if (!(low <= high) || !std::isfinite(low) || !std::isfinite(high) || bins < 1)
        return h;
    // Whole-number bins only for a range that gives few of them; a span near the limits of
    // double (±1e308) would overflow, so it gets equal-width bins computed without overflow.
    if (integer && high - low <= 1e9) {
        h.wholeNumbers = true;
        // Whole numbers: bins of whole width centred on the values (tenure 0..72 -> 0-2, 3-5, ...).
        low = std::floor(low);
        high = std::ceil(high);
        const double width = std::max(1.0, std::ceil((high - low + 1.0) / bins));
        const int n = int(std::ceil((high - low + 1.0) / width));
        for (int i = 0; i <= n; ++i)
            h.edges.push_back(low - 0.5 + i * width);
    } else if (low == high) {
        h.edges = {low - 0.5, low + 0.5};
    } else {
        const double width = high / bins - low / bins;
        for (int i = 0; i < bins; ++i)
            h.edges.push_back(low + i * width);
        h.edges.push_back(high); // exact, not low + bins*width with its rounding
    }
    const int n = int(h.edges.size()) - 1;
    for (auto [part, out] : {std::pair{churned, &h.churned}, std::pair{stayed, &h.stayed}, std::pair{unknown, &h.unknown}}) {
        out->resize(size_t(n));
        for (int i = 0; i < n; ++i)
            (*out)[size_t(i)] = countIn(part, h.edges[size_t(i)], h.edges[size_t(i) + 1], i == n - 1);
        h.below += qsizetype(std::lower_bound(part.begin(), part.end(), h.edges.front()) - part.begin());
        h.above += qsizetype(part.end() - std::upper_bound(part.begin(), part.end(), h.edges.back()));
    }
    return h;
}

} // namespace churnlens
