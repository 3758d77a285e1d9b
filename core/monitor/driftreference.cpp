#include "driftreference.h"

#include "common/jsonnumber.h"
#include "common/parallel.h"
#include "common/progress.h"
#include "data/datatable.h"

#include <QDate>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <exception>
#include <numeric>
#include <optional>

namespace churnlens {

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

using json::number;
using json::numbers;
using json::toNumbers;

/*!
 * numpy.quantile(sorted, q) with its default 'linear' method, to the bit: virtual index
 * h = (n − 1)·q, and numpy's lerp, which interpolates from the upper neighbour when the
 * fraction is at least 0.5.
 */
double quantileOfSorted(const std::vector<double> &sorted, double q)
{
    const size_t n = sorted.size();
    const double h = double(n - 1) * q;
    if (h >= double(n - 1))
        return sorted.back();
    if (h <= 0.0)
        return sorted.front();
    const double lo = std::floor(h);
    const double t = h - lo;
    const double a = sorted[size_t(lo)];
    const double b = sorted[size_t(lo) + 1];
    const double diff = b - a;
    return t >= 0.5 ? b - diff * (1.0 - t) : a + diff * t;
}

// The Numeric reference of present values (sorted here, in place).
void fillNumeric(FeatureReference *f, std::vector<double> &values, double sum, int bins)
{
    f->kind = FeatureReference::Kind::Numeric;
    f->present = qint64(values.size());
    f->edges.clear();
    f->percentiles.clear();
    f->belowPercentile.clear();
    f->atOrBelowPercentile.clear();
    if (values.empty()) {
        f->counts = {0.0};
        return;
    }
    std::sort(values.begin(), values.end());
    f->mean = sum / double(values.size());
    // np.unique(np.quantile(r, np.linspace(0, 1, bins + 1))) with its outer two replaced by ±inf:
    // linspace's points are i·(1/bins), the last exactly 1.
    const double step = 1.0 / double(bins);
    std::vector<double> cuts;
    for (int i = 0; i <= bins; ++i)
        cuts.push_back(quantileOfSorted(values, i == bins ? 1.0 : double(i) * step));
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    if (cuts.size() > 2)
        f->edges.assign(cuts.begin() + 1, cuts.end() - 1);
    // Bin i holds [edge i−1, edge i): counts from the sorted values, exactly as numpy.histogram.
    f->counts.assign(f->edges.size() + 1, 0.0);
    size_t below = 0;
    for (size_t i = 0; i < f->edges.size(); ++i) {
        const size_t upTo = size_t(std::lower_bound(values.begin(), values.end(), f->edges[i]) - values.begin());
        f->counts[i] = double(upTo - below);
        below = upTo;
    }
    f->counts.back() = double(values.size() - below);
    f->percentiles.reserve(101);
    f->belowPercentile.reserve(101);
    f->atOrBelowPercentile.reserve(101);
    const double n = double(values.size());
    for (int k = 0; k <= 100; ++k) {
        const double x = quantileOfSorted(values, double(k) / 100.0);
        f->percentiles.push_back(x);
        f->belowPercentile.push_back(double(std::lower_bound(values.begin(), values.end(), x) - values.begin()) / n);
        f->atOrBelowPercentile.push_back(double(std::upper_bound(values.begin(), values.end(), x) - values.begin()) / n);
    }
}

// Keeps the MaxLevels most frequent of (text, count) pairs, most frequent first (ties in the
// given order), the rest in otherCount.
void fillLevels(FeatureReference *f, std::vector<std::pair<QString, double>> levels)
{
    f->kind = FeatureReference::Kind::Levels;
    std::stable_sort(levels.begin(), levels.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    f->levels.clear();
    f->counts.clear();
    f->otherCount = 0.0;
    for (size_t i = 0; i < levels.size(); ++i) {
        f->present += qint64(levels[i].second);
        if (i < size_t(FeatureReference::MaxLevels)) {
            f->levels.append(levels[i].first);
            f->counts.push_back(levels[i].second);
        } else {
            f->otherCount += levels[i].second;
        }
    }
}

// Calls fn(row) for every selected row (all rows when \a rows is empty).
template<typename Fn>
void forRows(qsizetype rowCount, std::span<const qsizetype> rows, Fn &&fn)
{
    if (rows.empty()) {
        for (qsizetype r = 0; r < rowCount; ++r)
            fn(r);
    } else {
        for (qsizetype r : rows)
            fn(r);
    }
}

FeatureReference referenceOf(const Column &c, std::span<const qsizetype> rows, int bins)
{
    FeatureReference f;
    f.name = c.name();
    if (c.isCoded()) {
        std::vector<qint64> counts(size_t(c.dictionary().size()), 0);
        const std::span<const int32_t> codes = c.codes();
        qint64 missing = 0;
        forRows(c.size(), rows, [&](qsizetype r) {
            const int32_t code = codes[size_t(r)];
            if (code < 0)
                ++missing;
            else
                ++counts[size_t(code)];
        });
        std::vector<std::pair<QString, double>> levels;
        for (size_t code = 0; code < counts.size(); ++code) {
            if (counts[code] > 0)
                levels.emplace_back(c.dictionary().level(int32_t(code)), double(counts[code]));
        }
        fillLevels(&f, std::move(levels));
        f.missing = missing;
        return f;
    }

    f.dates = c.type() == ColumnType::Date;
    const std::span<const double> all = c.values();
    std::vector<double> values;
    values.reserve(rows.empty() ? all.size() : rows.size());
    double sum = 0.0;
    forRows(c.size(), rows, [&](qsizetype r) {
        const double v = all[size_t(r)];
        if (!std::isnan(v)) {
            values.push_back(v);
            sum += v;
        }
    });
    f.missing = qint64(rows.empty() ? all.size() : rows.size()) - qint64(values.size());

    // Few distinct values (≤ 10, as the anchor's nunique() > 10 test): levels. The scan stops at
    // the 11th distinct value, so a continuous column costs a handful of comparisons.
    std::vector<std::pair<double, double>> distinct;
    bool many = false;
    for (double v : values) {
        auto it = std::find_if(distinct.begin(), distinct.end(), [v](const auto &d) { return d.first == v; });
        if (it != distinct.end()) {
            it->second += 1.0;
        } else if (distinct.size() == size_t(FeatureReference::MaxDistinctForLevels)) {
            many = true;
            break;
        } else {
            distinct.emplace_back(v, 1.0);
        }
    }
    if (many) {
        fillNumeric(&f, values, sum, bins);
        return f;
    }
    std::sort(distinct.begin(), distinct.end());
    std::vector<std::pair<QString, double>> levels;
    for (const auto &[v, n] : distinct)
        levels.emplace_back(FeatureReference::levelText(v, f.dates), n);
    fillLevels(&f, std::move(levels));
    return f;
}

QString kindName(FeatureReference::Kind kind)
{
    return kind == FeatureReference::Kind::Numeric ? QStringLiteral("numeric") : QStringLiteral("levels");
}

// Short edge texts: a k / M suffix for large numbers, and the fewest significant digits (at
// least 4) that keep every edge's text apart from its neighbours'.
QStringList edgeTexts(const std::vector<double> &edges)
{
    const QLocale locale;
    auto compact = [&](double v, int digits) {
        const double a = std::abs(v);
        if (a >= 1e6)
            return locale.toString(v / 1e6, 'g', digits) + QLatin1Char('M');
        if (a >= 1e4)
            return locale.toString(v / 1e3, 'g', digits) + QLatin1Char('k');
        return locale.toString(v, 'g', digits);
    };
    QStringList texts;
    for (int digits = 4; digits <= 15; ++digits) {
        texts.clear();
        bool apart = true;
        for (double e : edges) {
            texts.append(compact(e, digits));
            if (texts.size() > 1 && texts.back() == texts[texts.size() - 2])
                apart = false;
        }
        if (apart)
            break;
    }
    return texts;
}

Error damaged(const QString &field, const QString &what)
{
    return Error::make(ErrorCode::BadInput,
                       Tr::tr("The model's training reference of \"%1\" is damaged: %2.").arg(field, what), {},
                       Tr::tr("Save the model again from its training data to rebuild the reference."));
}

} // namespace

double FeatureReference::missingShare() const
{
    const qint64 total = present + missing;
    return total > 0 ? double(missing) / double(total) : 0.0;
}

QString FeatureReference::levelText(double value, bool date)
{
    if (date)
        return QDate::fromJulianDay(2440588 + qint64(std::floor(value))).toString(Qt::ISODate);
    return QString::number(value, 'g', 15);
}

QStringList FeatureReference::binLabels() const
{
    if (kind == Kind::Levels) {
        QStringList labels = levels;
        if (otherCount > 0)
            labels.append(Tr::tr("Other levels"));
        return labels;
    }
    if (edges.empty())
        return {Tr::tr("All values")};
    QStringList texts;
    if (dates) {
        for (double e : edges)
            texts.append(levelText(e, true));
    } else {
        texts = edgeTexts(edges);
    }
    QStringList labels;
    labels.append(QStringLiteral("< %1").arg(texts.front()));
    for (qsizetype i = 1; i < texts.size(); ++i)
        labels.append(QStringLiteral("%1 – %2").arg(texts[i - 1], texts[i]));
    labels.append(QStringLiteral("≥ %1").arg(texts.back()));
    return labels;
}

QJsonObject FeatureReference::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("kind"), kindName(kind));
    o.insert(QStringLiteral("counts"), numbers(counts));
    o.insert(QStringLiteral("present"), double(present));
    o.insert(QStringLiteral("missing"), double(missing));
    if (kind == Kind::Numeric) {
        o.insert(QStringLiteral("edges"), numbers(edges));
        o.insert(QStringLiteral("percentiles"), numbers(percentiles));
        o.insert(QStringLiteral("below_percentiles"), numbers(belowPercentile));
        o.insert(QStringLiteral("at_or_below_percentiles"), numbers(atOrBelowPercentile));
        o.insert(QStringLiteral("mean"), number(mean));
        if (dates)
            o.insert(QStringLiteral("dates"), true);
    } else {
        o.insert(QStringLiteral("levels"), QJsonArray::fromStringList(levels));
        o.insert(QStringLiteral("other"), otherCount);
    }
    return o;
}

Result<FeatureReference> FeatureReference::fromJson(const QJsonObject &json)
{
    FeatureReference f;
    f.name = json.value(QStringLiteral("name")).toString();
    if (f.name.isEmpty())
        return std::unexpected(damaged(QStringLiteral("?"), Tr::tr("a field has no name")));
    const QString kind = json.value(QStringLiteral("kind")).toString();
    if (kind == kindName(Kind::Numeric))
        f.kind = Kind::Numeric;
    else if (kind == kindName(Kind::Levels))
        f.kind = Kind::Levels;
    else
        return std::unexpected(damaged(f.name, Tr::tr("unknown kind \"%1\"").arg(kind)));
    f.counts = toNumbers(json.value(QStringLiteral("counts")));
    f.present = qint64(json.value(QStringLiteral("present")).toDouble());
    f.missing = qint64(json.value(QStringLiteral("missing")).toDouble());
    if (f.present < 0 || f.missing < 0)
        return std::unexpected(damaged(f.name, Tr::tr("a negative count")));
    for (double c : f.counts) {
        if (!(c >= 0.0) || !std::isfinite(c))
            return std::unexpected(damaged(f.name, Tr::tr("a negative or empty count")));
    }
    if (f.kind == Kind::Numeric) {
        f.edges = toNumbers(json.value(QStringLiteral("edges")));
        f.percentiles = toNumbers(json.value(QStringLiteral("percentiles")));
        f.belowPercentile = toNumbers(json.value(QStringLiteral("below_percentiles")));
        f.atOrBelowPercentile = toNumbers(json.value(QStringLiteral("at_or_below_percentiles")));
        const QJsonValue mean = json.value(QStringLiteral("mean"));
        f.mean = mean.isDouble() ? mean.toDouble() : NaN;
        f.dates = json.value(QStringLiteral("dates")).toBool();
        for (size_t i = 0; i < f.edges.size(); ++i) {
            if (!std::isfinite(f.edges[i]) || (i > 0 && !(f.edges[i] > f.edges[i - 1])))
                return std::unexpected(damaged(f.name, Tr::tr("its bin edges are not ascending numbers")));
        }
        if (f.counts.size() != f.edges.size() + 1)
            return std::unexpected(damaged(f.name, Tr::tr("%1 counts for %2 bins").arg(f.counts.size()).arg(f.edges.size() + 1)));
        if (!f.percentiles.empty() && f.percentiles.size() != 101)
            return std::unexpected(damaged(f.name, Tr::tr("%1 percentiles instead of 101").arg(f.percentiles.size())));
        for (size_t i = 0; i < f.percentiles.size(); ++i) {
            if (!std::isfinite(f.percentiles[i]) || (i > 0 && f.percentiles[i] < f.percentiles[i - 1]))
                return std::unexpected(damaged(f.name, Tr::tr("its percentiles are not ascending numbers")));
        }
        const bool shares = f.belowPercentile.size() == f.percentiles.size()
                            && f.atOrBelowPercentile.size() == f.percentiles.size();
        if (!shares && !(f.belowPercentile.empty() && f.atOrBelowPercentile.empty()))
            return std::unexpected(damaged(f.name, Tr::tr("its percentile shares do not match its percentiles")));
        for (size_t i = 0; shares && i < f.percentiles.size(); ++i) {
            if (!(f.belowPercentile[i] >= 0.0 && f.belowPercentile[i] <= f.atOrBelowPercentile[i]
                  && f.atOrBelowPercentile[i] <= 1.0))
                return std::unexpected(damaged(f.name, Tr::tr("its percentile shares are not shares")));
        }
    } else {
        for (const QJsonValue &level : json.value(QStringLiteral("levels")).toArray())
            f.levels.append(level.toString());
        f.otherCount = json.value(QStringLiteral("other")).toDouble();
        if (f.levels.size() != qsizetype(f.counts.size()))
            return std::unexpected(damaged(f.name, Tr::tr("%1 counts for %2 levels").arg(f.counts.size()).arg(f.levels.size())));
        if (!(f.otherCount >= 0.0) || !std::isfinite(f.otherCount))
            return std::unexpected(damaged(f.name, Tr::tr("a negative count")));
    }
    return f;
}

const FeatureReference *DriftReference::feature(const QString &name) const
{
    for (const FeatureReference &f : features) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

Result<DriftReference> DriftReference::build(const DataTable &table, const QStringList &columns,
                                             std::span<const qsizetype> rows, int bins, Progress *progress)
{
    bins = std::clamp(bins, 1, 100);
    for (qsizetype r : rows) {
        if (r < 0 || r >= table.rowCount())
            return makeError(ErrorCode::Internal, Tr::tr("The training reference got row %1 of a table of %2 rows.")
                                                      .arg(r).arg(table.rowCount()));
    }
    std::vector<int> indexes;
    for (const QString &name : columns) {
        const int i = table.indexOf(name);
        if (i >= 0 && std::find(indexes.begin(), indexes.end(), i) == indexes.end())
            indexes.push_back(i);
    }

    DriftReference reference;
    reference.bins = bins;
    reference.rows = rows.empty() ? table.rowCount() : qsizetype(rows.size());
    std::vector<std::optional<FeatureReference>> built(indexes.size());
    std::optional<Error> failure;
    // One column per block: columns are independent, and a column is the unit of progress and cancel.
    Result<void> done;
    try {
        done = parallelFor(qsizetype(indexes.size()), 1, 0, progress, [&](qsizetype i, qsizetype, int) {
            built[size_t(i)] = referenceOf(table.column(indexes[size_t(i)]), rows, bins);
            return true;
        });
    } catch (const std::exception &e) {
        return makeError(ErrorCode::Internal, Tr::tr("The training reference could not be built: %1")
                                                  .arg(QString::fromLocal8Bit(e.what())));
    }
    if (!done)
        return std::unexpected(done.error());
    for (std::optional<FeatureReference> &f : built)
        reference.features.push_back(std::move(*f));
    return reference;
}

FeatureReference DriftReference::numeric(const QString &name, std::span<const double> values, int bins)
{
    FeatureReference f;
    f.name = name;
    std::vector<double> present;
    present.reserve(values.size());
    double sum = 0.0;
    for (double v : values) {
        if (!std::isnan(v)) {
            present.push_back(v);
            sum += v;
        }
    }
    f.missing = qint64(values.size() - present.size());
    fillNumeric(&f, present, sum, std::clamp(bins, 1, 100));
    return f;
}

QJsonObject DriftReference::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("version"), FormatVersion);
    o.insert(QStringLiteral("bins"), bins);
    o.insert(QStringLiteral("rows"), double(rows));
    QJsonArray list;
    for (const FeatureReference &f : features)
        list.append(f.toJson());
    o.insert(QStringLiteral("features"), list);
    if (prediction.present > 0)
        o.insert(QStringLiteral("prediction"), prediction.toJson());
    o.insert(QStringLiteral("shap_fields"), QJsonArray::fromStringList(shapFields));
    o.insert(QStringLiteral("shap_mean_abs"), numbers(shapMeanAbs));
    return o;
}

Result<DriftReference> DriftReference::fromJson(const QJsonObject &json)
{
    const int version = json.value(QStringLiteral("version")).toInt(FormatVersion);
    if (version > FormatVersion)
        return makeError(ErrorCode::Model,
                         Tr::tr("The model's training reference was written by a newer ChurnLens (format %1, this one reads %2).")
                             .arg(version).arg(FormatVersion),
                         Tr::tr("Update ChurnLens to compare files with this model."));
    DriftReference r;
    r.bins = std::clamp(json.value(QStringLiteral("bins")).toInt(DefaultBins), 1, 100);
    r.rows = qint64(json.value(QStringLiteral("rows")).toDouble());
    for (const QJsonValue &v : json.value(QStringLiteral("features")).toArray()) {
        auto f = FeatureReference::fromJson(v.toObject());
        if (!f)
            return std::unexpected(f.error());
        r.features.push_back(std::move(*f));
    }
    if (json.contains(QStringLiteral("prediction"))) {
        auto p = FeatureReference::fromJson(json.value(QStringLiteral("prediction")).toObject());
        if (!p)
            return std::unexpected(p.error());
        if (p->kind != FeatureReference::Kind::Numeric)
            return std::unexpected(damaged(p->name, Tr::tr("the predictions are not stored as numbers")));
        r.prediction = std::move(*p);
    }
    for (const QJsonValue &v : json.value(QStringLiteral("shap_fields")).toArray())
        r.shapFields.append(v.toString());
    r.shapMeanAbs = toNumbers(json.value(QStringLiteral("shap_mean_abs")));
    if (r.shapMeanAbs.size() != size_t(r.shapFields.size()))
        return std::unexpected(damaged(Tr::tr("the explanations"), Tr::tr("%1 values for %2 fields")
                                                                       .arg(r.shapMeanAbs.size()).arg(r.shapFields.size())));
    return r;
}

} // namespace churnlens
