#pragma once

#include "project/modelregistry.h"
#include "project/project.h"
#include "reasondialog.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace churnlens {

class DataTable;
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
    QPushButton *exportButton() const { return m_export; }
    QPushButton *importButton() const { return m_import; }
    //! Where an import's check finds customers to score: the data loaded now (may return null).
    void setVerificationData(std::function<std::shared_ptr<const DataTable>()> data) { m_verificationData = std::move(data); }

    //! Selects version \a version in the versions table.
    void selectVersion(int version);

Q_SIGNALS:
    //! Version \a version became the champion here (promoted or rolled back to): the model in use.
    void championChanged(int version);

public Q_SLOTS:
    void registerSelectedRun();
    void promoteSelected();
    void rollback();
    void archiveSelected();
    //! Export Folder…: asks where, then exportSelectedTo().
    void exportSelected();
    //! Writes the selected version to \a directory with its model card; false (error shown) on failure.
    bool exportSelectedTo(const QString &directory);
    //! Import Folder…: asks which folder, then importFrom().
    void importFolder();
    /*!
     * Reads \a directory as a model, checks it on a sample of the data loaded now (when there is
     * data), and asks for the reason with what the check showed; accepted, the model is a new version.
     */
    void importFrom(const QString &directory);

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
    QPushButton *m_export;
    QPushButton *m_import;
    std::function<std::shared_ptr<const DataTable>()> m_verificationData;
    QDateEdit *m_date;
    QLabel *m_answer;
    QLabel *m_empty;
    QPointer<ReasonDialog> m_dialog;
};

} // namespace churnlens
