#include "segmentbreakdown.h"

#include "common/jsonnumber.h"
#include "data/datatable.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <map>

namespace churnlens {

namespace {

using json::number;

// Running sums of one segment.
struct Acc
{
    qsizetype customers = 0;
    double pSum = 0.0;
    qsizetype high = 0;
    double atRisk = 0.0;
    qsizetype withOutcome = 0;
    qsizetype churned = 0;
};

bool eligibleCategorical(const Column &c)
{
    return (c.type() == ColumnType::Categorical || c.type() == ColumnType::Boolean) && c.role() == ColumnRole::Feature;
}

QString numberText(double v)
{
    return QLocale().toString(v, 'g', 4);
}

// Band edges (upper bounds, inclusive) and labels of a numeric column.
void bands(const Column &c, std::span<const double> probabilities, std::vector<double> *edges, QStringList *labels)
{
    if (c.semantic() == Semantic::Tenure) {
        *edges = {12, 24, 48};
        if (c.isInteger())
            *labels = {QStringLiteral("0–12"), QStringLiteral("13–24"), QStringLiteral("25–48"), QStringLiteral("49+")};
        else
            *labels = {QStringLiteral("≤ 12"), QStringLiteral("12–24"), QStringLiteral("24–48"), QStringLiteral("> 48")};
        return;
    }
    std::vector<double> v;
    v.reserve(size_t(c.size()));
    for (qsizetype r = 0; r < c.size(); ++r) {
        if (!std::isnan(probabilities[size_t(r)]) && !c.isMissing(r))
            v.push_back(c.values()[size_t(r)]);
    }
    edges->clear();
    labels->clear();
    if (v.empty())
        return;
    for (double q : {0.25, 0.5, 0.75}) {
        auto nth = v.begin() + std::ptrdiff_t(q * double(v.size() - 1));
        std::nth_element(v.begin(), nth, v.end());
        if (edges->empty() || *nth > edges->back())
            edges->push_back(*nth);
    }
    const double top = *std::max_element(v.begin(), v.end());
    if (!edges->empty() && edges->back() >= top)
        edges->pop_back(); // the last band would be empty
    for (size_t i = 0; i <= edges->size(); ++i) {
        if (edges->empty())
            labels->append(Tr::tr("all"));
        else if (i == 0)
            labels->append(QStringLiteral("≤ %1").arg(numberText((*edges)[0])));
        else if (i == edges->size())
            labels->append(QStringLiteral("> %1").arg(numberText((*edges)[i - 1])));
        else
            labels->append(QStringLiteral("%1–%2").arg(numberText((*edges)[i - 1]), numberText((*edges)[i])));
    }
}

} // namespace

Result<SegmentBreakdown> SegmentBreakdown::compute(const DataTable &table, int column, std::span<const double> probabilities,
                                                   std::span<const double> charges, std::span<const int8_t> labels,
                                                   const RiskThresholds &thresholds, int maxLevels)
{
    if (column < 0 || column >= table.columnCount())
        return makeError(ErrorCode::Usage, Tr::tr("There is no column %1 to break the customers down by.").arg(column));
    if (probabilities.size() != size_t(table.rowCount()))
        return makeError(ErrorCode::Internal, Tr::tr("The segments got %1 probabilities for %2 rows.")
                                                  .arg(probabilities.size()).arg(table.rowCount()));
    const Column &c = table.column(column);
    if (c.type() == ColumnType::Text || c.type() == ColumnType::Date)
        return makeError(ErrorCode::Usage, Tr::tr("The column \"%1\" holds %2: pick a column with categories or numbers.")
                                               .arg(c.name(), toString(c.type()).toLower()));
    const bool hasCharges = charges.size() == probabilities.size();
    const bool hasLabels = labels.size() == probabilities.size();

    SegmentBreakdown b;
    b.column = column;
    b.columnName = c.name();
    b.banded = c.isNumericStorage();

    std::vector<double> edges;
    QStringList names;
    if (b.banded) {
        bands(c, probabilities, &edges, &names);
    } else {
        for (int32_t code = 0; code < c.dictionary().size(); ++code)
            names.append(c.dictionary().level(code));
    }
    const int missingIndex = int(names.size());
    std::vector<Acc> acc(size_t(names.size()) + 1);
    for (size_t r = 0; r < probabilities.size(); ++r) {
        const double p = probabilities[r];
        if (std::isnan(p))
            continue;
        int segment = missingIndex;
        if (!c.isMissing(qsizetype(r))) {
            if (b.banded) {
                const double v = c.values()[r];
                segment = int(std::lower_bound(edges.begin(), edges.end(), v) - edges.begin());
            } else {
                segment = c.codes()[r];
            }
        }
        Acc &a = acc[size_t(segment)];
        ++a.customers;
        a.pSum += p;
        a.high += thresholds.level(p) == RiskLevel::High;
        if (hasCharges && !std::isnan(charges[r]))
            a.atRisk += p * charges[r];
        if (hasLabels && labels[r] >= 0) {
            ++a.withOutcome;
            a.churned += labels[r] == 1;
        }
    }
    names.append(Tr::tr("Missing"));

    auto toRow = [&](const QString &label, const Acc &a) {
        SegmentRow row;
        row.label = label;
        row.customers = a.customers;
        row.expectedChurners = a.pSum;
        row.meanProbability = a.customers > 0 ? a.pSum / double(a.customers) : SegmentRow::NaN;
        row.high = a.high;
        row.monthlyRevenueAtRisk = hasCharges ? a.atRisk : SegmentRow::NaN;
        row.observedChurnRate = a.withOutcome > 0 ? double(a.churned) / double(a.withOutcome) : SegmentRow::NaN;
        return row;
    };
    std::vector<size_t> order; // segments with customers
    for (size_t i = 0; i < acc.size(); ++i) {
        if (acc[i].customers > 0)
            order.push_back(i);
    }
    // Levels sorted by money (by expected churners without charges); bands keep their order
    // (0–12, 13–24, …), which is how people read tenure, with "Missing" last.
    auto money = [&](const Acc &a) { return hasCharges ? a.atRisk : a.pSum; };
    if (!b.banded)
        std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) { return money(acc[x]) > money(acc[y]); });
    // Too many levels to read: the biggest ones, and the rest together as "Other".
    const size_t keep = size_t(std::max(1, maxLevels - 1));
    if (order.size() > keep + 1) {
        Acc other;
        for (size_t i = keep; i < order.size(); ++i) {
            const Acc &a = acc[order[i]];
            other.customers += a.customers;
            other.pSum += a.pSum;
            other.high += a.high;
            other.atRisk += a.atRisk;
            other.withOutcome += a.withOutcome;
            other.churned += a.churned;
        }
        order.resize(keep);
        for (size_t i : order)
            b.rows.push_back(toRow(names[qsizetype(i)], acc[i]));
        b.rows.push_back(toRow(Tr::tr("Other"), other));
    } else {
        for (size_t i : order)
            b.rows.push_back(toRow(names[qsizetype(i)], acc[i]));
    }
    return b;
}

std::vector<int> SegmentBreakdown::defaultColumns(const DataTable &table, std::span<const double> probabilities, int count)
{
    std::vector<int> chosen;
    for (Semantic s : {Semantic::Contract, Semantic::Tenure}) {
        const int i = table.semanticIndex(s);
        if (i >= 0 && table.column(i).role() == ColumnRole::Feature && int(chosen.size()) < count)
            chosen.push_back(i);
    }
    // Then the categorical columns whose levels differ most in predicted churn, ignoring levels
    // too small to matter (under 1% of the scored customers).
    qsizetype scored = 0;
    for (double p : probabilities)
        scored += !std::isnan(p);
    std::vector<std::pair<double, int>> spread;
    for (int i = 0; i < table.columnCount(); ++i) {
        const Column &c = table.column(i);
        if (!eligibleCategorical(c) || std::find(chosen.begin(), chosen.end(), i) != chosen.end())
            continue;
        const int levels = c.dictionary().size();
        if (levels < 2 || levels > 12 || size_t(c.size()) != probabilities.size())
            continue;
        std::vector<double> pSum(size_t(levels), 0.0);
        std::vector<qsizetype> n(size_t(levels), 0);
        for (size_t r = 0; r < probabilities.size(); ++r) {
            const int32_t code = c.codes()[r];
            if (code >= 0 && !std::isnan(probabilities[r])) {
                pSum[size_t(code)] += probabilities[r];
                ++n[size_t(code)];
            }
        }
        double lo = 1.0, hi = 0.0;
        for (int l = 0; l < levels; ++l) {
            if (n[size_t(l)] > 0 && double(n[size_t(l)]) >= 0.01 * double(scored)) {
                const double mean = pSum[size_t(l)] / double(n[size_t(l)]);
                lo = std::min(lo, mean);
                hi = std::max(hi, mean);
            }
        }
        if (hi > lo)
            spread.emplace_back(hi - lo, i);
    }
    std::stable_sort(spread.begin(), spread.end(), [](const auto &x, const auto &y) { return x.first > y.first; });
    for (const auto &[s, i] : spread) {
        if (int(chosen.size()) >= count)
            break;
        chosen.push_back(i);
    }
    return chosen;
}

QJsonObject SegmentBreakdown::toJson() const
{
    QJsonArray list;
    for (const SegmentRow &r : rows) {
        QJsonObject o{{QStringLiteral("segment"), r.label},
                      {QStringLiteral("customers"), double(r.customers)},
                      {QStringLiteral("predicted_churn_rate"), number(r.meanProbability)},
                      {QStringLiteral("expected_churners"), r.expectedChurners},
                      {QStringLiteral("high_risk"), double(r.high)},
                      {QStringLiteral("monthly_revenue_at_risk"), number(r.monthlyRevenueAtRisk)}};
        if (!std::isnan(r.observedChurnRate))
            o.insert(QStringLiteral("observed_churn_rate"), r.observedChurnRate);
        list.append(o);
    }
    return QJsonObject{{QStringLiteral("column"), columnName},
                       {QStringLiteral("banded"), banded},
                       {QStringLiteral("segments"), list}};
}

} // namespace churnlens
