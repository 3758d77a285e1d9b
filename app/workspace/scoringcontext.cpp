#include "scoringcontext.h"

#include "jobs/taskrunner.h"
#include "ml/modelbundle.h"
#include "ml/modellocator.h"
#include "project/project.h"
#include "score/riskdefaults.h"
#include "services/loadservice.h"
#include "services/scoringservice.h"
#include "services/trainresults.h"
#include "workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QTimer>

#include <cmath>

namespace churnlens {

namespace {
const QString ModelFolderKey = QStringLiteral("scoring/modelFolder");
}

//! What one scoring job is asked to do: put a model in use, then (re)score customers.
struct ScoringContext::Request
{
    enum class ModelFrom { Keep, Folder, Default, Trained, Given, Files };
    ModelFrom from = ModelFrom::Keep;
    QString folder;
    std::shared_ptr<const TrainResults> run;
    int index = -1;
    std::shared_ptr<const ModelBundle> given;
    Origin givenOrigin = Origin::None; //!< also the origin of ModelFrom::Files
    std::shared_ptr<const ModelBundle::Files> files; //!< a version's or a project run's files, read on the GUI thread
    int version = 0;
    qint64 projectRun = 0;
    //! Decision threshold for the model put in use (or the current one); NaN: the model's own.
    double threshold = std::nan("");
    bool userChoice = false;
    //! The risk cut points were given with this request (not left over from the model before).
    bool riskGiven = false;

    bool score = false; //!< score customers (the table, or the file at path)
    std::shared_ptr<const DataTable> table;
    QString path;
    QString source;
    bool fromWorkspace = false;
    QList<Issue> loadIssues; //!< the loader's notes on table (the workspace's data)
    std::optional<RiskThresholds> risk;
    //! How cut points are chosen when none are given (the preferences' rule when submitted).
    RiskTierRule rule;
    //! The fingerprint of table when the workspace knows it (spares the job a pass over the data).
    QString fingerprint;

    bool changesModel() const { return from != ModelFrom::Keep || !std::isnan(threshold); }
};

struct ScoringContext::Outcome
{
    // The model put in use, when the request changed it.
    bool newModel = false;
    std::shared_ptr<const ModelBundle> model;
    Origin origin = Origin::None;
    QString path;
    std::shared_ptr<const TrainResults> run;
    int index = -1;
    int version = 0;
    qint64 projectRun = 0;
    bool userChoice = false;
    bool isDefault = false;
    std::optional<RiskThresholds> risk; //!< cut points given with the model
    std::optional<Error> modelError;

    // The customers scored (or re-labelled).
    bool scored = false;
    bool relabelled = false;
    std::shared_ptr<const DataTable> table;
    std::shared_ptr<const ScoreResult> result;
    QString source;
    bool fromWorkspace = false;
    QList<Issue> loadIssues;
    bool inSample = false;
    std::optional<Error> scoreError;
};

ScoringContext::ScoringContext(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_runner(new TaskRunner(this))
{
    connect(workspace, &Workspace::tableChanged, this, &ScoringContext::onWorkspaceTableChanged);
    connect(workspace, &Workspace::preferencesChanged, this, &ScoringContext::onPreferencesChanged);
    connect(workspace, &Workspace::fieldLabelsChanged, this, &ScoringContext::onFieldLabelsChanged);
    // Reading the model takes a moment: after the window is up, not in the constructor.
    QTimer::singleShot(0, this, [this]() {
        if (m_model || m_userChoseModel || m_inflight)
            return;
        const QString remembered = QSettings().value(ModelFolderKey).toString();
        Request r;
        if (!remembered.isEmpty() && QFileInfo::exists(QDir(remembered).filePath(QStringLiteral("meta.json")))) {
            r.from = Request::ModelFrom::Folder;
            r.folder = remembered;
        } else {
            r.from = Request::ModelFrom::Default;
        }
        submit(std::move(r));
    });
}

ScoringContext::~ScoringContext() = default;

double ScoringContext::threshold() const
{
    return m_model ? m_model->threshold() : std::nan("");
}

QString ScoringContext::modelTitle() const
{
    if (!m_model)
        return tr("No model");
    const QString kind = displayName(m_model->kind());
    switch (m_origin) {
    case Origin::Trained:
        if (m_run)
            return tr("%1 from training run %2 (%3)").arg(kind).arg(m_run->runId).arg(m_run->dataName);
        return tr("%1 trained in this session").arg(kind);
    case Origin::Default:
        return tr("%1 — the default model shipped with ChurnLens").arg(kind);
    case Origin::Folder:
        return tr("%1 from %2").arg(kind, QDir::toNativeSeparators(m_modelPath));
    case Origin::Version:
        return tr("v%1 (%2) from this project's models").arg(m_version).arg(kind);
    case Origin::ProjectRun:
        return tr("%1 from run %2 of this project").arg(kind).arg(m_projectRun);
    case Origin::None:
        break;
    }
    return kind;
}

QString ScoringContext::modelName() const
{
    if (m_model && m_origin == Origin::Version)
        return QStringLiteral("v%1 (%2)").arg(m_version).arg(displayName(m_model->kind()));
    if (m_model && m_origin == Origin::ProjectRun)
        return tr("run %1: %2").arg(m_projectRun).arg(displayName(m_model->kind()));
    return m_modelPath.isEmpty() ? modelTitle() : m_modelPath;
}

ModelChoice ScoringContext::modelChoice() const
{
    ModelChoice c;
    switch (m_origin) {
    case Origin::None:
    case Origin::Default:
        c.kind = ModelChoice::Kind::Default;
        break;
    case Origin::Folder:
        c.kind = ModelChoice::Kind::Folder;
        c.folder = m_modelPath;
        break;
    case Origin::Version:
        c.kind = ModelChoice::Kind::Version;
        c.version = m_version;
        break;
    case Origin::Trained:
    case Origin::ProjectRun:
        c.kind = ModelChoice::Kind::Run;
        c.run = m_origin == Origin::ProjectRun ? m_projectRun : 0;
        c.index = m_runIndex;
        if (m_model)
            c.family = machineName(m_model->kind());
        break;
    }
    if (m_model) {
        c.threshold = m_model->threshold();
        c.risk = m_risk; // only cut points that were given: the others follow the preferences
    }
    return c;
}

bool ScoringContext::scoresSessionTable() const
{
    return m_fromWorkspace && m_table && m_table == m_workspace->table();
}

RiskThresholds ScoringContext::riskThresholds() const
{
    if (m_scores)
        return m_scores->riskThresholds;
    if (m_risk)
        return *m_risk;
    return m_model ? defaultRiskThresholds(*m_model, m_workspace->preferences().riskTiers) : RiskThresholds();
}

QString ScoringContext::riskThresholdsDescription() const
{
    const RiskThresholds t = riskThresholds();
    if (m_risk && (!m_model || *m_risk != defaultRiskThresholds(*m_model, m_workspace->preferences().riskTiers))) {
        RiskTierRule fixed;
        fixed.kind = RiskTierRule::Kind::Fixed;
        return tr("High: probability of at least %1.\nMedium: at least %2.\nLow: below %2.\n"
                  "(Cut points set for this work; the default rule is in Preferences.)")
            .arg(QLocale().toString(100.0 * t.high, 'f', 1) + QLatin1Char('%'),
                 QLocale().toString(100.0 * t.medium, 'f', 1) + QLatin1Char('%'));
    }
    return m_workspace->preferences().riskTiers.describe(t);
}

bool ScoringContext::isBusy() const
{
    return m_runner->isRunning() || m_inflight;
}

ScoringContext::Request ScoringContext::customersAgain() const
{
    Request r;
    if (m_table) {
        r.score = true;
        r.table = m_table;
        r.source = m_source;
        r.fromWorkspace = m_fromWorkspace;
        r.loadIssues = m_fromWorkspace ? m_workspace->loadIssues() : m_loadIssues;
    }
    return r;
}

void ScoringContext::setModel(std::shared_ptr<const ModelBundle> model, Origin origin, const QString &path)
{
    Request r = customersAgain();
    r.from = Request::ModelFrom::Given;
    r.given = std::move(model);
    r.givenOrigin = origin;
    r.folder = path;
    r.userChoice = origin != Origin::Default;
    submit(std::move(r));
}

void ScoringContext::openModel(const QString &directory)
{
    Request r = customersAgain();
    r.from = Request::ModelFrom::Folder;
    r.folder = QFileInfo(directory).absoluteFilePath();
    r.userChoice = true;
    submit(std::move(r));
}

void ScoringContext::useTrainedModel(std::shared_ptr<const TrainResults> run, int index, double threshold)
{
    if (!run || index < 0 || index >= run->modelCount())
        return;
    Request r = customersAgain();
    if (!r.score && m_workspace->hasTable()) {
        // Nothing scored yet: score the data the user works on.
        r.score = true;
        r.table = m_workspace->table();
        r.fromWorkspace = true;
        r.loadIssues = m_workspace->loadIssues();
        r.source = m_workspace->source().kind == DataSource::Kind::Sql ? m_workspace->source().displayName() : m_workspace->source().path;
    }
    r.from = Request::ModelFrom::Trained;
    r.run = std::move(run);
    r.index = index;
    r.threshold = threshold;
    r.userChoice = true;
    submit(std::move(r));
}

void ScoringContext::useLatestTrainedModel()
{
    if (auto run = m_workspace->latestRunWithModel())
        useTrainedModel(run, run->report.best);
}

void ScoringContext::useDefaultModel()
{
    Request r = customersAgain();
    r.from = Request::ModelFrom::Default;
    r.userChoice = true;
    submit(std::move(r));
}

bool ScoringContext::useProjectFiles(Request &r, Origin origin)
{
    Project *project = m_workspace->project();
    Result<ModelBundle::Files> files = project == nullptr
        ? makeError(ErrorCode::Usage, tr("No project is open: its models cannot be used."))
        : origin == Origin::Version ? project->registry().files(r.version)
                                    : project->runs().modelFiles(r.projectRun, r.index);
    if (!files) {
        Q_EMIT modelFailed(files.error());
        return false;
    }
    // Reading the bytes is quick; decoding them (XGBoost's JSON) is done by the job.
    r.from = Request::ModelFrom::Files;
    r.files = std::make_shared<const ModelBundle::Files>(std::move(*files));
    r.givenOrigin = origin;
    r.userChoice = true;
    return true;
}

void ScoringContext::useVersion(int version, double threshold)
{
    Request r = customersAgain();
    r.version = version;
    r.threshold = threshold;
    if (useProjectFiles(r, Origin::Version))
        submit(std::move(r));
}

void ScoringContext::useProjectRun(qint64 runId, int index, double threshold)
{
    Request r = customersAgain();
    r.projectRun = runId;
    r.index = index;
    r.threshold = threshold;
    if (useProjectFiles(r, Origin::ProjectRun))
        submit(std::move(r));
}

void ScoringContext::useModel(const ModelChoice &choice)
{
    Request r = customersAgain();
    r.threshold = choice.threshold;
    r.userChoice = true;
    if (choice.risk) {
        r.risk = choice.risk;
        r.riskGiven = true;
    }
    switch (choice.kind) {
    case ModelChoice::Kind::Default:
        r.from = Request::ModelFrom::Default;
        break;
    case ModelChoice::Kind::Folder:
        r.from = Request::ModelFrom::Folder;
        r.folder = QFileInfo(choice.folder).absoluteFilePath();
        break;
    case ModelChoice::Kind::Version:
        r.version = choice.version;
        if (!useProjectFiles(r, Origin::Version))
            return;
        break;
    case ModelChoice::Kind::Run:
        r.projectRun = choice.run;
        r.index = choice.index;
        if (!useProjectFiles(r, Origin::ProjectRun))
            return;
        break;
    }
    submit(std::move(r));
}

void ScoringContext::setThreshold(double threshold)
{
    if (!m_model || !(threshold > 0.0 && threshold < 1.0) || threshold == m_model->threshold())
        return;
    Request r = customersAgain();
    r.threshold = threshold;
    submit(std::move(r));
}

void ScoringContext::onWorkspaceTableChanged()
{
    // Scores of an older snapshot of the workspace's data no longer match what the user sees.
    if (m_fromWorkspace && m_table && m_table != m_workspace->table()) {
        m_table.reset();
        m_fromWorkspace = false;
        m_loadIssues.clear();
        clearScores();
    }
}

void ScoringContext::onFieldLabelsChanged()
{
    // Only the words change: the reasons are written on demand, so a copy with new labels will do.
    if (!m_scores || !m_table)
        return;
    auto copy = std::make_shared<ScoreResult>(*m_scores);
    copy->factorWriter.setLabels(*m_table, m_workspace->fieldLabels());
    m_scores = std::move(copy);
    Q_EMIT scoresChanged();
}

void ScoringContext::ensureScored()
{
    if (!m_workspace->hasTable())
        return;
    if (m_inflight && m_inflight->score
        && (!m_inflight->fromWorkspace || m_inflight->table == m_workspace->table()))
        return; // being scored (or another file the user asked for is)
    if (m_table && m_scores && (!m_fromWorkspace || m_table == m_workspace->table()))
        return; // scored; or the user scored another file: keep showing it
    scoreSessionTable();
}

void ScoringContext::scoreSessionTable()
{
    if (!m_workspace->hasTable())
        return;
    Request r;
    r.score = true;
    r.table = m_workspace->table();
    const DataSource &src = m_workspace->source();
    r.source = src.kind == DataSource::Kind::Sql ? src.displayName() : src.path;
    if (r.source.isEmpty())
        r.source = r.table->sourceName();
    r.fromWorkspace = true;
    r.loadIssues = m_workspace->loadIssues();
    submit(std::move(r));
}

void ScoringContext::scoreFile(const QString &path)
{
    Request r;
    r.score = true;
    r.path = QFileInfo(path).absoluteFilePath();
    r.source = r.path;
    submit(std::move(r));
}

void ScoringContext::setRiskThresholds(const RiskThresholds &thresholds)
{
    if (!thresholds.validate())
        return;
    m_risk = thresholds;
    if (!m_scores || m_scores->riskThresholds == thresholds) {
        if (!m_inflight)
            return;
    }
    Request r;
    r.risk = thresholds;
    r.riskGiven = true;
    submit(std::move(r));
}

void ScoringContext::useDefaultRiskThresholds()
{
    if (!m_risk)
        return;
    m_risk.reset();
    if (m_model)
        relabel(defaultRiskThresholds(*m_model, m_workspace->preferences().riskTiers));
}

void ScoringContext::onPreferencesChanged()
{
    // Cut points given by the user or the project stay; the others follow the new rule.
    if (m_risk || !m_model)
        return;
    relabel(defaultRiskThresholds(*m_model, m_workspace->preferences().riskTiers));
}

void ScoringContext::relabel(const RiskThresholds &thresholds)
{
    if (!m_inflight && (!m_scores || m_scores->riskThresholds == thresholds))
        return;
    Request r;
    r.risk = thresholds;
    submit(std::move(r));
}

void ScoringContext::cancel()
{
    m_inflight.reset();
    m_runner->cancel();
}

void ScoringContext::showCustomer(qsizetype row)
{
    if (m_scores && row >= 0 && row < m_scores->rows)
        Q_EMIT customerRequested(row);
}

void ScoringContext::clearScores()
{
    const bool had = bool(m_scores);
    m_scores.reset();
    if (had)
        Q_EMIT scoresChanged();
}

void ScoringContext::submit(Request request)
{
    // Latest wins, but a newer request never drops what an unfinished one was asked to do:
    // it builds on it (a model being opened stays opened when the user then changes the cut points).
    if (m_inflight) {
        const Request &before = *m_inflight;
        if (request.from == Request::ModelFrom::Keep) {
            request.from = before.from;
            request.folder = before.folder;
            request.run = before.run;
            request.index = before.index;
            request.given = before.given;
            request.givenOrigin = before.givenOrigin;
            request.files = before.files;
            request.version = before.version;
            request.projectRun = before.projectRun;
            request.userChoice = before.userChoice;
            request.riskGiven = request.riskGiven || before.riskGiven;
            if (std::isnan(request.threshold))
                request.threshold = before.threshold;
        }
        if (!request.score && before.score) {
            request.score = true;
            request.table = before.table;
            request.path = before.path;
            request.source = before.source;
            request.fromWorkspace = before.fromWorkspace;
            request.loadIssues = before.loadIssues;
        }
        if (!request.risk)
            request.risk = before.risk;
    }
    // A model put in use brings its own cut points, unless they were given with it (or after it).
    if (request.userChoice)
        m_userChoseModel = true;
    else if (request.from == Request::ModelFrom::Default && m_userChoseModel)
        request.from = Request::ModelFrom::Keep; // the default never replaces the user's choice
    if (request.changesModel() && !request.riskGiven)
        request.risk.reset(); // the cut points follow the new model (the preferences' rule)
    else if (!request.risk)
        request.risk = m_risk;
    request.rule = m_workspace->preferences().riskTiers;
    if (request.score && request.fromWorkspace && request.table == m_workspace->table())
        request.fingerprint = m_workspace->dataFingerprint();

    if (request.score) {
        // Show the customers being scored at once: old scores of other data would mislead.
        if (request.table && request.table != m_table) {
            m_table = request.table;
            m_fromWorkspace = request.fromWorkspace;
            m_source = request.source;
            m_loadIssues.clear();
            clearScores();
        }
        Q_EMIT scoringStarted();
    }
    m_inflight = std::make_unique<Request>(request);

    const std::shared_ptr<const ModelBundle> current = m_model;
    const std::shared_ptr<const ScoreResult> oldScores = m_scores;
    const QString title = request.from == Request::ModelFrom::Keep ? (request.score ? tr("Scoring customers") : tr("Updating risk levels"))
                          : request.from == Request::ModelFrom::Trained || request.from == Request::ModelFrom::Files ? tr("Preparing the model")
                                                                        : tr("Reading the model");
    m_runner->startLatest<Result<Outcome>>(
        title,
        [request, current, oldScores, labels = m_workspace->fieldLabels()](Progress &progress) -> Result<Outcome> {
            Outcome out;
            std::shared_ptr<const ModelBundle> model = current;
            // 1. The model.
            if (request.changesModel()) {
                Result<ModelBundle> loaded = makeError(ErrorCode::Internal, QString());
                switch (request.from) {
                case Request::ModelFrom::Keep:
                    loaded = current ? Result<ModelBundle>(*current) : makeError(ErrorCode::Model, ScoringContext::tr("There is no model in use."));
                    out.origin = Origin::None; // filled in by apply() from the current state
                    break;
                case Request::ModelFrom::Folder:
                    loaded = ModelBundle::load(request.folder);
                    out.origin = Origin::Folder;
                    out.path = request.folder;
                    break;
                case Request::ModelFrom::Default: {
                    const QString dir = ModelLocator::defaultModelDirectory();
                    out.isDefault = true;
                    out.origin = Origin::Default;
                    out.path = dir;
                    loaded = dir.isEmpty() ? makeError(ErrorCode::Model, ScoringContext::tr("No default model was found."))
                                           : ModelBundle::load(dir);
                    break;
                }
                case Request::ModelFrom::Trained:
                    loaded = ModelBundle::fromReport(request.run->report, request.index);
                    out.origin = Origin::Trained;
                    out.run = request.run;
                    out.index = request.index;
                    break;
                case Request::ModelFrom::Given:
                    loaded = request.given ? Result<ModelBundle>(*request.given) : makeError(ErrorCode::Model, QString());
                    out.origin = request.givenOrigin;
                    out.path = request.folder;
                    break;
                case Request::ModelFrom::Files:
                    loaded = ModelBundle::decode(*request.files);
                    out.origin = request.givenOrigin;
                    out.version = request.version;
                    out.projectRun = request.projectRun;
                    out.index = request.index;
                    break;
                }
                if (!loaded) {
                    out.modelError = loaded.error();
                } else {
                    if (!std::isnan(request.threshold))
                        loaded->setThreshold(request.threshold);
                    model = std::make_shared<const ModelBundle>(std::move(*loaded));
                    out.newModel = true;
                    out.model = model;
                    out.userChoice = request.userChoice;
                    if (request.riskGiven)
                        out.risk = request.risk;
                }
            }
            if (progress.isCanceled())
                return std::unexpected(Error::canceled());
            // 2. The customers.
            if (request.score && model && !(out.modelError && !current)) {
                out.source = request.source;
                out.fromWorkspace = request.fromWorkspace;
                out.table = request.table;
                SubProgress scoreProgress(&progress, out.table ? 0.0 : 0.3, 1.0);
                if (!out.table) {
                    progress.setText(ScoringContext::tr("Reading %1").arg(QFileInfo(request.path).fileName()));
                    SubProgress loadProgress(&progress, 0.0, 0.3);
                    auto loaded = LoadService::load(DataSource::fromPath(request.path), &loadProgress);
                    if (!loaded) {
                        if (loaded.error().code == ErrorCode::Canceled)
                            return std::unexpected(loaded.error());
                        out.scoreError = loaded.error();
                        return out;
                    }
                    out.loadIssues = loaded->issues;
                    out.table = std::make_shared<const DataTable>(std::move(loaded->table));
                } else {
                    out.loadIssues = request.loadIssues;
                }
                progress.setText(ScoringContext::tr("Scoring customers"));
                ScoreOptions options;
                options.risk = request.risk ? *request.risk : defaultRiskThresholds(*model, request.rule);
                options.labels = labels;
                auto scored = ScoringService::score(*model, *out.table, options, out.loadIssues, &scoreProgress);
                if (!scored) {
                    if (scored.error().code == ErrorCode::Canceled)
                        return std::unexpected(scored.error());
                    out.scoreError = scored.error();
                    return out;
                }
                out.result = std::make_shared<const ScoreResult>(std::move(*scored));
                out.scored = true;
                out.inSample = ScoringService::isTrainingData(*model, *out.table, request.fingerprint);
            } else if (request.risk && oldScores && !out.newModel && oldScores->riskThresholds != *request.risk) {
                // Only the labels change: re-label a copy (a million rows take a moment).
                auto copy = std::make_shared<ScoreResult>(*oldScores);
                copy->riskThresholds = *request.risk;
                for (size_t i = 0; i < copy->probabilities.size(); ++i)
                    copy->risk[i] = request.risk->level(copy->probabilities[i]);
                copy->counts = request.risk->count(copy->probabilities);
                out.result = std::move(copy);
                out.relabelled = true;
            }
            return out;
        },
        [this](Result<Outcome> &&outcome) { apply(std::move(outcome)); });
}

void ScoringContext::apply(Result<Outcome> &&outcome)
{
    m_inflight.reset();
    if (!outcome) {
        if (outcome.error().code != ErrorCode::Canceled)
            Q_EMIT scoringFailed(outcome.error());
        return;
    }
    Outcome &out = *outcome;
    if (out.modelError) {
        if (out.isDefault) {
            // Not the user's doing: say it where the model is shown, no message box.
            m_modelProblem = m_model ? QString() : tr("the default model could not be read (%1).").arg(out.modelError->message);
            if (ModelLocator::defaultModelDirectory().isEmpty())
                m_modelProblem = tr("train one in the Train area, or open a saved model folder.");
            Q_EMIT modelChanged();
        } else {
            if (!m_model)
                m_modelProblem = out.modelError->message;
            Q_EMIT modelFailed(*out.modelError);
            if (!m_model)
                Q_EMIT modelChanged(); // the views say why there is no model
        }
    } else if (out.newModel) {
        m_model = out.model;
        if (out.origin != Origin::None) {
            m_origin = out.origin;
            m_modelPath = out.origin == Origin::Trained ? QString() : out.path;
            m_run = out.run;
            m_runIndex = out.index;
            m_version = out.version;
            m_projectRun = out.projectRun;
        }
        m_modelProblem.clear();
        m_risk = out.risk;
        if (out.userChoice) {
            // Remember a folder the user chose; a model from a training run lives in this session only.
            if (m_origin == Origin::Folder)
                QSettings().setValue(ModelFolderKey, m_modelPath);
            else
                QSettings().remove(ModelFolderKey);
        }
        if (!out.scored && m_scores)
            clearScores(); // scores of the previous model
        Q_EMIT modelChanged();
    }
    if (out.scoreError)
        Q_EMIT scoringFailed(*out.scoreError);
    if (out.relabelled) {
        if (m_scores && out.result) {
            m_scores = out.result;
            Q_EMIT scoresChanged();
        }
        return;
    }
    if (!out.scored)
        return;
    if (out.fromWorkspace && out.table != m_workspace->table())
        return; // the workspace's data changed meanwhile: these scores belong to nothing on screen
    m_table = out.table;
    m_fromWorkspace = out.fromWorkspace;
    m_source = out.source;
    m_loadIssues = out.loadIssues;
    m_scores = out.result;
    m_inSample = out.inSample;
    ++m_scoringSerial;
    Q_EMIT scoresChanged();
}

} // namespace churnlens
