#pragma once

#include "area.h"
#include "common/error.h"

#include <QIcon>
#include <QMainWindow>

#include <optional>

class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace churnlens {

class DataOpener;
class ProgressPanel;
class ProjectController;
class RecentFiles;
class Workspace;
class WelcomePage;

/*!
 * The application window, kept thin: menus, a navigation list of the product's areas,
 * a stack of area views, and the status bar. The areas themselves are separate widgets
 * added with addArea(); they share the Workspace. Until data is loaded the window shows
 * the welcome page instead of the areas.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Workspace *workspace() const { return m_workspace; }
    DataOpener *opener() const { return m_opener; }
    RecentFiles *recentFiles() const { return m_recent; }
    ProgressPanel *progressPanel() const { return m_progress; }
    WelcomePage *welcomePage() const { return m_welcome; }
    //! The project commands of the File menu and what they ask (unsaved changes, read-only…).
    ProjectController *projects() const { return m_projects; }
    //! Opens \a path: a project (.churnlens) as a project, anything else as data.
    void openFile(const QString &path);

    /*!
     * Adds an area to the navigation (in call order) with a View menu entry and a
     * Ctrl+<n> shortcut. The window takes ownership of \a view; when the view implements
     * AreaContributions, its commands join the File menu. Only add areas that work.
     */
    void addArea(AreaId id, const QString &title, const QIcon &icon, QWidget *view);
    QList<AreaId> areaIds() const;
    //! The area shown (the first one before any is chosen).
    std::optional<AreaId> currentArea() const;
    //! Shows area \a id; false if there is no such area.
    bool setCurrentArea(AreaId id);
    QWidget *areaView(AreaId id) const;
    //! True while the welcome page is shown (no data loaded).
    bool isShowingWelcome() const;

public Q_SLOTS:
    //! A data source could not be opened (through the ErrorPresenter).
    void showError(const churnlens::Error &error);

Q_SIGNALS:
    //! Another area is shown (also when the first one is added).
    void currentAreaChanged(churnlens::AreaId id);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Area
    {
        AreaId id;
        QWidget *view;
        QAction *action;
    };
    void buildMenus();
    void rebuildRecentMenu();
    void onTableChanged();
    void updateTitle();
    void showAbout();
    void restoreWindow();
    void updateNavigationPalette();

    Workspace *m_workspace;
    RecentFiles *m_recent;
    DataOpener *m_opener;
    ProgressPanel *m_progress;
    ProjectController *m_projects;
    WelcomePage *m_welcome;
    QStackedWidget *m_central;
    QWidget *m_areaPage;
    QListWidget *m_nav;
    QStackedWidget *m_areas;
    QLabel *m_statusSummary;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_areaMenu = nullptr;
    QActionGroup *m_areaGroup = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_fileOpenEnd = nullptr; //!< the separator after the File menu's "open" entries
    QMenu *m_fileMenu = nullptr;
    QList<Area> m_areaList;
};

} // namespace churnlens
