#include "choicedelegate.h"

#include <QApplication>
#include <QComboBox>
#include <QPainter>
#include <QTimer>

namespace churnlens {

namespace {
constexpr int ArrowWidth = 14;
}

ChoiceDelegate::ChoiceDelegate(int choicesRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_choicesRole(choicesRole)
{
}

void ChoiceDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const bool editable = index.flags().testFlag(Qt::ItemIsEditable) && !index.data(m_choicesRole).toList().isEmpty();
    QStyleOptionViewItem opt = option;
    if (editable)
        opt.rect.adjust(0, 0, -ArrowWidth, 0);
    QStyledItemDelegate::paint(painter, opt, index);
    if (!editable)
        return;
    if (option.state.testFlag(QStyle::State_Selected))
        painter->fillRect(QRect(opt.rect.right() + 1, option.rect.top(), ArrowWidth, option.rect.height()),
                          option.palette.brush(option.state.testFlag(QStyle::State_Active) ? QPalette::Active
                                                                                            : QPalette::Inactive,
                                               QPalette::Highlight));
    QStyleOption arrow;
    arrow.initFrom(option.widget);
    arrow.rect = QRect(option.rect.right() - ArrowWidth + 3, option.rect.center().y() - 4, 8, 8);
    arrow.palette = option.palette;
    arrow.state = QStyle::State_Enabled;
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_IndicatorArrowDown, &arrow, painter, option.widget);
}

QSize ChoiceDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.flags().testFlag(Qt::ItemIsEditable) && !index.data(m_choicesRole).toList().isEmpty())
        size.rwidth() += ArrowWidth;
    return size;
}

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    const QVariantList choices = index.data(m_choicesRole).toList();
    if (choices.isEmpty()) // free text (a label): the usual line edit
        return QStyledItemDelegate::createEditor(parent, QStyleOptionViewItem(), index);
    auto *combo = new QComboBox(parent);
    for (const QVariant &choice : choices) {
        const QVariantMap map = choice.toMap();
        combo->addItem(map.value(QStringLiteral("text")).toString(), map.value(QStringLiteral("value")));
    }
    // Picking an entry is the whole edit: commit at once instead of waiting for focus to leave.
    connect(combo, &QComboBox::activated, this, [this, combo]() {
        auto *self = const_cast<ChoiceDelegate *>(this);
        Q_EMIT self->commitData(combo);
        Q_EMIT self->closeEditor(combo);
    });
    // Open the list right away: one click to see the choices, one to pick.
    QTimer::singleShot(0, combo, [combo]() {
        if (combo->isVisible())
            combo->showPopup();
    });
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    const int i = combo->findData(index.data(Qt::EditRole));
    combo->setCurrentIndex(i >= 0 ? i : 0);
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    if (combo->currentIndex() < 0)
        return;
    if (combo->currentData() != index.data(Qt::EditRole))
        model->setData(index, combo->currentData(), Qt::EditRole);
}

void ChoiceDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &) const
{
    editor->setGeometry(option.rect);
}

} // namespace churnlens
