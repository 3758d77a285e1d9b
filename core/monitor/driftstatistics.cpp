#include "driftstatistics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace churnlens::DriftStatistics {

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

// ln Γ(a) for a > 0: Stirling's series once a is at least 20 (error below 1e-15 there), shifted
// up by the recurrence Γ(a + 1) = a Γ(a) below that. Our own because std::lgamma writes the
// global signgam, which is a data race when drift runs on several threads.
double logGamma(double a)
{
    double shift = 0.0;
    while (a < 20.0) {
        shift += std::log(a);
        a += 1.0;
    }
    const double inv = 1.0 / a;
    const double inv2 = inv * inv;
    const double series = inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 * (1.0 / 1260 - inv2 / 1680)));
    return (a - 0.5) * std::log(a) - a + 0.5 * std::log(2.0 * std::numbers::pi) + series - shift;
}

// Regularised upper incomplete gamma Q(a, x) = Γ(a, x) / Γ(a): the power series of P below
// x < a + 1, the continued fraction of Q (modified Lentz) above, as in Numerical Recipes 6.2.
double upperGamma(double a, double x)
{
    if (std::isnan(a) || std::isnan(x) || a <= 0.0 || x < 0.0)
        return NaN;
    if (x == 0.0)
        return 1.0;
    if (std::isinf(x))
        return 0.0;
    const double logPrefix = a * std::log(x) - x - logGamma(a);
    constexpr int MaxIterations = 1000000;
    constexpr double Eps = 1e-16;
    if (x < a + 1.0) {
        double ap = a;
        double term = 1.0 / a;
        double sum = term;
        for (int i = 0; i < MaxIterations; ++i) {
            ap += 1.0;
            term *= x / ap;
            sum += term;
            if (std::abs(term) < std::abs(sum) * Eps)
                break;
        }
        return std::clamp(1.0 - sum * std::exp(logPrefix), 0.0, 1.0);
    }
    constexpr double Tiny = 1e-300;
    double b = x + 1.0 - a;
    double c = 1.0 / Tiny;
    double d = 1.0 / b;
    double h = d;
    for (int i = 1; i < MaxIterations; ++i) {
        const double an = -double(i) * (double(i) - a);
        b += 2.0;
        d = an * d + b;
        if (std::abs(d) < Tiny)
            d = Tiny;
        c = b + an / c;
        if (std::abs(c) < Tiny)
            c = Tiny;
        d = 1.0 / d;
        const double delta = d * c;
        h *= delta;
        if (std::abs(delta - 1.0) < Eps)
            break;
    }
    return std::clamp(std::exp(logPrefix) * h, 0.0, 1.0);
}

// Kolmogorov's limiting distribution, upper tail: Q_KS(λ) = 2 Σ_{k≥1} (−1)^{k−1} e^{−2k²λ²}.
// That series converges slowly for small λ, so below 1.18 the equivalent (Jacobi theta) form
// 1 − √(2π)/λ Σ_{k≥1} e^{−(2k−1)²π²/(8λ²)} is summed instead; both converge in a few terms.
double kolmogorovQ(double lambda)
{
    if (std::isnan(lambda))
        return NaN;
    if (lambda <= 0.0)
        return 1.0;
    if (lambda < 1.18) {
        const double y = -std::numbers::pi * std::numbers::pi / (8.0 * lambda * lambda);
        double sum = 0.0;
        for (int k = 1; k < 50; ++k) {
            const double odd = 2.0 * k - 1.0;
            const double term = std::exp(odd * odd * y);
            sum += term;
            if (term < 1e-17 * sum)
                break;
        }
        return std::clamp(1.0 - std::sqrt(2.0 * std::numbers::pi) / lambda * sum, 0.0, 1.0);
    }
    double sum = 0.0;
    double sign = 1.0;
    for (int k = 1; k < 100; ++k) {
        const double term = std::exp(-2.0 * k * k * lambda * lambda);
        sum += sign * term;
        if (term < 1e-17)
            break;
        sign = -sign;
    }
    return std::clamp(2.0 * sum, 0.0, 1.0);
}

} // namespace

std::vector<double> shares(std::span<const double> counts)
{
    double total = 0.0;
    for (double c : counts)
        total += c;
    std::vector<double> out(counts.size(), EmptyShare);
    if (total <= 0.0)
        return out;
    for (size_t i = 0; i < counts.size(); ++i) {
        const double s = counts[i] / total;
        out[i] = s == 0.0 ? EmptyShare : s;
    }
    return out;
}

double psi(std::span<const double> p, std::span<const double> q)
{
    if (p.size() != q.size() || p.empty())
        return NaN;
    double sum = 0.0;
    for (size_t i = 0; i < p.size(); ++i)
        sum += (q[i] - p[i]) * std::log(q[i] / p[i]);
    return sum;
}

double kl(std::span<const double> p, std::span<const double> q)
{
    if (p.size() != q.size() || p.empty())
        return NaN;
    double sum = 0.0;
    for (size_t i = 0; i < p.size(); ++i)
        sum += q[i] * std::log(q[i] / p[i]);
    return sum;
}

double jsDistance(std::span<const double> p, std::span<const double> q)
{
    if (p.size() != q.size() || p.empty())
        return NaN;
    double sp = 0.0;
    double sq = 0.0;
    for (size_t i = 0; i < p.size(); ++i) {
        sp += p[i];
        sq += q[i];
    }
    if (!(sp > 0.0) || !(sq > 0.0))
        return NaN;
    // scipy's rel_entr(x, y): x ln(x / y), 0 when x is 0.
    auto relEntr = [](double x, double y) { return x > 0.0 ? x * std::log(x / y) : 0.0; };
    double sum = 0.0;
    for (size_t i = 0; i < p.size(); ++i) {
        const double a = p[i] / sp;
        const double b = q[i] / sq;
        const double m = (a + b) / 2.0;
        sum += relEntr(a, m) + relEntr(b, m);
    }
    // Rounding can leave a hair below zero for identical distributions.
    return std::sqrt(std::max(0.0, sum / std::numbers::ln2 / 2.0));
}

double chiSquare(std::span<const double> referenceCounts, std::span<const double> newCounts, double add, int *degrees)
{
    const size_t k = referenceCounts.size();
    if (degrees)
        *degrees = k > 0 ? int(k) - 1 : 0;
    if (k == 0 || newCounts.size() != k)
        return NaN;
    if (k == 1)
        return 0.0; // chi2_contingency's degenerate case: observed equals expected
    std::vector<double> columns(k);
    double rows[2] = {0.0, 0.0};
    for (size_t j = 0; j < k; ++j) {
        const double a = referenceCounts[j] + add;
        const double b = newCounts[j] + add;
        columns[j] = a + b;
        rows[0] += a;
        rows[1] += b;
    }
    const double total = rows[0] + rows[1];
    if (!(total > 0.0))
        return NaN;
    // Yates' continuity correction when there is one degree of freedom, as chi2_contingency does
    // by default (and so the anchor): each observed cell moves towards its expected count by at
    // most 0.5.
    const bool yates = k == 2;
    double sum = 0.0;
    for (size_t j = 0; j < k; ++j) {
        for (int i = 0; i < 2; ++i) {
            const double expected = rows[i] * columns[j] / total;
            if (expected <= 0.0)
                continue; // an empty level on both sides (only without \a add): no information
            double observed = (i == 0 ? referenceCounts[j] : newCounts[j]) + add;
            if (yates) {
                const double diff = expected - observed;
                observed += std::copysign(std::min(0.5, std::abs(diff)), diff);
            }
            const double d = observed - expected;
            sum += d * d / expected;
        }
    }
    return sum;
}

double chiSquarePValue(double statistic, int degrees)
{
    if (std::isnan(statistic))
        return NaN;
    if (degrees <= 0)
        return 1.0;
    return upperGamma(degrees / 2.0, std::max(0.0, statistic) / 2.0);
}

double ksPValue(double d, qint64 n1, qint64 n2)
{
    if (std::isnan(d) || n1 <= 0 || n2 <= 0)
        return NaN;
    const double ne = double(n1) * double(n2) / (double(n1) + double(n2));
    const double root = std::sqrt(ne);
    return kolmogorovQ((root + 0.12 + 0.11 / root) * d);
}

} // namespace churnlens::DriftStatistics
