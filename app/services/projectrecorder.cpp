#include "projectrecorder.h"

#include "impactservice.h"

#include "data/datatable.h"
#include "jobs/taskrunner.h"
#include "ml/trainer.h"
#include "project/project.h"
#include "score/campaignoptions.h"
#include "score/scoreresult.h"
#include "trainresults.h"
#include "trainrun.h"
#include "workspace/columnroles.h"
#include "workspace/scoringcontext.h"
#include "workspace/workspace.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace churnlens {

namespace {

bool sameScoring(const ScoringRecord &a, const ScoringRecord &b)
{
    return a.source == b.source && a.fingerprint == b.fingerprint && a.version == b.version && a.model == b.model
           && std::abs(a.threshold - b.threshold) < 1e-12 && a.rows == b.rows && a.high == b.high && a.medium == b.medium
           && a.low == b.low;
}

} // namespace

ProjectRecorder::ProjectRecorder(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_runner(new TaskRunner(this))
    , m_fingerprintCache(std::make_shared<std::pair<std::weak_ptr<const DataTable>, QString>>())
{
    connect(m_runner, &TaskRunner::finished, this, &ProjectRecorder::pump);
    connect(workspace, &Workspace::projectChanged, this, &ProjectRecorder::onProjectChanged);
    connect(workspace->training(), &TrainRun::jobsReset, this, &ProjectRecorder::onTrainingStarted);
    connect(workspace->training(), &TrainRun::finished, this, &ProjectRecorder::onTrainingFinished);
    connect(workspace->scoring(), &ScoringContext::scoresChanged, this, &ProjectRecorder::onScoresChanged);
}

ProjectRecorder::~ProjectRecorder() = default;

bool ProjectRecorder::isBusy() const
{
    return m_runner->isRunning() || !m_queue.empty();
}

void ProjectRecorder::enqueue(Item item)
{
    if (!item.project)
        return;
    m_queue.push_back(std::move(item));
    pump();
}

void ProjectRecorder::pump()
{
    while (!m_runner->isRunning() && !m_queue.empty()) {
        Item &front = m_queue.front();
        if (front.prepare) {
            auto prepare = std::move(front.prepare);
            front.prepare = nullptr;
            m_runner->start<int>(
                front.title,
                [prepare](Progress &progress) {
                    prepare(progress);
                    return 0;
                },
                [this](int &&) {
                    Item done = std::move(m_queue.front());
                    m_queue.pop_front();
                    // Written only into the project it was meant for (not one opened meanwhile).
                    if (done.project && done.project == m_workspace->project())
                        done.write(*done.project);
                });
            return; // pump() runs again when the runner is idle (finished)
        }
        Item done = std::move(front);
        m_queue.pop_front();
        if (done.project && done.project == m_workspace->project())
            done.write(*done.project);
    }
}

void ProjectRecorder::report(const Error &error)
{
    if (m_failureReported)
        return;
    m_failureReported = true;
    Q_EMIT failed(error);
}

void ProjectRecorder::onProjectChanged()
{
    m_failureReported = false;
    if (std::exchange(m_keepLinks, false))
        return;
    m_projectRuns.clear();
    m_scorings.clear();
    m_lastScoring.reset();
    if (Project *project = m_workspace->project()) {
        if (auto scorings = project->activity().scorings(); scorings && !scorings->isEmpty())
            m_lastScoring = scorings->last();
    }
    // The scores on screen belong to the project before: only a new scoring is this project's.
    m_lastSerial = m_workspace->scoring()->scoringSerial();
}

void ProjectRecorder::onTrainingStarted()
{
    const TrainRun *training = m_workspace->training();
    if (auto table = training->table())
        m_roles.insert(training->runId(), ColumnRoles::of(*table));
}

void ProjectRecorder::onTrainingFinished()
{
    const TrainRun *training = m_workspace->training();
    auto results = training->results();
    if (!results || results->runId != training->runId())
        return; // no model came out of this run
    // Some families not trained (canceled, or skipped after a failure): the run is recorded as canceled.
    const bool canceled = std::any_of(training->jobs().begin(), training->jobs().end(),
                                      [](const TrainRun::Job &j) { return j.state != TrainRun::JobState::Done; });
    m_canceled.insert(results->runId, canceled);
    recordRun(results, canceled);
}

void ProjectRecorder::recordRun(const std::shared_ptr<const TrainResults> &run, bool canceled)
{
    if (!run || run->modelCount() == 0 || !m_workspace->project())
        return;
    auto record = std::make_shared<Result<RunRecord>>(makeError(ErrorCode::Internal, QString()));
    const QJsonObject roles = m_roles.value(run->runId);
    const int sessionRun = run->runId;
    Item item;
    item.title = tr("Recording training run %1 in the project").arg(sessionRun);
    item.project = m_workspace->project();
    // Encoding the models (XGBoost's JSON) takes a moment for big ones: on the worker.
    item.prepare = [record, run, roles, canceled](Progress &) {
        *record = RunRecord::fromReport(run->report, run->dataName, roles, canceled);
    };
    item.write = [this, record, sessionRun](Project &project) {
        if (!*record) {
            report(record->error());
            return;
        }
        auto id = project.recordRun(**record);
        if (!id) {
            report(id.error());
            return;
        }
        succeeded();
        m_projectRuns.insert(sessionRun, *id);
        Q_EMIT runRecorded(sessionRun, *id);
    };
    enqueue(std::move(item));
}

void ProjectRecorder::onScoresChanged()
{
    const ScoringContext *scoring = m_workspace->scoring();
    if (scoring->scoringSerial() == m_lastSerial || !scoring->scores())
        return; // re-labelled (new risk cut points), or cleared: not a new scoring
    m_lastSerial = scoring->scoringSerial();
    recordScoring();
}

void ProjectRecorder::recordScoring()
{
    const ScoringContext *scoring = m_workspace->scoring();
    auto scores = scoring->scores();
    auto table = scoring->scoredTable();
    if (!scores || !table || !m_workspace->project())
        return;
    auto record = std::make_shared<ScoringRecord>();
    record->at = QDateTime::currentDateTimeUtc();
    record->source = scoring->scoredSource();
    if (record->source.isEmpty())
        record->source = table->sourceName();
    if (scoring->origin() == ScoringContext::Origin::Version)
        record->version = scoring->version();
    record->model = scoring->modelName();
    record->threshold = scores->threshold;
    record->rows = scores->rows;
    record->high = scores->counts.high;
    record->medium = scores->counts.medium;
    record->low = scores->counts.low;
    // The campaign list chosen at the time (the panel's assumptions stay out).
    const QJsonObject campaign = m_workspace->campaignSettings();
    if (auto options = CampaignOptions::fromJson(campaign))
        record->selection = options->toJson();
    const quint64 serial = scoring->scoringSerial();
    m_scorings.insert(serial, {0, record->version});

    Item item;
    item.title = tr("Recording the scoring in the project");
    item.project = m_workspace->project();
    auto cache = m_fingerprintCache;
    auto model = scoring->model();
    item.prepare = [record, table, scores, model, cache](Progress &) {
        if (cache->first.lock() != table)
            *cache = {table, Trainer::fingerprint(*table)};
        record->fingerprint = cache->second;
        if (model)
            ImpactService::fillScoringRecord(record.get(), *table, *scores, *model);
    };
    item.write = [this, record, serial](Project &project) {
        if (m_lastScoring && sameScoring(*m_lastScoring, *record)) {
            m_scorings[serial].id = m_lastScoring->id; // the same scoring again (a project opened)
            return;
        }
        auto id = project.recordScoring(*record);
        if (!id) {
            report(id.error());
            return;
        }
        succeeded();
        record->id = *id;
        m_lastScoring = *record;
        m_scorings[serial].id = *id;
        Q_EMIT scoringRecorded(*id);
    };
    enqueue(std::move(item));
}

void ProjectRecorder::recordExport(const ExportRecord &record, std::optional<quint64> scoringSerial)
{
    const quint64 serial = scoringSerial.value_or(m_workspace->scoring()->scoringSerial());
    Item item;
    item.title = tr("Recording the export in the project");
    item.project = m_workspace->project();
    // After the scoring it came from (it may still be waiting for its fingerprint).
    item.write = [this, record, serial](Project &project) {
        const ScoringLink link = m_scorings.value(serial);
        auto id = project.recordExport(record, link.version, link.id > 0 ? std::optional<qint64>(link.id) : std::nullopt);
        if (!id) {
            report(id.error());
            return;
        }
        succeeded();
        Q_EMIT exportRecorded(*id);
    };
    enqueue(std::move(item));
}

void ProjectRecorder::recordSessionWork(bool withScoring)
{
    if (!m_workspace->project())
        return;
    const TrainRun *training = m_workspace->training();
    const ScoringContext *scoring = m_workspace->scoring();
    auto runs = m_workspace->runsOfCurrentData();
    if (scoring->origin() == ScoringContext::Origin::Trained && scoring->trainedRun() && !runs.contains(scoring->trainedRun()))
        runs.prepend(scoring->trainedRun());
    for (const auto &run : std::as_const(runs)) {
        const bool ongoing = training->isRunning() && run->runId == training->runId();
        if (!ongoing && !m_projectRuns.contains(run->runId))
            recordRun(run, m_canceled.value(run->runId));
    }
    if (withScoring && scoring->scores() && !m_scorings.contains(scoring->scoringSerial()))
        recordScoring();
}

} // namespace churnlens
