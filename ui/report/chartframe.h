#pragma once

#include "impactcharts.h"
#include "reportformat.h"

#include <QFont>
#include <QList>
#include <QRectF>

#include <functional>

class QPainter;

namespace churnlens::chart {

//! Round tick values ("nice numbers": steps of 1, 2, 2.5 or 5 x 10^k) covering a range. Value type.
struct NiceScale
{
    double low = 0.0;
    double high = 1.0;
    double step = 0.25;
    QList<double> ticks;

    //! At most \a maxTicks ticks (at least 2) from a round value at or below \a low to one at or above \a high.
    static NiceScale make(double low, double high, int maxTicks);
    //! Ticks inside a fixed range [low, high] (a share axis from 0 to 1): the range is kept as it is.
    static NiceScale within(double low, double high, int maxTicks);
};

//! One legend entry: how its mark is drawn, and its text.
struct LegendItem
{
    enum class Mark { Line, DashedLine, Band, Box, Dot };
    Mark mark = Mark::Line;
    QColor colour;
    QString text;
};

/*!
 * What one chart needs while it paints: the painter, fonts sized from the style for the
 * painter's device (so the same code gives the same proportions on a 96 dpi widget, a 1200 dpi
 * PDF and an SVG), and a unit of spacing (a fraction of the text height). Every length below
 * is a multiple of the text height, never of pixels.
 */
class Canvas
{
public:
    Canvas(QPainter *painter, const QRectF &rect, const ImpactChartStyle &style);

    QPainter *painter() const { return m_painter; }
    const ImpactChartStyle &style() const { return m_style; }
    const ReportFormat &format() const { return m_format; }
    const QFont &font() const { return m_font; }
    const QFont &smallFont() const { return m_small; }
    const QFont &boldFont() const { return m_bold; }
    //! Line height of the normal font, the small font.
    qreal line() const { return m_line; }
    qreal smallLine() const { return m_smallLine; }
    //! A thin line's width (grid), a data line's width.
    qreal hairline() const { return m_line * 0.06; }
    qreal stroke() const { return m_line * 0.16; }

    qreal textWidth(const QString &text, const QFont &font) const;
    //! \a text elided at the right to \a width.
    QString elided(const QString &text, const QFont &font, qreal width) const;
    void drawText(const QRectF &rect, int flags, const QString &text, const QFont &font, const QColor &colour) const;
    /*!
     * \a font, made smaller (down to MinFitScale of its size) until \a text fits \a width: a
     * German title a little too long for a laptop's panel reads in full instead of "…nach Cont…".
     */
    QFont fitting(const QString &text, const QFont &font, qreal width) const;
    static constexpr qreal MinFitScale = 0.78;
    //! \a text in the fitting() font, elided only when even that is too wide.
    void drawFitted(const QRectF &rect, int flags, const QString &text, const QFont &font, const QColor &colour) const;

    /*!
     * Fills the background, draws \a title (elided) at the top and returns the rectangle left
     * for the chart, with a small inner margin.
     */
    QRectF frame(const QString &title) const;
    //! A message centred in \a rect, wrapped (no data, nothing to show).
    void message(const QRectF &rect, const QString &text) const;
    /*!
     * The legend in one or more rows at the bottom of \a area, centred; returns what is left
     * above it. Entries that do not fit on two rows are left out rather than overlap.
     */
    QRectF legend(const QRectF &area, const QList<LegendItem> &items) const;

private:
    QPainter *m_painter;
    QRectF m_rect;
    const ImpactChartStyle &m_style;
    ReportFormat m_format;
    QFont m_font;
    QFont m_small;
    QFont m_bold;
    QFont m_title;
    qreal m_line = 12.0;
    qreal m_smallLine = 10.0;
};

/*!
 * A plot with a numeric x and y axis: lays out the tick labels (the y labels' width sets the
 * left margin, the x labels are thinned until they do not touch), draws the grid, the axes,
 * the labels and the axis titles, and then maps values to the device.
 */
class XYPlot
{
public:
    using Label = std::function<QString(double value, double step)>;

    //! \a xFixed: the x range is kept exactly (shares 0 to 1) instead of rounded out.
    XYPlot(const Canvas &canvas, const QRectF &area, double xLow, double xHigh, bool xFixed, double yLow, double yHigh,
           Label xLabel, Label yLabel, const QString &xTitle, const QString &yTitle);

    //! Grid, zero line, axes, tick labels and titles.
    void drawAxes() const;

    const QRectF &plot() const { return m_plot; }
    double x(double value) const;
    double y(double value) const;
    QPointF point(double xv, double yv) const { return {x(xv), y(yv)}; }
    const NiceScale &xScale() const { return m_x; }
    const NiceScale &yScale() const { return m_y; }

private:
    const Canvas &m_canvas;
    Label m_xLabel;
    Label m_yLabel;
    QString m_xTitle;
    QString m_yTitle;
    NiceScale m_x;
    NiceScale m_y;
    QRectF m_plot;
    qreal m_yLabelWidth = 0.0;
    QList<double> m_xShown; //!< the x ticks that get a label
};

//! \a base with alpha \a alpha (0-255) unless it is already translucent.
QColor translucent(const QColor &base, int alpha);

} // namespace churnlens::chart
