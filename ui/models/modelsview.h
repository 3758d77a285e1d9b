#pragma once

#include "annotatedialog.h"
#include "project/project.h"
#include "project/runrecord.h"
#include "shell/area.h"

#include <QHash>
#include <QMessageBox>
#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace churnlens {

class ComparePanel;
class RegistryPanel;
class RunFilterModel;
class RunTableModel;
class Workspace;

/*!
 * The Models area: every training run of the open project in a table (filter, sort, choose
 * columns; the list is read in one query per change, so thousands of runs stay instant), the
 * runs selected compared side by side, notes and tags, deleting runs, and the model registry.
 * Observes Workspace::projectChanged() and the project's runsChanged()/registryChanged(); every
 * change goes through Project. The chosen columns are remembered (QSettings). GUI thread only.
 */
class ModelsView : public QWidget, public AreaContributions
{
    Q_OBJECT

public:
    //! At most this many runs are read and compared at once.
    static constexpr int MaxCompared = 8;

    explicit ModelsView(Workspace *workspace, QWidget *parent = nullptr);
    ~ModelsView() override;

    QTableView *runsTable() const { return m_table; }
    RunTableModel *runModel() const { return m_model; }
    RunFilterModel *filterModel() const { return m_filter; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    QPushButton *annotateButton() const { return m_annotate; }
    QPushButton *deleteButton() const { return m_delete; }
    QTabWidget *tabs() const { return m_tabs; }
    ComparePanel *comparePanel() const { return m_compare; }
    RegistryPanel *registryPanel() const { return m_registry; }
    //! The message shown without a project, or in place of the runs table without runs.
    QLabel *message() const { return m_message; }
    QLabel *runsMessage() const { return m_runsMessage; }
    bool isShowingRuns() const;
    //! The dialogs open now, if any (for tests).
    AnnotateDialog *annotateDialog() const { return m_annotateDialog; }
    QMessageBox *deleteConfirmation() const { return m_confirm; }

    //! Edit > Find: the runs table's filter.
    QWidget *showFindField() override;

    //! Selected runs' ids, in table order.
    QList<qint64> selectedRuns() const;
    //! Selects the runs \a ids (those shown).
    void selectRuns(const QList<qint64> &ids);
    //! Shows or hides a column of the runs table and remembers the choice.
    void setColumnShown(int column, bool shown);
    //! The header's menu: one checkable entry per column. The caller owns it.
    QMenu *makeColumnMenu();

public Q_SLOTS:
    void annotateSelected();
    void deleteSelected();

private:
    void fitTextColumns();
    void buildUi();
    void onProjectChanged();
    void reloadRuns();
    void onSelectionChanged();
    void updateActions();
    void updateCount();
    void restoreColumns();
    void showRunMenu(const QPoint &at);
    const RunSummary *summary(qint64 id) const;

    Workspace *m_workspace;
    QPointer<Project> m_project;
    RunTableModel *m_model;
    RunFilterModel *m_filter;
    QHash<qint64, RunRecord> m_records; //!< runs read for comparing, until the runs change
    QStackedWidget *m_pages = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_count = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QPushButton *m_annotate = nullptr;
    QPushButton *m_delete = nullptr;
    QStackedWidget *m_runsStack = nullptr;
    QLabel *m_runsMessage = nullptr;
    QTableView *m_table = nullptr;
    QTabWidget *m_tabs = nullptr;
    ComparePanel *m_compare = nullptr;
    RegistryPanel *m_registry = nullptr;
    QPointer<AnnotateDialog> m_annotateDialog;
    QPointer<QMessageBox> m_confirm;
};

} // namespace churnlens
