// The report's second page: the trend, the segments that did not fit on the first, "How is this
// computed?" and the notes.
#include "reportpages.h"

#include "reportpaper.h"
#include "services/impactservice.h"

#include <QPainter>

#include <algorithm>

namespace churnlens {

using namespace paper;

void ReportPages::paintSecondPage()
{
    const QRectF c = m_content;
    qreal top = c.top();
    // A running head, so that a loose second page still says what it belongs to.
    const QString head = title(m_options) + QStringLiteral(" · ") + m_report.dataName;
    top += paragraph(QRectF(c.left(), top, c.width(), 0), head, font(8.0), Muted) + mm(1.5);
    m_painter->setPen(QPen(Rule, mm(0.3)));
    m_painter->drawLine(QPointF(c.left(), top), QPointF(c.right(), top));
    top += mm(3.0);

    if (m_report.trend.size() >= 2) {
        const QRectF trend(c.left(), top, c.width(), mm(64));
        ImpactCharts::paintTrend(m_painter, trend, m_report.trend, m_chartStyle, tr("Trend over the project's scorings"));
        top = trend.bottom() + mm(Gap);
    } else {
        const QString note = m_report.trend.empty() ? tr("Trend: this report was made without a project, so there are no earlier scorings to compare with.")
                                                    : tr("Trend: the project holds one scoring so far; the trend appears from the second.");
        top += paragraph(QRectF(c.left(), top, c.width(), 0), note, font(8.0), Muted) + mm(Gap);
    }
    const size_t more = m_report.segments.size() > 2 ? std::min<size_t>(m_report.segments.size() - 2, MaxSecondPageSegments) : 0;
    if (more > 0) {
        qreal height = 0.0;
        for (size_t row = 0; row < (more + 1) / 2; ++row)
            height += segmentsHeight(2 + 2 * row, 2) + (row > 0 ? mm(Gap) : 0.0);
        const QRectF area(c.left(), top, c.width(), height);
        paintSegments(area, 2, more);
        top = area.bottom() + mm(Gap);
    }
    const qreal bottom = c.bottom() - mm(FooterHeight);
    const qreal notesHeight = paintNotes(QRectF(c.left(), 0, c.width(), 0), true);
    paintHowComputed(QRectF(c.left(), top, c.width(), bottom - top - (notesHeight > 0 ? notesHeight + mm(Gap) : 0.0)));
    if (notesHeight > 0)
        paintNotes(QRectF(c.left(), bottom - notesHeight, c.width(), notesHeight), false);
}

void ReportPages::paintHowComputed(const QRectF &area)
{
    const QList<std::pair<QString, QString>> blocks = ImpactService::howComputed(m_report);
    if (blocks.isEmpty())
        return;
    const QFont heading = font(12.0, true);
    const qreal headingH = paragraph(area, tr("How is this computed?"), heading, Ink) + mm(2.0);
    const qreal gap = mm(6.0);
    const qreal column = (area.width() - gap) / 2;
    const qreal top = area.top() + headingH;
    const qreal height = area.bottom() - top;
    // The largest size at which the blocks, split into two balanced columns, fit the page.
    for (qreal size : {8.5, 8.0, 7.5, 7.0, 6.5, 6.0}) {
        const QFont titleFont = font(size, true);
        const QFont bodyFont = font(size);
        std::vector<qreal> heights;
        for (const auto &[title, text] : blocks)
            heights.push_back(textHeight(column, title, titleFont) + mm(0.6) + textHeight(column, text, bodyFont) + mm(2.5));
        qreal total = 0.0;
        for (qreal h : heights)
            total += h;
        // The split after which the taller column is shortest.
        size_t split = heights.size();
        qreal best = total;
        qreal first = 0.0;
        for (size_t i = 0; i < heights.size(); ++i) {
            first += heights[i];
            const qreal taller = std::max(first, total - first);
            if (taller < best) {
                best = taller;
                split = i + 1;
            }
        }
        if (best > height && size > 6.0)
            continue;
        qreal y = top;
        for (size_t i = 0; i < heights.size(); ++i) {
            if (i == split)
                y = top;
            const qreal x = area.left() + (i < split ? 0.0 : column + gap);
            const qreal th = paragraph(QRectF(x, y, column, 0), blocks[qsizetype(i)].first, titleFont, Ink) + mm(0.6);
            paragraph(QRectF(x, y + th, column, 0), blocks[qsizetype(i)].second, bodyFont, Ink);
            y += heights[i];
        }
        return;
    }
}

qreal ReportPages::paintNotes(const QRectF &area, bool measureOnly)
{
    const QStringList notes = m_text.notes();
    if (notes.isEmpty())
        return 0.0;
    const QFont heading = font(9.0, true);
    const QFont body = font(7.5);
    const QString text = QStringLiteral("•  ") + notes.join(QStringLiteral("\n•  "));
    const qreal headingH = textHeight(area.width(), tr("Notes on the data and the model"), heading);
    const qreal h = headingH + mm(1.0) + textHeight(area.width(), text, body);
    if (!measureOnly) {
        paragraph(area, tr("Notes on the data and the model"), heading, Ink);
        paragraph(QRectF(area.left(), area.top() + headingH + mm(1.0), area.width(), 0), text, body, Muted);
    }
    return h;
}

} // namespace churnlens
