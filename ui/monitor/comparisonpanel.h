#pragma once

#include "services/challengerservice.h"

#include <QWidget>

class QGridLayout;
class QLabel;

namespace churnlens {

/*!
 * Champion and challenger side by side on the held-out part of the new file: the verdict and
 * summary, the metrics of both with the difference, the ROC AUC difference with DeLong's p-value
 * and 95% interval, the campaign value each list realised (bootstrap interval), and how many
 * customers both top lists share. GUI thread only.
 */
class ComparisonPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ComparisonPanel(QWidget *parent = nullptr);

    void setComparison(const ChallengerComparison &comparison);
    QString summaryText() const;
    QString aucText() const;
    QString campaignText() const;
    QString overlapText() const;
    //! The metric row \a metric ("accuracy", "roc_auc", …): champion, challenger, difference.
    QStringList row(const QString &metric) const;

private:
    QLabel *m_summary;
    QLabel *m_data;
    QGridLayout *m_grid;
    QLabel *m_auc;
    QLabel *m_campaign;
    QLabel *m_overlap;
    QList<std::pair<QString, QList<QLabel *>>> m_rows;
};

} // namespace churnlens
