#include "modelcomparison.h"

#include "common/jsonnumber.h"
#include "eda/statistics.h"
#include "common/parallel.h"
#include "common/xoshiro.h"
#include "ml/rankedscores.h"

#include <QJsonValue>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <utility>

namespace churnlens {

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
constexpr double Infinity = std::numeric_limits<double>::infinity();
constexpr double Z = 1.96;
constexpr qsizetype ResamplesPerBlock = 16;

using json::number;

//! The q-quantile (numpy's default linear interpolation) of \a values, which it sorts.
double quantile(std::vector<double> &values, double q)
{
    std::sort(values.begin(), values.end());
    return stats::quantileSorted(values, q);
}

/*!
 * Each row's DeLong placement under one model (rows all labelled 0/1, no NaN score), in row
 * order: for a positive V10 = (Z − X) / n, for a negative V01 = 1 − (Z − Y) / m, with Z the
 * midrank among all rows and X / Y among the positives / negatives (Sun & Xu 2014). Z − X is
 * the number of negatives scored lower plus half those tied with it, Z − Y the same count of
 * positives, so one ascending walk over the tie groups gives both: the same half-integers the
 * midranks give, without forming ranks.
 */
std::vector<double> placements(const std::vector<int8_t> &labels, const std::vector<double> &scores, qint64 positives,
                               qint64 negatives)
{
    const size_t rows = labels.size();
    std::vector<std::pair<double, size_t>> order(rows);
    for (size_t i = 0; i < rows; ++i)
        order[i] = {scores[i], i};
    std::sort(order.begin(), order.end(), [](const auto &a, const auto &b) { return a.first < b.first; });

    std::vector<double> v(rows);
    qint64 positivesBelow = 0, negativesBelow = 0;
    for (size_t a = 0; a < rows;) {
        qint64 groupPositives = 0, groupNegatives = 0;
        size_t b = a;
        for (; b < rows && order[b].first == order[a].first; ++b)
            (labels[order[b].second] == 1 ? groupPositives : groupNegatives) += 1;
        const double v10 = (double(negativesBelow) + 0.5 * double(groupNegatives)) / double(negatives);
        const double positivesAbove = double(positives - positivesBelow - groupPositives);
        const double v01 = (positivesAbove + 0.5 * double(groupPositives)) / double(positives);
        for (size_t k = a; k < b; ++k)
            v[order[k].second] = labels[order[k].second] == 1 ? v10 : v01;
        positivesBelow += groupPositives;
        negativesBelow += groupNegatives;
        a = b;
    }
    return v;
}

/*!
 * Binomial(trials, q) by inversion of its distribution, tabulated once over mean ± 12 standard
 * deviations (the mass left outside is below 1e-30, under a double's resolution of the uniform).
 * Built on one thread (lgamma), then read by many.
 */
class BinomialTable
{
public:
    BinomialTable(qint64 trials, double q)
    {
        if (trials <= 0 || q <= 0.0) {
            m_low = 0;
            m_cdf = {1.0};
            return;
        }
        if (q >= 1.0) {
            m_low = trials;
            m_cdf = {1.0};
            return;
        }
        const double n = double(trials);
        const double mean = n * q;
        const double sd = std::sqrt(n * q * (1.0 - q));
        m_low = std::max<qint64>(0, qint64(std::floor(mean - 12.0 * sd)) - 1);
        const qint64 high = std::min<qint64>(trials, qint64(std::ceil(mean + 12.0 * sd)) + 1);
        const qint64 mode = std::clamp<qint64>(qint64(std::floor((n + 1.0) * q)), m_low, high);
        std::vector<double> pmf(size_t(high - m_low + 1));
        const auto at = [&](qint64 k) -> double & { return pmf[size_t(k - m_low)]; };
        const double k = double(mode);
        at(mode) = std::exp(std::lgamma(n + 1.0) - std::lgamma(k + 1.0) - std::lgamma(n - k + 1.0) + k * std::log(q)
                            + (n - k) * std::log1p(-q));
        const double odds = q / (1.0 - q);
        for (qint64 j = mode; j < high; ++j)
            at(j + 1) = at(j) * double(trials - j) / double(j + 1) * odds;
        for (qint64 j = mode; j > m_low; --j)
            at(j - 1) = at(j) * double(j) / double(trials - j + 1) / odds;
        m_cdf.resize(pmf.size());
        std::partial_sum(pmf.begin(), pmf.end(), m_cdf.begin());
        const double total = m_cdf.back();
        for (double &c : m_cdf)
            c /= total;
    }

    qint64 draw(Xoshiro256 &rng) const
    {
        const double u = rng.uniform();
        const auto it = std::upper_bound(m_cdf.begin(), m_cdf.end(), u);
        const qint64 index = it == m_cdf.end() ? qint64(m_cdf.size()) - 1 : qint64(it - m_cdf.begin());
        return m_low + index;
    }

private:
    qint64 m_low = 0;
    std::vector<double> m_cdf;
};

//! Row indices of the \a n highest scores (ties by row order, NaN last), as a membership mask.
std::vector<bool> topRows(std::span<const double> scores, qsizetype rows, qsizetype n)
{
    std::vector<qsizetype> order(static_cast<size_t>(rows));
    std::iota(order.begin(), order.end(), qsizetype(0));
    const auto key = [&](qsizetype i) { return std::isnan(scores[size_t(i)]) ? -Infinity : scores[size_t(i)]; };
    const auto before = [&](qsizetype a, qsizetype b) {
        const double ka = key(a), kb = key(b);
        return ka > kb || (ka == kb && a < b);
    };
    std::vector<bool> top(size_t(rows), false);
    if (n <= 0)
        return top;
    if (n < rows)
        std::nth_element(order.begin(), order.begin() + n, order.end(), before);
    for (qsizetype k = 0; k < n; ++k)
        top[size_t(order[size_t(k)])] = true;
    return top;
}

//! Sample variance (n − 1) of \a values.
double sampleVariance(const std::vector<double> &values)
{
    const double n = double(values.size());
    const double mean = std::accumulate(values.begin(), values.end(), 0.0) / n;
    double squares = 0.0;
    for (double v : values)
        squares += (v - mean) * (v - mean);
    return squares / (n - 1.0);
}

} // namespace

QJsonObject DeLongTest::toJson() const
{
    return {{QStringLiteral("auc_a"), number(aucA)},
            {QStringLiteral("auc_b"), number(aucB)},
            {QStringLiteral("difference"), number(difference)},
            {QStringLiteral("standard_error"), number(standardError)},
            {QStringLiteral("z"), number(z)},
            {QStringLiteral("p_value"), number(pValue)},
            {QStringLiteral("interval"), interval.toJson()},
            {QStringLiteral("positives"), positives},
            {QStringLiteral("negatives"), negatives}};
}

QJsonObject CampaignBootstrap::toJson() const
{
    return {{QStringLiteral("value_a"), number(valueA)},
            {QStringLiteral("value_b"), number(valueB)},
            {QStringLiteral("difference"), number(difference)},
            {QStringLiteral("interval"), interval.toJson()},
            {QStringLiteral("share_b_better"), number(shareBBetter)},
            {QStringLiteral("contacted_a"), contactedA},
            {QStringLiteral("contacted_b"), contactedB},
            {QStringLiteral("resamples"), resamples}};
}

QJsonObject TopOverlap::toJson() const
{
    return {{QStringLiteral("n"), n}, {QStringLiteral("common"), common}, {QStringLiteral("share"), number(share)}};
}

namespace ModelComparison {

DeLongTest deLong(std::span<const int8_t> labels, std::span<const double> scoresA, std::span<const double> scoresB)
{
    const size_t n = std::min({labels.size(), scoresA.size(), scoresB.size()});
    std::vector<int8_t> y;
    std::vector<double> a, b;
    y.reserve(n);
    a.reserve(n);
    b.reserve(n);
    for (size_t i = 0; i < n; ++i) {
        if ((labels[i] == 0 || labels[i] == 1) && !std::isnan(scoresA[i]) && !std::isnan(scoresB[i])) {
            y.push_back(labels[i]);
            a.push_back(scoresA[i]);
            b.push_back(scoresB[i]);
        }
    }

    DeLongTest t;
    t.positives = std::count(y.begin(), y.end(), int8_t(1));
    t.negatives = qint64(y.size()) - t.positives;
    t.aucA = t.aucB = t.difference = t.standardError = t.z = t.pValue = NaN;
    if (t.positives == 0 || t.negatives == 0)
        return t;

    const std::vector<double> va = placements(y, a, t.positives, t.negatives);
    const std::vector<double> vb = placements(y, b, t.positives, t.negatives);
    // AUC = mean V10; the variance of the difference is that of the paired differences of the
    // placements, (S10_aa + S10_bb − 2 S10_ab) / m + (S01_aa + S01_bb − 2 S01_ab) / n written
    // as one sample variance per class (never negative by rounding; exactly 0 for equal scores).
    double sumA = 0.0, sumB = 0.0;
    std::vector<double> d10, d01;
    d10.reserve(size_t(t.positives));
    d01.reserve(size_t(t.negatives));
    for (size_t i = 0; i < y.size(); ++i) {
        if (y[i] == 1) {
            sumA += va[i];
            sumB += vb[i];
            d10.push_back(vb[i] - va[i]);
        } else {
            d01.push_back(vb[i] - va[i]);
        }
    }
    t.aucA = sumA / double(t.positives);
    t.aucB = sumB / double(t.positives);
    t.difference = t.aucB - t.aucA;
    if (t.positives < 2 || t.negatives < 2)
        return t;

    const double variance = sampleVariance(d10) / double(t.positives) + sampleVariance(d01) / double(t.negatives);
    t.standardError = std::sqrt(variance);
    if (t.standardError > 0.0) {
        t.z = t.difference / t.standardError;
        t.pValue = std::erfc(std::fabs(t.z) / std::sqrt(2.0));
        t.interval = {t.difference - Z * t.standardError, t.difference + Z * t.standardError};
    } else {
        t.z = t.difference == 0.0 ? 0.0 : std::copysign(Infinity, t.difference);
        t.pValue = t.difference == 0.0 ? 1.0 : 0.0;
        t.interval = {t.difference, t.difference};
    }
    return t;
}

void aucVariance(std::span<const int8_t> labels, std::span<const double> scores, double *auc, double *variance)
{
    aucVariance(RankedScores(labels, scores), auc, variance);
}

void aucVariance(const RankedScores &ranked, double *auc, double *variance)
{
    // One model needs no per-row alignment: every row of a tie group has the same placement.
    const qint64 m = ranked.positives(), n = ranked.negatives();
    double a = NaN, v = NaN;
    if (m > 0 && n > 0) {
        const auto &groups = ranked.groups(); // highest score first
        std::vector<double> v10(groups.size()), v01(groups.size());
        qint64 negativesAbove = 0, positivesAbove = 0;
        double sum10 = 0.0, sum01 = 0.0;
        for (size_t g = 0; g < groups.size(); ++g) {
            const qint64 negativesBelow = n - negativesAbove - groups[g].negatives;
            v10[g] = (double(negativesBelow) + 0.5 * double(groups[g].negatives)) / double(n);
            v01[g] = (double(positivesAbove) + 0.5 * double(groups[g].positives)) / double(m);
            sum10 += double(groups[g].positives) * v10[g];
            sum01 += double(groups[g].negatives) * v01[g];
            negativesAbove += groups[g].negatives;
            positivesAbove += groups[g].positives;
        }
        a = sum10 / double(m);
        if (m >= 2 && n >= 2) {
            const double mean01 = sum01 / double(n);
            double s10 = 0.0, s01 = 0.0;
            for (size_t g = 0; g < groups.size(); ++g) {
                s10 += double(groups[g].positives) * (v10[g] - a) * (v10[g] - a);
                s01 += double(groups[g].negatives) * (v01[g] - mean01) * (v01[g] - mean01);
            }
            v = s10 / double(m - 1) / double(m) + s01 / double(n - 1) / double(n);
        }
    }
    if (auc)
        *auc = a;
    if (variance)
        *variance = v;
}

CampaignBootstrap campaignBootstrap(std::span<const int8_t> labels, std::span<const double> scoresA, double thresholdA,
                                    std::span<const double> scoresB, double thresholdB, const CampaignValueInputs &inputs,
                                    int resamples, quint64 seed)
{
    CampaignBootstrap r;
    r.resamples = std::max(0, resamples);
    const size_t n = std::min({labels.size(), scoresA.size(), scoresB.size()});
    qint64 labelled = 0;
    // What B gains over A on each row on exactly one list (rows on both or neither add 0).
    std::vector<double> gains;
    for (size_t i = 0; i < n; ++i) {
        if (labels[i] != 0 && labels[i] != 1)
            continue;
        ++labelled;
        const bool inA = scoresA[i] >= thresholdA; // false for NaN
        const bool inB = scoresB[i] >= thresholdB;
        if (!inA && !inB)
            continue;
        const double y = double(labels[i]);
        const double value = i < inputs.values.size() && std::isfinite(inputs.values[i]) ? inputs.values[i] : 0.0;
        const double net = y * inputs.acceptance * value - inputs.contactCost
                           - inputs.offerCost * (1.0 - y + inputs.acceptance * y);
        if (inA) {
            r.valueA += net;
            ++r.contactedA;
        }
        if (inB) {
            r.valueB += net;
            ++r.contactedB;
        }
        if (inA != inB)
            gains.push_back(inB ? net : -net);
    }
    r.difference = r.valueB - r.valueA;
    if (r.resamples == 0 || labelled == 0) {
        r.shareBBetter = NaN;
        return r;
    }

    // A resample draws `labelled` rows with replacement; how many land on `gains` is
    // Binomial(labelled, K / labelled), and each of those is uniform over them.
    const qint64 k = qint64(gains.size());
    const BinomialTable hits(labelled, double(k) / double(labelled));
    std::vector<double> differences(size_t(r.resamples), 0.0);
    const int threads = k * qint64(r.resamples) >= 2'000'000 ? 0 : 1;
    const auto done = parallelFor(r.resamples, ResamplesPerBlock, threads, nullptr, [&](qsizetype begin, qsizetype end, int) {
        for (qsizetype b = begin; b < end; ++b) {
            Xoshiro256 rng(seed, uint64_t(b));
            const qint64 draws = hits.draw(rng);
            double sum = 0.0;
            for (qint64 j = 0; j < draws; ++j)
                sum += gains[size_t(rng.below(uint64_t(k)))];
            differences[size_t(b)] = sum;
        }
        return true;
    });
    if (!done) {
        r.shareBBetter = NaN;
        return r;
    }
    const auto better = std::count_if(differences.begin(), differences.end(), [](double d) { return d > 0.0; });
    r.shareBBetter = double(better) / double(r.resamples);
    r.interval = {quantile(differences, 0.025), quantile(differences, 0.975)};
    return r;
}

TopOverlap topOverlap(std::span<const double> scoresA, std::span<const double> scoresB, qint64 n)
{
    const qsizetype rows = qsizetype(std::min(scoresA.size(), scoresB.size()));
    TopOverlap o;
    o.n = std::clamp<qint64>(n, 0, rows);
    o.share = NaN;
    if (o.n == 0)
        return o;
    const std::vector<bool> topA = topRows(scoresA, rows, o.n);
    const std::vector<bool> topB = topRows(scoresB, rows, o.n);
    for (qsizetype i = 0; i < rows; ++i)
        o.common += topA[size_t(i)] && topB[size_t(i)] ? 1 : 0;
    o.share = double(o.common) / double(o.n);
    return o;
}

} // namespace ModelComparison

} // namespace churnlens
