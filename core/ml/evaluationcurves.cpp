#include "evaluationcurves.h"

#include "common/jsonnumber.h"
#include "rankedscores.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>

namespace churnlens {

namespace {

template<typename T>
std::vector<T> thin(std::vector<T> points, int maxPoints)
{
    if (maxPoints < 2 || points.size() <= size_t(maxPoints))
        return points;
    std::vector<T> out;
    out.reserve(size_t(maxPoints));
    const double step = double(points.size() - 1) / double(maxPoints - 1);
    for (int i = 0; i < maxPoints; ++i)
        out.push_back(points[size_t(std::llround(i * step))]);
    return out;
}

using json::number;

} // namespace

EvaluationCurves EvaluationCurves::compute(std::span<const int8_t> labels, std::span<const double> scores, int maxPoints,
                                           int gainSteps, int calibrationBins)
{
    EvaluationCurves c;
    const RankedScores ranked(labels, scores);
    const double P = double(ranked.positives());
    const double N = double(ranked.negatives());

    // ROC and PR: one point per distinct threshold.
    c.roc.push_back({0.0, 0.0, std::numeric_limits<double>::infinity()});
    qint64 tp = 0, fp = 0;
    for (const RankedScores::Group &g : ranked.groups()) {
        tp += g.positives;
        fp += g.negatives;
        c.roc.push_back({N > 0 ? double(fp) / N : 0.0, P > 0 ? double(tp) / P : 0.0, g.score});
        c.pr.push_back({P > 0 ? double(tp) / P : 0.0, double(tp) / double(tp + fp), g.score});
    }
    c.roc = thin(std::move(c.roc), maxPoints);
    c.pr = thin(std::move(c.pr), maxPoints);

    // Gains: the customers in score order, ties in a group shared pro rata (the order inside a
    // tie is arbitrary, so the expected gain is used rather than an accidental one).
    const double rows = double(ranked.rows());
    if (rows > 0 && gainSteps > 0) {
        c.gains.reserve(size_t(gainSteps));
        const auto &groups = ranked.groups();
        size_t gi = 0;
        double before = 0.0, positivesBefore = 0.0; // rows and churners in groups [0, gi)
        for (int s = 1; s <= gainSteps; ++s) {
            const double target = rows * double(s) / double(gainSteps);
            while (gi < groups.size() && before + double(groups[gi].positives + groups[gi].negatives) <= target + 1e-9) {
                before += double(groups[gi].positives + groups[gi].negatives);
                positivesBefore += double(groups[gi].positives);
                ++gi;
            }
            double reached = positivesBefore;
            if (gi < groups.size() && target > before)
                reached += double(groups[gi].positives) * (target - before) / double(groups[gi].positives + groups[gi].negatives);
            const double fraction = double(s) / double(gainSteps);
            const double gain = P > 0 ? reached / P : 0.0;
            c.gains.push_back({fraction, gain, gain / fraction});
        }
    }

    // Calibration: equal-width bins on [0, 1]; a probability of exactly 1 falls in the last bin.
    if (calibrationBins > 0) {
        std::vector<double> sumP(size_t(calibrationBins), 0.0), sumY(size_t(calibrationBins), 0.0);
        std::vector<qint64> count(size_t(calibrationBins), 0);
        const size_t n = std::min(labels.size(), scores.size());
        for (size_t i = 0; i < n; ++i) {
            if ((labels[i] != 0 && labels[i] != 1) || std::isnan(scores[i]))
                continue;
            const double p = std::clamp(scores[i], 0.0, 1.0);
            const int b = std::min(calibrationBins - 1, int(p * calibrationBins));
            sumP[size_t(b)] += p;
            sumY[size_t(b)] += labels[i];
            ++count[size_t(b)];
        }
        for (int b = 0; b < calibrationBins; ++b) {
            const qint64 k = count[size_t(b)];
            c.calibration.push_back({double(b) / calibrationBins, double(b + 1) / calibrationBins,
                                     k ? sumP[size_t(b)] / double(k) : std::numeric_limits<double>::quiet_NaN(),
                                     k ? sumY[size_t(b)] / double(k) : std::numeric_limits<double>::quiet_NaN(), k});
        }
    }
    return c;
}

QJsonObject EvaluationCurves::toJson() const
{
    QJsonArray rocArray, prArray, gainArray, calArray;
    for (const RocPoint &p : roc)
        rocArray.append(QJsonArray{p.fpr, p.tpr, number(p.threshold)});
    for (const PrPoint &p : pr)
        prArray.append(QJsonArray{p.recall, p.precision, number(p.threshold)});
    for (const GainPoint &p : gains)
        gainArray.append(QJsonArray{p.fraction, p.gain, p.lift});
    for (const CalibrationBin &b : calibration)
        calArray.append(QJsonArray{b.lower, b.upper, number(b.meanPredicted), number(b.observedRate), b.count});
    return {{QStringLiteral("roc"), rocArray},   {QStringLiteral("roc_columns"), QJsonArray{"fpr", "tpr", "threshold"}},
            {QStringLiteral("pr"), prArray},     {QStringLiteral("pr_columns"), QJsonArray{"recall", "precision", "threshold"}},
            {QStringLiteral("gains"), gainArray}, {QStringLiteral("gains_columns"), QJsonArray{"fraction", "gain", "lift"}},
            {QStringLiteral("calibration"), calArray},
            {QStringLiteral("calibration_columns"), QJsonArray{"lower", "upper", "mean_predicted", "observed_rate", "count"}}};
}

} // namespace churnlens
