// ColumnAnalyzer, numeric and date columns: split by churn, sort, summarise, bin.
#include "columnanalyzer.h"

#include "../common/error.h"
#include "../common/progress.h"
#include "../data/datatable.h"
#include "fastsort.h"
#include "statistics.h"

#include <QDate>

#include <algorithm>
#include <cmath>
#include <limits>

namespace churnlens {

namespace {

constexpr qsizetype chunkRows = qsizetype(1) << 16;
constexpr double inf = std::numeric_limits<double>::infinity();

// Bin edges are shown to people and written to JSON: at most 4 decimals, no trailing zeros.
QString edgeText(double v, bool date)
{
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("∞") : QStringLiteral("-∞");
    if (date)
        return QDate(1970, 1, 1).addDays(qint64(std::floor(v))).toString(Qt::ISODate);
    QString s = QString::number(v, 'f', 4);
    while (s.endsWith(QLatin1Char('0')))
        s.chop(1);
    if (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    return s == QLatin1String("-0") ? QStringLiteral("0") : s;
}

// Values of an ascending array inside the bin (lower, upper] or [lower, upper].
qsizetype countIn(const std::vector<double> &sorted, double lower, double upper, bool lowerClosed)
{
    const auto hi = std::upper_bound(sorted.begin(), sorted.end(), upper);
    const auto lo = lowerClosed ? std::lower_bound(sorted.begin(), hi, lower)
                                : std::upper_bound(sorted.begin(), hi, lower);
    return qsizetype(hi - lo);
}

} // namespace

std::optional<ColumnAnalysis> ColumnAnalyzer::analyzeNumeric(int index, const Progress *progress) const
{
    const Column &c = m_table.column(index);
    const std::span<const double> values = c.values();
    const qsizetype rows = m_table.rowCount();
    const bool labelled = !m_labels.empty();
    const bool feature = isFeature(index);
    const bool date = c.type() == ColumnType::Date;

    // Split present values by churn label: each part sorted gives the AUC in one merge-like
    // walk and bin counts by binary search, without touching the rows again.
    std::vector<double> pos, neg, unknown;
    qsizetype missPos = 0, missNeg = 0;
    if (labelled) {
        const qsizetype churners = qsizetype(std::count(m_labels.begin(), m_labels.end(), int8_t(1)));
        pos.reserve(size_t(churners));
        neg.reserve(size_t(rows - churners));
    } else {
        unknown.reserve(size_t(rows - c.missingCount()));
    }
    for (qsizetype begin = 0; begin < rows; begin += chunkRows) {
        if (isCanceled(progress))
            return std::nullopt;
        const qsizetype end = std::min(rows, begin + chunkRows);
        for (qsizetype r = begin; r < end; ++r) {
            const double v = values[size_t(r)];
            const int8_t l = labelled ? m_labels[size_t(r)] : int8_t(-1);
            if (std::isnan(v)) {
                missPos += l == 1;
                missNeg += l == 0;
            } else if (l == 1) {
                pos.push_back(v);
            } else if (l == 0) {
                neg.push_back(v);
            } else {
                unknown.push_back(v);
            }
        }
    }
    for (std::vector<double> *part : {&pos, &neg, &unknown}) {
        if (isCanceled(progress))
            return std::nullopt;
        stats::sortAscending(*part);
    }
    if (isCanceled(progress))
        return std::nullopt;
    std::vector<double> all;
    if (pos.empty() && neg.empty()) {
        all = std::move(unknown);
        unknown.clear();
    } else {
        std::vector<double> known(pos.size() + neg.size());
        std::merge(pos.begin(), pos.end(), neg.begin(), neg.end(), known.begin());
        if (unknown.empty()) {
            all = std::move(known);
        } else {
            all.resize(known.size() + unknown.size());
            std::merge(known.begin(), known.end(), unknown.begin(), unknown.end(), all.begin());
        }
    }

    ColumnAnalysis out;
    ColumnProfile &p = out.profile;
    p.index = index;
    p.name = c.name();
    p.type = c.type();
    p.role = c.role();
    p.semantic = c.semantic();
    p.missing = c.missingCount();
    p.count = qsizetype(all.size());
    p.distinct = qsizetype(all.empty() ? 0 : 1);
    for (size_t i = 1; i < all.size(); ++i)
        p.distinct += all[i] != all[i - 1];
    p.constant = p.distinct <= 1;
    p.numeric = NumericSummary::fromSorted(all);
    // Whole numbers that never repeat are row numbers or customer numbers, not measurements.
    p.idLike = c.role() == ColumnRole::Id
               || (!date && c.isInteger() && p.count >= 100 && p.distinct == p.count);
    if (!all.empty() && !p.idLike) {
        p.histogram = Histogram::build(pos, neg, unknown.empty() && pos.empty() && neg.empty() ? all : unknown,
                                       p.numeric->whiskerLow, p.numeric->whiskerHigh, m_options.histogramBins,
                                       c.isInteger() || date);
    }
    if (!feature || p.idLike || all.empty() || pos.size() + neg.size() == 0)
        return out;
    p.churnedNumeric = NumericSummary::fromSorted(pos);
    p.stayedNumeric = NumericSummary::fromSorted(neg);

    const auto addGroup = [&](ChurnBreakdown &b, QString label, double lower, double upper, bool lowerClosed) {
        ChurnGroup g;
        g.label = std::move(label);
        g.lower = lower;
        g.upper = upper;
        g.lowerClosed = lowerClosed;
        g.churned = countIn(pos, lower, upper, lowerClosed);
        g.count = g.churned + countIn(neg, lower, upper, lowerClosed);
        if (g.count > 0)
            b.groups.push_back(std::move(g));
    };
    const auto addMissing = [&](ChurnBreakdown &b) {
        if (missPos + missNeg == 0)
            return;
        ChurnGroup g;
        g.label = Tr::tr("(missing)");
        g.isMissing = true;
        g.count = missPos + missNeg;
        g.churned = missPos;
        b.groups.push_back(std::move(g));
    };

    ChurnBreakdown bins;
    bins.column = index;
    bins.name = c.name();
    if (p.distinct <= m_options.valueBinsUpTo) {
        bins.kind = ChurnBreakdown::Kind::Values;
        for (auto it = all.begin(); it != all.end(); it = std::upper_bound(it, all.end(), *it))
            addGroup(bins, edgeText(*it, date), *it, *it, true);
    } else {
        // Quantile edges; where ties make neighbouring edges equal the bins merge, as
        // pandas.qcut(duplicates="drop") does. The first bin is closed on the left.
        bins.kind = ChurnBreakdown::Kind::Quantiles;
        const int q = std::max(2, m_options.quantileBins);
        std::vector<double> edges;
        for (int i = 0; i <= q; ++i)
            edges.push_back(stats::quantileSorted(all, double(i) / q));
        edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
        for (size_t i = 1; i < edges.size(); ++i) {
            const bool first = i == 1;
            const QString label = QStringLiteral("%1%2, %3]")
                                      .arg(first ? QLatin1Char('[') : QLatin1Char('('))
                                      .arg(edgeText(edges[i - 1], date), edgeText(edges[i], date));
            addGroup(bins, label, edges[i - 1], edges[i], first);
        }
    }
    addMissing(bins);
    finishGroups(bins);

    std::vector<qsizetype> gPos, gNeg;
    for (const ChurnGroup &g : bins.groups) {
        gPos.push_back(g.churned);
        gNeg.push_back(g.count - g.churned);
    }
    const stats::TwoByK t = stats::twoByK(gPos, gNeg);
    FeatureAssociation a;
    a.column = index;
    a.name = c.name();
    a.numeric = true;
    a.cramersV = t.cramersV;
    a.mutualInformation = t.mutualInformation;
    a.groups = t.groups;
    a.n = t.n;
    a.auc = stats::aucSorted(pos, neg);
    out.association = a;
    out.bins = std::move(bins);

    if (c.semantic() == Semantic::Tenure) {
        // [0, 12] holds brand-new customers (tenure 0) with the first year; this is the
        // convention behind the well-known Telco figure of 47.44% churn for "0-12 months".
        ChurnBreakdown tenure;
        tenure.column = index;
        tenure.name = c.name();
        tenure.kind = ChurnBreakdown::Kind::Tenure;
        addGroup(tenure, Tr::tr("0–12 months"), tenureEdges[0], tenureEdges[1], true);
        addGroup(tenure, Tr::tr("12–24 months"), tenureEdges[1], tenureEdges[2], false);
        addGroup(tenure, Tr::tr("over 24 months"), tenureEdges[2], inf, false);
        addMissing(tenure);
        finishGroups(tenure);
        out.tenure = std::move(tenure);
    }
    return out;
}

} // namespace churnlens
