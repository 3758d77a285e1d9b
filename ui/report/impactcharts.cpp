// The impact charts about customers: revenue at risk by segment, and the trend over the
// project's scorings. The campaign's curves are in impactcurves.cpp.
#include "impactcharts.h"

#include "chartframe.h"
#include "impact/segmentbreakdown.h"
#include "services/impactservice.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace churnlens {

namespace {
struct ChartTr
{
    Q_DECLARE_TR_FUNCTIONS(churnlens::ImpactCharts)
};

bool hasMoney(const SegmentBreakdown &segments)
{
    return std::any_of(segments.rows.begin(), segments.rows.end(),
                       [](const SegmentRow &r) { return std::isfinite(r.monthlyRevenueAtRisk); });
}

//! One stacked panel of the trend: a y axis of its own and one or two series.
struct TrendSeries
{
    std::vector<double> values;
    QColor colour;
    bool dashed = false;
};
struct TrendPanel
{
    QString title;
    std::vector<TrendSeries> series;
    std::function<QString(double, double)> label;
};

bool anyFinite(const std::vector<double> &values)
{
    return std::any_of(values.begin(), values.end(), [](double v) { return std::isfinite(v); });
}
} // namespace

void ImpactCharts::paintSegments(QPainter *painter, const QRectF &rect, const SegmentBreakdown &segments,
                                 const ImpactChartStyle &style, const QString &title)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const chart::Canvas c(painter, rect, style);
    QRectF area = c.frame(title);
    if (segments.rows.empty()) {
        c.message(area, ChartTr::tr("No segments to show."));
        painter->restore();
        return;
    }
    const ReportFormat &f = c.format();
    const bool money = hasMoney(segments);
    const qreal s = c.smallLine();
    const QString caption = money ? ChartTr::tr("Bars: revenue at risk per month · predicted churn rate · customers")
                                  : ChartTr::tr("Bars: expected churners · predicted churn rate · customers");
    c.drawFitted(QRectF(area.left(), area.top(), area.width(), s), Qt::AlignLeft | Qt::AlignVCenter, caption, c.smallFont(),
                 style.mutedText);
    area.setTop(area.top() + s * 1.4);

    // As many rows as fit at a readable height; the rest are named in one line.
    const qreal minRow = s * 1.2;
    const qsizetype total = qsizetype(segments.rows.size());
    qsizetype shown = total;
    if (qreal(total) * minRow > area.height()) {
        shown = std::max<qsizetype>(1, qsizetype((area.height() - s * 1.2) / minRow));
        const QString more = ChartTr::tr("+ %n more segment(s)", nullptr, int(total - shown));
        c.drawText(QRectF(area.left(), area.bottom() - s, area.width(), s), Qt::AlignRight | Qt::AlignVCenter, more, c.smallFont(),
                   style.mutedText);
        area.setBottom(area.bottom() - s * 1.2);
    }
    const qreal rowHeight = std::min(area.height() / qreal(shown), c.line() * 2.0);
    const qreal barHeight = std::min(rowHeight * 0.62, c.line() * 1.05);

    auto value = [money](const SegmentRow &r) {
        const double v = money ? r.monthlyRevenueAtRisk : r.expectedChurners;
        return std::isfinite(v) ? std::max(0.0, v) : 0.0;
    };
    double maxValue = 0.0;
    qreal labelWidth = 0.0;
    for (qsizetype i = 0; i < shown; ++i) {
        maxValue = std::max(maxValue, value(segments.rows[size_t(i)]));
        labelWidth = std::max(labelWidth, c.textWidth(segments.rows[size_t(i)].label, c.smallFont()));
    }
    labelWidth = std::min(labelWidth, area.width() * 0.34);

    // The text after each bar: its value, then what it is made of; the details are dropped
    // when the chart is too narrow for them rather than drawn over each other.
    auto valueText = [&](const SegmentRow &r) { return money ? f.moneyShort(r.monthlyRevenueAtRisk) : f.count(r.expectedChurners); };
    auto detailText = [&](const SegmentRow &r, int level) {
        if (level == 2)
            return QStringLiteral("  %1 · %2").arg(f.percent(r.meanProbability, 0), f.count(double(r.customers)));
        if (level == 1)
            return QStringLiteral("  %1").arg(f.percent(r.meanProbability, 0));
        return QString();
    };
    int level = 2;
    qreal textWidth = 0.0;
    for (; level >= 0; --level) {
        textWidth = 0.0;
        for (qsizetype i = 0; i < shown; ++i) {
            const SegmentRow &r = segments.rows[size_t(i)];
            textWidth = std::max(textWidth, c.textWidth(valueText(r), c.boldFont()) + c.textWidth(detailText(r, level), c.smallFont()));
        }
        if (area.width() - labelWidth - textWidth - s * 1.2 >= area.width() * 0.3)
            break;
    }
    level = std::max(level, 0);
    const qreal barLeft = area.left() + labelWidth + s * 0.6;
    const qreal barSpan = std::max<qreal>(s, area.right() - barLeft - textWidth - s * 0.6);

    for (qsizetype i = 0; i < shown; ++i) {
        const SegmentRow &r = segments.rows[size_t(i)];
        const qreal cy = area.top() + rowHeight * (qreal(i) + 0.5);
        c.drawText(QRectF(area.left(), cy - rowHeight / 2, labelWidth, rowHeight), Qt::AlignRight | Qt::AlignVCenter,
                   c.elided(r.label, c.smallFont(), labelWidth), c.smallFont(), style.text);
        const qreal length = maxValue > 0.0 ? barSpan * value(r) / maxValue : 0.0;
        const QRectF bar(barLeft, cy - barHeight / 2, std::max(length, c.hairline() * 2), barHeight);
        painter->fillRect(bar, style.primary);
        const QString v = valueText(r);
        const qreal vw = c.textWidth(v, c.boldFont());
        c.drawText(QRectF(bar.right() + s * 0.4, cy - rowHeight / 2, vw + 1, rowHeight), Qt::AlignLeft | Qt::AlignVCenter, v,
                   c.boldFont(), style.text);
        const QString d = detailText(r, level);
        if (!d.isEmpty())
            c.drawText(QRectF(bar.right() + s * 0.4 + vw, cy - rowHeight / 2, c.textWidth(d, c.smallFont()) + 1, rowHeight),
                       Qt::AlignLeft | Qt::AlignVCenter, d, c.smallFont(), style.mutedText);
    }
    painter->setPen(QPen(style.axis, c.hairline() * 2));
    painter->drawLine(QPointF(barLeft, area.top()), QPointF(barLeft, area.top() + rowHeight * qreal(shown)));
    painter->restore();
}

void ImpactCharts::paintTrend(QPainter *painter, const QRectF &rect, const std::vector<ImpactTrendPoint> &trend,
                              const ImpactChartStyle &style, const QString &title)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const chart::Canvas c(painter, rect, style);
    QRectF area = c.frame(title);
    if (trend.size() < 2) {
        c.message(area, ChartTr::tr("The trend appears once the project holds two or more scorings."));
        painter->restore();
        return;
    }
    const ReportFormat &f = c.format();
    const qreal s = c.smallLine();
    const size_t n = trend.size();
    std::vector<double> high, money, predicted, realised;
    for (const ImpactTrendPoint &p : trend) {
        high.push_back(double(p.high));
        money.push_back(p.monthlyRevenueAtRisk);
        predicted.push_back(p.meanProbability);
        realised.push_back(p.observedChurnRate);
    }
    std::vector<TrendPanel> panels;
    panels.push_back({ChartTr::tr("High-risk customers"), {{high, style.secondary, false}},
                      [&f](double v, double) { return f.count(v); }});
    if (anyFinite(money))
        panels.push_back({ChartTr::tr("Revenue at risk per month"), {{money, style.primary, false}},
                          [&f](double v, double step) { return f.moneyTick(v, step); }});
    if (anyFinite(predicted) || anyFinite(realised)) {
        TrendPanel rate{anyFinite(realised) ? ChartTr::tr("Churn rate: predicted (dashed) and realised") : ChartTr::tr("Predicted churn rate"),
                        {}, [&f](double v, double step) { return f.percentTick(v, step); }};
        if (anyFinite(predicted))
            rate.series.push_back({predicted, style.secondary, true});
        if (anyFinite(realised))
            rate.series.push_back({realised, style.highlight, false});
        panels.push_back(rate);
    }

    // x: time, or the order of the scorings when they share one instant.
    const qint64 first = trend.front().at.toMSecsSinceEpoch();
    const qint64 last = trend.back().at.toMSecsSinceEpoch();
    const bool byTime = last > first;
    auto xValue = [&](size_t i) { return byTime ? double(trend[i].at.toMSecsSinceEpoch() - first) / double(last - first) : double(i) / double(n - 1); };
    const bool sameDay = trend.front().at.toLocalTime().date() == trend.back().at.toLocalTime().date();
    auto xLabel = [&](size_t i) {
        const QDateTime local = trend[i].at.toLocalTime();
        return sameDay ? f.locale().toString(local.time(), QLocale::ShortFormat) : f.locale().toString(local.date(), QLocale::ShortFormat);
    };

    const qreal panelGap = s * 0.6;
    const qreal axisHeight = s * 1.65;
    const qreal panelHeight = (area.height() - axisHeight - panelGap * qreal(panels.size() - 1)) / qreal(panels.size());
    std::vector<chart::NiceScale> scales;
    qreal labelWidth = 0.0;
    for (const TrendPanel &panel : panels) {
        double lo = std::numeric_limits<double>::infinity(), hi = -lo;
        for (const TrendSeries &ser : panel.series) {
            for (double v : ser.values) {
                if (std::isfinite(v)) {
                    lo = std::min(lo, v);
                    hi = std::max(hi, v);
                }
            }
        }
        const int ticks = std::clamp(int((panelHeight - s * 1.3) / (s * 1.6)) + 1, 2, 4);
        scales.push_back(chart::NiceScale::make(std::min(0.0, lo), hi, ticks));
        for (double t : std::as_const(scales.back().ticks))
            labelWidth = std::max(labelWidth, c.textWidth(panel.label(t, scales.back().step), c.smallFont()));
    }
    // Half of the first and last date labels hang over the plot's ends.
    const qreal edge = std::max(c.textWidth(xLabel(0), c.smallFont()), c.textWidth(xLabel(n - 1), c.smallFont())) / 2;
    const qreal left = area.left() + std::max(labelWidth + s * 0.5, edge);
    const qreal right = area.right() - edge;
    auto px = [&](size_t i) { return left + xValue(i) * (right - left); };

    qreal top = area.top();
    for (size_t k = 0; k < panels.size(); ++k) {
        const TrendPanel &panel = panels[k];
        const chart::NiceScale &scale = scales[k];
        c.drawFitted(QRectF(left, top, right - left, s), Qt::AlignLeft | Qt::AlignVCenter, panel.title, c.smallFont(), style.mutedText);
        const QRectF plot(left, top + s * 1.2, right - left, panelHeight - s * 1.2);
        auto py = [&](double v) { return plot.bottom() - (v - scale.low) / (scale.high - scale.low) * plot.height(); };
        for (double t : std::as_const(scale.ticks)) {
            painter->setPen(QPen(style.grid, c.hairline()));
            painter->drawLine(QPointF(plot.left(), py(t)), QPointF(plot.right(), py(t)));
            c.drawText(QRectF(left - labelWidth - s * 0.5, py(t) - s / 2, labelWidth, s), Qt::AlignRight | Qt::AlignVCenter,
                       panel.label(t, scale.step), c.smallFont(), style.mutedText);
        }
        for (const TrendSeries &ser : panel.series) {
            QPen pen(ser.colour, c.stroke());
            if (ser.dashed)
                pen.setDashPattern({4.0, 3.0});
            painter->setPen(pen);
            QPolygonF line;
            for (size_t i = 0; i < n; ++i) {
                if (std::isfinite(ser.values[i]))
                    line << QPointF(px(i), py(ser.values[i]));
            }
            painter->drawPolyline(line);
            painter->setPen(Qt::NoPen);
            painter->setBrush(ser.colour);
            for (const QPointF &pt : std::as_const(line))
                painter->drawEllipse(pt, s * 0.2, s * 0.2);
        }
        top += panelHeight + panelGap;
    }
    // Date labels under the last panel, thinned from the left so that none touch; the last
    // scoring keeps its label.
    const qreal baseY = top - panelGap;
    painter->setPen(QPen(style.axis, c.hairline() * 2));
    painter->drawLine(QPointF(left, baseY), QPointF(right, baseY));
    std::vector<size_t> labelled;
    qreal lastRight = -std::numeric_limits<qreal>::infinity();
    for (size_t i = 0; i < n; ++i) {
        const qreal w = c.textWidth(xLabel(i), c.smallFont());
        if (px(i) - w / 2 >= lastRight + s * 0.8) {
            labelled.push_back(i);
            lastRight = px(i) + w / 2;
        }
    }
    if (!labelled.empty() && labelled.back() != n - 1) {
        const qreal w = c.textWidth(xLabel(n - 1), c.smallFont());
        while (!labelled.empty() && px(n - 1) - w / 2 < px(labelled.back()) + c.textWidth(xLabel(labelled.back()), c.smallFont()) / 2 + s * 0.8)
            labelled.pop_back();
        labelled.push_back(n - 1);
    }
    for (size_t i : labelled) {
        const QString text = xLabel(i);
        const qreal w = c.textWidth(text, c.smallFont()) + 2;
        c.drawText(QRectF(px(i) - w / 2, baseY + s * 0.55, w, s), Qt::AlignCenter, text, c.smallFont(), style.mutedText);
    }
    painter->restore();
}

} // namespace churnlens
