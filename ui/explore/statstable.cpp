#include "statstable.h"

#include "common/chartstyle.h"
#include "eda/churnbreakdown.h"
#include "eda/columnprofile.h"
#include "common/format.h"

#include <QHeaderView>

#include <cmath>
#include <functional>

namespace churnlens {

namespace {

QString num(double v, bool integer)
{
    if (!std::isfinite(v))
        return format::missing();
    if (integer && v == std::floor(v) && std::abs(v) < 1e15)
        return format::number(v, 0);
    const double a = std::abs(v);
    return format::number(v, a >= 1000 ? 1 : a >= 10 ? 2 : a >= 0.01 || a == 0 ? 3 : 5);
}

} // namespace

StatsTable::StatsTable(QWidget *parent)
    : QTableWidget(parent)
{
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::ContiguousSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(true);
}

void StatsTable::setRow(int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells[c]);
        item->setTextAlignment(c == 0 ? (Qt::AlignLeft | Qt::AlignVCenter) : (Qt::AlignRight | Qt::AlignVCenter));
        setItem(row, c, item);
    }
}

void StatsTable::showColumn(const ColumnProfile &column, const ChurnBreakdown *levels, double confidence)
{
    clear();
    if (column.numeric)
        showNumeric(column);
    else
        showLevels(column, levels, confidence);
    // Names and values stay next to each other: numbers share the spare width for
    // statistics; for levels the names do.
    horizontalHeader()->setStretchLastSection(false);
    for (int c = 0; c < columnCount(); ++c) {
        const bool stretch = column.numeric ? c > 0 : c == 0;
        horizontalHeader()->setSectionResizeMode(c, stretch ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    }
}

void StatsTable::showNumeric(const ColumnProfile &c)
{
    const bool split = c.stayedNumeric && c.churnedNumeric;
    const bool integer = c.histogram && c.histogram->wholeNumbers;
    QStringList header{tr("Statistic"), tr("All")};
    if (split)
        header << ChartStyle::stayedLabel() << ChartStyle::churnedLabel();
    setColumnCount(int(header.size()));
    setHorizontalHeaderLabels(header);
    std::vector<const NumericSummary *> parts{&*c.numeric};
    if (split) {
        parts.push_back(&*c.stayedNumeric);
        parts.push_back(&*c.churnedNumeric);
    }
    struct Line
    {
        QString name;
        std::function<QString(const NumericSummary &)> value;
    };
    const auto fence = [integer](double v) { return num(v, integer); };
    const std::vector<Line> lines{
        {tr("Values"), [](const NumericSummary &s) { return format::count(s.count); }},
        {tr("Mean"), [](const NumericSummary &s) { return num(s.mean, false); }},
        {tr("Standard deviation"), [](const NumericSummary &s) { return num(s.std, false); }},
        {tr("Minimum"), [integer](const NumericSummary &s) { return num(s.min, integer); }},
        {tr("25% (Q1)"), [integer](const NumericSummary &s) { return num(s.q1, integer); }},
        {tr("Median"), [integer](const NumericSummary &s) { return num(s.median, integer); }},
        {tr("75% (Q3)"), [integer](const NumericSummary &s) { return num(s.q3, integer); }},
        {tr("Maximum"), [integer](const NumericSummary &s) { return num(s.max, integer); }},
        {tr("Skewness"), [](const NumericSummary &s) { return num(s.skewness, false); }},
        {tr("Interquartile range"), [integer](const NumericSummary &s) { return num(s.iqr(), integer); }},
        {tr("Outliers (1.5 × IQR)"),
         [](const NumericSummary &s) {
             return QStringLiteral("%1 (%2)").arg(format::count(s.outliers()), format::percent(s.outlierShare(), 2));
         }},
        {tr("Outlier fences"),
         [fence](const NumericSummary &s) { return QStringLiteral("%1 … %2").arg(fence(s.lowerFence), fence(s.upperFence)); }},
    };
    setRowCount(int(lines.size()) + 2);
    setRow(0, {tr("Missing"), QStringLiteral("%1 (%2)").arg(format::count(c.missing), format::percent(c.missingShare(), 2))});
    setRow(1, {tr("Distinct values"), format::count(c.distinct)});
    for (size_t i = 0; i < lines.size(); ++i) {
        QStringList cells{lines[i].name};
        for (const NumericSummary *s : parts)
            cells << lines[i].value(*s);
        setRow(int(i) + 2, cells);
    }
}

void StatsTable::showLevels(const ColumnProfile &c, const ChurnBreakdown *levels, double confidence)
{
    QStringList header{tr("Value"), tr("Customers"), tr("Share")};
    if (levels)
        header << tr("Churn rate") << tr("%1% interval").arg(QString::number(100.0 * confidence, 'g', 3));
    setColumnCount(int(header.size()));
    setHorizontalHeaderLabels(header);
    QList<QStringList> rows;
    const double present = double(std::max<qsizetype>(1, c.count));
    if (levels) {
        for (const ChurnGroup &g : levels->groups) {
            // The level's full count (customers without a churn value included) comes from the profile.
            qsizetype n = g.count;
            for (const LevelCount &l : c.levels)
                if (!g.isOther && !g.isMissing && l.label == g.label)
                    n = l.count;
            if (g.isOther)
                n = c.otherCount;
            if (g.isMissing)
                n = c.missing;
            rows.append({g.label, format::count(n), g.isMissing ? QString() : format::percent(double(n) / present, 2),
                         format::percent(g.rate(), 2),
                         QStringLiteral("%1 – %2").arg(format::percent(g.ciLow, 1), format::percent(g.ciHigh, 1))});
        }
    } else {
        for (const LevelCount &l : c.levels)
            rows.append({l.label, format::count(l.count), format::percent(double(l.count) / present, 2)});
        if (c.otherLevels > 0)
            rows.append({tr("Other (%n levels)", nullptr, int(c.otherLevels)), format::count(c.otherCount),
                         format::percent(double(c.otherCount) / present, 2)});
        if (c.missing > 0)
            rows.append({tr("(missing)"), format::count(c.missing), QString()});
    }
    setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        setRow(r, rows[r]);
}

ChartTable StatsTable::table() const
{
    ChartTable t;
    for (int c = 0; c < columnCount(); ++c)
        t.header << (horizontalHeaderItem(c) ? horizontalHeaderItem(c)->text() : QString());
    for (int r = 0; r < rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < columnCount(); ++c)
            row << (item(r, c) ? item(r, c)->text() : QString());
        t.rows.append(row);
    }
    return t;
}

} // namespace churnlens
