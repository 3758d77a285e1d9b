#pragma once

#include <QStyledItemDelegate>

namespace churnlens {

/*!
 * Draws a field's two distributions small, bin by bin: the training data's share (grey) and this
 * file's (colour) side by side, scaled to the larger of the two, so a shift shows at a glance
 * in the fields table. Reads DriftTableModel's ReferenceSharesRole and NewSharesRole. GUI thread only.
 */
class SparklineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    //! Bins drawn at most; the rest are left out (a field with hundreds of levels).
    static constexpr int MaxBins = 24;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace churnlens
