#include "trainrun.h"

#include "trainingreference.h"

#include "common/progress.h"
#include "data/datatable.h"
#include "ml/trainer.h"
#include "jobs/taskrunner.h"

#include <QSet>

#include <algorithm>

namespace churnlens {

std::shared_ptr<const ModelReport> TrainResults::modelOf(const std::shared_ptr<const TrainResults> &results, int index)
{
    if (!results || index < 0 || index >= results->modelCount())
        return nullptr;
    return std::shared_ptr<const ModelReport>(results, &results->report.models[size_t(index)]);
}

struct TrainRun::Output
{
    //! The run's new snapshot, merged on the worker (the GUI thread only publishes it).
    Result<std::shared_ptr<TrainResults>> results = std::shared_ptr<TrainResults>();
};

//! What merged() needs to know about the run besides the previous snapshot.
struct TrainRun::RunInfo
{
    QString dataName;
    int runId = 0;
    quint64 dataGeneration = 0;
    QDateTime started;
};

TrainRun::TrainRun(QObject *parent)
    : QObject(parent)
    , m_runner(new TaskRunner(this))
{
    connect(m_runner, &TaskRunner::progressChanged, this, [this](double fraction, const QString &text) {
        if (m_current < 0)
            return;
        Job &job = m_jobs[size_t(m_current)];
        job.fraction = fraction;
        if (!text.isEmpty() && !m_runner->isCanceling()) {
            // The row already names the model: "fold 2/5 · round 80/300" rather than "XGBoost · fold 2/5 · …".
            const QString prefix = displayName(job.kind) + QStringLiteral(" · ");
            job.step = text.startsWith(prefix) ? text.mid(prefix.size()) : text;
            if (!job.step.isEmpty())
                job.step[0] = job.step[0].toUpper();
        }
        Q_EMIT jobChanged(m_current);
    });
    // A cancel from elsewhere (the status bar, Esc) means "stop training", not "skip to the next family".
    connect(m_runner, &TaskRunner::cancelRequested, this, [this]() {
        if (!m_cancelingOne)
            cancelAll();
        if (m_current >= 0) {
            m_jobs[size_t(m_current)].step = tr("Stopping…");
            Q_EMIT jobChanged(m_current);
        }
    });
}

TrainRun::~TrainRun() = default;

bool TrainRun::isRunning() const
{
    return m_current >= 0 || m_runner->isRunning();
}

int TrainRun::bestModel(const TrainReport &report)
{
    return report.bestIndex(); // Trainer::run()'s rule
}

bool TrainRun::start(std::shared_ptr<const DataTable> table, const TrainOptions &options, const QString &dataName,
                     quint64 dataGeneration)
{
    if (isRunning() || !table || options.models.empty())
        return false;
    m_table = std::move(table);
    m_options = options;
    m_dataName = dataName;
    m_dataGeneration = dataGeneration;
    m_started = QDateTime::currentDateTime();
    ++m_runId;
    m_results.reset();
    m_published = 0;
    m_jobs.clear();
    for (ModelKind kind : options.models) {
        if (std::none_of(m_jobs.begin(), m_jobs.end(), [kind](const Job &j) { return j.kind == kind; }))
            m_jobs.push_back({kind, JobState::Waiting, tr("Waiting"), 0.0, 0.0});
    }
    Q_EMIT jobsReset();
    Q_EMIT resultsChanged();
    startNext();
    return true;
}

void TrainRun::startNext()
{
    m_current = -1;
    m_cancelingOne = false;
    const auto next = std::find_if(m_jobs.begin(), m_jobs.end(), [](const Job &j) { return j.state == JobState::Waiting; });
    if (next == m_jobs.end()) {
        m_table.reset(); // the snapshot is not needed any more
        if (m_results && m_results->running) {
            // The last snapshot says the run is over (the Workspace keeps it as it is now).
            auto over = std::make_shared<TrainResults>(*m_results);
            over->running = false;
            m_results = std::move(over);
            ++m_published;
            Q_EMIT resultsChanged();
        }
        Q_EMIT finished();
        return;
    }
    m_current = int(next - m_jobs.begin());
    Job &job = *next;
    job.state = JobState::Running;
    job.step = tr("Starting");
    job.fraction = 0.0;
    TrainOptions options = m_options;
    options.models = {job.kind};
    std::shared_ptr<const DataTable> table = m_table;
    // The models so far are merged with the new one on the worker: the GUI thread only swaps the
    // finished snapshot in (a copy of every model's test scores would be O(rows) there).
    std::shared_ptr<const TrainResults> previous = m_results;
    const RunInfo info{m_dataName, m_runId, m_dataGeneration, m_started};
    m_runner->start<Output>(
        tr("Training: %1").arg(displayName(job.kind)),
        [table, options, previous, info](Progress &progress) {
            Output out;
            SubProgress training(&progress, 0.0, 0.95);
            Result<TrainReport> report = Trainer::run(*table, options, &training);
            if (report) {
                SubProgress remembering(&progress, 0.95, 1.0);
                if (auto kept = TrainingReference::attach(*report, *table, options.threads, &remembering); !kept)
                    report = std::unexpected(kept.error());
            }
            if (!report) {
                out.results = std::unexpected(report.error());
                return out;
            }
            // Sorted scores for the threshold slider, here rather than on the GUI thread.
            std::vector<ThresholdCurve> curves;
            for (const ModelReport &m : report->models)
                curves.emplace_back(report->testLabels, m.testScores);
            out.results = merged(previous, info, std::move(*report), std::move(curves));
            return out;
        },
        [this](Output &&output) { onJobDone(std::move(output)); });
    Q_EMIT jobChanged(m_current);
}

void TrainRun::onJobDone(Output &&output)
{
    const int index = m_current;
    Job &job = m_jobs[size_t(index)];
    job.seconds = m_runner->elapsedSeconds();
    job.fraction = 1.0;
    if (output.results) {
        // The snapshot is still this run's alone: say here whether more families follow (a
        // cancel may have skipped them meanwhile), so the last one is published once, finished.
        std::shared_ptr<TrainResults> &results = *output.results;
        results->running = std::any_of(m_jobs.begin(), m_jobs.end(), [](const Job &j) { return j.state == JobState::Waiting; });
        m_results = std::move(results);
        ++m_published;
        job.state = JobState::Done;
        job.step.clear();
        Q_EMIT jobChanged(index);
        Q_EMIT resultsChanged();
        startNext();
        return;
    }
    const Error &error = output.results.error();
    if (error.code == ErrorCode::Canceled) {
        job.state = JobState::Canceled;
        job.step = tr("Canceled");
        Q_EMIT jobChanged(index);
    } else {
        job.state = JobState::Failed;
        job.step = error.message;
        Q_EMIT jobChanged(index);
        for (size_t i = 0; i < m_jobs.size(); ++i) {
            if (m_jobs[i].state == JobState::Waiting) {
                m_jobs[i].state = JobState::Skipped;
                m_jobs[i].step = tr("Not run: an earlier model failed");
                Q_EMIT jobChanged(int(i));
            }
        }
        Q_EMIT failed(error);
    }
    startNext();
}

Result<std::shared_ptr<TrainResults>> TrainRun::merged(const std::shared_ptr<const TrainResults> &previous, const RunInfo &info,
                                                       TrainReport &&report, std::vector<ThresholdCurve> &&curves)
{
    auto results = std::make_shared<TrainResults>();
    if (!previous) {
        results->report = std::move(report);
        results->thresholds = std::move(curves);
        results->dataName = info.dataName;
        results->runId = info.runId;
        results->dataGeneration = info.dataGeneration;
        results->started = info.started;
        return results;
    }
    *results = *previous;
    TrainReport &all = results->report;
    // Same options and seed give the same split; anything else would make the rows incomparable.
    if (all.testRows != report.testRows || all.trainRows != report.trainRows)
        return makeError(ErrorCode::Internal, tr("The models were tested on different customers and cannot be compared."));
    QSet<QString> known;
    for (const Issue &i : std::as_const(all.issues))
        known.insert(i.toString());
    for (Issue &i : report.issues) {
        if (!known.contains(i.toString()))
            all.issues.append(std::move(i));
    }
    for (ModelReport &m : report.models) {
        all.options.models.push_back(m.kind);
        all.models.push_back(std::move(m));
    }
    for (ThresholdCurve &c : curves)
        results->thresholds.push_back(std::move(c));
    all.seconds += report.seconds;
    all.best = bestModel(all);
    all.featureNames = all.bestModel().model.featureNames();
    return results;
}

void TrainRun::cancelJob(int index)
{
    if (index < 0 || size_t(index) >= m_jobs.size())
        return;
    Job &job = m_jobs[size_t(index)];
    if (job.state == JobState::Waiting) {
        job.state = JobState::Canceled;
        job.step = tr("Canceled before it started");
        Q_EMIT jobChanged(index);
    } else if (job.state == JobState::Running) {
        m_cancelingOne = true;
        m_runner->cancel();
    }
}

void TrainRun::cancelAll()
{
    for (size_t i = 0; i < m_jobs.size(); ++i) {
        if (m_jobs[i].state == JobState::Waiting) {
            m_jobs[i].state = JobState::Canceled;
            m_jobs[i].step = tr("Canceled before it started");
            Q_EMIT jobChanged(int(i));
        }
    }
    m_cancelingOne = true; // the running job's cancel is this call's, not a new request
    m_runner->cancel();
    m_cancelingOne = false;
}

} // namespace churnlens
