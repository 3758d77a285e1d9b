#include "churnratechart.h"

#include "common/chartstyle.h"
#include "eda/statistics.h"
#include "common/format.h"

#include <QCursor>
#include <QPen>
#include <QToolTip>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

namespace churnlens {

ChurnBreakdown ChurnRateChart::fold(const ChurnBreakdown &breakdown, int maxGroups, double confidence)
{
    ChurnBreakdown out = breakdown;
    out.groups.clear();
    ChurnGroup other;
    other.isOther = true;
    int pooledLevels = 0;
    const ChurnGroup *missing = nullptr;
    for (const ChurnGroup &g : breakdown.groups) {
        if (g.isMissing) {
            missing = &g;
            continue;
        }
        if (int(out.groups.size()) < maxGroups && !g.isOther) {
            out.groups.push_back(g);
            continue;
        }
        other.count += g.count;
        other.churned += g.churned;
        // The core may already have pooled its rare levels: count levels, not groups.
        pooledLevels += g.isOther ? int(g.pooledLevels) : 1;
    }
    if (other.count > 0) {
        const double z = stats::normalQuantileTwoSided(confidence);
        const stats::Interval ci = stats::wilson(other.churned, other.count, z);
        other.ciLow = ci.low;
        other.ciHigh = ci.high;
        other.pooledLevels = pooledLevels;
        other.label = tr("Other (%n levels)", nullptr, pooledLevels);
        out.groups.push_back(other);
    }
    if (missing)
        out.groups.push_back(*missing);
    return out;
}

QChart *ChurnRateChart::build(const ChurnBreakdown &breakdown, double overallRate, double confidence, int maxGroups,
                              const QString &title, ChartTable *table)
{
    const ChurnBreakdown shown = fold(breakdown, maxGroups, confidence);
    const int n = int(shown.groups.size());
    auto *chart = new QChart;
    ChartStyle::apply(chart, title);

    auto *set = new QBarSet(tr("Churn rate"));
    set->setColor(ChartStyle::churned());
    set->setBorderColor(ChartStyle::churned().darker(115));
    QStringList categories;
    double axisMax = 0;
    // Qt stacks horizontal categories bottom-up: add them in reverse so the first group is on top.
    for (int i = n - 1; i >= 0; --i) {
        const ChurnGroup &g = shown.groups[size_t(i)];
        set->append(100.0 * g.rate());
        // A space lets Qt wrap "(20.05, 25.05]" onto two lines, which then no longer fits.
        categories << QString(g.label).replace(QLatin1Char(' '), QChar(0x00a0));
        axisMax = std::max(axisMax, 100.0 * (std::isnan(g.ciHigh) ? g.rate() : g.ciHigh));
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(n < 3 ? 0.4 : 0.6);
    chart->addSeries(series);

    auto *y = new QBarCategoryAxis;
    y->append(categories);
    auto *x = new QValueAxis;
    // Round percentages for the ticks: 0, 10, 20 … rather than 0, 11, 22 ….
    const double want = std::max(axisMax, 100.0 * overallRate) * 1.08;
    const double step = want > 40 ? 10.0 : want > 16 ? 5.0 : want > 6 ? 2.0 : 1.0;
    const double top = std::min(100.0, std::max(step, std::ceil(want / step) * step));
    x->setRange(0, top);
    x->setLabelFormat(QStringLiteral("%.0f%")); // localized labels copy the text after the number as is
    x->setTickCount(int(top / step) + 1);
    ChartStyle::styleAxis(x, tr("Churn rate"));
    ChartStyle::styleAxis(y, QString());
    ChartStyle::fitCategoryLabels(y, n);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);

    // Error bars: one "I" per group (cap, stem, cap) drawn as a polyline on the category axis.
    QPen errorPen(ChartStyle::ink());
    errorPen.setWidthF(1.4);
    bool legendShown = false;
    for (int i = 0; i < n; ++i) {
        const ChurnGroup &g = shown.groups[size_t(n - 1 - i)];
        if (std::isnan(g.ciLow))
            continue;
        const double lo = 100.0 * g.ciLow, hi = 100.0 * g.ciHigh, cap = 0.12;
        auto *bar = new QLineSeries;
        bar->setName(tr("%1% interval").arg(QString::number(100.0 * confidence, 'g', 3)));
        bar->setPen(errorPen);
        *bar << QPointF(lo, i - cap) << QPointF(lo, i + cap) << QPointF(lo, i) << QPointF(hi, i) << QPointF(hi, i - cap)
             << QPointF(hi, i + cap);
        chart->addSeries(bar);
        bar->attachAxis(x);
        bar->attachAxis(y);
        // Only the first error bar keeps a legend entry.
        if (legendShown)
            chart->legend()->markers(bar).constFirst()->setVisible(false);
        legendShown = true;
    }
    if (!std::isnan(overallRate)) {
        auto *ref = new QLineSeries;
        ref->setName(tr("All customers: %1").arg(format::percent(overallRate)));
        QPen pen(ChartStyle::ink());
        pen.setStyle(Qt::DashLine);
        pen.setWidthF(1.2);
        ref->setPen(pen);
        *ref << QPointF(100.0 * overallRate, -0.5) << QPointF(100.0 * overallRate, n - 0.5);
        chart->addSeries(ref);
        ref->attachAxis(x);
        ref->attachAxis(y);
    }

    QObject::connect(set, &QBarSet::hovered, chart, [shown, n, confidence](bool status, int index) {
        if (!status) {
            QToolTip::hideText();
            return;
        }
        const ChurnGroup &g = shown.groups[size_t(n - 1 - index)];
        QToolTip::showText(QCursor::pos(),
                           QCoreApplication::translate("churnlens::ChurnRateChart",
                                                       "<b>%1</b><br>Churn rate %2 (%3 of %4 customers)<br>%5% interval %6 – %7")
                               .arg(g.label.toHtmlEscaped(), format::percent(g.rate(), 2), format::count(g.churned),
                                    format::count(g.count), QString::number(100.0 * confidence, 'g', 3),
                                    format::percent(g.ciLow, 2), format::percent(g.ciHigh, 2)));
    });

    if (table) {
        *table = {};
        table->header = {breakdown.name, QStringLiteral("customers"), QStringLiteral("churned"), QStringLiteral("churn_rate"),
                         QStringLiteral("ci_low"), QStringLiteral("ci_high")};
        for (const ChurnGroup &g : shown.groups)
            table->rows.append({g.label, QString::number(g.count), QString::number(g.churned), ChartTable::number(g.rate()),
                                ChartTable::number(g.ciLow), ChartTable::number(g.ciHigh)});
    }
    return chart;
}

} // namespace churnlens
