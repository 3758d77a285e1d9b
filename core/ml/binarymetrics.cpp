#include "binarymetrics.h"

#include "rankedscores.h"

#include <QJsonValue>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <limits>

namespace churnlens {

namespace {
constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

double ratio(double a, double b)
{
    return b > 0 ? a / b : 0.0;
}
} // namespace

double ConfusionMatrix::precision() const
{
    return ratio(double(truePositives), double(truePositives + falsePositives));
}

double ConfusionMatrix::recall() const
{
    return ratio(double(truePositives), double(truePositives + falseNegatives));
}

double ConfusionMatrix::f1() const
{
    // 2TP / (2TP + FP + FN): the same as 2PR/(P+R) and defined (0) when both are 0.
    return ratio(2.0 * double(truePositives), double(2 * truePositives + falsePositives + falseNegatives));
}

double ConfusionMatrix::accuracy() const
{
    return ratio(double(truePositives + trueNegatives), double(total()));
}

QJsonObject ConfusionMatrix::toJson() const
{
    return {{QStringLiteral("tp"), truePositives}, {QStringLiteral("fp"), falsePositives},
            {QStringLiteral("tn"), trueNegatives}, {QStringLiteral("fn"), falseNegatives}};
}

ConfusionMatrix BinaryMetrics::confusionAt(std::span<const int8_t> labels, std::span<const double> scores, double threshold)
{
    ConfusionMatrix c;
    const size_t n = std::min(labels.size(), scores.size());
    for (size_t i = 0; i < n; ++i) {
        const bool predicted = scores[i] >= threshold;
        if (labels[i] == 1)
            predicted ? ++c.truePositives : ++c.falseNegatives;
        else
            predicted ? ++c.falsePositives : ++c.trueNegatives;
    }
    return c;
}

double BinaryMetrics::rocAucScore(std::span<const int8_t> labels, std::span<const double> scores)
{
    const RankedScores ranked(labels, scores);
    if (ranked.positives() == 0 || ranked.negatives() == 0)
        return NaN;
    // Walk thresholds from the highest score down; a tie group adds a trapezoid, which counts
    // each positive-negative tie as one half (the Mann-Whitney convention).
    double area = 0.0;
    qint64 tp = 0;
    for (const RankedScores::Group &g : ranked.groups()) {
        area += double(g.negatives) * (double(tp) + 0.5 * double(g.positives));
        tp += g.positives;
    }
    return area / (double(ranked.positives()) * double(ranked.negatives()));
}

double BinaryMetrics::averagePrecisionScore(std::span<const int8_t> labels, std::span<const double> scores)
{
    const RankedScores ranked(labels, scores);
    if (ranked.positives() == 0)
        return NaN;
    double ap = 0.0;
    qint64 tp = 0, fp = 0;
    for (const RankedScores::Group &g : ranked.groups()) {
        tp += g.positives;
        fp += g.negatives;
        if (g.positives > 0)
            ap += double(g.positives) / double(ranked.positives()) * double(tp) / double(tp + fp);
    }
    return ap;
}

double BinaryMetrics::logLossScore(std::span<const int8_t> labels, std::span<const double> scores)
{
    const size_t n = std::min(labels.size(), scores.size());
    if (n == 0)
        return NaN;
    constexpr double eps = 1e-15;
    double sum = 0.0;
    for (size_t i = 0; i < n; ++i) {
        const double p = std::clamp(scores[i], eps, 1.0 - eps);
        sum -= labels[i] == 1 ? std::log(p) : std::log1p(-p);
    }
    return sum / double(n);
}

double BinaryMetrics::brierScore(std::span<const int8_t> labels, std::span<const double> scores)
{
    const size_t n = std::min(labels.size(), scores.size());
    if (n == 0)
        return NaN;
    double sum = 0.0;
    for (size_t i = 0; i < n; ++i) {
        const double d = scores[i] - (labels[i] == 1 ? 1.0 : 0.0);
        sum += d * d;
    }
    return sum / double(n);
}

BinaryMetrics BinaryMetrics::compute(std::span<const int8_t> labels, std::span<const double> scores, double threshold)
{
    BinaryMetrics m;
    m.threshold = threshold;
    m.confusion = confusionAt(labels, scores, threshold);
    m.accuracy = m.confusion.accuracy();
    m.precision = m.confusion.precision();
    m.recall = m.confusion.recall();
    m.f1 = m.confusion.f1();
    m.rocAuc = rocAucScore(labels, scores);
    m.prAuc = averagePrecisionScore(labels, scores);
    m.logLoss = logLossScore(labels, scores);
    m.brier = brierScore(labels, scores);
    return m;
}

const QStringList &BinaryMetrics::names()
{
    static const QStringList list{QStringLiteral("accuracy"), QStringLiteral("precision"), QStringLiteral("recall"),
                                  QStringLiteral("f1"),       QStringLiteral("roc_auc"),   QStringLiteral("pr_auc"),
                                  QStringLiteral("log_loss"), QStringLiteral("brier")};
    return list;
}

double BinaryMetrics::value(const QString &name) const
{
    const double values[] = {accuracy, precision, recall, f1, rocAuc, prAuc, logLoss, brier};
    const qsizetype i = names().indexOf(name);
    return i < 0 ? NaN : values[i];
}

QJsonObject BinaryMetrics::toJson() const
{
    QJsonObject o;
    for (const QString &name : names()) {
        const double v = value(name);
        o.insert(name, std::isfinite(v) ? QJsonValue(v) : QJsonValue());
    }
    o.insert(QStringLiteral("threshold"), threshold);
    o.insert(QStringLiteral("confusion"), confusion.toJson());
    return o;
}

} // namespace churnlens
