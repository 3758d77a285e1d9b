#include "boxplotchart.h"

#include "common/chartstyle.h"
#include "common/format.h"

#include <QCursor>
#include <QToolTip>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBoxPlotSeries>
#include <QtCharts/QBoxSet>
#include <QtCharts/QChart>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace churnlens {

namespace {

struct Box
{
    QString label;
    QColor colour;
    NumericSummary s;
};

QString describe(const Box &b)
{
    const NumericSummary &s = b.s;
    return BoxPlotChart::tr("<b>%1</b> (%2 values)<br>median %3<br>quartiles %4 – %5<br>whiskers %6 – %7<br>"
                            "outliers: %8 low, %9 high")
        .arg(b.label.toHtmlEscaped(), format::count(s.count), ChartStyle::shortNumber(s.median),
             ChartStyle::shortNumber(s.q1), ChartStyle::shortNumber(s.q3), ChartStyle::shortNumber(s.whiskerLow),
             ChartStyle::shortNumber(s.whiskerHigh), format::count(s.outliersLow), format::count(s.outliersHigh));
}

} // namespace

QChart *BoxPlotChart::build(const ColumnProfile &column, ChartTable *table)
{
    auto *chart = new QChart;
    ChartStyle::apply(chart, tr("Spread and outliers of %1").arg(column.name));
    std::vector<Box> boxes;
    if (column.stayedNumeric && column.churnedNumeric && column.stayedNumeric->count > 0 && column.churnedNumeric->count > 0) {
        boxes.push_back({ChartStyle::stayedLabel(), ChartStyle::stayed(), *column.stayedNumeric});
        boxes.push_back({ChartStyle::churnedLabel(), ChartStyle::churned(), *column.churnedNumeric});
    } else if (column.numeric && column.numeric->count > 0) {
        boxes.push_back({tr("All customers"), ChartStyle::neutral(), *column.numeric});
    }
    if (boxes.empty())
        return chart;

    auto *series = new QBoxPlotSeries;
    series->setName(tr("Quartiles and whiskers"));
    series->setBoxWidth(0.45);
    QStringList categories;
    double lo = INFINITY, hi = -INFINITY, wLo = INFINITY, wHi = -INFINITY;
    for (const Box &b : boxes) {
        auto *set = new QBoxSet(b.s.whiskerLow, b.s.q1, b.s.median, b.s.q3, b.s.whiskerHigh, b.label);
        QColor fill = b.colour;
        fill.setAlpha(150);
        set->setBrush(fill);
        QPen pen(b.colour.darker(125));
        pen.setWidthF(1.5);
        set->setPen(pen);
        series->append(set);
        categories << b.label;
        lo = std::min(lo, b.s.min);
        hi = std::max(hi, b.s.max);
        wLo = std::min(wLo, b.s.whiskerLow);
        wHi = std::max(wHi, b.s.whiskerHigh);
    }
    chart->addSeries(series);
    // Far outliers (charges ten times the usual) would flatten the boxes to lines: the axis
    // then stops half a box-span beyond the whiskers and those outliers sit on its edge.
    const double span = wHi > wLo ? wHi - wLo : std::max(1.0, std::abs(wHi) * 0.1);
    const double top = hi > wHi + 1.5 * span ? wHi + 0.5 * span : hi;
    const double bottom = lo < wLo - 1.5 * span ? wLo - 0.5 * span : lo;
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    auto *y = new QValueAxis;
    const double pad = 0.05 * (top - bottom > 0 ? top - bottom : span);
    y->setRange(bottom >= 0 && bottom - pad < 0 ? 0.0 : bottom - pad, top + pad);
    // Ticks on round values (0, 25, 50 …) whatever the range.
    const QList<double> ticks = ChartStyle::niceTicks(y->min(), y->max(), 6);
    if (ticks.size() >= 2) {
        y->setTickType(QValueAxis::TicksDynamic);
        y->setTickAnchor(0.0);
        y->setTickInterval(ticks[1] - ticks[0]);
    }
    const double tickStep = ticks.size() >= 2 ? ticks[1] - ticks[0] : span;
    y->setLabelFormat(tickStep >= 1 && tickStep == std::floor(tickStep) ? QStringLiteral("%.0f")
                      : tickStep >= 0.1                                   ? QStringLiteral("%.1f")
                                                                          : QStringLiteral("%.3g"));
    ChartStyle::styleAxis(x, QString());
    ChartStyle::styleAxis(y, column.name);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    for (QLegendMarker *m : chart->legend()->markers(series))
        m->setVisible(false); // one marker for differently coloured boxes would mislead

    // Outlier dots, jittered a little sideways so a pile of equal values stays visible.
    qsizetype totalOutliers = 0;
    for (size_t i = 0; i < boxes.size(); ++i) {
        const Box &b = boxes[i];
        totalOutliers += b.s.outliers();
        if (b.s.outlierSample.empty())
            continue;
        auto *dots = new QScatterSeries;
        auto *edge = new QScatterSeries;

        QColor c = b.colour;
        c.setAlpha(170);
        for (QScatterSeries *s : {dots, edge}) {
            s->setColor(c);
            s->setBorderColor(b.colour.darker(130));
            s->setMarkerSize(s == edge ? 9 : 7);
        }
        edge->setMarkerShape(QScatterSeries::MarkerShapeTriangle);

        std::vector<double> edgeValues; // the real value of each point parked on the edge
        for (size_t k = 0; k < b.s.outlierSample.size(); ++k) {
            const double v = b.s.outlierSample[k];
            const double px = double(i) + 0.08 * (double(k % 5) - 2.0) / 2.0;
            if (v > y->max()) {
                edge->append(px, top + pad * 0.6);
                edgeValues.push_back(v);
            } else if (v < y->min()) {
                edge->append(px, y->min() + pad * 0.4);
                edgeValues.push_back(v);
            } else {
                dots->append(px, v);
            }
        }
        const bool hasDots = dots->count() > 0, hasEdge = edge->count() > 0;
        for (QScatterSeries *s : {dots, edge}) {
            if (s->count() == 0) {
                delete s;
                continue;
            }
            chart->addSeries(s);
            s->attachAxis(x);
            s->attachAxis(y);
        }
        // Tooltips give the real value, also for the ones parked on the edge.
        if (hasDots) {
            QObject::connect(dots, &QScatterSeries::hovered, chart, [](const QPointF &p, bool state) {
                if (state)
                    QToolTip::showText(QCursor::pos(), tr("Outlier: %1").arg(ChartStyle::shortNumber(p.y())));
                else
                    QToolTip::hideText();
            });
        }
        if (hasEdge) {
            QObject::connect(edge, &QScatterSeries::hovered, chart, [edge, edgeValues](const QPointF &p, bool state) {
                const qsizetype k = edge->points().indexOf(p);
                if (state && k >= 0 && size_t(k) < edgeValues.size())
                    QToolTip::showText(QCursor::pos(), tr("Outlier beyond the axis: %1").arg(ChartStyle::shortNumber(edgeValues[size_t(k)])));
                else
                    QToolTip::hideText();
            });
        }
    }
    // The legend explains the dot shapes once, in neutral ink (the colours already say which
    // class): empty stand-in series carry the entries, the real ones have theirs hidden.
    bool anyDots = false, anyEdge = false;
    for (QAbstractSeries *series : chart->series()) {
        auto *scatter = qobject_cast<QScatterSeries *>(series);
        if (!scatter)
            continue;
        (scatter->markerShape() == QScatterSeries::MarkerShapeTriangle ? anyEdge : anyDots) = true;
        for (QLegendMarker *m : chart->legend()->markers(scatter))
            m->setVisible(false);
    }
    for (const auto &[present, shape, name] :
         {std::tuple{anyDots, QScatterSeries::MarkerShapeCircle, tr("Outliers (a sample is drawn)")},
          std::tuple{anyEdge, QScatterSeries::MarkerShapeTriangle, tr("Outliers beyond the axis")}}) {
        if (!present)
            continue;
        auto *key = new QScatterSeries;
        key->setName(name);
        key->setMarkerShape(shape);
        key->setColor(ChartStyle::neutral());
        key->setBorderColor(ChartStyle::neutral().darker(130));
        key->setMarkerSize(8);
        chart->addSeries(key);
        key->attachAxis(x);
        key->attachAxis(y);
    }
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    chart->legend()->setVisible(totalOutliers > 0);
    QObject::connect(series, &QBoxPlotSeries::hovered, chart, [boxes](bool status, QBoxSet *set) {
        if (!status) {
            QToolTip::hideText();
            return;
        }
        for (const Box &b : boxes)
            if (b.label == set->label())
                QToolTip::showText(QCursor::pos(), describe(b));
    });

    if (table) {
        *table = {};
        table->header = {QStringLiteral("group"), QStringLiteral("count"), QStringLiteral("whisker_low"), QStringLiteral("q1"),
                         QStringLiteral("median"), QStringLiteral("q3"), QStringLiteral("whisker_high"),
                         QStringLiteral("lower_fence"), QStringLiteral("upper_fence"), QStringLiteral("outliers_low"),
                         QStringLiteral("outliers_high")};
        for (const Box &b : boxes)
            table->rows.append({b.label, QString::number(b.s.count), ChartTable::number(b.s.whiskerLow), ChartTable::number(b.s.q1),
                                ChartTable::number(b.s.median), ChartTable::number(b.s.q3), ChartTable::number(b.s.whiskerHigh),
                                ChartTable::number(b.s.lowerFence), ChartTable::number(b.s.upperFence),
                                QString::number(b.s.outliersLow), QString::number(b.s.outliersHigh)});
    }
    return chart;
}

} // namespace churnlens
