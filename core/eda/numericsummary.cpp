#include "numericsummary.h"

#include "statistics.h"

#include <algorithm>
#include <cmath>

namespace churnlens {

NumericSummary NumericSummary::fromSorted(std::span<const double> sorted)
{
    NumericSummary s;
    s.count = qsizetype(sorted.size());
    if (sorted.empty())
        return s;
    const double n = double(sorted.size());
    // Two passes (mean, then central moments) instead of raw power sums: charges around
    // 1e3..1e4 squared and cubed over a million rows would lose the digits that matter.
    long double sum = 0;
    for (double v : sorted)
        sum += v;
    s.mean = double(sum / n);
    long double m2 = 0, m3 = 0;
    for (double v : sorted) {
        const long double d = v - s.mean;
        m2 += d * d;
        m3 += d * d * d;
    }
    s.std = sorted.size() > 1 ? double(std::sqrt(m2 / (n - 1.0))) : nan;
    if (sorted.size() >= 3) {
        const long double pm2 = m2 / n, pm3 = m3 / n;
        // A spread far below the values' own rounding is noise: call it constant.
        if (pm2 <= 1e-24L * (1.0L + (long double)s.mean * s.mean))
            s.skewness = 0.0;
        else
            s.skewness = double(std::sqrt(n * (n - 1.0)) / (n - 2.0) * pm3 / std::pow(pm2, 1.5L));
    }
    s.min = sorted.front();
    s.max = sorted.back();
    s.q1 = stats::quantileSorted(sorted, 0.25);
    s.median = stats::quantileSorted(sorted, 0.5);
    s.q3 = stats::quantileSorted(sorted, 0.75);
    const auto zeroLo = std::lower_bound(sorted.begin(), sorted.end(), 0.0);
    const auto zeroHi = std::upper_bound(zeroLo, sorted.end(), 0.0);
    s.negatives = qsizetype(zeroLo - sorted.begin());
    s.zeros = qsizetype(zeroHi - zeroLo);
    const double iqr = s.q3 - s.q1;
    s.lowerFence = s.q1 - 1.5 * iqr;
    s.upperFence = s.q3 + 1.5 * iqr;
    s.outliersLow = qsizetype(std::lower_bound(sorted.begin(), sorted.end(), s.lowerFence) - sorted.begin());
    s.outliersHigh = qsizetype(sorted.end() - std::upper_bound(sorted.begin(), sorted.end(), s.upperFence));
    const size_t inLo = size_t(s.outliersLow), inHi = sorted.size() - size_t(s.outliersHigh);
    if (inLo < inHi) {
        s.whiskerLow = sorted[inLo];
        s.whiskerHigh = sorted[inHi - 1];
    }
    // Spread by rank across each tail, always keeping the extreme value.
    const auto sample = [&](size_t begin, size_t end) {
        const size_t n = end - begin;
        const size_t take = std::min<size_t>(n, 50);
        for (size_t i = 0; i < take; ++i)
            s.outlierSample.push_back(sorted[begin + (take == n ? i : (i * (n - 1)) / (take - 1))]);
    };
    sample(0, inLo);
    sample(inHi, sorted.size());
    return s;
}

} // namespace churnlens
