#pragma once

#include "data/column.h"
#include "shell/area.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;

namespace churnlens {

class ColumnModel;
class DataTableModel;
class IssueList;
class Workspace;
class SummaryBar;
class TaskRunner;

/*!
 * The Data area: headline numbers, the table itself (a virtualised view over the
 * columnar store; a million rows scroll smoothly), the column panel with editable type,
 * role, target, positive value and meaning, and the data-quality warnings. A search field
 * above the table shows only the rows that contain a text (TableSearch, run as a job: a new
 * keystroke replaces the search before it, and a result is only shown on the table it was made for).
 */
class DataView : public QWidget, public AreaContributions
{
    Q_OBJECT

public:
    explicit DataView(Workspace *workspace, QWidget *parent = nullptr);
    ~DataView() override;

    DataTableModel *tableModel() const { return m_tableModel; }
    ColumnModel *columnModel() const { return m_columnModel; }
    QTableView *tableView() const { return m_table; }
    QTableView *columnView() const { return m_columns; }
    SummaryBar *summary() const { return m_summary; }
    IssueList *issueList() const { return m_issues; }
    QComboBox *targetCombo() const { return m_target; }
    QComboBox *positiveCombo() const { return m_positive; }
    TaskRunner *converter() const { return m_converter; }
    QLineEdit *searchField() const { return m_search; }
    //! "N of M rows match", "Searching…", or empty without a search.
    QLabel *searchStatus() const { return m_searchStatus; }
    TaskRunner *searcher() const { return m_searcher; }
    //! True while typing waits for its pause or a search runs.
    bool isSearching() const;

    //! Edit > Find: the table's search field (hidden while there is no data).
    QWidget *showFindField() override;

    //! Converts a column to \a type (off the GUI thread for large tables).
    void changeType(int column, ColumnType type);

Q_SIGNALS:
    //! A step failed in a way the user must read (e.g. a column that cannot be a number).
    void errorOccurred(const QString &title, const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void fitColumnPanel();
    void fitLabelColumn();
    void onDataLoaded();
    void onTableChanged();
    void fitColumns();
    void refreshTargetPicker();
    void onSearchEdited();
    void startSearch();

    Workspace *m_workspace;
    DataTableModel *m_tableModel;
    ColumnModel *m_columnModel;
    TaskRunner *m_converter;
    SummaryBar *m_summary = nullptr;
    QTableView *m_table = nullptr;
    QTableView *m_columns = nullptr;
    IssueList *m_issues = nullptr;
    QLabel *m_issuesTitle = nullptr;
    QComboBox *m_target = nullptr;
    QComboBox *m_positive = nullptr;
    QSplitter *m_rightSplit = nullptr;
    QWidget *m_searchRow = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_searchStatus = nullptr;
    QTimer *m_searchDelay = nullptr;
    TaskRunner *m_searcher = nullptr;
    bool m_panelFitted = false;
};

} // namespace churnlens
