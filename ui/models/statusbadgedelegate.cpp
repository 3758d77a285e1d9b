#include "statusbadgedelegate.h"

#include "common/chartstyle.h"
#include "project/modelregistry.h"
#include "versiontablemodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace churnlens {

void StatusBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant status = index.data(VersionTableModel::StatusRole);
    if (!status.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The selection background first, then the badge on top.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool dark = ChartStyle::isDark();
    QColor fill, ink;
    switch (VersionStatus(status.toInt())) {
    case VersionStatus::Champion:
        fill = dark ? QColor(0x2e, 0xd1, 0x9c) : QColor(0x00, 0x7a, 0x58);
        ink = dark ? QColor(0x10, 0x20, 0x18) : QColor(Qt::white);
        break;
    case VersionStatus::Challenger:
        fill = ChartStyle::stayed();
        ink = dark ? QColor(0x10, 0x18, 0x20) : QColor(Qt::white);
        break;
    case VersionStatus::Archived:
        ink = opt.palette.color(QPalette::PlaceholderText);
        break;
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont font = opt.font;
    font.setBold(VersionStatus(status.toInt()) == VersionStatus::Champion);
    painter->setFont(font);
    const QFontMetrics fm(font);
    const QRect r = option.rect;
    const int h = std::min(r.height() - 4, fm.height() + 4);
    const int w = std::min(r.width() - 8, fm.horizontalAdvance(text) + 18);
    const QRectF chip(r.left() + 4.5, r.top() + (r.height() - h) / 2.0 + 0.5, w, h - 1);
    QPainterPath path;
    path.addRoundedRect(chip, h / 2.0, h / 2.0);
    if (fill.isValid())
        painter->fillPath(path, fill);
    else
        painter->strokePath(path, QPen(ink, 1.0));
    painter->setPen(ink);
    painter->drawText(chip, Qt::AlignCenter, text);
    painter->restore();
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    QFont bold = option.font;
    bold.setBold(true);
    s.setWidth(std::max(s.width(), QFontMetrics(bold).horizontalAdvance(index.data().toString()) + 30));
    return s;
}

} // namespace churnlens
