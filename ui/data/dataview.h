#pragma once

#include "data/column.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSplitter;
class QTableView;

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
 * role, target, positive value and meaning, and the data-quality warnings.
 */
class DataView : public QWidget
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
    void onDataLoaded();
    void onTableChanged();
    void fitColumns();
    void refreshTargetPicker();

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
    bool m_panelFitted = false;
};

} // namespace churnlens
