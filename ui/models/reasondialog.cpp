#include "reasondialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace churnlens {

ReasonDialog::ReasonDialog(const QString &title, const QString &what, const QString &action, QWidget *parent)
    : QDialog(parent)
    , m_reason(new QLineEdit(this))
{
    setWindowTitle(title);
    setObjectName(QStringLiteral("reasonDialog"));
    auto *text = new QLabel(what, this);
    text->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(tr("For example: higher ROC AUC on this month's customers"));
    m_reason->setMinimumWidth(m_reason->fontMetrics().horizontalAdvance(m_reason->placeholderText()) + 40);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_action = buttons->addButton(action, QDialogButtonBox::AcceptRole);
    m_action->setObjectName(QStringLiteral("reasonAction"));
    m_action->setEnabled(false);
    m_action->setDefault(true);
    connect(m_reason, &QLineEdit::textChanged, this, [this](const QString &t) { m_action->setEnabled(!t.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout;
    form->addRow(tr("Reason:"), m_reason);
    auto *note = new QLabel(tr("The reason is kept in the registry's history with the time and your user name."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

QString ReasonDialog::reason() const
{
    return m_reason->text().trimmed();
}

} // namespace churnlens
