#include "projectsession.h"

#include "columnroles.h"
#include "jobs/taskrunner.h"
#include "ml/trainer.h"
#include "project/project.h"
#include "scoringcontext.h"
#include "services/loadservice.h"
#include "services/projectrecorder.h"
#include "workspace.h"
#include "workspacestate.h"

#include <QFileInfo>
#include <QTimer>

namespace churnlens {

namespace {

const QString StateKey = QStringLiteral("workspace");

QDir folderOf(const Project *project)
{
    return project ? QFileInfo(project->path()).absoluteDir() : QDir();
}

/*!
 * \a saved with the parts that are only known a moment after a save filled in from \a now:
 * the data's fingerprint (computed after a load) and the project run of a model trained in this
 * session (recorded after the run ended).
 */
QJsonObject withLateParts(QJsonObject saved, const QJsonObject &now)
{
    const QString data = QStringLiteral("data"), fingerprint = QStringLiteral("fingerprint");
    if (saved.contains(data) && now.contains(data)) {
        QJsonObject d = saved.value(data).toObject();
        const QString known = now.value(data).toObject().value(fingerprint).toString();
        if (d.value(fingerprint).toString().isEmpty() && !known.isEmpty()) {
            d.insert(fingerprint, known);
            saved.insert(data, d);
        }
    }
    const QString model = QStringLiteral("model"), run = QStringLiteral("run"), kind = QStringLiteral("kind");
    QJsonObject m = saved.value(model).toObject();
    const QJsonObject nowModel = now.value(model).toObject();
    if (m.value(kind) == run && nowModel.value(kind) == run && !m.contains(run) && nowModel.contains(run)) {
        m.insert(run, nowModel.value(run));
        saved.insert(model, m);
    }
    return saved;
}

} // namespace

struct ProjectSession::Loaded
{
    Result<LoadResult> result = makeError(ErrorCode::Internal, QString());
    TableStats stats;
    QString fingerprint;
    QList<Issue> issues; //!< what putting the saved column set-up back noticed
};

ProjectSession::ProjectSession(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_loader(new TaskRunner(this))
{
    auto update = [this]() { updateModified(); };
    ScoringContext *scoring = workspace->scoring();
    connect(workspace, &Workspace::tableChanged, this, update);
    connect(workspace, &Workspace::fingerprintChanged, this, update);
    connect(workspace, &Workspace::settingsChanged, this, update);
    connect(workspace, &Workspace::fieldLabelsChanged, this, update);
    // New data (or none) replaces data the project could not read: it is the user's choice now.
    connect(workspace, &Workspace::dataLoaded, this, [this]() {
        m_pendingData = {};
        updateModified();
    });
    connect(scoring, &ScoringContext::modelChanged, this, [this]() {
        if (!m_restoring)
            m_pendingModel = {};
        updateModified();
    });
    connect(scoring, &ScoringContext::scoresChanged, this, update);
    connect(scoring, &ScoringContext::modelFailed, this, &ProjectSession::onModelFailed);
    connect(scoring->runner(), &TaskRunner::finished, this, &ProjectSession::checkSettled);
    connect(m_loader, &TaskRunner::finished, this, &ProjectSession::checkSettled);
    connect(workspace->recorder(), &ProjectRecorder::runRecorded, this, update);
}

ProjectSession::~ProjectSession() = default;

Project *ProjectSession::project() const
{
    return m_workspace->project();
}

QJsonObject ProjectSession::currentState() const
{
    if (!project())
        return {};
    return stateOf(WorkspaceState::of(*m_workspace));
}

QJsonObject ProjectSession::stateOf(const WorkspaceState &state) const
{
    QJsonObject o = state.toJson(folderOf(project()));
    if (!m_pendingData.isEmpty() && !m_workspace->hasTable())
        o.insert(QStringLiteral("data"), m_pendingData);
    if (!m_pendingModel.isEmpty())
        o.insert(QStringLiteral("model"), m_pendingModel);
    return o;
}

Result<void> ProjectSession::writeState(const QJsonObject &state)
{
    Project *p = project();
    if (!p)
        return makeError(ErrorCode::Usage, tr("No project is open."));
    if (p->isReadOnly())
        return std::unexpected(Error::make(ErrorCode::Io, tr("The project \"%1\" is open read-only.").arg(p->name()), p->path(),
                                           tr("Use Save As to save your work in a copy.")));
    return p->file().setState(StateKey, state);
}

Result<void> ProjectSession::save()
{
    const QJsonObject now = currentState();
    if (auto written = writeState(now); !written)
        return written;
    m_saved = now;
    setModified(false);
    Q_EMIT saved();
    return {};
}

Result<void> ProjectSession::saveAs(const QString &path)
{
    Project *current = project();
    if (!current)
        return newProject(path);
    const QString target = QFileInfo(path).absoluteFilePath();
    if (target == current->path())
        return save();
    if (auto copied = current->file().copyTo(target); !copied)
        return copied;
    auto file = ProjectFile::open(target);
    if (!file)
        return std::unexpected(file.error());
    // The copy has the same runs and scorings under the same numbers: what was recorded stays linked.
    m_workspace->recorder()->keepLinksOnce();
    m_workspace->setProject(std::make_unique<Project>(std::move(*file)));
    return save();
}

Result<ModelChoice> ProjectSession::adoptModel(Project &from, Project &to)
{
    const ScoringContext *scoring = m_workspace->scoring();
    const bool isVersion = scoring->origin() == ScoringContext::Origin::Version;
    auto files = isVersion ? from.registry().files(scoring->version())
                           : from.runs().modelFiles(scoring->projectRun(), scoring->trainedIndex());
    if (!files)
        return std::unexpected(files.error());
    const QString origin = isVersion ? tr("v%1 of the project %2").arg(scoring->version()).arg(from.name())
                                     : tr("run %1 of the project %2").arg(scoring->projectRun()).arg(from.name());
    auto version = to.registerFiles(*files, origin, tr("The model in use when this project was made."));
    if (!version)
        return std::unexpected(version.error());
    ModelChoice choice = scoring->modelChoice();
    choice.kind = ModelChoice::Kind::Version;
    choice.version = version->version;
    choice.run = 0;
    choice.family.clear();
    return choice;
}

Result<void> ProjectSession::newProject(const QString &path)
{
    const QString target = QFileInfo(path).absoluteFilePath();
    Project *old = project();
    if (old && old->path() == target)
        return std::unexpected(Error::make(ErrorCode::Usage, tr("This project is open already."), target, tr("Use Save to save it.")));
    auto file = ProjectFile::create(target);
    if (!file)
        return std::unexpected(file.error());
    auto fresh = std::make_unique<Project>(std::move(*file));
    // A model of the project before lives in that file: the new project registers it as its own.
    const ScoringContext::Origin origin = m_workspace->scoring()->origin();
    std::optional<ModelChoice> adopted;
    if (old && (origin == ScoringContext::Origin::Version || origin == ScoringContext::Origin::ProjectRun)) {
        auto choice = adoptModel(*old, *fresh);
        if (!choice)
            return std::unexpected(choice.error()); // the new file stays, empty; the work stays where it was
        adopted = *choice;
    }
    m_workspace->setProject(std::move(fresh));
    m_workspace->recorder()->recordSessionWork(!adopted);
    if (!adopted)
        return save();
    m_workspace->scoring()->useModel(*adopted);
    QJsonObject now = currentState();
    now.insert(QStringLiteral("model"), adopted->toJson());
    if (auto written = writeState(now); !written)
        return written;
    m_saved = now;
    updateModified();
    Q_EMIT saved();
    return {};
}

Result<void> ProjectSession::open(const QString &path, ProjectFile::Access access, ProjectFile::OpenProblem *problem)
{
    auto file = ProjectFile::open(path, access, problem);
    if (!file)
        return std::unexpected(file.error());
    auto stateJson = (*file)->state(StateKey);
    if (!stateJson)
        return std::unexpected(stateJson.error());
    const QDir folder = QFileInfo((*file)->path()).absoluteDir();

    // The work of the project before goes (the caller asked about unsaved changes and jobs).
    m_loader->cancel();
    m_workspace->cancelJobsOnCurrentData();
    m_workspace->clear();
    m_workspace->setProject(std::make_unique<Project>(std::move(*file)));
    m_saved = *stateJson;
    m_pendingData = {};
    m_pendingModel = {};
    setModified(false);

    auto state = WorkspaceState::fromJson(*stateJson, folder);
    if (!state) {
        Error e = state.error();
        e.message = tr("The saved work of the project could not be read: %1").arg(e.message);
        e.file = project()->path();
        Q_EMIT restoreProblem(e);
        m_saved = {};
        restore(WorkspaceState());
        return {};
    }
    restore(*state);
    return {};
}

void ProjectSession::restore(const WorkspaceState &state)
{
    m_restoring = true;
    m_expectedFingerprint = state.fingerprint;
    m_workspace->setFieldLabels(state.labels);
    if (!state.train.isEmpty() || !state.campaign.isEmpty())
        m_workspace->restoreSettings(state.train, state.campaign);
    m_workspace->scoring()->useModel(state.model);
    if (state.source) {
        m_pendingData = m_saved.value(QStringLiteral("data")).toObject();
        loadData(state);
    }
    // Settled when the data is read and the model is in use (at once, when nothing had to be done).
    QTimer::singleShot(0, this, &ProjectSession::checkSettled);
}

void ProjectSession::locateData(const QString &path)
{
    if (!project())
        return;
    auto state = WorkspaceState::fromJson(QJsonObject{{QStringLiteral("data"), m_pendingData}}, folderOf(project()));
    if (!state || !state->source)
        return;
    state->source->path = QFileInfo(path).absoluteFilePath();
    m_restoring = true;
    m_expectedFingerprint = state->fingerprint;
    loadData(*state);
}

void ProjectSession::loadData(const WorkspaceState &state)
{
    const DataSource source = *state.source;
    if (source.kind != DataSource::Kind::Sql && !QFileInfo::exists(source.path)) {
        Q_EMIT dataMissing(source.path);
        return;
    }
    const QJsonObject columns = state.columns;
    m_loader->startLatest<Loaded>(
        tr("Opening %1").arg(source.displayName()),
        [source, columns](Progress &progress) {
            Loaded out;
            SubProgress read(&progress, 0.0, 0.85);
            out.result = LoadService::load(source, &read);
            if (!out.result)
                return out;
            ColumnRoles::apply(out.result->table, columns, out.result->csvOptions, &out.issues);
            // With the saved types: the project compares it with the fingerprint it saved.
            progress.setText(tr("Checking the data"));
            out.fingerprint = Trainer::fingerprint(out.result->table);
            out.stats = TableStats::of(out.result->table);
            progress.setProgress(1.0);
            return out;
        },
        [this, source](Loaded &&loaded) {
            Result<LoadResult> &result = loaded.result;
            if (!result) {
                if (result.error().code != ErrorCode::Canceled) {
                    Error e = result.error();
                    e.message = tr("The project's data could not be read: %1").arg(e.message);
                    if (source.kind == DataSource::Kind::Sql && e.hint.isEmpty())
                        e.hint = tr("Open the database again with File > Open Database (passwords are not saved in projects).");
                    Q_EMIT restoreProblem(e);
                }
                return; // the project stays open without its data; saving keeps the data as it was saved
            }
            DataSource kept = source;
            kept.sql.password.clear();
            LoadResult &r = *result;
            if (r.table.sourceName().isEmpty())
                r.table.setSourceName(source.displayName());
            m_workspace->setLoaded(std::move(r.table), kept, r.issues + loaded.issues, r.seconds, loaded.stats,
                                   loaded.fingerprint);
            if (!m_expectedFingerprint.isEmpty() && loaded.fingerprint != m_expectedFingerprint)
                Q_EMIT dataChanged(source.kind == DataSource::Kind::Sql ? source.displayName() : source.path);
            // The last scores come back by scoring the data again with the saved model.
            m_workspace->scoring()->scoreSessionTable();
        });
}

void ProjectSession::onModelFailed(const Error &error)
{
    if (!m_restoring || !project())
        return;
    // Keep the saved choice (saving must not lose it) and score with the default model meanwhile.
    m_pendingModel = m_saved.value(QStringLiteral("model")).toObject();
    Error e = error;
    e.message = tr("The model saved with the project could not be used: %1 The default model is used instead.").arg(e.message);
    Q_EMIT restoreProblem(e);
    m_workspace->scoring()->useDefaultModel();
}

void ProjectSession::checkSettled()
{
    if (!m_restoring || m_loader->isRunning() || m_workspace->scoring()->isBusy())
        return;
    m_restoring = false;
    // What the saved state left to the model and what the views made of the saved settings is
    // what was saved: opening a project does not make it "modified".
    const QJsonObject now = currentState();
    for (auto it = now.begin(); it != now.end(); ++it) {
        if (!m_saved.contains(it.key()))
            m_saved.insert(it.key(), it.value());
    }
    for (const QString &key : {QStringLiteral("train"), QStringLiteral("campaign")}) {
        if (now.contains(key))
            m_saved.insert(key, now.value(key));
    }
    QJsonObject data = m_saved.value(QStringLiteral("data")).toObject();
    const QJsonObject nowData = now.value(QStringLiteral("data")).toObject();
    if (!data.isEmpty() && data.value(QStringLiteral("source")) == nowData.value(QStringLiteral("source"))) {
        for (auto it = nowData.begin(); it != nowData.end(); ++it) {
            const QJsonValue saved = data.value(it.key());
            if (saved.isUndefined() || (saved.isObject() && saved.toObject().isEmpty()))
                data.insert(it.key(), it.value()); // e.g. no column set-up saved: the loader's guesses
        }
        m_saved.insert(QStringLiteral("data"), data);
    }
    QJsonObject model = m_saved.value(QStringLiteral("model")).toObject();
    const QJsonObject nowModel = now.value(QStringLiteral("model")).toObject();
    if (model.value(QStringLiteral("kind")) == nowModel.value(QStringLiteral("kind"))) {
        for (const QString &key : {QStringLiteral("threshold"), QStringLiteral("risk_thresholds")}) {
            if (!model.contains(key) && nowModel.contains(key))
                model.insert(key, nowModel.value(key));
        }
        // Cut points an older version saved without anyone choosing them are not kept (ModelChoice::fromJson).
        if (auto read = ModelChoice::fromJson(model); read && !read->risk)
            model.remove(QStringLiteral("risk_thresholds"));
        m_saved.insert(QStringLiteral("model"), model);
    }
    updateModified();
    Q_EMIT restoreFinished();
}

void ProjectSession::close()
{
    m_loader->cancel();
    m_restoring = false;
    m_pendingData = {};
    m_pendingModel = {};
    const ScoringContext::Origin origin = m_workspace->scoring()->origin();
    m_workspace->cancelJobsOnCurrentData();
    m_workspace->setProject(nullptr);
    m_workspace->clear();
    if (origin == ScoringContext::Origin::Version || origin == ScoringContext::Origin::ProjectRun)
        m_workspace->scoring()->useDefaultModel(); // the project's models went with it
    m_saved = {};
    setModified(false);
}

void ProjectSession::updateModified()
{
    Project *p = project();
    if (!p) {
        setModified(false);
        return;
    }
    if (m_restoring)
        return;
    const QJsonObject now = currentState();
    const QJsonObject filled = withLateParts(m_saved, now);
    if (filled != now) {
        setModified(true);
        return;
    }
    if (filled != m_saved) {
        // The save was complete but for what was still being worked out: complete it quietly.
        // (Read-only: only in memory. A failed write is tried again with the next change.)
        if (p->isReadOnly() || p->file().setState(StateKey, filled))
            m_saved = filled;
    }
    setModified(false);
}

void ProjectSession::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    Q_EMIT modifiedChanged(modified);
}

} // namespace churnlens
