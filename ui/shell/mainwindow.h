#pragma once

#include "area.h"
#include "common/error.h"

#include <QIcon>
#include <QMainWindow>
#include <QPointer>

#include <array>
#include <optional>

class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace churnlens {

class DataOpener;
class DropOverlay;
class HelpWindow;
class PreferencesDialog;
class ProgressPanel;
class ProjectController;
class RecentFiles;
class ShortcutsDialog;
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
    //! The highlight shown while a file is dragged over the window.
    DropOverlay *dropOverlay() const { return m_dropOverlay; }
    //! True while the welcome page is shown (no data loaded).
    bool isShowingWelcome() const;

    //! The user guide, once opened (nullptr before).
    HelpWindow *helpWindow() const;
    //! The Preferences dialog while it is open.
    PreferencesDialog *preferencesDialog() const;
    //! The shortcut list, once opened.
    ShortcutsDialog *shortcutsDialog() const;

public Q_SLOTS:
    //! A data source could not be opened (through the ErrorPresenter).
    void showError(const churnlens::Error &error);
    //! Help → User Guide (F1): the guide at the page of the area shown.
    void showUserGuide();
    //! Help → Keyboard Shortcuts.
    void showShortcuts();
    //! Edit → Preferences (window-modal; OK applies them through Workspace::setPreferences()).
    void showPreferences();
    //! Edit → Find (Ctrl+F): focuses the search or filter field of the area shown.
    void findInArea();
    //! File → Export (Ctrl+E): the export of the area shown.
    void exportFromArea();

Q_SIGNALS:
    //! Another area is shown (also when the first one is added).
    void currentAreaChanged(churnlens::AreaId id);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
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
    void updateAreaCommands();
    void onPreferencesChanged();
    AreaContributions *currentContributions() const;

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
    DropOverlay *m_dropOverlay;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_areaMenu = nullptr;
    QActionGroup *m_areaGroup = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_fileOpenEnd = nullptr; //!< the separator after the File menu's "open" entries
    QMenu *m_fileMenu = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_findAction = nullptr;
    std::array<QAction *, 3> m_themeActions{}; //!< System, Light, Dark
    QString m_themePreference;                 //!< the theme preference last applied
    QPointer<HelpWindow> m_help;
    QPointer<PreferencesDialog> m_preferencesDialog;
    QPointer<ShortcutsDialog> m_shortcuts;
    QList<Area> m_areaList;
};

} // namespace churnlens
