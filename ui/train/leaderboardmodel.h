#pragma once

#include "services/trainresults.h"

#include <QAbstractTableModel>

#include <memory>

namespace churnlens {

/*!
 * The leaderboard: one row per trained model with its cross-validated ROC AUC (mean ± spread)
 * and its metrics, either on the test customers or as the cross-validation mean ± spread, and
 * its calibration error on the test customers.
 * The best model (the one Trainer picks) is bold with a star. Qt::UserRole gives the plain
 * number of a cell for sorting. A thin adapter over an immutable TrainResults. GUI thread only.
 */
class LeaderboardModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Model, CvRocAuc, RocAuc, PrAuc, Accuracy, Precision, Recall, F1, LogLoss, Brier, CalibrationError, Threshold, Seconds,
                  ColumnCount };
    enum class Source { Test, CrossValidation };

    explicit LeaderboardModel(QObject *parent = nullptr);

    void setResults(std::shared_ptr<const TrainResults> results);
    std::shared_ptr<const TrainResults> results() const { return m_results; }
    //! Which rows the metric columns describe (the CV ROC AUC column is always CV).
    void setSource(Source source);
    Source source() const { return m_source; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    //! The metric's machine name for a metric column ("roc_auc"…), or empty.
    static QString metricName(int column);

private:
    double value(const ModelReport &m, int column) const;

    std::shared_ptr<const TrainResults> m_results;
    Source m_source = Source::Test;
};

} // namespace churnlens
