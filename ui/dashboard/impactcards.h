#pragma once

#include <QWidget>

class QLabel;

namespace churnlens {

struct ImpactReport;

/*!
 * The impact dashboard's headline figures as cards: customers scored, predicted churn rate
 * (next to the training data's), customers at high risk, and the monthly and horizon revenue
 * at risk. Each card's tooltip says what it is computed from (formula, column, rows, missing
 * charges). Shows a report; computes nothing. GUI thread only.
 */
class ImpactCards : public QWidget
{
    Q_OBJECT

public:
    explicit ImpactCards(QWidget *parent = nullptr);

    //! Shows \a report (null: dashes).
    void setReport(const ImpactReport *report);

    //! Card ids: "customers", "churn", "high", "monthly", "horizon" (tests, screenshots).
    QString value(const QString &card) const;
    QString caption(const QString &card) const;
    QString toolTip(const QString &card) const;
    QString title(const QString &card) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Card
    {
        QString id;
        QWidget *frame;
        QLabel *title;
        QLabel *value;
        QLabel *caption;
    };
    void addCard(const QString &id);
    void set(const QString &id, const QString &title, const QString &value, const QString &caption, const QString &tip);
    const Card *find(const QString &id) const;
    void restyle();

    QList<Card> m_cards;
};

} // namespace churnlens
