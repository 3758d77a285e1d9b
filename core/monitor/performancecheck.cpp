#include "performancecheck.h"

#include "common/jsonnumber.h"
#include "eda/statistics.h"
#include "common/parallel.h"
#include "common/xoshiro.h"
#include "ml/rankedscores.h"
#include "modelcomparison.h"

#include <QJsonValue>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace churnlens {

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
constexpr double Z = 1.96;                     // two-sided 95%
constexpr int Resamples = 200;                 // F1 and PR AUC bootstrap
constexpr qsizetype MaxBootstrapRows = 100000;
constexpr qsizetype ResamplesPerBlock = 8;

using json::number;

double ratio(double a, double b)
{
    return b > 0 ? a / b : 0.0;
}

Interval clipped(double low, double high)
{
    // std::clamp keeps NaN: an interval that could not be computed stays invalid.
    return {std::clamp(low, 0.0, 1.0), std::clamp(high, 0.0, 1.0)};
}

//! Wilson's score interval of \a k successes in \a n trials (NaN ends without trials).
Interval wilson(qint64 k, qint64 n)
{
    if (n <= 0)
        return {};
    const stats::Interval w = stats::wilson(k, n, Z);
    return clipped(w.low, w.high);
}

//! The q-quantile of the finite values (numpy's default linear interpolation); NaN when none.
double quantile(std::vector<double> values, double q)
{
    std::erase_if(values, [](double v) { return !std::isfinite(v); });
    std::sort(values.begin(), values.end());
    return stats::quantileSorted(values, q);
}

/*!
 * The rows the F1 / PR AUC bootstrap works on, sorted by score from highest to lowest once:
 * a resample is then only a weight per row, and F1 and average precision one walk over the
 * tie groups (no sort per resample).
 */
struct BootstrapRows
{
    std::vector<int8_t> labels;        // in score order
    std::vector<qsizetype> groupEnds;  // end (exclusive) of each tie group
    qsizetype predicted = 0;           // rows with score >= threshold: a prefix of the order

    struct Value
    {
        double f1 = NaN;
        double ap = NaN;
    };

    //! F1 at the threshold and average precision (as BinaryMetrics) with \a weights per row (null: all 1).
    Value evaluate(const uint32_t *weights) const
    {
        qint64 tp = 0, fp = 0, tpAtThreshold = 0, fpAtThreshold = 0;
        double precisionSum = 0.0; // Σ over groups of positives_g · precision_g
        qsizetype begin = 0;
        for (const qsizetype end : groupEnds) {
            qint64 positives = 0, rows = 0;
            for (qsizetype i = begin; i < end; ++i) {
                const qint64 w = weights ? qint64(weights[i]) : 1;
                rows += w;
                positives += labels[size_t(i)] == 1 ? w : 0;
            }
            tp += positives;
            fp += rows - positives;
            if (positives > 0)
                precisionSum += double(positives) * double(tp) / double(tp + fp);
            if (end == predicted) {
                tpAtThreshold = tp;
                fpAtThreshold = fp;
            }
            begin = end;
        }
        Value v;
        if (tp > 0)
            v.ap = precisionSum / double(tp);
        const qint64 fn = tp - tpAtThreshold;
        v.f1 = ratio(2.0 * double(tpAtThreshold), double(2 * tpAtThreshold + fpAtThreshold + fn));
        return v;
    }
};

/*!
 * F1's and PR AUC's bootstrap intervals (see the header): at most MaxBootstrapRows rows drawn
 * without replacement (selection sampling, so they stay in row order), Resamples resamples of
 * them, each from its own stream of \a seed so any thread count gives the same intervals.
 */
std::pair<Interval, Interval> bootstrapF1Ap(const std::vector<int8_t> &labels, const std::vector<double> &scores,
                                            double threshold, quint64 seed, double f1, double ap)
{
    const qsizetype rows = qsizetype(labels.size());
    if (rows == 0)
        return {};
    const qsizetype drawn = std::min(rows, MaxBootstrapRows);
    std::vector<std::pair<double, int8_t>> pairs;
    pairs.reserve(size_t(drawn));
    if (drawn == rows) {
        for (qsizetype i = 0; i < rows; ++i)
            pairs.emplace_back(scores[size_t(i)], labels[size_t(i)]);
    } else {
        Xoshiro256 rng(seed, 0);
        qsizetype needed = drawn;
        for (qsizetype i = 0; i < rows && needed > 0; ++i) {
            if (qsizetype(rng.below(uint64_t(rows - i))) < needed) {
                pairs.emplace_back(scores[size_t(i)], labels[size_t(i)]);
                --needed;
            }
        }
    }
    std::sort(pairs.begin(), pairs.end(), [](const auto &a, const auto &b) { return a.first > b.first; });

    BootstrapRows data;
    data.labels.reserve(pairs.size());
    for (qsizetype i = 0; i < drawn; ++i) {
        data.labels.push_back(pairs[size_t(i)].second);
        if (i + 1 == drawn || pairs[size_t(i + 1)].first != pairs[size_t(i)].first)
            data.groupEnds.push_back(i + 1);
        if (pairs[size_t(i)].first >= threshold)
            data.predicted = i + 1;
    }
    const BootstrapRows::Value own = data.evaluate(nullptr);

    std::vector<double> f1s(Resamples, NaN), aps(Resamples, NaN);
    // Threads only pay off when there is work: 200 resamples of a few thousand rows take a millisecond.
    const int threads = drawn * Resamples >= 2'000'000 ? 0 : 1;
    std::vector<std::vector<uint32_t>> weights(size_t(parallelWorkers(Resamples, ResamplesPerBlock, threads)));
    const auto done = parallelFor(Resamples, ResamplesPerBlock, threads, nullptr,
                                  [&](qsizetype begin, qsizetype end, int worker) {
        std::vector<uint32_t> &w = weights[size_t(worker)];
        for (qsizetype b = begin; b < end; ++b) {
            w.assign(size_t(drawn), 0);
            Xoshiro256 rng(seed, uint64_t(b) + 1);
            for (qsizetype k = 0; k < drawn; ++k)
                ++w[size_t(rng.below(uint64_t(drawn)))];
            const BootstrapRows::Value v = data.evaluate(w.data());
            f1s[size_t(b)] = v.f1;
            aps[size_t(b)] = v.ap;
        }
        return true;
    });
    if (!done)
        return {};

    const double scale = std::sqrt(double(drawn) / double(rows));
    const auto interval = [scale](const std::vector<double> &values, double full, double sample) -> Interval {
        const double low = quantile(values, 0.025);
        const double high = quantile(values, 0.975);
        if (!std::isfinite(full) || !std::isfinite(sample) || !std::isfinite(low) || !std::isfinite(high))
            return {};
        return clipped(full - scale * std::max(0.0, sample - low), full + scale * std::max(0.0, high - sample));
    };
    return {interval(f1s, f1, own.f1), interval(aps, ap, own.ap)};
}

/*!
 * BinaryMetrics::compute(labels, scores, threshold) from rows ranked once: ROC AUC and average
 * precision by BinaryMetrics' own walk over the same tie groups, in the same order of
 * operations, so the numbers are the same to the bit (tst_performancecheck compares them).
 */
BinaryMetrics metricsFrom(const RankedScores &ranked, std::span<const int8_t> labels, std::span<const double> scores,
                          double threshold)
{
    BinaryMetrics m;
    m.threshold = threshold;
    m.confusion = BinaryMetrics::confusionAt(labels, scores, threshold);
    m.accuracy = m.confusion.accuracy();
    m.precision = m.confusion.precision();
    m.recall = m.confusion.recall();
    m.f1 = m.confusion.f1();
    m.rocAuc = NaN;
    m.prAuc = NaN;
    if (ranked.positives() > 0 && ranked.negatives() > 0) {
        double area = 0.0;
        qint64 tp = 0;
        for (const RankedScores::Group &g : ranked.groups()) {
            area += double(g.negatives) * (double(tp) + 0.5 * double(g.positives));
            tp += g.positives;
        }
        m.rocAuc = area / (double(ranked.positives()) * double(ranked.negatives()));
    }
    if (ranked.positives() > 0) {
        double ap = 0.0;
        qint64 tp = 0, fp = 0;
        for (const RankedScores::Group &g : ranked.groups()) {
            tp += g.positives;
            fp += g.negatives;
            if (g.positives > 0)
                ap += double(g.positives) / double(ranked.positives()) * double(tp) / double(tp + fp);
        }
        m.prAuc = ap;
    }
    m.logLoss = BinaryMetrics::logLossScore(labels, scores);
    m.brier = BinaryMetrics::brierScore(labels, scores);
    return m;
}

} // namespace

bool Interval::isValid() const
{
    return std::isfinite(low) && std::isfinite(high);
}

QJsonObject Interval::toJson() const
{
    return {{QStringLiteral("low"), number(low)}, {QStringLiteral("high"), number(high)}};
}

RealisedPerformance RealisedPerformance::compute(std::span<const int8_t> labels, std::span<const double> probabilities,
                                                 double threshold, quint64 seed)
{
    const size_t n = std::min(labels.size(), probabilities.size());
    std::vector<int8_t> y;
    std::vector<double> p;
    y.reserve(n);
    p.reserve(n);
    for (size_t i = 0; i < n; ++i) {
        if ((labels[i] == 0 || labels[i] == 1) && !std::isnan(probabilities[i])) {
            y.push_back(labels[i]);
            p.push_back(probabilities[i]);
        }
    }

    RealisedPerformance r;
    r.rows = qint64(y.size());
    r.positives = std::count(y.begin(), y.end(), int8_t(1));
    // One sort for ROC AUC, PR AUC and DeLong's variance (BinaryMetrics::compute would sort twice
    // more, a third of a second on a million rows).
    const RankedScores ranked(y, p);
    r.metrics = metricsFrom(ranked, y, p, threshold);

    const ConfusionMatrix &c = r.metrics.confusion;
    r.intervals[QStringLiteral("accuracy")] = wilson(c.truePositives + c.trueNegatives, c.total());
    r.intervals[QStringLiteral("precision")] = wilson(c.truePositives, c.truePositives + c.falsePositives);
    r.intervals[QStringLiteral("recall")] = wilson(c.truePositives, c.truePositives + c.falseNegatives);

    double auc = NaN, variance = NaN;
    ModelComparison::aucVariance(ranked, &auc, &variance);
    Interval &rocAuc = r.intervals[QStringLiteral("roc_auc")];
    if (std::isfinite(r.metrics.rocAuc) && std::isfinite(variance)) {
        const double half = Z * std::sqrt(variance);
        rocAuc = clipped(r.metrics.rocAuc - half, r.metrics.rocAuc + half);
    }

    Interval &brier = r.intervals[QStringLiteral("brier")];
    if (r.rows >= 2) {
        double squares = 0.0;
        for (size_t i = 0; i < y.size(); ++i) {
            const double e = p[i] - double(y[i]);
            const double d = e * e - r.metrics.brier;
            squares += d * d;
        }
        const double half = Z * std::sqrt(squares / double(r.rows - 1)) / std::sqrt(double(r.rows));
        brier = clipped(r.metrics.brier - half, r.metrics.brier + half);
    }

    const auto [f1, prAuc] = bootstrapF1Ap(y, p, threshold, seed, r.metrics.f1, r.metrics.prAuc);
    r.intervals[QStringLiteral("f1")] = f1;
    r.intervals[QStringLiteral("pr_auc")] = prAuc;
    return r;
}

QJsonObject RealisedPerformance::toJson() const
{
    QJsonObject intervalsJson;
    for (const auto &[name, interval] : intervals)
        intervalsJson.insert(name, interval.toJson());
    return {{QStringLiteral("metrics"), metrics.toJson()},
            {QStringLiteral("intervals"), intervalsJson},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("positives"), positives}};
}

EstimatedPerformance EstimatedPerformance::compute(std::span<const double> probabilities, double threshold)
{
    EstimatedPerformance e;
    e.threshold = threshold;
    std::vector<double> p;
    p.reserve(probabilities.size());
    for (double q : probabilities) {
        if (!std::isnan(q))
            p.push_back(q);
    }
    e.rows = qint64(p.size());
    if (p.empty())
        return e;

    double tp = 0.0, fp = 0.0, fn = 0.0, tn = 0.0, spread = 0.0;
    for (double q : p) {
        (q >= threshold ? tp : fn) += q;
        (q >= threshold ? fp : tn) += 1.0 - q;
        // Right with chance c = q or 1 − q; either way c (1 − c) = q (1 − q).
        spread += q * (1.0 - q);
    }
    const double n = double(p.size());
    e.accuracy = (tp + tn) / n;
    e.precision = ratio(tp, tp + fp);
    e.recall = ratio(tp, tp + fn);
    e.f1 = ratio(2.0 * tp, 2.0 * tp + fp + fn);
    const double half = Z * std::sqrt(spread) / n;
    e.accuracyInterval = clipped(e.accuracy - half, e.accuracy + half);
    const double positives = tp + fn;
    const double negatives = fp + tn;
    e.expectedChurnRate = positives / n;

    // The ROC curve of expected counts: walking down the scores, a tie group adds Σp expected
    // true and Σ(1 − p) expected false positives at once (a trapezoid, as BinaryMetrics).
    if (positives > 0 && negatives > 0) {
        std::sort(p.begin(), p.end(), std::greater<>());
        double area = 0.0, cumulative = 0.0;
        for (size_t a = 0; a < p.size();) {
            double groupPositives = 0.0, groupNegatives = 0.0;
            size_t b = a;
            for (; b < p.size() && p[b] == p[a]; ++b) {
                groupPositives += p[b];
                groupNegatives += 1.0 - p[b];
            }
            area += groupNegatives * (cumulative + 0.5 * groupPositives);
            cumulative += groupPositives;
            a = b;
        }
        e.rocAuc = area / (positives * negatives);
    }
    return e;
}

QJsonObject EstimatedPerformance::toJson() const
{
    return {{QStringLiteral("accuracy"), number(accuracy)},
            {QStringLiteral("precision"), number(precision)},
            {QStringLiteral("recall"), number(recall)},
            {QStringLiteral("f1"), number(f1)},
            {QStringLiteral("roc_auc"), number(rocAuc)},
            {QStringLiteral("accuracy_interval"), accuracyInterval.toJson()},
            {QStringLiteral("expected_churn_rate"), number(expectedChurnRate)},
            {QStringLiteral("threshold"), number(threshold)},
            {QStringLiteral("rows"), rows}};
}

} // namespace churnlens
