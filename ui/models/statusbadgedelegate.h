#pragma once

#include <QStyledItemDelegate>

namespace churnlens {

/*!
 * Paints a version's status as a badge: champion filled green, challenger filled blue,
 * archived as a grey outline, so the one champion stands out in the versions table. Reads
 * VersionTableModel::StatusRole. GUI thread only.
 */
class StatusBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace churnlens
