#include "dropoverlay.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace churnlens {

DropOverlay::DropOverlay(QWidget *window)
    : QWidget(window)
{
    setObjectName(QStringLiteral("dropOverlay"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    hide();
}

void DropOverlay::showMessage(const QString &text, bool accepted)
{
    m_text = text;
    m_accepted = accepted;
    setGeometry(parentWidget()->rect());
    raise();
    show();
    update();
}

void DropOverlay::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor accent = m_accepted ? palette().color(QPalette::Highlight) : palette().color(QPalette::Disabled, QPalette::WindowText);
    QColor veil = accent;
    veil.setAlphaF(0.12f);
    p.fillRect(rect(), veil);
    const QRectF frame = QRectF(rect()).adjusted(6, 6, -6, -6);
    p.setPen(QPen(accent, 4, m_accepted ? Qt::SolidLine : Qt::DashLine));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(frame, 10, 10);

    // The message on a card in the middle, readable over any area.
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setWeight(QFont::DemiBold);
    p.setFont(f);
    const QFontMetrics fm(f);
    const int maxWidth = std::max(120, width() - 80);
    const QRect textBox = fm.boundingRect(QRect(0, 0, maxWidth, height()), Qt::AlignCenter | Qt::TextWordWrap, m_text);
    QRectF card(0, 0, textBox.width() + 48, textBox.height() + 32);
    card.moveCenter(QRectF(rect()).center());
    QPainterPath path;
    path.addRoundedRect(card, 8, 8);
    p.fillPath(path, palette().color(QPalette::Base));
    p.setPen(QPen(accent, 2));
    p.drawPath(path);
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(card, Qt::AlignCenter | Qt::TextWordWrap, m_text);
}

} // namespace churnlens
