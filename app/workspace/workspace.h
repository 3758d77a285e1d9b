#pragma once

#include "common/error.h"
#include "data/datasource.h"
#include "data/datatable.h"

#include <QList>
#include <QObject>

#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <vector>

namespace churnlens {

class TaskRunner;
struct ModelReport;

//! Whole-table figures the views show; O(rows), so computed next to the copy or the load, off the GUI thread.
struct TableStats
{
    qsizetype rowsWithMissing = 0;
    double churnRate = std::numeric_limits<double>::quiet_NaN();
    static TableStats of(const DataTable &table);
};

/*!
 * The data the user is working on, shared by every view: an immutable snapshot of the
 * table plus where it came from and what the loader noticed. Edits (role, type, target,
 * positive value, semantic) copy the table, change the copy and publish it as the new
 * snapshot, so a worker still reading the old one is never disturbed.
 * Lives on the GUI thread; the snapshots themselves may be read from any thread.
 */
class Workspace : public QObject
{
    Q_OBJECT

public:
    explicit Workspace(QObject *parent = nullptr);

    bool hasTable() const { return bool(m_table); }
    std::shared_ptr<const DataTable> table() const { return m_table; }
    const DataSource &source() const { return m_source; }
    double loadSeconds() const { return m_loadSeconds; }
    //! Problems found while reading (parse warnings), without the data-quality warnings.
    const QList<Issue> &loadIssues() const { return m_loadIssues; }
    //! Load problems, notes from type changes, and the data-quality warnings for the current snapshot.
    QList<Issue> issues() const;

    //! Figures for the current snapshot.
    const TableStats &stats() const { return m_stats; }

    //! Publishes freshly loaded data; \a issues are the loader's (quality warnings included).
    //! Pass \a stats when they were computed on the worker; otherwise they are computed here.
    void setLoaded(DataTable table, const DataSource &source, QList<Issue> issues, double seconds,
                   std::optional<TableStats> stats = std::nullopt);
    //! Publishes an edited snapshot of the same data.
    void setTable(std::shared_ptr<const DataTable> table, std::optional<TableStats> stats = std::nullopt);
    /*!
     * Copy-on-write edit: copies the current table, applies \a edit, publishes the copy.
     * Immediate for small tables; from AsyncEditRows rows the copy is made on a worker
     * (the GUI thread must not stall) and tableChanged() follows when it is done.
     * \a edit must capture by value: it may run later, on another thread.
     */
    void editTable(std::function<void(DataTable &)> edit);
    //! True while edits of a large table are being applied.
    bool isEditing() const;
    //! The job that applies edits to large tables (for progress display).
    TaskRunner *editor() const { return m_editor; }

    static constexpr qsizetype AsyncEditRows = 200000;
    void clear();

    // Edits the column panel and the target picker make. All publish a new snapshot.
    void setRole(int column, ColumnRole role);
    void setSemantic(int column, Semantic semantic);
    //! Makes \a column the target (-1: none) and guesses its positive value.
    void setTarget(int column);
    void setPositiveLabel(const QString &label);
    //! Replaces a column (a type change); \a issues says what the conversion lost, and replaces
    //! earlier notes about the same column.
    void replaceColumn(int index, Column column, const QList<Issue> &issues = {});


    /*!
     * The model trained in this session (set by the Train view), for the views that score and
     * explain customers; null until one is trained. It stays when other data is opened, so it
     * can score that data. Immutable: readable from any thread.
     */
    std::shared_ptr<const ModelReport> model() const { return m_model; }
    void setModel(std::shared_ptr<const ModelReport> model);

Q_SIGNALS:
    //! A new source replaced the data (views reset their scroll position, selection…).
    void dataLoaded();
    //! The snapshot changed: after a load, an edit, or clear().
    void tableChanged();
    //! setModel() published another model (or none).
    void modelChanged();

private:
    void refreshQualityWarnings();
    void runPendingEdits();

    std::shared_ptr<const DataTable> m_table;
    DataSource m_source;
    QList<Issue> m_loadIssues;
    QList<Issue> m_qualityWarnings;
    QList<Issue> m_editIssues;
    double m_loadSeconds = 0.0;
    TableStats m_stats;
    TaskRunner *m_editor;
    std::vector<std::function<void(DataTable &)>> m_pendingEdits;
    std::shared_ptr<const ModelReport> m_model;
};

} // namespace churnlens
