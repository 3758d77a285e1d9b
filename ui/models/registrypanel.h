#pragma once

#include "project/modelregistry.h"
#include "project/project.h"
#include "reasondialog.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace churnlens {

class HistoryModel;
class VersionTableModel;

/*!
 * The project's model registry: the versions with their status (one champion), Register (the
 * best model of the run selected in the runs table), Promote, Roll back and Archive — each
 * asking for the reason the history keeps — the history itself, and "Champion on [date]"
 * answered in words. Every change goes through Project (so every view hears of it); errors
 * through ErrorPresenter. GUI thread only.
 */
class RegistryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RegistryPanel(QWidget *parent = nullptr);

    //! Shows \a project's registry (null: none); follows its registryChanged().
    void setProject(Project *project);
    //! The run Register acts on: its id and the index and family of its best model (id 0: none).
    void setSelectedRun(qint64 runId, int modelIndex, const QString &family, const QString &why = {});
    //! Reads the versions and the history again.
    void refresh();

    QTableView *versionsTable() const { return m_versions; }
    VersionTableModel *versionModel() const { return m_versionModel; }
    QTableView *historyTable() const { return m_history; }
    HistoryModel *historyModel() const { return m_historyModel; }
    QPushButton *registerButton() const { return m_register; }
    QPushButton *promoteButton() const { return m_promote; }
    QPushButton *rollbackButton() const { return m_rollback; }
    QPushButton *archiveButton() const { return m_archive; }
    QDateEdit *championDate() const { return m_date; }
    QLabel *championAnswer() const { return m_answer; }
    //! The reason dialog open now, if any (for tests).
    ReasonDialog *reasonDialog() const { return m_dialog; }
    //! Selects version \a version in the versions table.
    void selectVersion(int version);

public Q_SLOTS:
    void registerSelectedRun();
    void promoteSelected();
    void rollback();
    void archiveSelected();

private:
    const ModelVersion *selectedVersion() const;
    void updateActions();
    void updateChampionAnswer();
    void ask(const QString &title, const QString &what, const QString &action, std::function<void(const QString &)> done);
    void showError(const QString &title, const Error &error);

    QPointer<Project> m_project;
    QList<ModelVersion> m_list;
    QList<RegistryEvent> m_events;
    qint64 m_runId = 0;
    int m_modelIndex = 0;
    QString m_runFamily;
    QString m_runWhy;
    VersionTableModel *m_versionModel;
    HistoryModel *m_historyModel;
    QTableView *m_versions;
    QTableView *m_history;
    QPushButton *m_register;
    QPushButton *m_promote;
    QPushButton *m_rollback;
    QPushButton *m_archive;
    QDateEdit *m_date;
    QLabel *m_answer;
    QLabel *m_empty;
    QPointer<ReasonDialog> m_dialog;
};

} // namespace churnlens
