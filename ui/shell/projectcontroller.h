#pragma once

#include "common/error.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QWidget;

namespace churnlens {

class DataOpener;
class ProjectSession;
class RecentFiles;
class TaskRunner;
class Workspace;

/*!
 * The File menu's project commands and what they ask: New Project…, Open Project…, Save,
 * Save As…, Close Project and the recent projects; "save your changes?" before the work is
 * replaced or the window closes; "open read-only?" for a project in use elsewhere; a missing
 * data file to locate; the window title ("name — ChurnLens", [*] when modified). The work
 * itself is done by the ProjectSession (application layer). At start it reopens the last
 * project, or on the very first start makes and opens the sample project.
 * GUI thread only; owned by the MainWindow.
 */
class ProjectController : public QObject
{
    Q_OBJECT

public:
    ProjectController(Workspace *workspace, DataOpener *opener, QWidget *window, QObject *parent = nullptr);
    ~ProjectController() override;

    ProjectSession *session() const { return m_session; }
    RecentFiles *recentProjects() const { return m_recent; }
    TaskRunner *sampleMaker() const { return m_sampleMaker; }

    QAction *newAction() const { return m_new; }
    QAction *openAction() const { return m_open; }
    QAction *saveAction() const { return m_save; }
    QAction *saveAsAction() const { return m_saveAs; }
    QAction *closeAction() const { return m_close; }
    QMenu *recentMenu() const { return m_recentMenu; }

    //! The project's name for the window title ("Sample project", "… (read-only)"); empty without one.
    QString titleName() const;
    static bool isProjectFile(const QString &path);
    static QString fileFilter();

    /*!
     * Before the work is replaced or the window closes: when the project has unsaved changes,
     * asks Save / Discard / Cancel. True when the caller may go on.
     */
    bool maybeSave();

public Q_SLOTS:
    void newProject();
    void openWithDialog();
    //! Opens \a path (after asking about unsaved changes when \a ask).
    void openPath(const QString &path, bool ask = true);
    bool save();
    bool saveAs();
    void closeProject();
    /*!
     * At start: reopens the project open when ChurnLens was last closed; on the very first start
     * makes the sample project (sample customers and the shipped model as v1) and opens it.
     */
    void openAtStart();

Q_SIGNALS:
    //! The title or the modified state changed.
    void titleChanged();
    //! A project was opened or made (its work is being put back).
    void projectOpened();

private:
    void buildActions();
    void rebuildRecentMenu();
    void updateActions();
    void onDataMissing(const QString &path);
    void showError(const QString &title, const Error &error);
    QString askForNewPath(const QString &caption);
    void remember(const QString &path);

    Workspace *m_workspace;
    DataOpener *m_opener;
    QPointer<QWidget> m_window;
    ProjectSession *m_session;
    RecentFiles *m_recent;
    TaskRunner *m_sampleMaker;
    QAction *m_new = nullptr;
    QAction *m_open = nullptr;
    QAction *m_save = nullptr;
    QAction *m_saveAs = nullptr;
    QAction *m_close = nullptr;
    QMenu *m_recentMenu = nullptr;
};

} // namespace churnlens
