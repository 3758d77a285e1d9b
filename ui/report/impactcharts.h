#pragma once

#include <QColor>
#include <QLocale>
#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace churnlens {

struct ProfitCurve;
struct SegmentBreakdown;
struct ImpactTrendPoint;

//! Colours and fonts of the impact charts: the screen's light and dark themes, and print.
struct ImpactChartStyle
{
    QColor background;   //!< filled behind the chart (transparent = not filled)
    QColor text;
    QColor mutedText;
    QColor grid;
    QColor axis;
    QColor primary;      //!< bars of money, the profit curve
    QColor secondary;    //!< second series (expected churners, predicted line)
    QColor band;         //!< the 10-90% band (drawn translucent)
    QColor highlight;    //!< the best share marker
    QColor baseline;     //!< the random baseline of the gains chart
    qreal fontPointSize = 9.0;
    QLocale locale;      //!< number formatting
    QString currency;    //!< prefix/suffix-free symbol; empty = plain numbers

    static ImpactChartStyle light();
    static ImpactChartStyle dark();
    static ImpactChartStyle print(); //!< white page, darker lines, for the PDF
};

/*!
 * The impact dashboard's charts, drawn with QPainter into any rectangle: the same code paints
 * the dashboard's widgets, the PDF report (vector) and the PNG/SVG exports. Stateless; any
 * thread with its own painter (a QGuiApplication must exist for fonts).
 */
class ImpactCharts
{
public:
    //! Horizontal bars, one per segment row in order: revenue at risk per month (or expected
    //! churners without charges), each labelled with the segment's churn probability and count.
    static void paintSegments(QPainter *painter, const QRectF &rect, const SegmentBreakdown &segments,
                              const ImpactChartStyle &style, const QString &title);
    //! Net saving against share contacted; the 10-90% band when the acceptance is a range; the
    //! best share marked and labelled; the budget limit when there is one.
    static void paintProfitCurve(QPainter *painter, const QRectF &rect, const ProfitCurve &curve,
                                 const ImpactChartStyle &style, const QString &title);
    //! Cumulative gains (expected, and recorded when the file has outcomes) with the random
    //! baseline; lift at the best share named.
    static void paintGains(QPainter *painter, const QRectF &rect, const ProfitCurve &curve,
                           const ImpactChartStyle &style, const QString &title);
    //! High-risk customers and revenue at risk per scoring over time; realised against
    //! predicted churn where outcomes were recorded. Says so when there are fewer than 2 points.
    static void paintTrend(QPainter *painter, const QRectF &rect, const std::vector<ImpactTrendPoint> &trend,
                           const ImpactChartStyle &style, const QString &title);
};

} // namespace churnlens
