#pragma once

#include <QWidget>

class QLabel;

namespace churnlens {

class Workspace;

/*!
 * The headline numbers of the loaded data, as cards: customers, columns, churn rate and
 * rows with missing values, plus where the data came from. Follows the Workspace.
 */
class SummaryBar : public QWidget
{
    Q_OBJECT

public:
    explicit SummaryBar(Workspace *workspace, QWidget *parent = nullptr);

    //! The text of a card's value, by card: "rows", "columns", "churn", "missing" (tests, screenshots).
    QString value(const QString &card) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Card
    {
        QString id;
        QLabel *value;
        QLabel *caption;
        QWidget *frame;
    };
    Card addCard(const QString &id, const QString &caption);
    void refresh();
    void restyle();

    Workspace *m_workspace;
    QList<Card> m_cards;
    QLabel *m_source;
};

} // namespace churnlens
