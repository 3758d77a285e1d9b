#include "driftresult.h"

#include "common/jsonnumber.h"
#include "driftreference.h"
#include "driftstatistics.h"

#include "common/parallel.h"
#include "common/progress.h"
#include "data/datatable.h"

#include <QHash>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <array>
#include <cmath>
#include <exception>
#include <numeric>
#include <unordered_map>

namespace churnlens {

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
constexpr size_t Percentiles = 101;
//! Unseen levels shown one by one in a result's bins; the rest are pooled (the measures use them all).
constexpr int MaxUnseenBins = 200;

using json::number;

double readNumber(const QJsonObject &o, const char *key, double fallback = NaN)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? v.toDouble() : fallback;
}

using json::numbers;
using json::toNumbers;


QStringList readStrings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &x : value.toArray())
        out.append(x.toString());
    return out;
}

// "PSI 0.31 > 0.2": two decimals, more when two would not show that the value passes.
QString reason(const QString &measure, double value, double threshold)
{
    int decimals = 2;
    while (decimals < 6 && QString::number(value, 'f', decimals).toDouble() <= threshold)
        ++decimals;
    return Tr::tr("%1 %2 > %3").arg(measure, QLocale().toString(value, 'f', decimals), QLocale().toString(threshold, 'g', 6));
}

void flag(FeatureDrift *d, const DriftThresholds &t)
{
    d->reasons.clear();
    if (d->psi > t.psi)
        d->reasons.append(reason(QStringLiteral("PSI"), d->psi, t.psi));
    if (d->kl > t.kl)
        d->reasons.append(reason(QStringLiteral("KL"), d->kl, t.kl));
    if (d->js > t.js)
        d->reasons.append(reason(QStringLiteral("JS"), d->js, t.js));
    d->flagged = !d->reasons.isEmpty();
}

void measure(FeatureDrift *d, std::span<const double> referenceCounts, std::span<const double> newCounts)
{
    const std::vector<double> p = DriftStatistics::shares(referenceCounts);
    const std::vector<double> q = DriftStatistics::shares(newCounts);
    d->psi = DriftStatistics::psi(p, q);
    d->kl = DriftStatistics::kl(p, q);
    d->js = DriftStatistics::jsDistance(p, q);
}

std::vector<double> rawShares(std::span<const double> counts, double total)
{
    std::vector<double> out(counts.size(), 0.0);
    if (total > 0.0) {
        for (size_t i = 0; i < counts.size(); ++i)
            out[i] = counts[i] / total;
    }
    return out;
}

// The reference's side of a field, also shown when the new file lacks the column.
FeatureDrift referenceSide(const FeatureReference &reference)
{
    FeatureDrift d;
    d.name = reference.name;
    d.numeric = reference.kind == FeatureReference::Kind::Numeric;
    d.referencePresent = reference.present;
    d.referenceMissingShare = reference.missingShare();
    d.referenceMean = reference.mean;
    d.binLabels = reference.binLabels();
    std::vector<double> counts = reference.counts;
    if (reference.kind == FeatureReference::Kind::Levels && reference.otherCount > 0)
        counts.push_back(reference.otherCount);
    d.referenceShares = rawShares(counts, double(reference.present));
    return d;
}

/*!
 * One pass over a numeric column against a Numeric reference: the count per reference bin
 * (a value on an edge goes right, as numpy.histogram) and, for the Kolmogorov–Smirnov
 * statistic, the count per slot of the reference's 101 percentiles x_0..x_100: slot 2j holds
 * the values strictly between x_{j−1} and x_j, slot 2j + 1 those equal to x_j.
 */
struct NumericTally
{
    std::vector<double> bins;
    std::array<qint64, 2 * Percentiles + 1> percentileSlots{};
    qint64 present = 0;
    qint64 missing = 0;
    double sum = 0.0;
};

NumericTally tally(const FeatureReference &reference, std::span<const double> values)
{
    NumericTally t;
    t.bins.assign(reference.edges.size() + 1, 0.0);
    std::vector<qint64> bins(t.bins.size(), 0);
    const double *edges = reference.edges.data();
    const size_t edgeCount = reference.edges.size();
    const bool ks = reference.percentiles.size() == Percentiles;
    // The percentiles and a NaN sentinel, so "equal to x_j" needs no bounds check (NaN equals nothing).
    std::array<double, Percentiles + 1> x{};
    if (ks)
        std::copy(reference.percentiles.begin(), reference.percentiles.end(), x.begin());
    x[Percentiles] = NaN;
    for (double v : values) {
        if (std::isnan(v)) {
            ++t.missing;
            continue;
        }
        t.sum += v;
        size_t bin = 0;
        for (size_t e = 0; e < edgeCount; ++e)
            bin += v >= edges[e];
        ++bins[bin];
        if (ks) {
            // Branch-free lower bound (first x_j ≥ v) over the 101 percentiles.
            const double *base = x.data();
            size_t n = Percentiles;
            while (n > 1) {
                const size_t half = n / 2;
                base = base[half] < v ? base + half : base;
                n -= half;
            }
            const size_t j = size_t(base - x.data()) + (*base < v);
            ++t.percentileSlots[2 * j + (x[j] == v)];
        }
    }
    for (size_t i = 0; i < bins.size(); ++i) {
        t.bins[i] = double(bins[i]);
        t.present += bins[i];
    }
    return t;
}

/*!
 * KS on the reference's percentiles x_0..x_100: |F_ref − F_new| just below and at each of them,
 * F_ref from the reference's stored shares (exact there; k/100 when a reference lacks them).
 * Between two percentiles F_ref moves by about 0.01, so the statistic is within about 0.01 of
 * the exact sup |F_ref − F_new| (scipy's ks_2samp), and exact where values tie on percentiles.
 */
double ksStatistic(const FeatureReference &reference, const NumericTally &t)
{
    const std::vector<double> &x = reference.percentiles;
    if (x.size() != Percentiles || t.present == 0)
        return NaN;
    const bool shares = reference.belowPercentile.size() == Percentiles && reference.atOrBelowPercentile.size() == Percentiles;
    std::array<double, 2 * Percentiles + 1> cumulative{};
    qint64 running = 0;
    for (size_t s = 0; s < cumulative.size(); ++s) {
        running += t.percentileSlots[s];
        cumulative[s] = double(running) / double(t.present);
    }
    double d = 0.0;
    for (size_t a = 0; a < Percentiles;) {
        // A run of tied percentiles x_a = … = x_b: one point, F_ref jumps there (from about
        // a/100 to about b/100 without the stored shares).
        size_t b = a;
        while (b + 1 < Percentiles && x[b + 1] == x[a])
            ++b;
        const double referenceBelow = shares ? reference.belowPercentile[a] : double(a) / 100.0;
        const double referenceAtOrBelow = shares ? reference.atOrBelowPercentile[a] : double(b) / 100.0;
        d = std::max({d, std::abs(referenceBelow - cumulative[2 * a]), std::abs(referenceAtOrBelow - cumulative[2 * a + 1])});
        a = b + 1;
    }
    return d;
}

FeatureDrift finishNumeric(const FeatureReference &reference, const NumericTally &t, const DriftThresholds &thresholds)
{
    FeatureDrift d = referenceSide(reference);
    d.numeric = true;
    d.newPresent = t.present;
    d.newMissingShare = t.present + t.missing > 0 ? double(t.missing) / double(t.present + t.missing) : 0.0;
    d.newMean = t.present > 0 ? t.sum / double(t.present) : NaN;
    d.newShares = rawShares(t.bins, double(t.present));
    if (reference.counts.size() == t.bins.size())
        measure(&d, reference.counts, t.bins);
    d.ks = ksStatistic(reference, t);
    d.ksPValue = DriftStatistics::ksPValue(d.ks, reference.present, t.present);
    flag(&d, thresholds);
    return d;
}

// A text column where training had numbers: each dictionary entry parsed once (C locale), else missing.
std::vector<double> parsedValues(const Column &c)
{
    const Dictionary &dictionary = c.dictionary();
    std::vector<double> byCode(size_t(dictionary.size()));
    for (int32_t code = 0; code < dictionary.size(); ++code) {
        bool ok = false;
        const double v = dictionary.level(code).trimmed().toDouble(&ok);
        byCode[size_t(code)] = ok ? v : NaN;
    }
    std::vector<double> values(size_t(c.size()));
    const std::span<const int32_t> codes = c.codes();
    for (size_t r = 0; r < values.size(); ++r)
        values[r] = codes[r] < 0 ? NaN : byCode[size_t(codes[r])];
    return values;
}

FeatureDrift compareColumn(const FeatureReference &reference, const DataTable &table, const DriftThresholds &thresholds)
{
    const int index = table.indexOf(reference.name);
    if (index < 0) {
        FeatureDrift d = referenceSide(reference);
        d.missingColumn = true;
        return d;
    }
    const Column &c = table.column(index);
    if (reference.kind == FeatureReference::Kind::Numeric) {
        if (c.isNumericStorage())
            return DriftResult::compareNumeric(reference, c.values(), thresholds);
        FeatureDrift d = DriftResult::compareNumeric(reference, parsedValues(c), thresholds);
        d.typeChanged = true;
        return d;
    }

    QStringList levels;
    std::vector<double> counts;
    qint64 missing = 0;
    if (c.isCoded()) {
        // Counted by code; the texts are matched once per dictionary entry (in compareLevels).
        std::vector<qint64> byCode(size_t(c.dictionary().size()) + 1, 0);
        for (int32_t code : c.codes())
            ++byCode[size_t(code + 1)];
        missing = byCode[0];
        for (size_t i = 1; i < byCode.size(); ++i) {
            if (byCode[i] > 0) {
                levels.append(c.dictionary().level(int32_t(i - 1)));
                counts.push_back(double(byCode[i]));
            }
        }
    } else {
        // Few distinct values expected (the reference had at most 10): a short list searched
        // linearly, a hash map only when the new file has many more.
        std::vector<std::pair<double, qint64>> few;
        std::unordered_map<double, qint64> many;
        for (double v : c.values()) {
            if (std::isnan(v)) {
                ++missing;
                continue;
            }
            auto it = std::find_if(few.begin(), few.end(), [v](const auto &p) { return p.first == v; });
            if (it != few.end())
                ++it->second;
            else if (few.size() < 32)
                few.emplace_back(v, 1);
            else
                ++many[v];
        }
        const bool dates = c.type() == ColumnType::Date;
        for (const auto &[v, n] : few) {
            levels.append(FeatureReference::levelText(v, dates));
            counts.push_back(double(n));
        }
        for (const auto &[v, n] : many) {
            levels.append(FeatureReference::levelText(v, dates));
            counts.push_back(double(n));
        }
    }
    return DriftResult::compareLevels(reference, levels, counts, missing, thresholds);
}

std::vector<ExplanationDrift> explanationDrift(const DriftReference &reference, const QStringList &fields,
                                               std::span<const double> meanAbs)
{
    std::vector<ExplanationDrift> out;
    if (reference.shapFields.isEmpty() || fields.isEmpty() || reference.shapMeanAbs.size() != size_t(reference.shapFields.size())
        || meanAbs.size() != size_t(fields.size()))
        return out;
    for (qsizetype i = 0; i < reference.shapFields.size(); ++i) {
        ExplanationDrift e;
        e.field = reference.shapFields[i];
        e.referenceMeanAbs = reference.shapMeanAbs[size_t(i)];
        const qsizetype j = fields.indexOf(e.field);
        e.newMeanAbs = j >= 0 ? meanAbs[size_t(j)] : NaN;
        out.push_back(e);
    }
    // Ranks, 1 = largest; ties keep the reference's field order. A field the new side lacks has rank 0.
    auto rank = [&out](double ExplanationDrift::*value, int ExplanationDrift::*rankOf) {
        std::vector<size_t> order(out.size());
        std::iota(order.begin(), order.end(), size_t(0));
        std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
            const double va = out[a].*value;
            const double vb = out[b].*value;
            return !std::isnan(va) && (std::isnan(vb) || va > vb);
        });
        int r = 0;
        for (size_t i : order)
            out[i].*rankOf = std::isnan(out[i].*value) ? 0 : ++r;
    };
    rank(&ExplanationDrift::referenceMeanAbs, &ExplanationDrift::referenceRank);
    rank(&ExplanationDrift::newMeanAbs, &ExplanationDrift::newRank);
    std::stable_sort(out.begin(), out.end(), [](const ExplanationDrift &a, const ExplanationDrift &b) {
        return a.referenceRank != 0 && (b.referenceRank == 0 || a.referenceRank < b.referenceRank);
    });
    return out;
}

} // namespace

QJsonObject DriftThresholds::toJson() const
{
    return QJsonObject{{QStringLiteral("psi"), psi},
                       {QStringLiteral("kl"), kl},
                       {QStringLiteral("js"), js},
                       {QStringLiteral("feature_share"), featureShare}};
}

Result<DriftThresholds> DriftThresholds::fromJson(const QJsonObject &json)
{
    DriftThresholds t;
    const std::pair<const char *, double *> keys[] = {
        {"psi", &t.psi}, {"kl", &t.kl}, {"js", &t.js}, {"feature_share", &t.featureShare}};
    for (const auto &[key, target] : keys) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined())
            continue;
        if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < 0.0)
            return makeError(ErrorCode::BadInput,
                             Tr::tr("The drift threshold \"%1\" must be a number of 0 or more.").arg(QLatin1String(key)));
        *target = v.toDouble();
    }
    return t;
}

FeatureDrift DriftResult::compareNumeric(const FeatureReference &reference, std::span<const double> values,
                                         const DriftThresholds &thresholds)
{
    return finishNumeric(reference, tally(reference, values), thresholds);
}

FeatureDrift DriftResult::compareLevels(const FeatureReference &reference, const QStringList &levels,
                                        std::span<const double> counts, qint64 missing, const DriftThresholds &thresholds)
{
    FeatureDrift d = referenceSide(reference);
    d.numeric = false;
    QHash<QString, qsizetype> index;
    index.reserve(reference.levels.size());
    for (qsizetype i = 0; i < reference.levels.size(); ++i)
        index.insert(reference.levels[i], i);
    const bool other = reference.otherCount > 0;
    std::vector<double> referenceCounts(reference.counts);
    if (other)
        referenceCounts.push_back(reference.otherCount);
    std::vector<double> newCounts(referenceCounts.size(), 0.0);
    QHash<QString, double> unseen;
    double present = 0.0;
    for (qsizetype i = 0; i < levels.size() && size_t(i) < counts.size(); ++i) {
        const double n = counts[size_t(i)];
        if (!(n > 0.0))
            continue;
        present += n;
        auto it = index.constFind(levels[i]);
        if (it == index.cend()) {
            // "2.0" in a text column is the level "2" of a numeric one.
            bool ok = false;
            const double v = levels[i].trimmed().toDouble(&ok);
            if (ok)
                it = index.constFind(FeatureReference::levelText(v));
        }
        if (it != index.cend())
            newCounts[size_t(*it)] += n;
        else if (other)
            newCounts.back() += n; // may be one of the levels training pooled: not called unseen
        else
            unseen[levels[i]] += n;
    }

    std::vector<std::pair<QString, double>> fresh;
    fresh.reserve(size_t(unseen.size()));
    for (auto it = unseen.cbegin(); it != unseen.cend(); ++it)
        fresh.emplace_back(it.key(), it.value());
    std::sort(fresh.begin(), fresh.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    double unseenTotal = 0.0;
    for (const auto &f : fresh)
        unseenTotal += f.second;

    // The measures on every level of either side, as the anchor (an unseen level has the
    // reference count 0, so the smoothed share 1e-4).
    std::vector<double> allReference = referenceCounts;
    std::vector<double> allNew = newCounts;
    allReference.resize(referenceCounts.size() + fresh.size(), 0.0);
    for (const auto &f : fresh)
        allNew.push_back(f.second);
    measure(&d, allReference, allNew);
    int degrees = 0;
    d.chiSquare = DriftStatistics::chiSquare(allReference, allNew, 0.5, &degrees);
    d.chiSquarePValue = DriftStatistics::chiSquarePValue(d.chiSquare, degrees);

    d.newPresent = qint64(present);
    d.newMissingShare = present + double(missing) > 0 ? double(missing) / (present + double(missing)) : 0.0;
    d.unseenShare = present > 0 ? unseenTotal / present : 0.0;
    for (size_t i = 0; i < fresh.size() && i < 10; ++i)
        d.unseenLevels.append(fresh[i].first);

    // The bins for charts: the reference's, then the unseen levels (the rarest pooled past 200).
    std::vector<double> shownNew = newCounts;
    double pooled = 0.0;
    for (size_t i = 0; i < fresh.size(); ++i) {
        if (i < size_t(MaxUnseenBins)) {
            d.binLabels.append(fresh[i].first);
            shownNew.push_back(fresh[i].second);
        } else {
            pooled += fresh[i].second;
        }
    }
    if (fresh.size() > size_t(MaxUnseenBins)) {
        d.binLabels.append(Tr::tr("%n other new level(s)", nullptr, int(fresh.size()) - MaxUnseenBins));
        shownNew.push_back(pooled);
    }
    d.referenceShares.resize(shownNew.size(), 0.0);
    d.newShares = rawShares(shownNew, present);
    flag(&d, thresholds);
    return d;
}

Result<DriftResult> DriftResult::compute(const DriftReference &reference, const DataTable &table,
                                         std::span<const double> probabilities, const QStringList &shapFields,
                                         std::span<const double> shapMeanAbs, const DriftThresholds &thresholds,
                                         Progress *progress)
{
    if (!probabilities.empty() && probabilities.size() != size_t(table.rowCount()))
        return makeError(ErrorCode::Internal, Tr::tr("The drift check got %1 probabilities for %2 rows.")
                                                  .arg(probabilities.size()).arg(table.rowCount()));
    DriftResult result;
    result.thresholds = thresholds;
    result.rows = table.rowCount();
    result.features.resize(reference.features.size());
    const bool predictions = !probabilities.empty() && reference.prediction.present > 0;

    // Task 0 is the predictions, task i the field i − 1: one column per block, so a column is
    // the unit of progress and cancel and the two cores share the fields.
    Result<void> done;
    try {
        done = parallelFor(qsizetype(reference.features.size()) + 1, 1, 0, progress, [&](qsizetype i, qsizetype, int) {
            if (i == 0) {
                if (predictions)
                    result.prediction = compareNumeric(reference.prediction, probabilities, thresholds);
            } else {
                result.features[size_t(i - 1)] = compareColumn(reference.features[size_t(i - 1)], table, thresholds);
            }
            return true;
        });
    } catch (const std::exception &e) {
        return makeError(ErrorCode::Internal, Tr::tr("The drift check failed: %1").arg(QString::fromLocal8Bit(e.what())));
    }
    if (!done)
        return std::unexpected(done.error());

    result.predictionCompared = predictions;
    result.prediction.name = Tr::tr("Predicted probability");
    result.applyThresholds(thresholds);
    result.explanation = explanationDrift(reference, shapFields, shapMeanAbs);
    return result;
}

void DriftResult::applyThresholds(const DriftThresholds &t)
{
    thresholds = t;
    comparedFeatures = 0;
    driftedFeatures = 0;
    for (FeatureDrift &f : features) {
        if (f.missingColumn)
            continue;
        flag(&f, t);
        ++comparedFeatures;
        driftedFeatures += f.flagged;
    }
    if (predictionCompared)
        flag(&prediction, t);
    driftedShare = comparedFeatures > 0 ? double(driftedFeatures) / comparedFeatures : 0.0;
    drifted = (predictionCompared && prediction.flagged) || (comparedFeatures > 0 && driftedShare >= t.featureShare);
}

QJsonObject FeatureDrift::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("numeric"), numeric);
    o.insert(QStringLiteral("missing_column"), missingColumn);
    o.insert(QStringLiteral("type_changed"), typeChanged);
    o.insert(QStringLiteral("reference_present"), double(referencePresent));
    o.insert(QStringLiteral("new_present"), double(newPresent));
    o.insert(QStringLiteral("psi"), number(psi));
    o.insert(QStringLiteral("kl"), number(kl));
    o.insert(QStringLiteral("js"), number(js));
    o.insert(QStringLiteral("ks"), number(ks));
    o.insert(QStringLiteral("ks_p_value"), number(ksPValue));
    o.insert(QStringLiteral("chi_square"), number(chiSquare));
    o.insert(QStringLiteral("chi_square_p_value"), number(chiSquarePValue));
    o.insert(QStringLiteral("reference_missing_share"), number(referenceMissingShare));
    o.insert(QStringLiteral("new_missing_share"), number(newMissingShare));
    o.insert(QStringLiteral("unseen_share"), number(unseenShare));
    o.insert(QStringLiteral("unseen_levels"), QJsonArray::fromStringList(unseenLevels));
    o.insert(QStringLiteral("reference_mean"), number(referenceMean));
    o.insert(QStringLiteral("new_mean"), number(newMean));
    o.insert(QStringLiteral("bins"), QJsonArray::fromStringList(binLabels));
    o.insert(QStringLiteral("reference_shares"), numbers(referenceShares));
    o.insert(QStringLiteral("new_shares"), numbers(newShares));
    o.insert(QStringLiteral("flagged"), flagged);
    o.insert(QStringLiteral("reasons"), QJsonArray::fromStringList(reasons));
    return o;
}

FeatureDrift FeatureDrift::fromJson(const QJsonObject &json)
{
    FeatureDrift d;
    d.name = json.value(QLatin1String("name")).toString();
    d.numeric = json.value(QLatin1String("numeric")).toBool();
    d.missingColumn = json.value(QLatin1String("missing_column")).toBool();
    d.typeChanged = json.value(QLatin1String("type_changed")).toBool();
    d.referencePresent = qint64(readNumber(json, "reference_present", 0.0));
    d.newPresent = qint64(readNumber(json, "new_present", 0.0));
    d.psi = readNumber(json, "psi");
    d.kl = readNumber(json, "kl");
    d.js = readNumber(json, "js");
    d.ks = readNumber(json, "ks");
    d.ksPValue = readNumber(json, "ks_p_value");
    d.chiSquare = readNumber(json, "chi_square");
    d.chiSquarePValue = readNumber(json, "chi_square_p_value");
    d.referenceMissingShare = readNumber(json, "reference_missing_share", 0.0);
    d.newMissingShare = readNumber(json, "new_missing_share", 0.0);
    d.unseenShare = readNumber(json, "unseen_share", 0.0);
    d.unseenLevels = readStrings(json.value(QLatin1String("unseen_levels")));
    d.referenceMean = readNumber(json, "reference_mean");
    d.newMean = readNumber(json, "new_mean");
    d.binLabels = readStrings(json.value(QLatin1String("bins")));
    d.referenceShares = toNumbers(json.value(QLatin1String("reference_shares")));
    d.newShares = toNumbers(json.value(QLatin1String("new_shares")));
    d.flagged = json.value(QLatin1String("flagged")).toBool();
    d.reasons = readStrings(json.value(QLatin1String("reasons")));
    return d;
}

QJsonObject DriftResult::toJson() const
{
    QJsonArray list;
    for (const FeatureDrift &f : features)
        list.append(f.toJson());
    QJsonArray explained;
    for (const ExplanationDrift &e : explanation) {
        explained.append(QJsonObject{{QStringLiteral("field"), e.field},
                                     {QStringLiteral("reference_mean_abs"), number(e.referenceMeanAbs)},
                                     {QStringLiteral("new_mean_abs"), number(e.newMeanAbs)},
                                     {QStringLiteral("reference_rank"), e.referenceRank},
                                     {QStringLiteral("new_rank"), e.newRank}});
    }
    QJsonObject o{{QStringLiteral("features"), list},
                  {QStringLiteral("prediction_compared"), predictionCompared},
                  {QStringLiteral("compared_features"), comparedFeatures},
                  {QStringLiteral("drifted_features"), driftedFeatures},
                  {QStringLiteral("drifted_share"), driftedShare},
                  {QStringLiteral("drifted"), drifted},
                  {QStringLiteral("explanation"), explained},
                  {QStringLiteral("rows"), double(rows)},
                  {QStringLiteral("thresholds"), thresholds.toJson()}};
    if (predictionCompared)
        o.insert(QStringLiteral("prediction"), prediction.toJson());
    return o;
}

DriftResult DriftResult::fromJson(const QJsonObject &json)
{
    DriftResult r;
    for (const QJsonValue &v : json.value(QLatin1String("features")).toArray())
        r.features.push_back(FeatureDrift::fromJson(v.toObject()));
    r.predictionCompared = json.value(QLatin1String("prediction_compared")).toBool();
    r.prediction = r.predictionCompared ? FeatureDrift::fromJson(json.value(QLatin1String("prediction")).toObject())
                                        : FeatureDrift{};
    if (r.prediction.name.isEmpty())
        r.prediction.name = Tr::tr("Predicted probability");
    r.comparedFeatures = json.value(QLatin1String("compared_features")).toInt();
    r.driftedFeatures = json.value(QLatin1String("drifted_features")).toInt();
    r.driftedShare = readNumber(json, "drifted_share", 0.0);
    r.drifted = json.value(QLatin1String("drifted")).toBool();
    for (const QJsonValue &v : json.value(QLatin1String("explanation")).toArray()) {
        const QJsonObject o = v.toObject();
        ExplanationDrift e;
        e.field = o.value(QLatin1String("field")).toString();
        e.referenceMeanAbs = readNumber(o, "reference_mean_abs");
        e.newMeanAbs = readNumber(o, "new_mean_abs");
        e.referenceRank = o.value(QLatin1String("reference_rank")).toInt();
        e.newRank = o.value(QLatin1String("new_rank")).toInt();
        r.explanation.push_back(e);
    }
    r.rows = qint64(readNumber(json, "rows", 0.0));
    r.thresholds = DriftThresholds::fromJson(json.value(QLatin1String("thresholds")).toObject()).value_or(DriftThresholds{});
    return r;
}

} // namespace churnlens
