#include "chartframe.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace churnlens::chart {

namespace {
//! The smallest step of 1, 2, 2.5 or 5 x 10^k at or above \a raw.
double niceStep(double raw)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (m * magnitude >= raw * (1.0 - 1e-9))
            return m * magnitude;
    }
    return 10.0 * magnitude;
}

//! The next larger nice step after \a step.
double nextStep(double step)
{
    return niceStep(step * 1.0001);
}

QList<double> ticksBetween(double low, double high, double step)
{
    QList<double> out;
    for (double v = std::ceil(low / step - 1e-9) * step; v <= high + step * 1e-9; v += step)
        out << (std::abs(v) < step * 1e-9 ? 0.0 : v);
    return out;
}
} // namespace

NiceScale NiceScale::make(double low, double high, int maxTicks)
{
    maxTicks = std::max(2, maxTicks);
    if (!std::isfinite(low) || !std::isfinite(high)) {
        low = 0.0;
        high = 1.0;
    }
    if (!(high > low)) {
        // A flat series: a range around it, so that the line sits in the middle of the plot.
        const double pad = low == 0.0 ? 1.0 : std::abs(low) * 0.5;
        low -= pad;
        high += pad;
    }
    NiceScale s;
    double step = niceStep((high - low) / (maxTicks - 1));
    for (;;) {
        s.low = std::floor(low / step + 1e-9) * step;
        s.high = std::ceil(high / step - 1e-9) * step;
        if (std::llround((s.high - s.low) / step) + 1 <= maxTicks)
            break;
        step = nextStep(step);
    }
    s.step = step;
    s.ticks = ticksBetween(s.low, s.high, step);
    return s;
}

NiceScale NiceScale::within(double low, double high, int maxTicks)
{
    maxTicks = std::max(2, maxTicks);
    NiceScale s;
    s.low = low;
    s.high = high > low ? high : low + 1.0;
    double step = niceStep((s.high - s.low) / (maxTicks - 1));
    while (ticksBetween(s.low, s.high, step).size() > maxTicks)
        step = nextStep(step);
    s.step = step;
    s.ticks = ticksBetween(s.low, s.high, step);
    return s;
}

QColor translucent(const QColor &base, int alpha)
{
    QColor c = base;
    if (c.alpha() == 255)
        c.setAlpha(alpha);
    return c;
}

Canvas::Canvas(QPainter *painter, const QRectF &rect, const ImpactChartStyle &style)
    : m_painter(painter)
    , m_rect(rect)
    , m_style(style)
    , m_format(style.locale, style.currency)
{
    m_font = QFont();
    m_font.setPointSizeF(style.fontPointSize > 0 ? style.fontPointSize : 9.0);
    m_small = m_font;
    m_small.setPointSizeF(m_font.pointSizeF() * 0.88);
    m_bold = m_font;
    m_bold.setWeight(QFont::DemiBold);
    m_title = m_font;
    m_title.setPointSizeF(m_font.pointSizeF() * 1.12);
    m_title.setWeight(QFont::DemiBold);
    // Metrics for the painter's device: a PDF at 1200 dpi and a widget at 96 dpi get the same
    // proportions because every length below follows from these.
    m_line = QFontMetricsF(m_font, painter->device()).height();
    m_smallLine = QFontMetricsF(m_small, painter->device()).height();
}

qreal Canvas::textWidth(const QString &text, const QFont &font) const
{
    return QFontMetricsF(font, m_painter->device()).horizontalAdvance(text);
}

QString Canvas::elided(const QString &text, const QFont &font, qreal width) const
{
    return QFontMetricsF(font, m_painter->device()).elidedText(text, Qt::ElideRight, std::max<qreal>(0.0, width));
}

void Canvas::drawText(const QRectF &rect, int flags, const QString &text, const QFont &font, const QColor &colour) const
{
    m_painter->setFont(font);
    m_painter->setPen(colour);
    m_painter->drawText(rect, flags, text);
}

QFont Canvas::fitting(const QString &text, const QFont &font, qreal width) const
{
    const qreal size = font.pointSizeF() > 0 ? font.pointSizeF() : font.pixelSize();
    const bool points = font.pointSizeF() > 0;
    QFont f = font;
    for (qreal scale = 1.0; scale >= MinFitScale - 1e-9; scale -= 0.04) {
        if (points)
            f.setPointSizeF(size * scale);
        else
            f.setPixelSize(std::max(1, int(size * scale)));
        if (textWidth(text, f) <= width)
            return f;
    }
    return f;
}

void Canvas::drawFitted(const QRectF &rect, int flags, const QString &text, const QFont &font, const QColor &colour) const
{
    const QFont f = fitting(text, font, rect.width());
    drawText(rect, flags, elided(text, f, rect.width()), f, colour);
}

QRectF Canvas::frame(const QString &title) const
{
    if (m_style.background.isValid() && m_style.background.alpha() > 0)
        m_painter->fillRect(m_rect, m_style.background);
    const qreal pad = m_line * 0.4;
    QRectF inner = m_rect.adjusted(pad, pad, -pad, -pad);
    if (!title.isEmpty()) {
        const qreal h = QFontMetricsF(m_title, m_painter->device()).height();
        drawFitted(QRectF(inner.left(), inner.top(), inner.width(), h), Qt::AlignLeft | Qt::AlignVCenter, title, m_title, m_style.text);
        inner.setTop(inner.top() + h + m_line * 0.35);
    }
    return inner;
}

void Canvas::message(const QRectF &rect, const QString &text) const
{
    drawText(rect.adjusted(m_line, 0, -m_line, 0), Qt::AlignCenter | Qt::TextWordWrap, text, m_font, m_style.mutedText);
}

QRectF Canvas::legend(const QRectF &area, const QList<LegendItem> &items) const
{
    if (items.isEmpty())
        return area;
    const qreal markWidth = m_smallLine * 1.5;
    const qreal gap = m_smallLine * 0.35;
    const qreal spacing = m_smallLine * 1.1;
    auto itemWidth = [&](const LegendItem &item) { return markWidth + gap + textWidth(item.text, m_small); };
    // Rows of items, at most two; an item that fits on neither is left out.
    QList<QList<LegendItem>> rows{{}};
    QList<qreal> widths{0.0};
    for (const LegendItem &item : items) {
        const qreal w = itemWidth(item);
        qreal next = widths.last() + (rows.last().isEmpty() ? 0.0 : spacing) + w;
        if (next > area.width() && !rows.last().isEmpty()) {
            if (rows.size() == 2)
                continue;
            rows.append(QList<LegendItem>());
            widths.append(0.0);
            next = w;
        }
        if (next > area.width())
            continue;
        rows.last().append(item);
        widths.last() = next;
    }
    const qreal rowHeight = m_smallLine * 1.2;
    const qreal total = rowHeight * qreal(rows.size());
    qreal top = area.bottom() - total;
    QPainter *p = m_painter;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        qreal x = area.left() + (area.width() - widths[r]) / 2.0;
        const qreal cy = top + rowHeight * (qreal(r) + 0.5);
        for (const LegendItem &item : rows[r]) {
            const QRectF mark(x, cy - m_smallLine * 0.3, markWidth, m_smallLine * 0.6);
            p->save();
            switch (item.mark) {
            case LegendItem::Mark::Line:
            case LegendItem::Mark::DashedLine: {
                QPen pen(item.colour, stroke());
                pen.setCapStyle(Qt::FlatCap);
                if (item.mark == LegendItem::Mark::DashedLine)
                    pen.setDashPattern({3.0, 2.0});
                p->setPen(pen);
                p->drawLine(QPointF(mark.left(), cy), QPointF(mark.right(), cy));
                break;
            }
            case LegendItem::Mark::Band:
                p->fillRect(mark, translucent(item.colour, 70));
                break;
            case LegendItem::Mark::Box:
                p->fillRect(mark, item.colour);
                break;
            case LegendItem::Mark::Dot:
                p->setPen(Qt::NoPen);
                p->setBrush(item.colour);
                p->drawEllipse(QPointF(mark.center().x(), cy), m_smallLine * 0.25, m_smallLine * 0.25);
                break;
            }
            p->restore();
            x += markWidth + gap;
            const qreal w = textWidth(item.text, m_small);
            drawText(QRectF(x, cy - rowHeight / 2, w + 1, rowHeight), Qt::AlignLeft | Qt::AlignVCenter, item.text, m_small,
                     m_style.mutedText);
            x += w + spacing;
        }
    }
    return QRectF(area.left(), area.top(), area.width(), std::max<qreal>(0.0, area.height() - total - m_smallLine * 0.2));
}

XYPlot::XYPlot(const Canvas &canvas, const QRectF &area, double xLow, double xHigh, bool xFixed, double yLow, double yHigh,
               Label xLabel, Label yLabel, const QString &xTitle, const QString &yTitle)
    : m_canvas(canvas)
    , m_xLabel(std::move(xLabel))
    , m_yLabel(std::move(yLabel))
    , m_xTitle(xTitle)
    , m_yTitle(yTitle)
{
    const qreal s = canvas.smallLine();
    // Half of the top tick's label stands above the plot, and the y title above that; the x
    // labels start half a line below the axis, clear of the lowest y label.
    const qreal top = area.top() + (yTitle.isEmpty() ? s * 0.6 : s * 1.65);
    const qreal bottom = area.bottom() - s * 1.6 - (xTitle.isEmpty() ? 0.0 : s * 1.15);
    const qreal height = std::max<qreal>(s, bottom - top);
    // About one tick per two and a half lines of text: readable, never crowded.
    m_y = NiceScale::make(yLow, yHigh, std::clamp(int(height / (s * 2.5)) + 1, 2, 7));
    for (double t : std::as_const(m_y.ticks))
        m_yLabelWidth = std::max(m_yLabelWidth, canvas.textWidth(m_yLabel(t, m_y.step), canvas.smallFont()));
    const qreal left = area.left() + m_yLabelWidth + s * 0.5;

    // As many x ticks as fit with a gap of a line between labels; the last label is centred on
    // the right edge, so half of it must fit inside the area.
    qreal width = 0.0;
    for (int maxTicks = 11; maxTicks >= 2; --maxTicks) {
        m_x = xFixed ? NiceScale::within(xLow, xHigh, maxTicks) : NiceScale::make(xLow, xHigh, maxTicks);
        qreal widest = 0.0;
        for (double t : std::as_const(m_x.ticks))
            widest = std::max(widest, canvas.textWidth(m_xLabel(t, m_x.step), canvas.smallFont()));
        width = area.right() - widest / 2 - left;
        if (m_x.ticks.size() <= 1 || (widest + s) * qreal(m_x.ticks.size() - 1) <= width)
            break;
    }
    m_xShown = m_x.ticks;
    m_plot = QRectF(left, top, std::max<qreal>(s, width), height);
}

double XYPlot::x(double value) const
{
    return m_plot.left() + (value - m_x.low) / (m_x.high - m_x.low) * m_plot.width();
}

double XYPlot::y(double value) const
{
    return m_plot.bottom() - (value - m_y.low) / (m_y.high - m_y.low) * m_plot.height();
}

void XYPlot::drawAxes() const
{
    QPainter *p = m_canvas.painter();
    const ImpactChartStyle &style = m_canvas.style();
    const qreal s = m_canvas.smallLine();
    p->save();
    for (double t : std::as_const(m_y.ticks)) {
        const double yy = y(t);
        p->setPen(QPen(style.grid, m_canvas.hairline())); // drawText() below sets its own pen
        p->drawLine(QPointF(m_plot.left(), yy), QPointF(m_plot.right(), yy));
        m_canvas.drawText(QRectF(m_plot.left() - m_yLabelWidth - s * 0.5, yy - s / 2, m_yLabelWidth, s),
                          Qt::AlignRight | Qt::AlignVCenter, m_yLabel(t, m_y.step), m_canvas.smallFont(), style.mutedText);
    }
    // The zero line (money can be lost) and the x axis are drawn stronger than the grid.
    p->setPen(QPen(style.axis, m_canvas.hairline() * 2));
    if (m_y.low < 0.0 && m_y.high > 0.0)
        p->drawLine(QPointF(m_plot.left(), y(0.0)), QPointF(m_plot.right(), y(0.0)));
    p->drawLine(m_plot.bottomLeft(), m_plot.bottomRight());
    for (double t : std::as_const(m_xShown)) {
        const double xx = x(t);
        p->setPen(QPen(style.axis, m_canvas.hairline() * 2));
        p->drawLine(QPointF(xx, m_plot.bottom()), QPointF(xx, m_plot.bottom() + s * 0.25));
        const QString label = m_xLabel(t, m_x.step);
        const qreal w = m_canvas.textWidth(label, m_canvas.smallFont()) + 2;
        m_canvas.drawText(QRectF(xx - w / 2, m_plot.bottom() + s * 0.55, w, s), Qt::AlignCenter, label, m_canvas.smallFont(),
                          style.mutedText);
    }
    if (!m_xTitle.isEmpty()) {
        const QRectF r(m_plot.left(), m_plot.bottom() + s * 1.65, m_plot.width(), s);
        m_canvas.drawFitted(r, Qt::AlignCenter, m_xTitle, m_canvas.smallFont(), style.mutedText);
    }
    if (!m_yTitle.isEmpty()) {
        const qreal left = m_plot.left() - m_yLabelWidth - s * 0.5;
        const QRectF r(left, m_plot.top() - s * 1.65, m_plot.right() - left, s);
        m_canvas.drawFitted(r, Qt::AlignLeft | Qt::AlignVCenter, m_yTitle, m_canvas.smallFont(), style.mutedText);
    }
    p->restore();
}

} // namespace churnlens::chart
