#pragma once

#include "common/error.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

namespace churnlens {

class TaskRunner;

/*!
 * The one place long work runs (as QGIS's QgsTaskManager): every TaskRunner submits its job
 * here. A global thread budget (threadBudget(): the number of cores, at least two so that a
 * job waiting on a slow database never starves the rest) caps how many jobs run at once;
 * the others wait in line and say so. Every job is announced (jobStarted/jobFinished), so the
 * status bar shows and Esc cancels any of them. A job whose worker throws ends with an
 * Error (jobFailed) instead of an exception escaping into Qt.
 * Core's parallel loops (parallelFor) start their own threads and never wait on a pool, so a
 * job running here can never starve itself.
 * Lives on the GUI (main) thread; instance() is created on first use and destroyed with the
 * application, after canceling and waiting for every job.
 */
class JobManager : public QObject
{
    Q_OBJECT

public:
    static JobManager *instance();
    ~JobManager() override;

    //! Jobs that may run at the same time.
    int threadBudget() const;
    //! Jobs started and not yet over (running or waiting for a thread), oldest first.
    QList<TaskRunner *> activeJobs() const;
    //! Jobs running on a worker thread right now (never more than threadBudget()).
    int runningCount() const { return m_running.loadRelaxed(); }
    //! Most jobs that ran at once since the manager was created (for tests of the budget).
    int peakRunning() const { return m_peak.loadRelaxed(); }

    //! The pool the runners submit to.
    QThreadPool *pool() { return &m_pool; }

    /*!
     * The nice value of the pool's threads (Linux; elsewhere they keep the default). A worker
     * that wants a core the GUI thread also wants gets the smaller share, so a long job cannot
     * hold up the window's event loop for a scheduler slice (tens of ms) on a busy machine;
     * on an idle one the workers still have the cores to themselves.
     */
    static constexpr int WorkerNice = 5;
    //! The calling thread's nice value (0 where unknown).
    static int threadNice();

public Q_SLOTS:
    //! Asks every active job to stop.
    void cancelAll();

Q_SIGNALS:
    void jobStarted(churnlens::TaskRunner *runner);
    //! The job is over (its done() has run).
    void jobFinished(churnlens::TaskRunner *runner);
    //! The job's worker threw; the error was also handed to the job's owner.
    void jobFailed(churnlens::TaskRunner *runner, const churnlens::Error &error);

private:
    friend class TaskRunner;
    explicit JobManager(QObject *parent = nullptr);
    void add(TaskRunner *runner);
    void remove(TaskRunner *runner);
    void workerBegins();
    void workerEnds();
    static void lowerWorkerPriority();

    QThreadPool m_pool;
    QList<QPointer<TaskRunner>> m_active;
    QAtomicInt m_running;
    QAtomicInt m_peak;
};

} // namespace churnlens
