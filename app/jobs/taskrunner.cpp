#include "taskrunner.h"

#include "common/processmemory.h"
#include "etaestimator.h"
#include "jobmanager.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>
#include <exception>
#include <limits>

namespace churnlens {

namespace {
constexpr qint64 TrimAfterNs = 500'000'000; //!< jobs that ran this long return freed memory to the system
} // namespace

//! What the worker and the GUI thread share for one job.
struct TaskRunner::Shared
{
    Progress progress;
    std::atomic<bool> posted{false};
    QElapsedTimer clock;                //!< started at submission
    std::atomic<qint64> begunNs{-1};    //!< clock time the worker began; -1 while waiting
    std::optional<Error> thrown;        //!< written by the worker before it ends
    EtaEstimator eta;                   //!< fed with every progress the GUI thread sees (GUI thread only)
};

TaskRunner::TaskRunner(QObject *parent)
    : QObject(parent)
    , m_manager(JobManager::instance())
{
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &TaskRunner::onFinished);
}

TaskRunner::~TaskRunner()
{
    m_pending.reset();
    if (m_shared)
        m_shared->progress.cancel();
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
    if (m_running && m_manager)
        m_manager->remove(this);
}

bool TaskRunner::isWaiting() const
{
    return m_running && m_shared && m_shared->begunNs.load() < 0;
}

bool TaskRunner::isCanceling() const
{
    return m_running && m_shared && m_shared->progress.isCanceled();
}

double TaskRunner::fraction() const
{
    return m_shared ? m_shared->progress.fraction() : 0.0;
}

QString TaskRunner::text() const
{
    if (isWaiting())
        return tr("Waiting for other work to finish");
    return m_shared ? m_shared->progress.text() : QString();
}

double TaskRunner::elapsedSeconds() const
{
    if (!m_shared || !m_shared->clock.isValid())
        return 0.0;
    const qint64 begun = m_shared->begunNs.load();
    return begun < 0 ? 0.0 : (m_shared->clock.nsecsElapsed() - begun) / 1e9;
}

double TaskRunner::etaSeconds() const
{
    // From the rate of the last stretch of work (EtaEstimator), not the average since the start:
    // a slow step after fast ones shows at once, and a step that reports nothing makes it grow.
    if (!m_running || !m_shared || isWaiting())
        return std::numeric_limits<double>::quiet_NaN();
    const double t = elapsedSeconds();
    m_shared->eta.add(t, fraction());
    return m_shared->eta.eta(t);
}

void TaskRunner::cancel()
{
    m_pending.reset();
    if (!m_running || !m_shared || m_shared->progress.isCanceled())
        return;
    m_shared->progress.cancel();
    Q_EMIT cancelRequested();
}

void TaskRunner::abandon()
{
    m_deliver = nullptr;
    m_pending.reset();
    disconnect(this, nullptr, nullptr, nullptr); // nobody listens any more
    if (m_shared)
        m_shared->progress.cancel();
    if (!m_running) {
        deleteLater();
        return;
    }
    // Parented to the application so that, at worst, quitting waits for the job in ~TaskRunner.
    setParent(QCoreApplication::instance());
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &QObject::deleteLater);
}

void TaskRunner::startLatestImpl(const QString &title, Work work, Deliver deliver)
{
    if (!m_running) {
        startImpl(title, std::move(work), std::move(deliver));
        return;
    }
    // The running job's result is stale: stop it and never deliver it.
    m_deliver = nullptr;
    if (m_shared && !m_shared->progress.isCanceled())
        m_shared->progress.cancel();
    m_pending = Pending{title, std::move(work), std::move(deliver)};
}

bool TaskRunner::startImpl(const QString &title, Work work, Deliver deliver)
{
    if (m_running)
        return false;
    m_running = true;
    m_title = title;
    m_deliver = std::move(deliver);
    m_shared = std::make_shared<Shared>();
    // Runs on the worker: post at most one pending update; the GUI reads the latest state.
    m_shared->progress.setCallback([this, shared = std::weak_ptr<Shared>(m_shared)](double, const QString &) {
        auto s = shared.lock();
        if (s && !s->posted.exchange(true))
            QMetaObject::invokeMethod(this, &TaskRunner::deliverProgress, Qt::QueuedConnection);
    });
    m_shared->clock.start();
    m_manager->add(this);
    Q_EMIT started(title);
    Q_EMIT progressChanged(0.0, title);
    JobManager *manager = m_manager;
    m_watcher.setFuture(QtConcurrent::run(manager->pool(), [work = std::move(work), shared = m_shared, manager]() {
        shared->begunNs.store(shared->clock.nsecsElapsed());
        manager->workerBegins();
        // Nothing may escape into Qt: an exception stored in the future would be rethrown by
        // waitForFinished() in a destructor and end the process.
        try {
            work(shared->progress);
        } catch (const std::bad_alloc &) {
            Error e;
            e.message = TaskRunner::tr("Not enough memory to finish this step.");
            e.hint = TaskRunner::tr("Close other programs, or work on a smaller file.");
            shared->thrown = e;
        } catch (const std::exception &ex) {
            Error e;
            e.message = TaskRunner::tr("This step stopped with an unexpected error: %1").arg(QString::fromLocal8Bit(ex.what()));
            e.hint = TaskRunner::tr("Try again; if it happens again, please report it with the details.");
            shared->thrown = e;
        } catch (...) {
            Error e;
            e.message = TaskRunner::tr("This step stopped with an unexpected error.");
            e.hint = TaskRunner::tr("Try again; if it happens again, please report it with the details.");
            shared->thrown = e;
        }
        // A long job (training, explaining a million rows) frees hundreds of MB in pieces that
        // glibc keeps in its arenas; give them back, so a finished or canceled job leaves the
        // memory it used. Cheap next to the job (a few ms), and off the GUI thread.
        if (shared->clock.nsecsElapsed() - shared->begunNs.load() > TrimAfterNs)
            ProcessMemory::returnFreedMemory();
        manager->workerEnds();
    }));
    return true;
}

void TaskRunner::deliverProgress()
{
    if (!m_running || !m_shared)
        return;
    m_shared->posted.store(false);
    if (!isWaiting())
        m_shared->eta.add(elapsedSeconds(), m_shared->progress.fraction());
    Q_EMIT progressChanged(m_shared->progress.fraction(), m_shared->progress.text());
}

void TaskRunner::onFinished()
{
    Deliver deliver = std::move(m_deliver);
    m_deliver = nullptr;
    std::optional<Error> thrown = m_shared ? m_shared->thrown : std::nullopt;
    m_running = false;
    m_manager->remove(this);
    if (std::optional<Pending> next = std::exchange(m_pending, std::nullopt)) {
        // A newer job replaced this one: its result is not delivered.
        startImpl(next->title, std::move(next->work), std::move(next->deliver));
        return;
    }
    const bool reached = deliver ? deliver(thrown ? &*thrown : nullptr) : true;
    if (thrown && !reached) {
        Q_EMIT failed(*thrown);
        Q_EMIT m_manager->jobFailed(this, *thrown);
    }
    // done() may have started the next job (e.g. generate, then load); only report idle if not.
    if (!m_running)
        Q_EMIT finished();
}

} // namespace churnlens
