#pragma once

#include <QFontMetrics>
#include <QStyledItemDelegate>

namespace churnlens {

/*!
 * Paints RiskTableModel's cells: the risk level as a colour-coded chip (RiskStyle), and each
 * reason with its direction arrow in the churned (raises) or stayed (lowers) colour and the
 * sentence in the normal text colour, so a long table stays calm to read. GUI thread only.
 */
class RiskDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    //! \a text cut to \a width after its last whole word, with "…"; unchanged when it fits.
    static QString elideWords(const QFontMetrics &metrics, const QString &text, int width);

private:
    void paintReason(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index, double contribution) const;
};

} // namespace churnlens
