#pragma once

#include "common/error.h"
#include "modelchoice.h"
#include "project/projectfile.h"

#include <QJsonObject>
#include <QObject>

namespace churnlens {

class Project;
class TaskRunner;
class Workspace;
struct WorkspaceState;

/*!
 * The project lifecycle of a workspace: make a new project, open one, save, save as, close.
 *
 * Save writes the workspace's state (WorkspaceState) into the project in one transaction; the
 * history (runs, scorings, exports) is written as it happens by the ProjectRecorder. Opening a
 * project puts the work back: the data is read again through LoadService as a job (progress,
 * cancel), the columns get their saved roles, meanings and types, the saved model is put in use
 * at its threshold and the data is scored again — that is how the last scores come back. A data
 * file that is missing is reported (dataMissing(); locateData() reads it from elsewhere); data
 * whose fingerprint changed is read and reported (dataChanged()).
 *
 * isModified() is whether the workspace's state differs from the one saved. What could not be
 * put back (a missing file, an unusable model) stays as saved, so that saving does not lose it.
 * Lives on the GUI thread; the GUI and the tests drive it alike.
 */
class ProjectSession : public QObject
{
    Q_OBJECT

public:
    explicit ProjectSession(Workspace *workspace, QObject *parent = nullptr);
    ~ProjectSession() override;

    Workspace *workspace() const { return m_workspace; }
    Project *project() const;
    bool isModified() const { return m_modified; }
    //! True from opening a project until its data is read and its model in use again.
    bool isRestoring() const { return m_restoring; }
    //! The job that reads the project's data.
    TaskRunner *loader() const { return m_loader; }

    //! The state as Save would write it now.
    QJsonObject currentState() const;
    //! The state as it was saved (or read when the project was opened).
    const QJsonObject &savedState() const { return m_saved; }

    /*!
     * Makes a new project at \a path (replacing a file there) with the work of the session in it:
     * the data, the model in use (a model of the project before is registered in the new one),
     * the runs on the data loaded now and the current scoring; then saves.
     */
    Result<void> newProject(const QString &path);
    /*!
     * Opens \a path and puts its work back (asynchronously; restoreFinished() when done). On
     * failure the project open before stays open, and \a problem says why (InUse: offer to open
     * it read-only).
     */
    Result<void> open(const QString &path, ProjectFile::Access access = ProjectFile::Access::ReadWrite,
                      ProjectFile::OpenProblem *problem = nullptr);
    Result<void> save();
    //! Writes a copy to \a path, continues in the copy and saves there (also from a read-only project).
    Result<void> saveAs(const QString &path);
    //! Closes the project and its data (a model of the project gives way to the default one).
    void close();
    //! Reads the project's data from \a path instead (the user found a file that had moved).
    void locateData(const QString &path);

Q_SIGNALS:
    void modifiedChanged(bool modified);
    void saved();
    //! The project's data file is neither where it was saved nor next to the project.
    void dataMissing(const QString &path);
    //! The data was read, but it is not the data the project was saved with.
    void dataChanged(const QString &source);
    //! Something of the project could not be put back (its data, its model); the rest was.
    void restoreProblem(const churnlens::Error &error);
    void restoreFinished();

private:
    struct Loaded;
    void restore(const WorkspaceState &state);
    void loadData(const WorkspaceState &state);
    void onModelFailed(const Error &error);
    void checkSettled();
    void updateModified();
    void setModified(bool modified);
    Result<void> writeState(const QJsonObject &state);
    Result<ModelChoice> adoptModel(Project &from, Project &to);
    QJsonObject stateOf(const WorkspaceState &state) const;

    Workspace *m_workspace;
    TaskRunner *m_loader;
    QJsonObject m_saved;
    bool m_modified = false;
    bool m_restoring = false;
    //! The saved data and model, while they are not (yet) in the workspace.
    QJsonObject m_pendingData;
    QJsonObject m_pendingModel;
    QString m_expectedFingerprint;
};

} // namespace churnlens
