#pragma once

#include <QJsonObject>
#include <QWidget>

#include <memory>

class QGridLayout;
class QLabel;

namespace churnlens {

struct MonitorReport;

/*!
 * How well the model does on this file next to how it did on its own test rows when trained:
 * measured with 95% intervals when the file has the outcomes (the model's churn column), else
 * estimated from the probabilities, labelled as such with the assumption it rests on. Plain
 * words first, the measure's name in brackets, percentages. GUI thread only.
 */
class PerformancePanel : public QWidget
{
    Q_OBJECT

public:
    explicit PerformancePanel(QWidget *parent = nullptr);

    /*!
     * \a testMetrics: the model's meta.json "metrics" → "test" (may be empty); \a trainChurnRate
     * its "train_churn_rate"; \a target the name of its churn column.
     */
    void setReport(std::shared_ptr<const MonitorReport> report, const QJsonObject &testMetrics, double trainChurnRate,
                   const QString &target);

    QString title() const;
    QString note() const;
    //! The text of row \a metric ("accuracy", "precision", "recall", "f1", "roc_auc", "churn_rate") in column 1 (this file) or 2 (training).
    QString value(const QString &metric, int column = 1) const;

private:
    void clearRows();
    void addRow(const QString &key, const QString &label, const QString &tip, const QString &now, const QString &then);

    QLabel *m_title;
    QLabel *m_note;
    QGridLayout *m_grid;
    QList<std::pair<QString, QList<QLabel *>>> m_rows;
};

} // namespace churnlens
