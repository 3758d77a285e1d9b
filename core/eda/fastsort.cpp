#include "fastsort.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace churnlens::stats {

namespace {

constexpr size_t smallInput = 1 << 14;   // below this std::sort is as fast
constexpr double maxCountingRange = 1 << 21;

// Maps a double to an unsigned key with the same order: flip all bits of negatives, the
// sign bit of positives.
inline uint64_t toKey(double v)
{
    uint64_t b;
    std::memcpy(&b, &v, sizeof b);
    return (b >> 63) ? ~b : (b | 0x8000000000000000ull);
}

inline double fromKey(uint64_t k)
{
    const uint64_t b = (k >> 63) ? (k & 0x7fffffffffffffffull) : ~k;
    double v;
    std::memcpy(&v, &b, sizeof v);
    return v;
}

bool countingSort(std::vector<double> &v)
{
    const auto [lo, hi] = std::minmax_element(v.begin(), v.end());
    const double min = *lo, max = *hi;
    if (!(max - min <= maxCountingRange) || !std::isfinite(min) || !std::isfinite(max))
        return false;
    for (double x : v)
        if (x != std::floor(x))
            return false;
    std::vector<size_t> counts(size_t(max - min) + 1, 0);
    for (double x : v)
        ++counts[size_t(x - min)];
    size_t out = 0;
    for (size_t i = 0; i < counts.size(); ++i) {
        std::fill_n(v.begin() + std::ptrdiff_t(out), counts[i], min + double(i));
        out += counts[i];
    }
    return true;
}

void radixSort(std::vector<double> &v)
{
    constexpr int digitBits = 16;
    constexpr int passes = 64 / digitBits;
    constexpr size_t buckets = size_t(1) << digitBits;
    const size_t n = v.size();
    std::vector<uint64_t> keys(n), tmp(n);
    std::vector<std::array<size_t, passes>> counts(buckets, std::array<size_t, passes>{});
    for (size_t i = 0; i < n; ++i) {
        const uint64_t k = toKey(v[i]);
        keys[i] = k;
        for (int p = 0; p < passes; ++p)
            ++counts[(k >> (p * digitBits)) & (buckets - 1)][size_t(p)];
    }
    for (int p = 0; p < passes; ++p) {
        const int shift = p * digitBits;
        // A digit that is the same for every key (the exponent of similar numbers) needs no pass.
        if (counts[(keys[0] >> shift) & (buckets - 1)][size_t(p)] == n)
            continue;
        size_t sum = 0;
        for (size_t b = 0; b < buckets; ++b) {
            const size_t c = counts[b][size_t(p)];
            counts[b][size_t(p)] = sum;
            sum += c;
        }
        for (size_t i = 0; i < n; ++i) {
            const uint64_t k = keys[i];
            tmp[counts[(k >> shift) & (buckets - 1)][size_t(p)]++] = k;
        }
        keys.swap(tmp);
    }
    for (size_t i = 0; i < n; ++i)
        v[i] = fromKey(keys[i]);
}

} // namespace

void sortAscending(std::vector<double> &values)
{
    if (values.size() < smallInput) {
        std::sort(values.begin(), values.end());
        return;
    }
    if (!countingSort(values))
        radixSort(values);
}

} // namespace churnlens::stats
