#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace churnlens {

/*!
 * Asks for the short reason every registry change needs (the history records it): a sentence
 * on what will happen, the reason, and an action button ("Promote") enabled once a reason is
 * typed. Open it with open(); read reason() on accepted(). GUI thread only.
 */
class ReasonDialog : public QDialog
{
    Q_OBJECT

public:
    ReasonDialog(const QString &title, const QString &what, const QString &action, QWidget *parent = nullptr);

    QString reason() const;
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *actionButton() const { return m_action; }

private:
    QLineEdit *m_reason;
    QPushButton *m_action;
};

} // namespace churnlens
