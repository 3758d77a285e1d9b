// The campaign's two curves: net saving against the share contacted, and cumulative gains.
#include "impactcharts.h"

#include "chartframe.h"
#include "impact/profitcurve.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace churnlens {

namespace {
struct ChartTr
{
    Q_DECLARE_TR_FUNCTIONS(churnlens::ImpactCharts)
};

std::vector<ProfitPoint> sortedPoints(const ProfitCurve &curve)
{
    std::vector<ProfitPoint> points = curve.points;
    std::stable_sort(points.begin(), points.end(), [](const ProfitPoint &a, const ProfitPoint &b) { return a.share < b.share; });
    return points;
}

//! The share at which the expected cost first exceeds the budget; NaN when it never does.
double budgetShare(const std::vector<ProfitPoint> &points, double budget)
{
    for (size_t i = 1; i < points.size(); ++i) {
        const ProfitPoint &a = points[i - 1];
        const ProfitPoint &b = points[i];
        if (b.cost > budget && a.cost <= budget) {
            const double t = b.cost > a.cost ? (budget - a.cost) / (b.cost - a.cost) : 0.0;
            return a.share + t * (b.share - a.share);
        }
    }
    return std::numeric_limits<double>::quiet_NaN();
}

//! Linear interpolation of a point field at \a share.
double at(const std::vector<ProfitPoint> &points, double share, double ProfitPoint::*field)
{
    if (points.empty())
        return std::numeric_limits<double>::quiet_NaN();
    auto it = std::lower_bound(points.begin(), points.end(), share, [](const ProfitPoint &p, double s) { return p.share < s; });
    if (it == points.begin())
        return (*it).*field;
    if (it == points.end())
        return points.back().*field;
    const ProfitPoint &b = *it;
    const ProfitPoint &a = *(it - 1);
    const double t = b.share > a.share ? (share - a.share) / (b.share - a.share) : 0.0;
    return a.*field + t * (b.*field - a.*field);
}

/*!
 * A label with a halo of the background behind it, so that it stays readable over grid lines
 * and curves; placed at \a anchor (its bottom centre) and kept inside \a bounds.
 */
void calloutLabel(const chart::Canvas &c, const QRectF &bounds, QPointF anchor, bool above, const QStringList &candidates,
                  const QColor &colour)
{
    const qreal s = c.smallLine();
    // The first wording that fits the plot; the last one elided when none does.
    QString text = candidates.last();
    for (const QString &candidate : candidates) {
        if (c.textWidth(candidate, c.boldFont()) + s * 0.6 <= bounds.width()) {
            text = candidate;
            break;
        }
    }
    text = c.elided(text, c.boldFont(), bounds.width() - s * 0.6);
    const qreal w = c.textWidth(text, c.boldFont()) + s * 0.6;
    const qreal h = c.line() * 1.1;
    QRectF box(anchor.x() - w / 2, above ? anchor.y() - h : anchor.y(), w, h);
    if (box.right() > bounds.right())
        box.moveRight(bounds.right());
    if (box.left() < bounds.left())
        box.moveLeft(bounds.left());
    if (box.top() < bounds.top())
        box.moveTop(bounds.top());
    if (box.bottom() > bounds.bottom())
        box.moveBottom(bounds.bottom());
    QColor halo = c.style().background.alpha() > 0 ? c.style().background : QColor(Qt::white);
    halo.setAlpha(225);
    c.painter()->save();
    c.painter()->setPen(Qt::NoPen);
    c.painter()->setBrush(halo);
    c.painter()->drawRoundedRect(box, s * 0.25, s * 0.25);
    c.painter()->restore();
    c.drawText(box, Qt::AlignCenter, text, c.boldFont(), colour);
}

void polyline(QPainter *p, const QPolygonF &line, const QColor &colour, qreal width, bool dashed = false)
{
    QPen pen(colour, width);
    pen.setJoinStyle(Qt::RoundJoin);
    pen.setCapStyle(Qt::RoundCap);
    if (dashed)
        pen.setDashPattern({4.0, 3.0});
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);
    p->drawPolyline(line);
}

void dashedVertical(const chart::Canvas &c, const chart::XYPlot &plot, double xv, double fromY, const QColor &colour)
{
    QPen pen(colour, c.hairline() * 2.5);
    pen.setDashPattern({3.0, 3.0});
    c.painter()->setPen(pen);
    const double x = plot.x(xv);
    c.painter()->drawLine(QPointF(x, plot.plot().bottom()), QPointF(x, fromY));
}
} // namespace

void ImpactCharts::paintProfitCurve(QPainter *painter, const QRectF &rect, const ProfitCurve &curve, const ImpactChartStyle &style,
                                    const QString &title)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const chart::Canvas c(painter, rect, style);
    QRectF area = c.frame(title);
    const std::vector<ProfitPoint> points = sortedPoints(curve);
    if (points.size() < 2 || curve.scored == 0) {
        c.message(area, ChartTr::tr("No customers were scored: there is no curve to draw."));
        painter->restore();
        return;
    }
    const ReportFormat &f = c.format();
    const bool band = curve.economics.hasRange();
    const double budgetAt = curve.economics.hasBudget() ? budgetShare(points, curve.economics.budget) : std::nan("");
    const bool best = curve.bestCustomers > 0;

    QList<chart::LegendItem> legend{{chart::LegendItem::Mark::Line, style.primary, ChartTr::tr("Expected net saving")}};
    if (band)
        legend << chart::LegendItem{chart::LegendItem::Mark::Band, style.band, ChartTr::tr("10–90% range")};
    if (best)
        legend << chart::LegendItem{chart::LegendItem::Mark::Dot, style.highlight, ChartTr::tr("Best share")};
    if (std::isfinite(budgetAt))
        legend << chart::LegendItem{chart::LegendItem::Mark::DashedLine, style.axis, ChartTr::tr("Budget")};
    area = c.legend(area, legend);

    double low = 0.0, high = 0.0;
    for (const ProfitPoint &p : points) {
        low = std::min({low, p.net, band ? p.netLow : p.net});
        high = std::max({high, p.net, band ? p.netHigh : p.net});
    }
    // Room above the highest point for the best share's label.
    high += (high - low) * 0.18;
    const chart::XYPlot plot(
        c, area, 0.0, 1.0, true, low, high, [&f](double v, double step) { return f.percentTick(v, step); },
        [&f](double v, double step) { return f.moneyTick(v, step); }, ChartTr::tr("Customers contacted, highest expected saving first"),
        ChartTr::tr("Net saving"));
    plot.drawAxes();

    painter->save();
    painter->setClipRect(plot.plot().adjusted(-c.line(), -c.line(), c.line(), 0));
    if (band) {
        QPolygonF area;
        for (const ProfitPoint &p : points)
            area << plot.point(p.share, p.netHigh);
        for (auto it = points.rbegin(); it != points.rend(); ++it)
            area << plot.point(it->share, it->netLow);
        painter->setPen(Qt::NoPen);
        painter->setBrush(chart::translucent(style.band, 56));
        painter->drawPolygon(area);
    }
    QPolygonF line;
    for (const ProfitPoint &p : points)
        line << plot.point(p.share, p.net);
    polyline(painter, line, style.primary, c.stroke());

    const qreal s = c.smallLine();
    if (std::isfinite(budgetAt)) {
        dashedVertical(c, plot, budgetAt, plot.plot().top(), style.axis);
        // At the foot of the line: the best share's label sits at the top, often on this line.
        const QString text = ChartTr::tr("Budget");
        const qreal w = c.textWidth(text, c.smallFont()) + s * 0.4;
        const double x = plot.x(budgetAt);
        const bool right = x + w < plot.plot().right();
        c.drawText(QRectF(right ? x + s * 0.2 : x - w - s * 0.2, plot.plot().bottom() - s * 1.2, w, s),
                   right ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter, text, c.smallFont(), style.mutedText);
    }
    if (best) {
        const QPointF dot = plot.point(curve.bestShare(), curve.best.net);
        dashedVertical(c, plot, curve.bestShare(), dot.y(), style.highlight);
        painter->setPen(QPen(style.background.alpha() > 0 ? style.background : QColor(Qt::white), c.hairline() * 2));
        painter->setBrush(style.highlight);
        painter->drawEllipse(dot, s * 0.33, s * 0.33);
        const QString share = f.percent(curve.bestShare());
        const QString net = f.moneyShort(curve.best.net);
        const QString label = curve.budgetLimited ? ChartTr::tr("Best within budget: %1 → %2").arg(share, net)
                                                  : ChartTr::tr("Best: %1 → %2").arg(share, net);
        const bool above = dot.y() - c.line() * 1.6 > plot.plot().top() - c.line();
        calloutLabel(c, plot.plot(), QPointF(dot.x(), above ? dot.y() - s * 0.5 : dot.y() + s * 0.5), above,
                     {label, QStringLiteral("%1 → %2").arg(share, net)}, style.text);
    } else {
        // Without customer values nothing can pay: say why rather than blame the assumptions.
        const QString text = curve.everyone.valueAtRisk > 0.0 ? ChartTr::tr("No campaign pays at these assumptions")
                                                               : ChartTr::tr("No customer values: no saving to compute");
        const QRectF top(plot.plot().left(), plot.plot().top(), plot.plot().width(), c.line() * 1.4);
        c.drawText(top, Qt::AlignCenter, c.elided(text, c.boldFont(), top.width()), c.boldFont(), style.text);
    }
    painter->restore();
    painter->restore();
}

void ImpactCharts::paintGains(QPainter *painter, const QRectF &rect, const ProfitCurve &curve, const ImpactChartStyle &style,
                              const QString &title)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const chart::Canvas c(painter, rect, style);
    QRectF area = c.frame(title);
    const std::vector<ProfitPoint> points = sortedPoints(curve);
    if (points.size() < 2 || curve.scored == 0) {
        c.message(area, ChartTr::tr("No customers were scored: there is no curve to draw."));
        painter->restore();
        return;
    }
    const ReportFormat &f = c.format();
    const bool observed = curve.hasOutcomes
                          && std::any_of(points.begin(), points.end(), [](const ProfitPoint &p) { return std::isfinite(p.gainsObserved); });
    QList<chart::LegendItem> legend{{chart::LegendItem::Mark::Line, style.primary, ChartTr::tr("Model: expected churners")}};
    if (observed)
        legend << chart::LegendItem{chart::LegendItem::Mark::Line, style.secondary, ChartTr::tr("Recorded churners")};
    legend << chart::LegendItem{chart::LegendItem::Mark::DashedLine, style.baseline, ChartTr::tr("Random choice")};
    area = c.legend(area, legend);

    auto share = [&f](double v, double step) { return f.percentTick(v, step); };
    const chart::XYPlot plot(c, area, 0.0, 1.0, true, 0.0, 1.0, share, share, ChartTr::tr("Customers contacted, best first"),
                             ChartTr::tr("Share of churners reached"));
    plot.drawAxes();

    painter->save();
    painter->setClipRect(plot.plot().adjusted(-c.line(), -c.line(), c.line(), 0));
    polyline(painter, {plot.point(0.0, 0.0), plot.point(1.0, 1.0)}, style.baseline, c.stroke() * 0.8, true);
    if (observed) {
        QPolygonF recorded;
        for (const ProfitPoint &p : points) {
            if (std::isfinite(p.gainsObserved))
                recorded << plot.point(p.share, p.gainsObserved);
        }
        polyline(painter, recorded, style.secondary, c.stroke());
    }
    QPolygonF expected;
    for (const ProfitPoint &p : points)
        expected << plot.point(p.share, p.gains);
    polyline(painter, expected, style.primary, c.stroke());

    const double bestShare = curve.bestShare();
    if (curve.bestCustomers > 0 && bestShare > 0.0) {
        const double gains = at(points, bestShare, &ProfitPoint::gains);
        const QPointF dot = plot.point(bestShare, gains);
        dashedVertical(c, plot, bestShare, dot.y(), style.highlight);
        const qreal s = c.smallLine();
        painter->setPen(QPen(style.background.alpha() > 0 ? style.background : QColor(Qt::white), c.hairline() * 2));
        painter->setBrush(style.highlight);
        painter->drawEllipse(dot, s * 0.33, s * 0.33);
        // Below the diagonal, at the foot of the line: the one corner a gains curve leaves empty.
        const QRectF bounds = plot.plot();
        const QString customers = f.percent(bestShare, 0);
        const QString churners = f.percent(gains, 0);
        QString label = ChartTr::tr("%1 of customers → %2 of churners (lift %3×)").arg(customers, churners, f.number(gains / bestShare, 1));
        if (c.textWidth(label, c.boldFont()) > bounds.width() * 0.7)
            label = ChartTr::tr("%1 of customers → %2 of churners").arg(customers, churners);
        const QString shortest = QStringLiteral("%1 → %2").arg(customers, churners);
        const qreal w = std::min(c.textWidth(label, c.boldFont()), bounds.width() - s * 0.6) + s * 0.6;
        const double x = plot.x(bestShare);
        const double left = x + w + s * 0.3 <= bounds.right() ? x + s * 0.3 + w / 2 : bounds.right() - w / 2;
        calloutLabel(c, bounds, QPointF(left, bounds.bottom() - s * 0.3), true, {label, shortest}, style.text);
    }
    painter->restore();
    painter->restore();
}

} // namespace churnlens
