#include "sparklinedelegate.h"

#include "drifttablemodel.h"
#include "monitorstyle.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace churnlens {

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Background and selection as the style draws them, then the bars on top.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QList<double> ref = index.data(DriftTableModel::ReferenceSharesRole).value<QList<double>>();
    const QList<double> now = index.data(DriftTableModel::NewSharesRole).value<QList<double>>();
    const int bins = int(std::min<qsizetype>(std::max(ref.size(), now.size()), MaxBins));
    if (bins == 0)
        return;
    double top = 0.0;
    for (int i = 0; i < bins; ++i)
        top = std::max({top, ref.value(i), now.value(i)});
    if (!(top > 0.0))
        return;

    const QRectF area = QRectF(option.rect).adjusted(4, 3, -4, -3);
    const double slot = area.width() / bins;
    const double bar = std::max(1.0, (slot - 1.0) / 2.0);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(Qt::NoPen);
    const QColor refColour = MonitorStyle::reference();
    const QColor newColour = MonitorStyle::current();
    for (int i = 0; i < bins; ++i) {
        const double x = area.left() + i * slot;
        const double hr = area.height() * std::clamp(ref.value(i) / top, 0.0, 1.0);
        const double hn = area.height() * std::clamp(now.value(i) / top, 0.0, 1.0);
        painter->fillRect(QRectF(x, area.bottom() - hr, bar, hr), refColour);
        painter->fillRect(QRectF(x + bar, area.bottom() - hn, bar, hn), newColour);
    }
    QColor base = option.palette.color(QPalette::Text);
    base.setAlphaF(0.35f);
    painter->setPen(QPen(base, 1));
    painter->drawLine(QPointF(area.left(), area.bottom() + 0.5), QPointF(area.right(), area.bottom() + 0.5));
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setWidth(std::max(s.width(), 96));
    return s;
}

} // namespace churnlens
