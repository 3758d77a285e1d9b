#include "riskstyle.h"

#include "chartstyle.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace churnlens {

QColor RiskStyle::color(RiskLevel level)
{
    switch (level) {
    case RiskLevel::High:
        return ChartStyle::churned();
    case RiskLevel::Medium:
        return ChartStyle::isDark() ? QColor(0xf0, 0xc0, 0x4a) : QColor(0xe6, 0x9f, 0x00);
    case RiskLevel::Low:
        return ChartStyle::stayed();
    }
    return ChartStyle::neutral();
}

QColor RiskStyle::textColor(RiskLevel level)
{
    // Amber is light in both themes: dark text; the others are dark enough for white.
    if (level == RiskLevel::Medium || ChartStyle::isDark())
        return QColor(0x1a, 0x1a, 0x1a);
    return Qt::white;
}

QString RiskStyle::label(RiskLevel level)
{
    switch (level) {
    case RiskLevel::High:
        return tr("High risk");
    case RiskLevel::Medium:
        return tr("Medium risk");
    case RiskLevel::Low:
        return tr("Low risk");
    }
    return {};
}

void RiskStyle::paintChip(QPainter *painter, const QRect &rect, RiskLevel level, const QString &text)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm(painter->font());
    const int h = std::min(rect.height() - 4, fm.height() + 4);
    const int w = std::min(rect.width() - 4, fm.horizontalAdvance(text) + 16);
    const QRectF chip(rect.left() + 4, rect.top() + (rect.height() - h) / 2.0, w, h);
    QPainterPath path;
    path.addRoundedRect(chip, h / 2.0, h / 2.0);
    painter->fillPath(path, color(level));
    painter->setPen(textColor(level));
    painter->drawText(chip, Qt::AlignCenter, text);
    painter->restore();
}

QColor RiskStyle::valueScale(double t)
{
    if (std::isnan(t))
        return ChartStyle::unknown();
    t = std::clamp(t, 0.0, 1.0);
    // Three stops of viridis, ending before its pale yellow so dots stay visible on white. On a
    // dark background its dark purple vanishes: there the scale runs from a light violet to
    // viridis's own yellow, still low → high in lightness order.
    static const QColor light[] = {QColor(0x44, 0x01, 0x54), QColor(0x21, 0x91, 0x8c), QColor(0xa0, 0xda, 0x39)};
    static const QColor dark[] = {QColor(0xa8, 0x84, 0xe8), QColor(0x2c, 0xb5, 0xa9), QColor(0xfd, 0xe7, 0x25)};
    const QColor *stops = ChartStyle::isDark() ? dark : light;
    const double x = t * 2.0;
    const int i = std::min(1, int(x));
    const double f = x - i;
    const QColor &a = stops[i];
    const QColor &b = stops[i + 1];
    return QColor(int(std::lround(a.red() + (b.red() - a.red()) * f)), int(std::lround(a.green() + (b.green() - a.green()) * f)),
                  int(std::lround(a.blue() + (b.blue() - a.blue()) * f)));
}

} // namespace churnlens
