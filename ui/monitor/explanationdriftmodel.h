#pragma once

#include <QAbstractTableModel>

#include <functional>
#include <memory>

namespace churnlens {

struct MonitorReport;

/*!
 * How much each field weighs in the model's answers, in training and in this file: mean |SHAP|
 * (the average push of the field on a customer's churn score) and its rank, with the change of
 * rank ("▲2": moved up two places). One row per field in the training rank order; thin adapter
 * over the report. GUI thread only.
 */
class ExplanationDriftModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Field, Training, Now, Rank, ColumnCount };

    explicit ExplanationDriftModel(QObject *parent = nullptr);

    void setReport(std::shared_ptr<const MonitorReport> report);
    //! How fields are named (their labels); the column name without one.
    void setLabeler(std::function<QString(const QString &)> label);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    //! "3 → 1 ▲2", "2 → 2", "1 → 4 ▼3".
    static QString rankChange(int from, int to);

private:
    std::shared_ptr<const MonitorReport> m_report;
    std::function<QString(const QString &)> m_label;
};

} // namespace churnlens
