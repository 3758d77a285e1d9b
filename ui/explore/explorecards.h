#pragma once

#include <QWidget>

class QLabel;

namespace churnlens {

struct Profile;

/*!
 * The Explore overview as cards: customers, churn rate (with the class balance), rows
 * with a missing value, duplicate rows and data-quality warnings. Shows a profile;
 * computes nothing. GUI thread only.
 */
class ExploreCards : public QWidget
{
    Q_OBJECT

public:
    explicit ExploreCards(QWidget *parent = nullptr);

    void setProfile(const Profile *profile);
    //! The big text of a card: "rows", "churn", "missing", "duplicates", "warnings" (tests, screenshots).
    QString value(const QString &card) const;
    QString caption(const QString &card) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Card
    {
        QString id;
        QLabel *value;
        QLabel *title;
        QLabel *caption;
    };
    void addCard(const QString &id, const QString &title);
    void set(const QString &id, const QString &value, const QString &caption, const QString &tip = {});
    void restyle();

    QList<Card> m_cards;
};

} // namespace churnlens
