#include "riskdelegate.h"

#include "common/chartstyle.h"
#include "common/riskstyle.h"
#include "risktablemodel.h"

#include <QApplication>
#include <QPainter>

namespace churnlens {

QString RiskDelegate::elideWords(const QFontMetrics &metrics, const QString &text, int width)
{
    if (metrics.horizontalAdvance(text) <= width)
        return text;
    // Cut after the last whole word that fits ("…raises c…" reads as a typo), without the
    // punctuation before the cut; the tooltip has the whole sentence.
    const QString ellipsis = QStringLiteral("…");
    QString cut = metrics.elidedText(text, Qt::ElideRight, width);
    if (cut.endsWith(ellipsis))
        cut.chop(ellipsis.size());
    const qsizetype space = cut.lastIndexOf(QLatin1Char(' '));
    if (space > 0 && cut.size() < text.size() && !text.at(cut.size()).isSpace())
        cut.truncate(space);
    while (!cut.isEmpty() && (cut.back().isSpace() || cut.back() == QLatin1Char(',') || cut.back() == QLatin1Char(';')))
        cut.chop(1);
    return cut.isEmpty() ? metrics.elidedText(text, Qt::ElideRight, width) : cut + ellipsis;
}

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
    painter->drawText(r.adjusted(indent, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, elideWords(fm, text, r.width() - indent));
    painter->restore();
}

} // namespace churnlens
