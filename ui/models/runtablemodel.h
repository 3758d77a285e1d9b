#pragma once

#include "project/runrecord.h"

#include <QAbstractTableModel>
#include <QList>

#include <vector>

namespace churnlens {

/*!
 * The runs table: one row per training run of the project (RunSummary, as RunStore::list()
 * reads them in one query). A thin adapter: setRuns() replaces the list, data() formats one
 * field. SortRole gives the plain value of a cell for sorting; SearchRole (column 0) the
 * lower-case text the filter looks in (data, note, tags, models), made once per setRuns().
 * GUI thread only.
 */
class RunTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, When, Data, Target, Families, Best, TestAuc, CvAuc, F1, Customers, Seconds, Status, Note, Tags, ColumnCount };
    enum Role { SortRole = Qt::UserRole, SearchRole, IdRole };

    explicit RunTableModel(QObject *parent = nullptr);

    void setRuns(QList<RunSummary> runs);
    const QList<RunSummary> &runs() const { return m_runs; }
    //! The row of run \a id, or -1.
    int rowOf(qint64 id) const;

    //! "id", "created", "data"…: names for settings that survive a reordering of the columns.
    static QString columnName(int column);
    //! Columns shown until the user chooses otherwise.
    static bool shownByDefault(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const RunSummary &run, int column) const;
    static QVariant sortValue(const RunSummary &run, int column);

    QList<RunSummary> m_runs;
    std::vector<QString> m_search;
};

} // namespace churnlens
