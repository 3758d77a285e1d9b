#pragma once

#include <QStyledItemDelegate>

namespace churnlens {

/*!
 * Edits a cell by picking from a list: the model provides the choices in \a choicesRole
 * (a QVariantList of {value, text} maps) and takes the chosen value as EditRole.
 * Editable cells show a small drop-down arrow so people see they can change them.
 */
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ChoiceDelegate(int choicesRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_choicesRole;
};

} // namespace churnlens
