#include "riskdelegate.h"

#include "common/chartstyle.h"
#include "common/riskstyle.h"
#include "risktablemodel.h"

#include <QApplication>
#include <QPainter>

namespace churnlens {

void RiskDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant contribution = index.data(RiskTableModel::ContributionRole);
    if (contribution.isValid()) {
        paintReason(painter, option, index, contribution.toDouble());
        return;
    }
    const QVariant risk = index.column() == RiskTableModel::RiskColumn ? index.data(RiskTableModel::RiskRole) : QVariant();
    if (!risk.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The selection background first, then the chip on top, so a selected row still shows its level.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    RiskStyle::paintChip(painter, option.rect, RiskLevel(risk.toInt()), index.data(Qt::DisplayRole).toString());
}

void RiskDelegate::paintReason(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
                               double contribution) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    // The model's text starts with the arrow and a space; draw them apart.
    const QString arrow = text.left(1);
    text = text.mid(2);
    const QRect r = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(2, 0, -2, 0);
    const QFontMetrics fm(opt.font);
    const bool selected = opt.state & QStyle::State_Selected;
    painter->save();
    painter->setPen(selected ? opt.palette.color(QPalette::HighlightedText)
                             : (contribution > 0 ? ChartStyle::churned() : ChartStyle::stayed()));
    painter->drawText(r, Qt::AlignLeft | Qt::AlignVCenter, arrow);
    const int indent = fm.horizontalAdvance(arrow + QLatin1Char(' '));
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(r.adjusted(indent, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(text, Qt::ElideRight, r.width() - indent));
    painter->restore();
}

} // namespace churnlens
