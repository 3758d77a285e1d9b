#include "distributionchart.h"

#include "common/chartstyle.h"
#include "churnratechart.h"
#include "common/format.h"

#include <QCursor>
#include <QToolTip>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

namespace churnlens {

namespace {

QBarSet *classSet(const QString &name, const QColor &colour)
{
    auto *set = new QBarSet(name);
    set->setColor(colour);
    set->setBorderColor(colour.darker(118));
    return set;
}

QString binLabel(const Histogram &h, int i, bool integer)
{
    if (integer) {
        const double first = h.edges[size_t(i)] + 0.5, last = h.edges[size_t(i) + 1] - 0.5;
        return first == last ? ChartStyle::shortNumber(first)
                             : QStringLiteral("%1–%2").arg(ChartStyle::shortNumber(first), ChartStyle::shortNumber(last));
    }
    return QStringLiteral("%1–%2").arg(ChartStyle::shortNumber(h.edges[size_t(i)]),
                                       ChartStyle::shortNumber(h.edges[size_t(i) + 1]));
}

} // namespace

QChart *DistributionChart::numeric(const ColumnProfile &column, ChartTable *table)
{
    auto *chart = new QChart;
    ChartStyle::apply(chart, tr("Distribution of %1").arg(column.name));
    if (!column.histogram || column.histogram->bins() == 0)
        return chart;
    const Histogram &h = *column.histogram;
    const bool integer = h.wholeNumbers;
    qsizetype unknownTotal = 0;
    for (qsizetype u : h.unknown)
        unknownTotal += u;
    const bool split = unknownTotal < [&] {
        qsizetype all = 0;
        for (int i = 0; i < h.bins(); ++i)
            all += h.count(i);
        return all;
    }();

    auto *series = new QStackedBarSeries;
    QBarSet *stayed = nullptr, *churned = nullptr, *unknown = nullptr;
    if (split) {
        stayed = classSet(ChartStyle::stayedLabel(), ChartStyle::stayed());
        churned = classSet(ChartStyle::churnedLabel(), ChartStyle::churned());
    }
    if (unknownTotal > 0)
        unknown = classSet(split ? ChartStyle::unknownLabel() : tr("Customers"), split ? ChartStyle::unknown() : ChartStyle::neutral());
    for (int i = 0; i < h.bins(); ++i) {
        if (stayed) {
            stayed->append(double(h.stayed[size_t(i)]));
            churned->append(double(h.churned[size_t(i)]));
        }
        if (unknown)
            unknown->append(double(h.unknown[size_t(i)]));
    }
    for (QBarSet *s : {stayed, churned, unknown})
        if (s)
            series->append(s);
    series->setBarWidth(0.96);
    chart->addSeries(series);

    // A value axis under the bars (bar i sits at x = i) labelled with about six edges.
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setRange(-0.5, h.bins() - 0.5);
    // Round values placed where they fall on the bars: bar i covers [edges[i], edges[i+1]).
    const double width = h.edges[1] - h.edges[0];
    const double first = integer ? h.edges.front() + 0.5 : h.edges.front();
    const double last = integer ? h.edges.back() - 0.5 : h.edges.back();
    for (double v : ChartStyle::niceTicks(first, last, 6)) {
        const double pos = (v - h.edges.front()) / width - 0.5;
        x->append(ChartStyle::shortNumber(v), std::clamp(pos, -0.5, h.bins() - 0.5));
    }
    QString xTitle = column.name;
    if (h.below + h.above > 0)
        xTitle = tr("%1 (%n outlier(s) outside the range not drawn)", nullptr, int(std::min<qsizetype>(h.below + h.above, INT_MAX)))
                     .arg(column.name);
    ChartStyle::styleAxis(x, xTitle);
    qsizetype tallest = 1;
    for (int i = 0; i < h.bins(); ++i)
        tallest = std::max(tallest, h.count(i));
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setRange(0, double(tallest));
    ChartStyle::styleAxis(y, tr("Customers"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    y->applyNiceNumbers();

    QObject::connect(series, &QStackedBarSeries::hovered, chart, [h, integer](bool status, int index, QBarSet *) {
        if (!status) {
            QToolTip::hideText();
            return;
        }
        const qsizetype churned = h.churned[size_t(index)], stayed = h.stayed[size_t(index)];
        const qsizetype known = churned + stayed;
        QString text = tr("<b>%1</b><br>%2 customers").arg(binLabel(h, index, integer), format::count(h.count(index)));
        if (known > 0)
            text += tr("<br>%1 churned, %2 stayed (churn rate %3)")
                        .arg(format::count(churned), format::count(stayed), format::percent(double(churned) / double(known)));
        QToolTip::showText(QCursor::pos(), text);
    });

    if (table) {
        *table = {};
        table->header = {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("stayed"), QStringLiteral("churned"),
                         QStringLiteral("no_churn_value")};
        for (int i = 0; i < h.bins(); ++i)
            table->rows.append({ChartTable::number(h.edges[size_t(i)]), ChartTable::number(h.edges[size_t(i) + 1]),
                                QString::number(h.stayed[size_t(i)]), QString::number(h.churned[size_t(i)]),
                                QString::number(h.unknown[size_t(i)])});
    }
    return chart;
}

QChart *DistributionChart::categorical(const ColumnProfile &column, const ChurnBreakdown *levels, double confidence,
                                       int maxGroups, ChartTable *table)
{
    auto *chart = new QChart;
    ChartStyle::apply(chart, tr("Customers per %1").arg(column.name));
    auto *series = new QHorizontalStackedBarSeries;
    QStringList categories;
    if (table) {
        *table = {};
        table->header = levels ? QStringList{column.name, QStringLiteral("stayed"), QStringLiteral("churned")}
                               : QStringList{column.name, QStringLiteral("customers")};
    }
    struct Row
    {
        QString label;
        qsizetype stayed, churned;
    };
    std::vector<Row> rows;
    if (levels) {
        const ChurnBreakdown shown = ChurnRateChart::fold(*levels, maxGroups, confidence);
        for (const ChurnGroup &g : shown.groups)
            rows.push_back({g.label, g.count - g.churned, g.churned});
    } else {
        qsizetype other = column.otherCount;
        qsizetype otherLevels = column.otherLevels;
        for (size_t i = 0; i < column.levels.size(); ++i) {
            if (int(i) < maxGroups) {
                rows.push_back({column.levels[i].label, column.levels[i].count, 0});
            } else {
                other += column.levels[i].count;
                ++otherLevels;
            }
        }
        if (other > 0)
            rows.push_back({ChurnRateChart::tr("Other (%n levels)", nullptr, int(otherLevels)), other, 0});
        if (column.missing > 0)
            rows.push_back({tr("(missing)"), column.missing, 0});
    }
    QBarSet *stayed = classSet(levels ? ChartStyle::stayedLabel() : tr("Customers"), levels ? ChartStyle::stayed() : ChartStyle::neutral());
    QBarSet *churned = levels ? classSet(ChartStyle::churnedLabel(), ChartStyle::churned()) : nullptr;
    for (auto it = rows.rbegin(); it != rows.rend(); ++it) { // first level on top
        categories << QString(it->label).replace(QLatin1Char(' '), QChar(0x00a0));
        stayed->append(double(it->stayed));
        if (churned)
            churned->append(double(it->churned));
    }
    series->append(stayed);
    if (churned)
        series->append(churned);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    qsizetype widest = 1;
    for (const Row &r : rows)
        widest = std::max(widest, r.stayed + r.churned);
    auto *x = new QValueAxis;
    x->setLabelFormat(QStringLiteral("%.0f"));
    x->setRange(0, double(widest));
    ChartStyle::styleAxis(x, tr("Customers"));
    ChartStyle::styleAxis(y, QString());
    ChartStyle::fitCategoryLabels(y, int(categories.size()));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    x->applyNiceNumbers();
    if (!levels)
        chart->legend()->hide();

    const int n = int(rows.size());
    QObject::connect(series, &QHorizontalStackedBarSeries::hovered, chart, [rows, n, split = levels != nullptr](bool status, int index, QBarSet *) {
        if (!status) {
            QToolTip::hideText();
            return;
        }
        const Row &r = rows[size_t(n - 1 - index)];
        const qsizetype total = r.stayed + r.churned;
        QString text = tr("<b>%1</b><br>%2 customers").arg(r.label.toHtmlEscaped(), format::count(total));
        if (split && total > 0)
            text += tr("<br>%1 churned (%2), %3 stayed")
                        .arg(format::count(r.churned), format::percent(double(r.churned) / double(total)), format::count(r.stayed));
        QToolTip::showText(QCursor::pos(), text);
    });
    if (table) {
        for (const Row &r : rows)
            table->rows.append(levels ? QStringList{r.label, QString::number(r.stayed), QString::number(r.churned)}
                                      : QStringList{r.label, QString::number(r.stayed)});
    }
    return chart;
}

} // namespace churnlens
