#include "scoringcontext.h"

#include "ml/modelbundle.h"
#include "ml/trainreport.h"
#include "ml/modellocator.h"
#include "services/loadservice.h"
#include "services/scoringservice.h"
#include "workspace.h"
#include "jobs/taskrunner.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimer>

namespace churnlens {

struct ScoringContext::Input
{
    std::shared_ptr<const DataTable> table; //!< null: read path first
    QString path;
    QString source;
    bool session = false;
};

struct ScoringContext::Scored
{
    std::shared_ptr<const DataTable> table;
    std::shared_ptr<const ScoreResult> result;
    QString source;
    bool session = false;
    QList<Issue> loadIssues;
};

namespace {

using LoadedModel = Result<std::shared_ptr<const ModelBundle>>;

/*!
 * The session's model as a saved-model bundle: written to a temporary folder and read back,
 * so that scoring it takes exactly the path a saved model takes (same preparation JSON, same
 * booster JSON, same threshold).
 */
LoadedModel bundleFromReport(const ModelReport &model, const QString &target, const QString &positive)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return makeError(ErrorCode::Io, ScoringContext::tr("Cannot create a temporary folder for the model: %1").arg(dir.errorString()));
    TrainReport report;
    report.models.push_back(model);
    report.best = 0;
    report.targetColumn = target;
    report.positiveLabel = positive;
    report.created = QDateTime::currentDateTimeUtc();
    if (auto saved = ModelBundle::save(dir.path(), report); !saved)
        return std::unexpected(saved.error());
    auto bundle = ModelBundle::load(dir.path());
    if (!bundle)
        return std::unexpected(bundle.error());
    return std::make_shared<const ModelBundle>(std::move(*bundle));
}

LoadedModel loadFolder(const QString &directory)
{
    auto bundle = ModelBundle::load(directory);
    if (!bundle)
        return std::unexpected(bundle.error());
    return std::make_shared<const ModelBundle>(std::move(*bundle));
}

} // namespace

ScoringContext::ScoringContext(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_runner(new TaskRunner(this))
{
    connect(workspace, &Workspace::modelChanged, this, &ScoringContext::onSessionModelChanged);
    connect(workspace, &Workspace::tableChanged, this, &ScoringContext::onSessionTableChanged);
    // Queued: the runner reports idle only after its done() returned.
    connect(m_runner, &TaskRunner::finished, this, &ScoringContext::startPending, Qt::QueuedConnection);
    if (workspace->model())
        m_pendingSessionModel = true;
    // Reading the default model takes a moment: after the window is up, not in the constructor.
    QTimer::singleShot(0, this, [this]() {
        if (m_pendingSessionModel)
            startPending();
        else if (!m_model && !m_userChoseModel)
            loadDefaultModel();
    });
}

ScoringContext::~ScoringContext() = default;

QString ScoringContext::modelTitle() const
{
    if (!m_model)
        return tr("No model");
    const QString kind = displayName(m_model->kind());
    switch (m_origin) {
    case Origin::Trained:
        return tr("%1 trained in this session").arg(kind);
    case Origin::Default:
        return tr("%1 — the default model shipped with ChurnLens").arg(kind);
    case Origin::Folder:
        return tr("%1 from %2").arg(kind, QDir::toNativeSeparators(m_modelPath));
    case Origin::None:
        break;
    }
    return kind;
}

bool ScoringContext::scoresSessionTable() const
{
    return m_fromSession && m_table && m_table == m_workspace->table();
}

RiskThresholds ScoringContext::riskThresholds() const
{
    if (m_scores)
        return m_scores->riskThresholds;
    if (m_risk)
        return *m_risk;
    return m_model ? RiskThresholds::fromModelThreshold(m_model->threshold()) : RiskThresholds();
}

bool ScoringContext::isBusy() const
{
    return m_runner->isRunning() || m_pendingInput || !m_pendingModel.isEmpty() || m_pendingSessionModel;
}

void ScoringContext::setModel(std::shared_ptr<const ModelBundle> model, Origin origin, const QString &path)
{
    m_model = std::move(model);
    m_origin = m_model ? origin : Origin::None;
    m_modelPath = path;
    m_modelProblem.clear();
    m_risk.reset(); // cut points follow the new model's threshold unless set again
    Q_EMIT modelChanged();
    // The customers scored so far are scored again by the new model.
    if (m_table && m_model) {
        auto input = std::make_unique<Input>();
        input->table = m_table;
        input->source = m_source;
        input->session = m_fromSession;
        m_pendingInput = std::move(input);
    }
    clearScores();
    startPending();
}

void ScoringContext::loadDefaultModel()
{
    const QString dir = ModelLocator::defaultModelDirectory();
    if (dir.isEmpty()) {
        m_modelProblem = tr("train one in the Train area, or open a saved model folder.");
        Q_EMIT modelChanged();
        return;
    }
    m_pendingModel = dir;
    m_pendingDefault = true;
    startPending();
}

void ScoringContext::openModel(const QString &directory)
{
    m_userChoseModel = true;
    m_pendingSessionModel = false;
    m_pendingDefault = false;
    m_pendingModel = QFileInfo(directory).absoluteFilePath();
    if (m_runner->isRunning())
        m_runner->cancel(); // a scoring with the old model is wasted work
    startPending();
}

void ScoringContext::useSessionModel()
{
    if (!m_workspace->model())
        return;
    m_userChoseModel = true;
    m_pendingModel.clear();
    m_pendingDefault = false;
    m_pendingSessionModel = true;
    if (m_runner->isRunning())
        m_runner->cancel();
    startPending();
}

void ScoringContext::onSessionModelChanged()
{
    if (m_workspace->model())
        useSessionModel();
}

void ScoringContext::onSessionTableChanged()
{
    // Scores of an older snapshot of the session's data no longer match what the user sees.
    if (m_fromSession && m_table && m_table != m_workspace->table()) {
        m_table.reset();
        m_fromSession = false;
        clearScores();
    }
}

void ScoringContext::ensureScored()
{
    if (!m_workspace->hasTable())
        return;
    if (m_pendingInput && m_pendingInput->session && m_pendingInput->table == m_workspace->table())
        return;
    if (m_fromSession && m_table == m_workspace->table() && (m_scores || m_runner->isRunning()))
        return;
    if (!m_fromSession && m_table && (m_scores || m_runner->isRunning()))
        return; // the user scored another file: keep showing it
    scoreSessionTable();
}

void ScoringContext::scoreSessionTable()
{
    if (!m_workspace->hasTable())
        return;
    auto input = std::make_unique<Input>();
    input->table = m_workspace->table();
    const DataSource &src = m_workspace->source();
    input->source = src.kind == DataSource::Kind::Sql ? src.displayName() : src.path;
    if (input->source.isEmpty())
        input->source = input->table->sourceName();
    input->session = true;
    m_pendingInput = std::move(input);
    if (m_runner->isRunning())
        m_runner->cancel();
    startPending();
}

void ScoringContext::scoreFile(const QString &path)
{
    auto input = std::make_unique<Input>();
    input->path = QFileInfo(path).absoluteFilePath();
    input->source = input->path;
    m_pendingInput = std::move(input);
    if (m_runner->isRunning())
        m_runner->cancel();
    startPending();
}

void ScoringContext::cancel()
{
    m_pendingInput.reset();
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

void ScoringContext::startPending()
{
    if (m_runner->isRunning())
        return;
    if (m_pendingSessionModel || !m_pendingModel.isEmpty()) {
        const bool fromSession = m_pendingSessionModel;
        const QString folder = m_pendingModel;
        const bool isDefault = !fromSession && m_pendingDefault;
        m_pendingSessionModel = false;
        m_pendingDefault = false;
        m_pendingModel.clear();
        std::function<LoadedModel(Progress &)> work;
        if (fromSession) {
            std::shared_ptr<const ModelReport> report = m_workspace->model();
            if (!report)
                return startPending();
            const auto table = m_workspace->table();
            const int target = table ? table->targetIndex() : -1;
            const QString targetName = target >= 0 ? table->column(target).name() : QString();
            const QString positive = table ? table->positiveLabel() : QString();
            work = [report, targetName, positive](Progress &) { return bundleFromReport(*report, targetName, positive); };
        } else {
            work = [folder](Progress &) { return loadFolder(folder); };
        }
        m_runner->start<LoadedModel>(
            fromSession ? tr("Preparing the trained model") : tr("Reading the model"), std::move(work),
            [this, fromSession, folder, isDefault](LoadedModel &&loaded) {
                if (!loaded) {
                    if (isDefault) {
                        // Not the user's doing: say it where the model is shown, no message box.
                        m_modelProblem = tr("the default model could not be read (%1).").arg(loaded.error().message);
                        Q_EMIT modelChanged();
                        return;
                    }
                    if (!m_model)
                        m_modelProblem = loaded.error().message;
                    Q_EMIT modelFailed(loaded.error());
                    if (!m_model)
                        Q_EMIT modelChanged(); // the views say why there is no model
                    return;
                }
                setModel(std::move(*loaded), fromSession ? Origin::Trained : isDefault ? Origin::Default : Origin::Folder,
                         fromSession ? QString() : folder);
            });
        return;
    }
    if (m_pendingInput && m_model) {
        std::unique_ptr<Input> input = std::move(m_pendingInput);
        startScoring(*input);
    }
}

void ScoringContext::startScoring(const Input &input)
{
    std::shared_ptr<const ModelBundle> model = m_model;
    ScoreOptions options;
    options.risk = m_risk;
    // Show the scored customers at once: the old scores belong to other data or another model.
    if (input.table != m_table || !input.table) {
        m_table = input.table;
        m_fromSession = input.session;
        m_source = input.source;
        m_loadIssues.clear();
        clearScores();
    }
    Q_EMIT scoringStarted();
    m_runner->start<Result<Scored>>(
        tr("Scoring customers"),
        [model, options, input = input](Progress &progress) -> Result<Scored> {
            Scored out;
            out.source = input.source;
            out.session = input.session;
            out.table = input.table;
            SubProgress scoreProgress(&progress, input.table ? 0.0 : 0.3, 1.0);
            if (!out.table) {
                progress.setText(ScoringContext::tr("Reading %1").arg(QFileInfo(input.path).fileName()));
                SubProgress loadProgress(&progress, 0.0, 0.3);
                auto loaded = LoadService::load(DataSource::fromPath(input.path), &loadProgress);
                if (!loaded)
                    return std::unexpected(loaded.error());
                out.loadIssues = loaded->issues;
                out.table = std::make_shared<const DataTable>(std::move(loaded->table));
            }
            auto scored = ScoringService::score(*model, *out.table, options, out.loadIssues, &scoreProgress);
            if (!scored)
                return std::unexpected(scored.error());
            out.result = std::make_shared<const ScoreResult>(std::move(*scored));
            return out;
        },
        [this, model](Result<Scored> &&done) {
            if (!done) {
                if (done.error().code != ErrorCode::Canceled)
                    Q_EMIT scoringFailed(done.error());
                return;
            }
            if (model != m_model)
                return; // scored with a model the user has replaced meanwhile
            if (done->session && done->table != m_workspace->table())
                return; // the session's data changed meanwhile
            m_table = done->table;
            m_fromSession = done->session;
            m_source = done->source;
            m_loadIssues = done->loadIssues;
            m_scores = done->result;
            Q_EMIT scoresChanged();
        });
}

void ScoringContext::setRiskThresholds(const RiskThresholds &thresholds)
{
    if (!thresholds.validate())
        return;
    m_risk = thresholds;
    if (!m_scores || m_scores->riskThresholds == thresholds)
        return;
    if (m_runner->isRunning()) {
        // The running scoring picks the cut points up when it is restarted.
        if (m_table) {
            auto input = std::make_unique<Input>();
            input->table = m_table;
            input->source = m_source;
            input->session = m_fromSession;
            m_pendingInput = std::move(input);
            m_runner->cancel();
        }
        return;
    }
    // Only the labels change: re-label a copy on the worker (a million rows take a moment).
    std::shared_ptr<const ScoreResult> old = m_scores;
    m_runner->start<std::shared_ptr<const ScoreResult>>(
        tr("Updating risk levels"),
        [old, thresholds](Progress &) {
            auto copy = std::make_shared<ScoreResult>(*old);
            copy->riskThresholds = thresholds;
            for (size_t i = 0; i < copy->probabilities.size(); ++i)
                copy->risk[i] = thresholds.level(copy->probabilities[i]);
            copy->counts = thresholds.count(copy->probabilities);
            return std::shared_ptr<const ScoreResult>(std::move(copy));
        },
        [this, old](std::shared_ptr<const ScoreResult> &&relabelled) {
            if (m_scores != old)
                return;
            m_scores = std::move(relabelled);
            Q_EMIT scoresChanged();
        });
}

} // namespace churnlens
