#include "mainwindow.h"

#include "dataopener.h"
#include "dropoverlay.h"
#include "errorpresenter.h"
#include "common/format.h"
#include "common/menutext.h"
#include "helpwindow.h"
#include "preferencesdialog.h"
#include "progresspanel.h"
#include "projectcontroller.h"
#include "workspace/projectsession.h"
#include "recentfiles.h"
#include "shortcutlist.h"
#include "workspace/workspace.h"
#include "jobs/jobmanager.h"
#include "jobs/taskrunner.h"
#include "theme.h"
#include "uilanguage.h"
#include "welcomepage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDir>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>

#include <algorithm>

namespace churnlens {

namespace {
QString firstSupportedFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl &url : mime->urls()) {
        const QString path = url.toLocalFile();
        if (url.isLocalFile() && (DataOpener::isSupportedFile(path) || ProjectController::isProjectFile(path)))
            return path;
    }
    return {};
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(new Workspace(this))
    , m_recent(new RecentFiles(this))
    , m_opener(new DataOpener(m_workspace, m_recent, this, this))
    , m_progress(new ProgressPanel(this))
    , m_projects(new ProjectController(m_workspace, m_opener, this, this))
    , m_welcome(new WelcomePage(m_recent, this))
    , m_central(new QStackedWidget(this))
    , m_areaPage(new QWidget(this))
    , m_nav(new QListWidget(this))
    , m_areas(new QStackedWidget(this))
    , m_statusSummary(new QLabel(this))
    , m_dropOverlay(new DropOverlay(this))
{
    setWindowTitle(tr("ChurnLens"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/churnlens.svg")));
    setAcceptDrops(true);

    m_nav->setObjectName(QStringLiteral("areaNavigation"));
    m_nav->setViewMode(QListView::ListMode);
    m_nav->setIconSize(QSize(24, 24));
    m_nav->setSpacing(2);
    m_nav->setFixedWidth(std::max(136, m_nav->fontMetrics().horizontalAdvance(tr("Explain")) * 2 + 48));
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setFocusPolicy(Qt::TabFocus);
    m_nav->setAutoFillBackground(true);
    m_nav->setBackgroundRole(QPalette::Window);
    m_nav->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    auto *workspace = new QHBoxLayout(m_areaPage);
    workspace->setContentsMargins(0, 0, 0, 0);
    workspace->setSpacing(0);
    workspace->addWidget(m_nav);
    workspace->addWidget(line);
    workspace->addWidget(m_areas, 1);
    m_central->addWidget(m_welcome);
    m_central->addWidget(m_areaPage);
    setCentralWidget(m_central);

    // The summary may be cut in a narrow window, never widen it (the tooltip has it whole).
    m_statusSummary->setMinimumWidth(60);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_statusSummary);

    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_areaList.size())
            return;
        m_areas->setCurrentWidget(m_areaList[row].view);
        m_areaList[row].action->setChecked(true);
        updateAreaCommands();
        Q_EMIT currentAreaChanged(m_areaList[row].id);
    });
    connect(m_welcome, &WelcomePage::openFileRequested, m_opener, &DataOpener::openWithDialog);
    connect(m_welcome, &WelcomePage::openDatabaseRequested, m_opener, [this]() { m_opener->openDatabase(); });
    connect(m_welcome, &WelcomePage::sampleRequested, m_opener, &DataOpener::openSample);
    connect(m_welcome, &WelcomePage::recentFileRequested, m_opener, [this](const QString &p) { m_opener->openPath(p, false); });
    connect(m_welcome, &WelcomePage::openProjectRequested, m_projects, &ProjectController::openWithDialog);
    connect(m_welcome, &WelcomePage::recentProjectRequested, m_projects, [this](const QString &p) { m_projects->openPath(p); });
    m_welcome->setRecentProjects(m_projects->recentProjects());
    connect(m_opener, &DataOpener::failed, this, &MainWindow::showError);
    connect(m_opener, &DataOpener::canceled, this, [this]() { statusBar()->showMessage(tr("Loading canceled."), 5000); });
    connect(m_workspace, &Workspace::tableChanged, this, &MainWindow::onTableChanged);
    connect(m_recent, &RecentFiles::changed, this, &MainWindow::rebuildRecentMenu);
    connect(m_projects, &ProjectController::titleChanged, this, &MainWindow::updateTitle);
    connect(m_workspace, &Workspace::preferencesChanged, this, &MainWindow::onPreferencesChanged);
    m_themePreference = m_workspace->preferences().theme;

    buildMenus();
    updateNavigationPalette();
    onTableChanged();
    restoreWindow();
}

MainWindow::~MainWindow() = default;

void MainWindow::addArea(AreaId id, const QString &title, const QIcon &icon, QWidget *view)
{
    view->setParent(m_areas);
    m_areas->addWidget(view);
    auto *item = new QListWidgetItem(icon, title, m_nav);
    item->setSizeHint(QSize(0, m_nav->fontMetrics().height() + 20));
    item->setData(Qt::UserRole, machineName(id));
    item->setToolTip(title);
    const int n = int(m_areaList.size()) + 1;
    // An area title is a name, not a menu text: "Score & export" must not become "Score _export".
    QAction *action = m_areaMenu->addAction(icon, format::literalMenuText(title));
    action->setCheckable(true);
    action->setActionGroup(m_areaGroup);
    if (n <= 9)
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + n)));
    connect(action, &QAction::triggered, this, [this, id]() { setCurrentArea(id); });
    m_areaList.append({id, view, action});
    if (auto *contributions = dynamic_cast<AreaContributions *>(view)) {
        for (const AreaCommand &command : contributions->openCommands()) {
            auto *a = new QAction(command.text, this);
            a->setObjectName(command.objectName);
            a->setShortcut(command.shortcut);
            a->setStatusTip(command.statusTip);
            connect(a, &QAction::triggered, this, [this, id, run = command.run]() {
                setCurrentArea(id);
                if (run)
                    run();
            });
            m_fileMenu->insertAction(m_fileOpenEnd, a);
        }
    }
    if (m_areaList.size() == 1)
        setCurrentArea(id);
}

QList<AreaId> MainWindow::areaIds() const
{
    QList<AreaId> ids;
    for (const Area &a : m_areaList)
        ids << a.id;
    return ids;
}

std::optional<AreaId> MainWindow::currentArea() const
{
    const int row = m_nav->currentRow();
    if (row < 0 || row >= m_areaList.size())
        return std::nullopt;
    return m_areaList[row].id;
}

bool MainWindow::setCurrentArea(AreaId id)
{
    for (int i = 0; i < m_areaList.size(); ++i) {
        if (m_areaList[i].id == id) {
            m_nav->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

QWidget *MainWindow::areaView(AreaId id) const
{
    for (const Area &a : m_areaList)
        if (a.id == id)
            return a.view;
    return nullptr;
}

bool MainWindow::isShowingWelcome() const
{
    return m_central->currentWidget() == m_welcome;
}

void MainWindow::updateNavigationPalette()
{
    // A full-strength highlight would hide the blue icons; a tint of it keeps them readable
    // and follows the theme (recomputed when the application palette changes).
    const QPalette app = QApplication::palette();
    QPalette p = app;
    const QColor h = app.color(QPalette::Highlight);
    const QColor w = app.color(QPalette::Window);
    const QColor tint = QColor::fromRgbF(0.25f * h.redF() + 0.75f * w.redF(), 0.25f * h.greenF() + 0.75f * w.greenF(),
                                         0.25f * h.blueF() + 0.75f * w.blueF());
    for (QPalette::ColorGroup g : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(g, QPalette::Highlight, tint);
        p.setColor(g, QPalette::HighlightedText, app.color(g, QPalette::WindowText));
    }
    m_nav->setPalette(p);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ApplicationPaletteChange)
        updateNavigationPalette();
    QMainWindow::changeEvent(event);
}

void MainWindow::onTableChanged()
{
    const auto table = m_workspace->table();
    m_central->setCurrentWidget(table ? m_areaPage : static_cast<QWidget *>(m_welcome));
    m_areaMenu->setEnabled(bool(table));
    updateAreaCommands();
    updateTitle();
    if (!table) {
        m_statusSummary->clear();
        return;
    }
    m_statusSummary->setText(tr("%1 rows · %2 columns · loaded in %3")
                                 .arg(format::count(table->rowCount()), format::count(table->columnCount()),
                                      format::seconds(m_workspace->loadSeconds())));
    m_statusSummary->setToolTip(m_statusSummary->text());
}

void MainWindow::updateTitle()
{
    // A project names the window; without one, the data does. [*] shows unsaved changes.
    const QString project = m_projects->titleName();
    const auto table = m_workspace->table();
    QString name = project;
    if (name.isEmpty() && table) {
        const DataSource &src = m_workspace->source();
        name = src.kind == DataSource::Kind::Sql ? src.displayName() : QFileInfo(src.path).fileName();
        if (name.isEmpty())
            name = table->sourceName();
    }
    setWindowTitle(name.isEmpty() ? tr("ChurnLens[*]") : tr("%1[*] — ChurnLens").arg(name));
    setWindowModified(m_projects->session()->isModified());
}

void MainWindow::openFile(const QString &path)
{
    if (ProjectController::isProjectFile(path))
        m_projects->openPath(path);
    else
        m_opener->openPath(path, true);
}

void MainWindow::showError(const Error &error)
{
    ErrorPresenter::show(this, tr("Could not open the data"), error);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (!mime || !mime->hasUrls())
        return;
    // Taken in either case, so that the window hears the drag leave and removes the highlight;
    // an unsupported file is then refused in dragMoveEvent and dropEvent.
    event->accept();
    const QString path = firstSupportedFile(mime);
    if (path.isEmpty()) {
        m_dropOverlay->showMessage(tr("Cannot open this kind of file.\nChurnLens opens CSV, TSV, SQLite and project files."), false);
        event->setDropAction(Qt::IgnoreAction);
        return;
    }
    event->acceptProposedAction();
    m_dropOverlay->showMessage(tr("Drop to open %1").arg(QFileInfo(path).fileName()), true);
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    if (m_dropOverlay->isAccepting())
        event->acceptProposedAction();
    else
        event->ignore();
}

void MainWindow::dragLeaveEvent(QDragLeaveEvent *event)
{
    m_dropOverlay->hide();
    QMainWindow::dragLeaveEvent(event);
}

void MainWindow::dropEvent(QDropEvent *event)
{
    m_dropOverlay->hide();
    const QString path = firstSupportedFile(event->mimeData());
    if (path.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    // Open after the drop has finished, so the source application is not kept waiting on a dialog.
    QMetaObject::invokeMethod(this, [this, path]() { openFile(path); }, Qt::QueuedConnection);
}

void MainWindow::restoreWindow()
{
    QSettings s;
    if (!restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray())) {
        // First start: roomy on a large screen, never larger than the screen (a 1366×768 laptop
        // leaves about 700 px under the title bar and the desktop's panel).
        const QRect available = screen()->availableGeometry();
        const QSize frame(0, 40); // the title bar is outside the window's size
        const QSize size = QSize(1360, 860).boundedTo(available.size() - frame).expandedTo(minimumSizeHint());
        resize(size);
        move(available.center() - QPoint(size.width() / 2, (size.height() + frame.height()) / 2));
    }
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_projects->maybeSave()) {
        event->ignore();
        return;
    }
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    m_opener->cancel();
    QMainWindow::closeEvent(event);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_fileMenu = file;
    file->addAction(m_projects->newAction());
    file->addAction(m_projects->openAction());
    file->addMenu(m_projects->recentMenu());
    file->addAction(m_projects->saveAction());
    file->addAction(m_projects->saveAsAction());
    file->addAction(m_projects->closeAction());
    file->addSeparator();
    QAction *open = file->addAction(QIcon(QStringLiteral(":/icons/open.svg")), tr("&Open Data…"), m_opener,
                                    &DataOpener::openWithDialog);
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Open a CSV, TSV or SQLite file"));
    QAction *database = file->addAction(QIcon(QStringLiteral(":/icons/database.svg")), tr("Open &Database…"),
                                        m_opener, [this]() { m_opener->openDatabase(); });
    database->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    file->addAction(QIcon(QStringLiteral(":/icons/sample.svg")), tr("Try with &Sample Data"), m_opener,
                    &DataOpener::openSample);
    m_recentMenu = file->addMenu(tr("Recent &Data Files"));
    m_recentMenu->setObjectName(QStringLiteral("recentFilesMenu"));
    rebuildRecentMenu();
    m_fileOpenEnd = file->addSeparator(); // areas add their "open" entries before it
    // One Export entry whose text and work follow the area shown (AreaContributions::exportCommand).
    m_exportAction = file->addAction(tr("&Export…"), this, &MainWindow::exportFromArea);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setEnabled(false);
    file->addSeparator();
    QAction *close = file->addAction(tr("&Close Data"), this, [this]() {
        if (m_opener->confirmClosingData())
            m_workspace->clear();
    });
    close->setShortcut(QKeySequence::Close);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_findAction = edit->addAction(tr("&Find…"), this, &MainWindow::findInArea);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setStatusTip(tr("Go to the search or filter field of the area shown"));
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setStatusTip(tr("Language, theme, currency, threads, risk levels and campaign defaults"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_areaMenu = view->addMenu(tr("&Go to"));
    m_areaGroup = new QActionGroup(this);
    QMenu *theme = view->addMenu(tr("&Theme"));
    auto *themes = new QActionGroup(this);
    const std::pair<Theme, QString> choices[] = {
        {Theme::System, tr("&System")}, {Theme::Light, tr("&Light")}, {Theme::Dark, tr("&Dark")}};
    for (const auto &[value, title] : choices) {
        QAction *a = theme->addAction(title);
        a->setCheckable(true);
        a->setChecked(currentTheme() == value);
        a->setActionGroup(themes);
        m_themeActions[size_t(value)] = a;
        // The preference is the one place the theme is kept: the menu changes it like the dialog does.
        connect(a, &QAction::triggered, this, [this, value]() {
            Preferences p = m_workspace->preferences();
            p.theme = themeMachineName(value);
            if (p == m_workspace->preferences())
                applyTheme(value); // the preference already says so (a --theme start showed another)
            else
                m_workspace->setPreferences(p); // saves and applies it (onPreferencesChanged)
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&User Guide"), this, &MainWindow::showUserGuide);
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setShortcut(QKeySequence(Qt::Key_F1));
    guide->setStatusTip(tr("How to use the area shown, step by step"));
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    keys->setObjectName(QStringLiteral("shortcutsAction"));
    help->addSeparator();
    QAction *about = help->addAction(tr("&About ChurnLens"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);

    // Esc stops the running step. Only armed while something runs, so it never steals Esc from editors.
    m_cancelAction = new QAction(tr("Cancel"), this);
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setShortcutContext(Qt::WindowShortcut);
    m_cancelAction->setEnabled(false);
    addAction(m_cancelAction);
    connect(m_cancelAction, &QAction::triggered, m_progress, &ProgressPanel::cancelCurrent);
    auto arm = [this]() { m_cancelAction->setEnabled(m_progress->current() != nullptr); };
    connect(JobManager::instance(), &JobManager::jobStarted, this, arm);
    // A job whose owner could not take its error (the worker threw): say it, the one way.
    connect(JobManager::instance(), &JobManager::jobFailed, this,
            [this](TaskRunner *runner, const Error &error) { ErrorPresenter::show(this, runner->title(), error); });
    connect(JobManager::instance(), &JobManager::jobFinished, this, arm, Qt::QueuedConnection);
}

HelpWindow *MainWindow::helpWindow() const
{
    return m_help;
}

PreferencesDialog *MainWindow::preferencesDialog() const
{
    return m_preferencesDialog;
}

ShortcutsDialog *MainWindow::shortcutsDialog() const
{
    return m_shortcuts;
}

AreaContributions *MainWindow::currentContributions() const
{
    const int row = m_nav->currentRow();
    if (isShowingWelcome() || row < 0 || row >= m_areaList.size())
        return nullptr;
    return dynamic_cast<AreaContributions *>(m_areaList[row].view);
}

void MainWindow::updateAreaCommands()
{
    AreaContributions *area = currentContributions();
    const AreaCommand command = area ? area->exportCommand() : AreaCommand{};
    m_exportAction->setText(command.run ? command.text : tr("&Export…"));
    m_exportAction->setStatusTip(command.run ? command.statusTip : tr("The area shown has nothing to export"));
    m_exportAction->setEnabled(bool(command.run));
}

void MainWindow::exportFromArea()
{
    AreaContributions *area = currentContributions();
    const AreaCommand command = area ? area->exportCommand() : AreaCommand{};
    if (command.run)
        command.run();
}

void MainWindow::findInArea()
{
    AreaContributions *area = currentContributions();
    QWidget *field = area ? area->showFindField() : nullptr;
    if (!field || !field->isVisibleTo(this)) {
        statusBar()->showMessage(field ? tr("There is nothing to search here yet.") : tr("This area has no search field."), 4000);
        return;
    }
    field->setFocus(Qt::ShortcutFocusReason);
    if (auto *line = qobject_cast<QLineEdit *>(field))
        line->selectAll();
}

void MainWindow::showUserGuide()
{
    if (!m_help) {
        QList<HelpWindow::Topic> topics;
        for (int row = 0; row < m_areaList.size(); ++row)
            topics.append({m_areaList[row].id, m_nav->item(row)->text()});
        m_help = new HelpWindow(topics, uiLanguage(), this);
        m_help->setAttribute(Qt::WA_DeleteOnClose);
    }
    // On the welcome page the guide starts where the work does: with the data.
    const std::optional<AreaId> area = isShowingWelcome() ? std::optional<AreaId>(AreaId::Data) : currentArea();
    m_help->showArea(area.value_or(AreaId::Data));
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
}

void MainWindow::showShortcuts()
{
    if (!m_shortcuts) {
        m_shortcuts = new ShortcutsDialog(this);
        m_shortcuts->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_shortcuts->show();
    m_shortcuts->raise();
    m_shortcuts->activateWindow();
}

void MainWindow::showPreferences()
{
    if (m_preferencesDialog) {
        m_preferencesDialog->raise();
        return;
    }
    m_preferencesDialog = new PreferencesDialog(m_workspace->preferences(), this);
    m_preferencesDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_preferencesDialog, &QDialog::accepted, this, [this, dialog = m_preferencesDialog]() {
        if (dialog)
            m_workspace->setPreferences(dialog->preferences());
    });
    m_preferencesDialog->open();
}

void MainWindow::onPreferencesChanged()
{
    // The theme shows at once; only a change of the preference switches it, so a --theme start
    // keeps its theme until the user picks one.
    const QString wanted = m_workspace->preferences().theme;
    Theme theme = Theme::System;
    if (wanted != m_themePreference && themeFromMachineName(wanted, &theme))
        applyTheme(theme);
    m_themePreference = wanted;
    if (QAction *checked = m_themeActions[size_t(currentTheme())])
        checked->setChecked(true);
}

void MainWindow::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = m_recent->files();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        QAction *a = m_recentMenu->addAction(QStringLiteral("&%1  %2").arg(i + 1).arg(format::literalMenuText(QFileInfo(path).fileName())),
                                             m_opener, [this, path]() { m_opener->openPath(path, false); });
        a->setToolTip(path);
        a->setStatusTip(path);
        a->setEnabled(QFileInfo::exists(path));
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear List"), m_recent, &RecentFiles::clear);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::showAbout()
{
    QMessageBox box(this);
    box.setWindowTitle(tr("About ChurnLens"));
    box.setIconPixmap(QIcon(QStringLiteral(":/icons/churnlens.svg")).pixmap(64, 64));
    box.setText(tr("<h3>ChurnLens %1</h3>"
                   "<p>See which customers are about to leave, why, and what it is worth to act — "
                   "offline, on your own computer.</p>")
                    .arg(QCoreApplication::applicationVersion()));
    box.setInformativeText(tr("Built with Qt %1 (running on Qt %2).").arg(QStringLiteral(QT_VERSION_STR), qVersion()));
    box.exec();
}

} // namespace churnlens
