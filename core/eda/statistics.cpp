#include "statistics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <numeric>
#include <vector>

namespace churnlens::stats {

namespace {
constexpr double nan = std::numeric_limits<double>::quiet_NaN();
}

double normalQuantileTwoSided(double confidence)
{
    if (!(confidence > 0.0 && confidence < 1.0))
        return nan;
    // Solve erf(z / sqrt 2) = confidence by Newton's method; erf is smooth and monotone,
    // and starting at 2 converges to full precision in a handful of steps for 0.5..0.9999.
    const double sqrt2 = std::sqrt(2.0);
    const double k = std::sqrt(2.0 / std::numbers::pi);
    double z = 2.0;
    for (int i = 0; i < 60; ++i) {
        const double f = std::erf(z / sqrt2) - confidence;
        const double d = k * std::exp(-z * z / 2.0);
        const double step = f / d;
        z -= step;
        if (z <= 0.0)
            z = 1e-6;
        if (std::abs(step) < 1e-15)
            break;
    }
    return z;
}

Interval wilson(qsizetype successes, qsizetype trials, double z)
{
    if (trials <= 0)
        return {nan, nan};
    const double n = double(trials);
    const double p = double(successes) / n;
    const double z2 = z * z;
    const double denom = 1.0 + z2 / n;
    const double centre = (p + z2 / (2.0 * n)) / denom;
    const double half = z * std::sqrt(p * (1.0 - p) / n + z2 / (4.0 * n * n)) / denom;
    return {std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

double quantileSorted(std::span<const double> sorted, double p)
{
    if (sorted.empty())
        return nan;
    const double h = double(sorted.size() - 1) * std::clamp(p, 0.0, 1.0);
    const size_t lo = size_t(std::floor(h));
    const size_t hi = std::min(lo + 1, sorted.size() - 1);
    return sorted[lo] + (h - double(lo)) * (sorted[hi] - sorted[lo]);
}

TwoByK twoByK(std::span<const qsizetype> positives, std::span<const qsizetype> negatives)
{
    TwoByK out;
    double pos = 0, neg = 0;
    for (size_t g = 0; g < positives.size(); ++g) {
        if (positives[g] + negatives[g] == 0)
            continue;
        ++out.groups;
        pos += double(positives[g]);
        neg += double(negatives[g]);
    }
    const double n = pos + neg;
    out.n = qsizetype(n);
    if (n <= 1 || pos == 0 || neg == 0 || out.groups < 2) {
        // One class or one group: nothing can be associated.
        out.cramersV = (n > 1 && out.groups >= 1) ? 0.0 : nan;
        return out;
    }
    double chi2 = 0.0, mi = 0.0;
    for (size_t g = 0; g < positives.size(); ++g) {
        const double rowTotal = double(positives[g] + negatives[g]);
        if (rowTotal == 0)
            continue;
        for (const auto &[observed, classTotal] :
             {std::pair{double(positives[g]), pos}, std::pair{double(negatives[g]), neg}}) {
            const double expected = rowTotal * classTotal / n;
            chi2 += (observed - expected) * (observed - expected) / expected;
            if (observed > 0)
                mi += observed / n * std::log2(observed * n / (rowTotal * classTotal));
        }
    }
    out.chiSquare = chi2;
    out.mutualInformation = std::max(0.0, mi);
    // Bergsma's correction for a k x 2 table.
    const double k = out.groups;
    const double phi2 = chi2 / n;
    const double phi2c = std::max(0.0, phi2 - (k - 1.0) * (2.0 - 1.0) / (n - 1.0));
    const double kc = k - (k - 1.0) * (k - 1.0) / (n - 1.0);
    const double rc = 2.0 - 1.0 / (n - 1.0);
    const double denom = std::min(kc - 1.0, rc - 1.0);
    out.cramersV = denom > 0 ? std::min(1.0, std::sqrt(phi2c / denom)) : nan;
    return out;
}

double groupedAuc(std::span<const double> score, std::span<const qsizetype> positives,
                  std::span<const qsizetype> negatives)
{
    std::vector<size_t> order(score.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return score[a] < score[b]; });
    double P = 0, N = 0;
    for (size_t g = 0; g < score.size(); ++g) {
        P += double(positives[g]);
        N += double(negatives[g]);
    }
    if (P == 0 || N == 0)
        return nan;
    // Walk runs of equal score: churners beat every stayer below the run and tie within it.
    double wins = 0, below = 0;
    for (size_t i = 0; i < order.size();) {
        size_t j = i;
        double runPos = 0, runNeg = 0;
        while (j < order.size() && score[order[j]] == score[order[i]]) {
            runPos += double(positives[order[j]]);
            runNeg += double(negatives[order[j]]);
            ++j;
        }
        wins += runPos * (below + 0.5 * runNeg);
        below += runNeg;
        i = j;
    }
    return wins / (P * N);
}

double aucSorted(std::span<const double> pos, std::span<const double> neg)
{
    if (pos.empty() || neg.empty())
        return nan;
    // For each run of equal churner values, count stayers strictly below and equal by
    // advancing two pointers through the stayers once.
    double wins = 0;
    size_t lo = 0, hi = 0;
    for (size_t i = 0; i < pos.size();) {
        const double v = pos[i];
        size_t j = i;
        while (j < pos.size() && pos[j] == v)
            ++j;
        while (lo < neg.size() && neg[lo] < v)
            ++lo;
        hi = std::max(hi, lo);
        while (hi < neg.size() && neg[hi] == v)
            ++hi;
        wins += double(j - i) * (double(lo) + 0.5 * double(hi - lo));
        i = j;
    }
    return wins / (double(pos.size()) * double(neg.size()));
}

} // namespace churnlens::stats
