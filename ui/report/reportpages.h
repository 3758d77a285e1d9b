#pragma once

#include "impactcharts.h"
#include "reporttext.h"
#include "reportwriter.h"

#include <QCoreApplication>
#include <QFont>
#include <QRectF>

class QPainter;

namespace churnlens {

struct ImpactReport;

/*!
 * Lays out and paints the report's pages on an A4 painter (any resolution: every length is
 * in millimetres of the page). Used by ReportWriter only.
 */
class ReportPages
{
    Q_DECLARE_TR_FUNCTIONS(churnlens::ReportWriter)

public:
    static constexpr int Pages = 2;

    //! \a page: the whole A4 sheet in the painter's coordinates.
    ReportPages(QPainter *painter, const QRectF &page, const ImpactReport &report, const ReportOptions &options);

    static QString title(const ReportOptions &options);
    void paintPage(int index);

private:
    qreal mm(qreal v) const { return v * m_unit; }
    QFont font(qreal points, bool bold = false) const;
    //! Draws wrapped \a text at the top of \a rect; returns its height.
    qreal paragraph(const QRectF &rect, const QString &text, const QFont &font, const QColor &colour, int flags = Qt::AlignLeft) const;
    qreal textHeight(qreal width, const QString &text, const QFont &font) const;
    qreal textWidth(const QString &text, const QFont &font) const;

    qreal paintTitle(qreal top);
    qreal paintTrust(qreal top);
    qreal paintKpis(qreal top);
    qreal paintRecommendation(qreal top);
    void paintSegments(const QRectF &area, size_t first, size_t count);
    //! The height a row of segment charts needs for its bars.
    qreal segmentsHeight(size_t first, size_t count) const;
    void paintFirstPage();
    void paintSecondPage();
    //! "How is this computed?" in two columns, in the largest font that fits \a area.
    void paintHowComputed(const QRectF &area);
    qreal paintNotes(const QRectF &area, bool measureOnly);
    void paintFooter(int index);

    QPainter *m_painter;
    QRectF m_page;
    QRectF m_content; //!< inside the margins
    qreal m_unit;     //!< device units per millimetre
    const ImpactReport &m_report;
    ReportOptions m_options;
    ReportText m_text;
    ImpactChartStyle m_chartStyle;
};

} // namespace churnlens
