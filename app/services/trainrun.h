#pragma once

#include "common/error.h"
#include "ml/trainoptions.h"
#include "trainresults.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <memory>
#include <vector>

namespace churnlens {

class DataTable;
class TaskRunner;

/*!
 * One training run as a queue of jobs, one per model family, trained one after another on
 * a single worker (XGBoost already uses every core). Each job is a Trainer::run() of that
 * family with the same options, so the split and the folds are the same for all; finished
 * jobs are merged into one TrainResults snapshot at once, so the first results show while
 * the slower families still train, and one family can be canceled without losing the others.
 * The best model is chosen as Trainer::run() chooses it (mean CV ROC AUC, or test ROC AUC
 * without CV). Owns its TaskRunner: destroying the run cancels and waits. The Workspace owns
 * it and keeps every run's results. GUI thread only.
 */
class TrainRun : public QObject
{
    Q_OBJECT

public:
    enum class JobState { Waiting, Running, Done, Canceled, Failed, Skipped };
    struct Job
    {
        ModelKind kind = ModelKind::Logistic;
        JobState state = JobState::Waiting;
        QString step;          //!< what it does now (fold, parameter set, round), or how it ended
        double fraction = 0.0;
        double seconds = 0.0;  //!< wall time once over
    };

    explicit TrainRun(QObject *parent = nullptr);
    ~TrainRun() override;

    TaskRunner *runner() const { return m_runner; }
    bool isRunning() const;
    const std::vector<Job> &jobs() const { return m_jobs; }
    //! Index of the running job, or -1.
    int currentJob() const { return m_current; }
    //! The merged results so far (null before the first job of a run finishes).
    std::shared_ptr<const TrainResults> results() const { return m_results; }
    //! The snapshot the running run trains on (null when idle).
    std::shared_ptr<const DataTable> table() const { return m_table; }

    /*!
     * Trains every family of options.models, in that order, on \a table (a snapshot: later
     * edits do not reach this run), as run number runId() + 1. results() then follows the new
     * run (the Workspace keeps the earlier ones). False while a run is going.
     * \a dataGeneration tags the results with the data they belong to (Workspace::dataGeneration()).
     */
    bool start(std::shared_ptr<const DataTable> table, const TrainOptions &options, const QString &dataName,
               quint64 dataGeneration = 0);
    //! The number of the latest run started (0 before the first).
    int runId() const { return m_runId; }
    //! The data generation the latest run was started on.
    quint64 dataGeneration() const { return m_dataGeneration; }

    //! The best of the merged models, as Trainer::run() picks it; -1 if none.
    static int bestModel(const TrainReport &report);
    /*!
     * Snapshots published in the latest run (resultsChanged() with a new results()). Each
     * costs the views a rebuild: one per finished family, plus one when a cancel or failure
     * after the last finished family ends the run. A test's count, not a figure for users.
     */
    int publishedSnapshots() const { return m_published; }

public Q_SLOTS:
    //! Stops job \a index (running: within the core's poll interval; waiting: it is skipped).
    void cancelJob(int index);
    //! Stops the running job and skips the rest.
    void cancelAll();

Q_SIGNALS:
    //! A run started: the job list was replaced.
    void jobsReset();
    void jobChanged(int index);
    //! A job finished and results() holds one more model.
    void resultsChanged();
    //! A job failed (not canceled); the rest of the run is skipped.
    void failed(const churnlens::Error &error);
    //! Every job is over; the run is idle.
    void finished();

private:
    struct Output;
    struct RunInfo;
    void startNext();
    void onJobDone(Output &&output);
    //! \a previous with the models of \a report added (on the worker; reads only its arguments).
    static Result<std::shared_ptr<TrainResults>> merged(const std::shared_ptr<const TrainResults> &previous, const RunInfo &info,
                                                        TrainReport &&report, std::vector<ThresholdCurve> &&curves);

    TaskRunner *m_runner;
    std::shared_ptr<const DataTable> m_table;
    TrainOptions m_options;
    QString m_dataName;
    quint64 m_dataGeneration = 0;
    QDateTime m_started;
    int m_runId = 0;
    std::vector<Job> m_jobs;
    int m_current = -1;
    bool m_cancelingOne = false;
    std::shared_ptr<const TrainResults> m_results;
    int m_published = 0;
};

} // namespace churnlens
