#pragma once

#include "score/risktableorder.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace churnlens {

class DataTable;
struct ScoreResult;

/*!
 * The scored customers for a QTableView: id, churn probability, risk level and the top factors
 * in words. A thin adapter with O(1) data(): the rows shown and their order come ready-made from
 * RiskTableOrder (computed on a worker), so sorting a million customers never blocks the GUI;
 * sort() only asks for it (sortRequested). Factor sentences are made for the visible cells only.
 * GUI thread only.
 */
class RiskTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn = RiskTableQuery::IdColumn,
        ProbabilityColumn = RiskTableQuery::ProbabilityColumn,
        RiskColumn = RiskTableQuery::RiskColumn,
        FirstFactorColumn = RiskTableQuery::FirstFactorColumn
    };
    enum Role {
        TableRowRole = Qt::UserRole, //!< the customer's row in the scored table (qlonglong)
        RiskRole,                    //!< int(RiskLevel); invalid when not scored
        ProbabilityRole,             //!< double
        ContributionRole             //!< factor columns: the SHAP value (double)
    };

    explicit RiskTableModel(QObject *parent = nullptr);

    //! Shows \a scores of \a table in file order (until setRows()).
    void setScores(std::shared_ptr<const DataTable> table, std::shared_ptr<const ScoreResult> scores);
    //! Shows \a rows (rows of the scored table) in that order; null = all in file order.
    void setRows(std::shared_ptr<const std::vector<qsizetype>> rows);
    std::shared_ptr<const ScoreResult> scores() const { return m_scores; }
    std::shared_ptr<const DataTable> table() const { return m_table; }

    //! The scored-table row shown at \a viewRow.
    qsizetype tableRow(int viewRow) const;
    //! Where table row \a row is shown, or -1 (linear: for tests and selection restore).
    int viewRow(qsizetype row) const;

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    //! Records the wish and emits sortRequested(); the view's owner computes the order off-thread.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    //! How much a reason moves the risk, in a word ("strong", "moderate", "slight") for the manager's screen.
    static QString strength(double contribution);

Q_SIGNALS:
    void sortRequested(int column, Qt::SortOrder order);

private:
    QString reasonsToolTip(qsizetype row) const;

    std::shared_ptr<const DataTable> m_table;
    std::shared_ptr<const ScoreResult> m_scores;
    std::shared_ptr<const std::vector<qsizetype>> m_rows;
    int m_sortColumn = ProbabilityColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace churnlens
