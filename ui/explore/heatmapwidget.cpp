#include "heatmapwidget.h"

#include "common/chartstyle.h"
#include "common/format.h"

#include <QHelpEvent>
#include <QLinearGradient>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace churnlens {

namespace {
constexpr double margin = 10;
constexpr double keyWidth = 14;
constexpr double keyGap = 18;
} // namespace

HeatmapWidget::HeatmapWidget(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setMinimumHeight(240);
}

void HeatmapWidget::setMatrix(const CorrelationMatrix &matrix, const QString &title)
{
    m_matrix = matrix;
    m_title = title;
    updateGeometry();
    update();
}

QSize HeatmapWidget::sizeHint() const
{
    const int k = std::max(1, m_matrix.size());
    const int side = std::clamp(k * 56, 240, 720);
    return {side + 260, side + 140};
}

QSize HeatmapWidget::minimumSizeHint() const
{
    return {300, 240};
}

HeatmapWidget::Geometry HeatmapWidget::geometry() const
{
    Geometry g;
    const int k = m_matrix.size();
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    titleFont.setWeight(QFont::DemiBold);
    g.titleHeight = QFontMetricsF(titleFont).height() + 8;
    const QFontMetricsF fm(font());
    double labelWidth = 0;
    for (const QString &name : m_matrix.names)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(name));
    labelWidth = std::min(labelWidth, 180.0) + 8;
    // Column labels are written at 45 degrees under the grid.
    const double bottom = labelWidth * 0.72 + fm.height();
    const double keySpace = keyGap + keyWidth + fm.horizontalAdvance(QStringLiteral("−1.0")) + 8;
    const double availW = width() - 2 * margin - labelWidth - keySpace;
    const double availH = height() - 2 * margin - g.titleHeight - bottom;
    g.cell = k > 0 ? std::max(4.0, std::min(availW, availH) / k) : 0;
    const double side = g.cell * k;
    const double left = margin + labelWidth + std::max(0.0, (availW - side) / 2);
    g.grid = QRectF(left, margin + g.titleHeight, side, side);
    g.key = QRectF(g.grid.right() + keyGap, g.grid.top(), keyWidth, side);
    return g;
}

QPoint HeatmapWidget::cellAt(const QPoint &pos) const
{
    const Geometry g = geometry();
    if (!g.grid.contains(pos) || g.cell <= 0)
        return {-1, -1};
    const int col = std::clamp(int((pos.x() - g.grid.left()) / g.cell), 0, m_matrix.size() - 1);
    const int row = std::clamp(int((pos.y() - g.grid.top()) / g.cell), 0, m_matrix.size() - 1);
    return {row, col};
}

QString HeatmapWidget::cellText(int row, int column) const
{
    const double r = m_matrix.at(row, column);
    return tr("<b>%1</b> and <b>%2</b><br>r = %3 over %4 rows with both values")
        .arg(m_matrix.names[row].toHtmlEscaped(), m_matrix.names[column].toHtmlEscaped(),
             std::isnan(r) ? tr("undefined (no spread)") : QString::number(r, 'f', 3),
             format::count(m_matrix.pairs(row, column)));
}

bool HeatmapWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint cell = cellAt(help->pos());
        if (cell.x() >= 0)
            QToolTip::showText(help->globalPos(), cellText(cell.x(), cell.y()), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void HeatmapWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const QColor ink = palette().color(QPalette::WindowText);
    const int k = m_matrix.size();
    const Geometry g = geometry();

    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    titleFont.setWeight(QFont::DemiBold);
    p.setFont(titleFont);
    p.setPen(ink);
    p.drawText(QRectF(margin, margin, width() - 2 * margin, g.titleHeight), Qt::AlignHCenter | Qt::AlignTop, m_title);
    p.setFont(font());
    if (k == 0)
        return;

    const QFontMetricsF fm(font());
    const bool writeValues = g.cell >= fm.horizontalAdvance(QStringLiteral("−0.00")) + 6 && g.cell >= fm.height() + 2;
    for (int i = 0; i < k; ++i) {
        for (int j = 0; j < k; ++j) {
            const QRectF cell(g.grid.left() + j * g.cell, g.grid.top() + i * g.cell, g.cell, g.cell);
            const double r = m_matrix.at(i, j);
            const QColor fill = ChartStyle::diverging(r);
            p.fillRect(cell.adjusted(0.5, 0.5, -0.5, -0.5), fill);
            if (writeValues) {
                const bool darkFill = fill.lightnessF() < 0.55;
                p.setPen(darkFill ? QColor(Qt::white) : QColor(0x20, 0x20, 0x20));
                p.drawText(cell, Qt::AlignCenter, std::isnan(r) ? QStringLiteral("–") : QLocale().toString(r, 'f', 2));
            }
        }
    }
    // Row labels on the left, column labels at 45 degrees underneath.
    p.setPen(ink);
    for (int i = 0; i < k; ++i) {
        const QString name = fm.elidedText(m_matrix.names[i], Qt::ElideMiddle, 180);
        p.drawText(QRectF(margin, g.grid.top() + i * g.cell, g.grid.left() - margin - 6, g.cell),
                   Qt::AlignRight | Qt::AlignVCenter, name);
        p.save();
        p.translate(g.grid.left() + (i + 0.5) * g.cell, g.grid.bottom() + 4);
        p.rotate(-45);
        p.drawText(QRectF(-200, 0, 200, fm.height()), Qt::AlignRight | Qt::AlignVCenter, name);
        p.restore();
    }
    // Colour key: +1 at the top, -1 at the bottom.
    QLinearGradient gradient(g.key.topLeft(), g.key.bottomLeft());
    for (int s = 0; s <= 20; ++s)
        gradient.setColorAt(s / 20.0, ChartStyle::diverging(1.0 - s / 10.0));
    p.fillRect(g.key, gradient);
    p.setPen(ChartStyle::grid().darker(130));
    p.drawRect(g.key);
    p.setPen(ink);
    for (double v : {1.0, 0.5, 0.0, -0.5, -1.0}) {
        const double y = g.key.top() + (1.0 - v) / 2.0 * g.key.height();
        p.drawLine(QPointF(g.key.right(), y), QPointF(g.key.right() + 4, y));
        p.drawText(QRectF(g.key.right() + 6, y - fm.height() / 2, 60, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   QLocale().toString(v, 'f', 1));
    }
}

ChartTable HeatmapWidget::table() const
{
    ChartTable t;
    t.header << QString();
    t.header << m_matrix.names;
    for (int i = 0; i < m_matrix.size(); ++i) {
        QStringList row{m_matrix.names[i]};
        for (int j = 0; j < m_matrix.size(); ++j)
            row << ChartTable::number(m_matrix.at(i, j));
        t.rows.append(row);
    }
    return t;
}

} // namespace churnlens
