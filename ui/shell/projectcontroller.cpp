#include "projectcontroller.h"

#include "common/format.h"
#include "common/menutext.h"
#include "dataopener.h"
#include "errorpresenter.h"
#include "jobs/taskrunner.h"
#include "ml/modellocator.h"
#include "project/project.h"
#include "recentfiles.h"
#include "services/projectrecorder.h"
#include "services/sampleproject.h"
#include "workspace/projectsession.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

namespace churnlens {

namespace {
const QString LastProjectKey = QStringLiteral("projects/last");
const QString SampleMadeKey = QStringLiteral("projects/sampleMade");
const QString ProjectDirKey = QStringLiteral("projects/lastDirectory");

QString projectDirectory()
{
    const QString dir = QSettings().value(ProjectDirKey).toString();
    return !dir.isEmpty() && QDir(dir).exists() ? dir : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

QString withSuffix(QString path)
{
    if (!path.isEmpty() && QFileInfo(path).suffix().compare(QLatin1String(ProjectFile::Suffix), Qt::CaseInsensitive) != 0)
        path += QLatin1Char('.') + QLatin1String(ProjectFile::Suffix);
    return path;
}
} // namespace

ProjectController::ProjectController(Workspace *workspace, DataOpener *opener, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_opener(opener)
    , m_window(window)
    , m_session(new ProjectSession(workspace, this))
    , m_recent(new RecentFiles(this, QStringLiteral("recentProjects")))
    , m_sampleMaker(new TaskRunner(this))
{
    buildActions();
    connect(m_session, &ProjectSession::modifiedChanged, this, &ProjectController::titleChanged);
    connect(workspace, &Workspace::projectChanged, this, [this]() {
        updateActions();
        Q_EMIT titleChanged();
    });
    connect(workspace, &Workspace::tableChanged, this, &ProjectController::updateActions);
    connect(m_recent, &RecentFiles::changed, this, &ProjectController::rebuildRecentMenu);
    // Shown after the call that found them has returned: no dialog in the middle of opening.
    connect(m_session, &ProjectSession::dataMissing, this, [this](const QString &path) {
        QMetaObject::invokeMethod(this, [this, path]() { onDataMissing(path); }, Qt::QueuedConnection);
    });
    connect(m_session, &ProjectSession::dataChanged, this, [this](const QString &source) {
        Error e = Error::make(ErrorCode::BadInput, tr("The data changed since the project was saved."), source,
                              tr("The project's runs and scorings were made on the data as it was then. "
                                 "Save the project to go on with the data as it is now."));
        showError(tr("Data changed"), e);
    });
    connect(m_session, &ProjectSession::restoreProblem, this, [this](const Error &e) { showError(tr("Opening the project"), e); });
    connect(workspace->recorder(), &ProjectRecorder::failed, this, [this](const Error &e) {
        Error shown = e;
        shown.message = tr("This could not be recorded in the project: %1").arg(e.message);
        showError(tr("Not recorded in the project"), shown);
    });
    updateActions();
}

ProjectController::~ProjectController() = default;

bool ProjectController::isProjectFile(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String(ProjectFile::Suffix), Qt::CaseInsensitive) == 0;
}

QString ProjectController::fileFilter()
{
    return tr("ChurnLens projects (*.churnlens);;All files (*)");
}

void ProjectController::buildActions()
{
    m_new = new QAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New Project…"), this);
    m_new->setObjectName(QStringLiteral("newProjectAction"));
    m_new->setShortcut(QKeySequence::New);
    m_new->setStatusTip(tr("Start a project file that keeps your data set-up, models, scorings and exports"));
    connect(m_new, &QAction::triggered, this, &ProjectController::newProject);
    m_open = new QAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("Open &Project…"), this);
    m_open->setObjectName(QStringLiteral("openProjectAction"));
    m_open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_open->setStatusTip(tr("Open a ChurnLens project (.churnlens)"));
    connect(m_open, &QAction::triggered, this, &ProjectController::openWithDialog);
    m_save = new QAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveProjectAction"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setStatusTip(tr("Save the data set-up, the model in use and the settings in the project"));
    connect(m_save, &QAction::triggered, this, &ProjectController::save);
    m_saveAs = new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Save &As…"), this);
    m_saveAs->setObjectName(QStringLiteral("saveProjectAsAction"));
    m_saveAs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_saveAs->setStatusTip(tr("Save the project under another name and go on there"));
    connect(m_saveAs, &QAction::triggered, this, &ProjectController::saveAs);
    m_close = new QAction(tr("Close Pro&ject"), this);
    m_close->setObjectName(QStringLiteral("closeProjectAction"));
    connect(m_close, &QAction::triggered, this, &ProjectController::closeProject);
    m_recentMenu = new QMenu(tr("Recent Pro&jects"), m_window);
    m_recentMenu->setObjectName(QStringLiteral("recentProjectsMenu"));
    rebuildRecentMenu();
}

void ProjectController::updateActions()
{
    const Project *project = m_session->project();
    // Without a project, Save asks for a file: the work becomes a new project.
    m_save->setEnabled(project ? !project->isReadOnly() : m_workspace->hasTable());
    m_saveAs->setEnabled(project || m_workspace->hasTable());
    m_close->setEnabled(project != nullptr);
}

QString ProjectController::titleName() const
{
    const Project *project = m_session->project();
    if (!project)
        return {};
    return project->isReadOnly() ? tr("%1 (read-only)").arg(project->name()) : project->name();
}

void ProjectController::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_recent->files();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        QAction *a = m_recentMenu->addAction(QStringLiteral("&%1  %2").arg(i + 1).arg(format::literalMenuText(QFileInfo(path).completeBaseName())),
                                             this, [this, path]() { openPath(path); });
        a->setToolTip(path);
        a->setStatusTip(QDir::toNativeSeparators(path));
        a->setEnabled(QFileInfo::exists(path));
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear List"), m_recent, &RecentFiles::clear);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void ProjectController::showError(const QString &title, const Error &error)
{
    ErrorPresenter::show(m_window, title, error);
}

void ProjectController::remember(const QString &path)
{
    m_recent->add(path);
    QSettings s;
    s.setValue(LastProjectKey, QFileInfo(path).absoluteFilePath());
    // Dialogs start where the user keeps projects, not in the application's own folder (the sample).
    const QString folder = QFileInfo(path).absolutePath();
    if (folder != QFileInfo(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).absoluteFilePath())
        s.setValue(ProjectDirKey, folder);
}

bool ProjectController::maybeSave()
{
    const Project *project = m_session->project();
    if (!project || !m_session->isModified())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Save Changes?"),
                    tr("Do you want to save the changes to the project “%1”?").arg(project->name()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_window);
    box.setObjectName(QStringLiteral("unsavedChanges"));
    box.setInformativeText(tr("The data set-up, the model in use and the settings are kept only if you save. "
                              "Runs, scorings and exports are in the project already."));
    box.setDefaultButton(QMessageBox::Save);
    if (project->isReadOnly())
        box.button(QMessageBox::Save)->setText(tr("Save As…"));
    switch (box.exec()) {
    case QMessageBox::Save:
        return project->isReadOnly() ? saveAs() : save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

QString ProjectController::askForNewPath(const QString &caption)
{
    QString name = tr("Untitled");
    if (m_workspace->hasTable()) {
        const DataSource &src = m_workspace->source();
        const QString base = src.kind == DataSource::Kind::Sql ? src.sql.database : QFileInfo(src.path).completeBaseName();
        if (!base.isEmpty())
            name = base;
    }
    if (const Project *project = m_session->project())
        name = tr("%1 copy").arg(project->name());
    const QString path = QFileDialog::getSaveFileName(m_window, caption, QDir(projectDirectory()).filePath(withSuffix(name)), fileFilter());
    return withSuffix(path);
}

void ProjectController::newProject()
{
    const QString path = askForNewPath(tr("New Project"));
    if (path.isEmpty())
        return;
    if (auto made = m_session->newProject(path); !made) {
        showError(tr("Could not make the project"), made.error());
        return;
    }
    remember(path);
    Q_EMIT projectOpened();
}

void ProjectController::openWithDialog()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Project"), projectDirectory(), fileFilter());
    if (!path.isEmpty())
        openPath(path, false);
}

void ProjectController::openPath(const QString &path, bool ask)
{
    if (ask && !maybeSave())
        return;
    if (!m_opener->confirmClosingData())
        return;
    m_opener->cancel();
    ProjectFile::OpenProblem problem = ProjectFile::OpenProblem::None;
    auto opened = m_session->open(path, ProjectFile::Access::ReadWrite, &problem);
    if (!opened && (problem == ProjectFile::OpenProblem::InUse || problem == ProjectFile::OpenProblem::ReadOnlyFile)) {
        QMessageBox box(QMessageBox::Question, tr("Open Read-Only?"), opened.error().message, QMessageBox::Cancel, m_window);
        box.setObjectName(QStringLiteral("projectInUse"));
        box.setInformativeText(problem == ProjectFile::OpenProblem::InUse
                                   ? tr("You can look at it read-only: what you do cannot be recorded in it (you are told once), and Save As keeps your work in a copy.")
                                   : tr("The file cannot be changed. You can look at it read-only, and Save As keeps your work in a copy."));
        QPushButton *readOnly = box.addButton(tr("Open Read-Only"), QMessageBox::AcceptRole);
        box.setDefaultButton(readOnly);
        box.exec();
        if (box.clickedButton() != readOnly)
            return;
        opened = m_session->open(path, ProjectFile::Access::ReadOnly, &problem);
    }
    if (!opened) {
        if (problem != ProjectFile::OpenProblem::InUse && !QFileInfo::exists(path))
            m_recent->remove(path);
        showError(tr("Could not open the project"), opened.error());
        return;
    }
    remember(path);
    Q_EMIT projectOpened();
}

bool ProjectController::save()
{
    if (!m_session->project())
        return saveAs();
    if (auto saved = m_session->save(); !saved) {
        showError(tr("Could not save the project"), saved.error());
        return false;
    }
    return true;
}

bool ProjectController::saveAs()
{
    const bool had = m_session->project() != nullptr;
    const QString path = askForNewPath(had ? tr("Save Project As") : tr("Save as a New Project"));
    if (path.isEmpty())
        return false;
    if (auto saved = m_session->saveAs(path); !saved) {
        showError(tr("Could not save the project"), saved.error());
        return false;
    }
    remember(path);
    if (!had)
        Q_EMIT projectOpened();
    return true;
}

void ProjectController::closeProject()
{
    if (!m_session->project() || !maybeSave() || !m_opener->confirmClosingData())
        return;
    m_session->close();
    QSettings().remove(LastProjectKey);
}

void ProjectController::onDataMissing(const QString &path)
{
    QMessageBox box(QMessageBox::Warning, tr("Data File Not Found"),
                    tr("The project's data file “%1” was not found.").arg(QFileInfo(path).fileName()), QMessageBox::NoButton,
                    m_window);
    box.setObjectName(QStringLiteral("dataMissing"));
    box.setInformativeText(tr("It was in %1. If it was moved or renamed, locate it; the project remembers the new place "
                              "when you save.")
                               .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
    QPushButton *locate = box.addButton(tr("Locate…"), QMessageBox::AcceptRole);
    box.addButton(tr("Continue Without Data"), QMessageBox::RejectRole);
    box.setDefaultButton(locate);
    box.exec();
    if (box.clickedButton() != locate)
        return;
    const QString dir = QFileInfo(QFileInfo(path).absolutePath()).isDir() ? QFileInfo(path).absolutePath() : projectDirectory();
    const QString found = QFileDialog::getOpenFileName(m_window, tr("Locate the Data File"), dir, DataOpener::fileFilter());
    if (!found.isEmpty())
        m_session->locateData(found);
}

void ProjectController::openAtStart()
{
    QSettings settings;
    const QString last = settings.value(LastProjectKey).toString();
    if (!last.isEmpty() && QFileInfo::exists(last)) {
        openPath(last, false);
        return;
    }
    if (settings.value(SampleMadeKey).toBool() || !m_recent->files().isEmpty())
        return; // projects were used before: start empty
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString path = QDir(folder).filePath(SampleProject::fileName());
    if (QFileInfo::exists(path)) {
        settings.setValue(SampleMadeKey, true);
        openPath(path, false);
        return;
    }
    const QString data = DataOpener::samplePath();
    const QString model = ModelLocator::defaultModelDirectory();
    m_sampleMaker->start<Result<void>>(
        tr("Preparing the sample project"),
        [path, data, model](Progress &progress) { return SampleProject::create(path, data, DataOpener::SampleRows, model, &progress); },
        [this, path](Result<void> &&made) {
            if (!made) {
                if (made.error().code != ErrorCode::Canceled)
                    showError(tr("Could not prepare the sample project"), made.error());
                return;
            }
            QSettings().setValue(SampleMadeKey, true);
            if (!m_session->project() && !m_workspace->hasTable())
                openPath(path, false);
        });
}

} // namespace churnlens
