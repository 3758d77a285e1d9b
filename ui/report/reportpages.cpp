#include "reportpages.h"

#include "reportpaper.h"
#include "services/impactservice.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace churnlens {

using namespace paper;

ReportPages::ReportPages(QPainter *painter, const QRectF &page, const ImpactReport &report, const ReportOptions &options)
    : m_painter(painter)
    , m_page(page)
    , m_unit(page.width() / 210.0)
    , m_report(report)
    , m_options(options)
    , m_text(report, ReportFormat(options.locale, options.currency))
    , m_chartStyle(ImpactChartStyle::print())
{
    m_content = m_page.adjusted(mm(Margin), mm(Margin), -mm(Margin), -mm(Margin));
    m_chartStyle.locale = options.locale;
    m_chartStyle.currency = options.currency;
}

QString ReportPages::title(const ReportOptions &options)
{
    return options.title.isEmpty() ? tr("Churn impact report") : options.title;
}

QFont ReportPages::font(qreal points, bool bold) const
{
    QFont f;
    f.setPointSizeF(points);
    if (bold)
        f.setWeight(QFont::DemiBold);
    return f;
}

qreal ReportPages::textHeight(qreal width, const QString &text, const QFont &font) const
{
    if (text.isEmpty())
        return 0.0;
    // Font metrics, not QPainter::boundingRect(), which measures nothing while the pen is NoPen.
    return QFontMetricsF(font, m_painter->device()).boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

qreal ReportPages::textWidth(const QString &text, const QFont &font) const
{
    return QFontMetricsF(font, m_painter->device()).horizontalAdvance(text);
}

qreal ReportPages::paragraph(const QRectF &rect, const QString &text, const QFont &font, const QColor &colour, int flags) const
{
    if (text.isEmpty())
        return 0.0;
    const qreal h = textHeight(rect.width(), text, font);
    m_painter->setFont(font);
    m_painter->setPen(colour);
    m_painter->drawText(QRectF(rect.left(), rect.top(), rect.width(), h), flags | Qt::TextWordWrap, text);
    return h;
}

void ReportPages::paintPage(int index)
{
    m_painter->save();
    m_painter->setRenderHint(QPainter::Antialiasing);
    if (index == 0)
        paintFirstPage();
    else
        paintSecondPage();
    paintFooter(index);
    m_painter->restore();
}

qreal ReportPages::paintTitle(qreal top)
{
    const QRectF c = m_content;
    const QFont big = font(19.0, true);
    const QDateTime created = (m_report.created.isValid() ? m_report.created : QDateTime::currentDateTimeUtc()).toLocalTime();
    const QString date = m_options.locale.toString(created.date(), QLocale::LongFormat);
    const QFont dateFont = font(9.0);
    const qreal dw = textWidth(date, dateFont);
    const qreal h = textHeight(c.width() - dw - mm(4), title(m_options), big);
    paragraph(QRectF(c.left(), top, c.width() - dw - mm(4), h), title(m_options), big, Ink);
    m_painter->setFont(dateFont);
    m_painter->setPen(Muted);
    m_painter->drawText(QRectF(c.right() - dw, top, dw, h), Qt::AlignRight | Qt::AlignVCenter, date);
    top += h + mm(1.0);
    const QString lines = m_text.dataLine() + QStringLiteral("   ·   ") + m_text.modelLine();
    top += paragraph(QRectF(c.left(), top, c.width(), 0), lines, font(8.5), Muted);
    top += mm(2.0);
    m_painter->setPen(QPen(Rule, mm(0.3)));
    m_painter->drawLine(QPointF(c.left(), top), QPointF(c.right(), top));
    return top + mm(3.0);
}

qreal ReportPages::paintTrust(qreal top)
{
    // One box per message: whether the probabilities can be taken as money, and (a warning of
    // its own) whether the file is the model's training data.
    const QRectF c = m_content;
    QList<std::pair<QString, bool>> boxes{{m_text.calibrationText(), m_text.calibrationWarning()}};
    if (!m_text.inSampleText().isEmpty())
        boxes.append({m_text.inSampleText(), true});
    for (const auto &[message, warn] : boxes) {
        const QString text = (warn ? QStringLiteral("⚠  ") : QStringLiteral("✓  ")) + message;
        const QFont f = font(8.3, warn);
        const qreal pad = mm(2.0);
        const qreal h = textHeight(c.width() - 2 * pad, text, f);
        const QRectF box(c.left(), top, c.width(), h + 2 * pad);
        m_painter->setPen(warn ? QPen(WarnEdge, mm(0.4)) : QPen(Qt::NoPen));
        m_painter->setBrush(warn ? WarnFill : CardFill);
        m_painter->drawRoundedRect(box, mm(1.2), mm(1.2));
        paragraph(box.adjusted(pad, pad, -pad, -pad), text, f, Ink);
        top = box.bottom() + mm(1.8);
    }
    return top + mm(Gap - 1.8);
}

qreal ReportPages::paintKpis(qreal top)
{
    const QRectF c = m_content;
    const QList<KpiCard> cards = m_text.kpiCards();
    const qreal gap = mm(2.5);
    const qreal width = (c.width() - gap * qreal(cards.size() - 1)) / qreal(cards.size());
    const qreal pad = mm(2.2);
    const qreal inner = width - 2 * pad;
    const QFont titleFont = font(7.5, true);
    const QFont detailFont = font(7.0);
    // One size for every figure, the largest at which all of them fit their cards in full; a
    // figure too long even then is abbreviated ("1.67M").
    QFont valueFont = font(15.0, true);
    for (qreal size = 15.0; size >= 12.0; size -= 0.5) {
        valueFont = font(size, true);
        if (std::all_of(cards.begin(), cards.end(), [&](const KpiCard &card) { return textWidth(card.value, valueFont) <= inner; }))
            break;
    }
    qreal titleH = 0.0, detailH = 0.0;
    for (const KpiCard &card : cards) {
        titleH = std::max(titleH, textHeight(inner, card.title, titleFont));
        detailH = std::max(detailH, textHeight(inner, card.detail, detailFont));
    }
    const qreal valueH = QFontMetricsF(valueFont, m_painter->device()).height();
    const qreal height = pad + titleH + mm(1.0) + valueH + mm(0.8) + detailH + pad;
    for (qsizetype i = 0; i < cards.size(); ++i) {
        const KpiCard &card = cards[i];
        const QRectF box(c.left() + qreal(i) * (width + gap), top, width, height);
        m_painter->setPen(Qt::NoPen);
        m_painter->setBrush(CardFill);
        m_painter->drawRoundedRect(box, mm(1.5), mm(1.5));
        qreal y = top + pad;
        paragraph(QRectF(box.left() + pad, y, inner, titleH), card.title, titleFont, Muted);
        y += titleH + mm(1.0);
        // The full figure when it fits the card, else its abbreviation ("1.67M").
        QString value = card.value;
        if (textWidth(value, valueFont) > inner && !card.shortValue.isEmpty())
            value = card.shortValue;
        m_painter->setFont(valueFont);
        m_painter->setPen(Ink);
        m_painter->drawText(QRectF(box.left() + pad, y, inner, valueH), Qt::AlignLeft | Qt::AlignVCenter, value);
        y += valueH + mm(0.8);
        paragraph(QRectF(box.left() + pad, y, inner, detailH), card.detail, detailFont, Muted);
    }
    return top + height + mm(Gap);
}

qreal ReportPages::paintRecommendation(qreal top)
{
    const QRectF c = m_content;
    const qreal pad = mm(3.0);
    const qreal inner = c.width() - 2 * pad - mm(1.2);
    const qreal left = c.left() + pad + mm(1.2);
    const QList<CampaignFigure> figures = m_text.campaignFigures();
    QStringList extra;
    for (const QString &t : {m_text.rangeText(), m_text.budgetText()}) {
        if (!t.isEmpty())
            extra << t;
    }

    // Measure first, then draw the box behind and the text on top.
    const QFont heading = font(11.0, true);
    const QFont headlineFont = font(9.5);
    const QFont labelFont = font(7.0);
    const QFont valueFont = font(11.0, true);
    const QFont detailFont = font(6.8);
    const QFont extraFont = font(8.0);
    const QFont assumptionFont = font(7.2);
    const int columns = 4;
    const qreal cell = inner / columns;
    const qsizetype rows = (figures.size() + columns - 1) / columns;
    const qreal valueH = QFontMetricsF(valueFont, m_painter->device()).height();
    qreal labelH = 0.0, detailH = 0.0;
    for (const CampaignFigure &fig : figures) {
        labelH = std::max(labelH, textHeight(cell - mm(2), fig.label, labelFont));
        detailH = std::max(detailH, textHeight(cell - mm(2), fig.detail, detailFont));
    }
    const qreal rowH = labelH + valueH + detailH + mm(2.0);
    const qreal headingH = textHeight(inner, tr("Recommended campaign"), heading);
    const qreal headlineH = textHeight(inner, m_text.headline(), headlineFont);
    const qreal extraH = textHeight(inner, extra.join(QLatin1Char(' ')), extraFont);
    const qreal assumptionH = textHeight(inner, m_text.assumptions(), assumptionFont);
    const qreal height = pad + headingH + mm(1.2) + headlineH + mm(2.5) + rowH * qreal(rows) + (extraH > 0 ? extraH + mm(1.5) : 0.0)
                         + assumptionH + pad;

    const QRectF box(c.left(), top, c.width(), height);
    m_painter->setPen(QPen(Rule, mm(0.3)));
    m_painter->setBrush(Qt::NoBrush);
    m_painter->drawRoundedRect(box, mm(1.5), mm(1.5));
    m_painter->fillRect(QRectF(box.left(), box.top() + mm(1.5), mm(1.2), box.height() - mm(3.0)), m_chartStyle.highlight);

    qreal y = top + pad;
    y += paragraph(QRectF(left, y, inner, 0), tr("Recommended campaign"), heading, Ink) + mm(1.2);
    y += paragraph(QRectF(left, y, inner, 0), m_text.headline(), headlineFont, Ink) + mm(2.5);
    for (qsizetype i = 0; i < figures.size(); ++i) {
        const CampaignFigure &fig = figures[i];
        const qreal x = left + qreal(i % columns) * cell;
        const qreal fy = y + qreal(i / columns) * rowH;
        paragraph(QRectF(x, fy, cell - mm(2), labelH), fig.label, labelFont, Muted);
        m_painter->setFont(valueFont);
        m_painter->setPen(Ink);
        m_painter->drawText(QRectF(x, fy + labelH, cell - mm(2), valueH), Qt::AlignLeft | Qt::AlignVCenter, fig.value);
        paragraph(QRectF(x, fy + labelH + valueH, cell - mm(2), detailH), fig.detail, detailFont, Muted);
    }
    y += rowH * qreal(rows);
    if (extraH > 0)
        y += paragraph(QRectF(left, y, inner, 0), extra.join(QLatin1Char(' ')), extraFont, Ink) + mm(1.5);
    paragraph(QRectF(left, y, inner, 0), m_text.assumptions(), assumptionFont, Muted);
    return box.bottom() + mm(Gap);
}

void ReportPages::paintSegments(const QRectF &area, size_t first, size_t count)
{
    const size_t end = std::min(m_report.segments.size(), first + count);
    if (end <= first)
        return;
    const size_t n = end - first;
    const qreal gap = mm(Gap);
    const qreal width = n == 1 ? area.width() : (area.width() - gap) / 2;
    const size_t rows = (n + 1) / 2;
    const qreal height = (area.height() - gap * qreal(rows - 1)) / qreal(rows);
    for (size_t i = 0; i < n; ++i) {
        const SegmentBreakdown &s = m_report.segments[first + i];
        const bool money = std::any_of(s.rows.begin(), s.rows.end(), [](const SegmentRow &r) { return std::isfinite(r.monthlyRevenueAtRisk); });
        const QString chartTitle = money ? tr("Revenue at risk by %1").arg(s.columnName) : tr("Expected churners by %1").arg(s.columnName);
        const QRectF r(area.left() + qreal(i % 2) * (width + gap), area.top() + qreal(i / 2) * (height + gap), width, height);
        ImpactCharts::paintSegments(m_painter, r, s, m_chartStyle, chartTitle);
    }
}

qreal ReportPages::segmentsHeight(size_t first, size_t count) const
{
    // A segment chart's title and caption, then at most two lines of text per bar.
    qsizetype rows = 0;
    for (size_t i = first; i < std::min(m_report.segments.size(), first + count); ++i)
        rows = std::max(rows, qsizetype(m_report.segments[i].rows.size()));
    return mm(13.0) + mm(6.2) * qreal(std::min<qsizetype>(rows, 12));
}

void ReportPages::paintFirstPage()
{
    qreal top = paintTitle(m_content.top());
    top = paintTrust(top);
    top = paintKpis(top);
    top = paintRecommendation(top);
    const qreal bottom = m_content.bottom() - mm(FooterHeight);
    // The segments as tall as their bars need, the two curves in what is left (within reason:
    // not squashed, not taller than wide).
    const qreal available = bottom - top;
    const qreal segments = m_report.segments.empty() ? mm(10) : std::min(segmentsHeight(0, 2), available * 0.45);
    const qreal curvesHeight = std::clamp(available - segments - mm(Gap), mm(55), mm(82));
    const qreal half = (m_content.width() - mm(Gap)) / 2;
    const QRectF profit(m_content.left(), top, half, curvesHeight);
    const QRectF gains(m_content.left() + half + mm(Gap), top, half, curvesHeight);
    ImpactCharts::paintProfitCurve(m_painter, profit, m_report.curve, m_chartStyle, tr("Net saving by share of customers contacted"));
    ImpactCharts::paintGains(m_painter, gains, m_report.curve, m_chartStyle, tr("Churners reached (cumulative gains)"));
    top += curvesHeight + mm(Gap);
    if (m_report.segments.empty()) {
        paragraph(QRectF(m_content.left(), top, m_content.width(), 0), tr("No segment columns were found in the file."), font(8.5), Muted);
        return;
    }
    paintSegments(QRectF(m_content.left(), top, m_content.width(), std::min(bottom - top, segmentsHeight(0, 2))), 0, 2);
}

void ReportPages::paintFooter(int index)
{
    const QRectF c = m_content;
    const qreal top = c.bottom() - mm(FooterHeight) + mm(2.5);
    m_painter->setPen(QPen(Rule, mm(0.25)));
    m_painter->drawLine(QPointF(c.left(), top), QPointF(c.right(), top));
    const QString generator = m_options.generator.isEmpty()
                                  ? QStringLiteral("%1 %2").arg(QCoreApplication::applicationName(), QCoreApplication::applicationVersion()).trimmed()
                                  : m_options.generator;
    const QDateTime created = (m_report.created.isValid() ? m_report.created : QDateTime::currentDateTimeUtc()).toLocalTime();
    const QString left = tr("%1 · created %2").arg(generator, m_options.locale.toString(created, QLocale::ShortFormat));
    const QFont f = font(7.0);
    m_painter->setFont(f);
    m_painter->setPen(Muted);
    const QRectF line(c.left(), top + mm(1.0), c.width(), c.bottom() - top - mm(1.0));
    m_painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, left);
    m_painter->drawText(line, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 of %2").arg(index + 1).arg(Pages));
}

} // namespace churnlens
