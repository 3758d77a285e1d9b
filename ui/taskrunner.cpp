#include "taskrunner.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>
#include <limits>

namespace churnlens {

TaskRunner::TaskRunner(QObject *parent)
    : QObject(parent)
{
    // A private pool keeps the global pool free for the core's own parallel parsing;
    // a job blocking on global-pool tasks from a global-pool thread could starve on 2 cores.
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &TaskRunner::onFinished);
}

TaskRunner::~TaskRunner()
{
    if (m_progress)
        m_progress->cancel();
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
    m_pool.waitForDone();
}

bool TaskRunner::isCanceling() const
{
    return m_running && m_progress && m_progress->isCanceled();
}

double TaskRunner::fraction() const
{
    return m_progress ? m_progress->fraction() : 0.0;
}

QString TaskRunner::text() const
{
    return m_progress ? m_progress->text() : QString();
}

double TaskRunner::elapsedSeconds() const
{
    return m_clock.isValid() ? m_clock.nsecsElapsed() / 1e9 : 0.0;
}

double TaskRunner::etaSeconds() const
{
    const double f = fraction();
    const double t = elapsedSeconds();
    // Early estimates swing wildly; say nothing until there is something to go on.
    if (!m_running || f < 0.03 || t < 0.7)
        return std::numeric_limits<double>::quiet_NaN();
    return t * (1.0 - f) / f;
}

void TaskRunner::cancel()
{
    if (!m_running || !m_progress || m_progress->isCanceled())
        return;
    m_progress->cancel();
    Q_EMIT cancelRequested();
}

void TaskRunner::abandon()
{
    m_done = nullptr;
    disconnect(this, nullptr, nullptr, nullptr); // nobody listens any more
    if (m_progress)
        m_progress->cancel();
    if (!m_running) {
        deleteLater();
        return;
    }
    // Parented to the application so that, at worst, quitting waits for the job in ~TaskRunner.
    setParent(QCoreApplication::instance());
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &QObject::deleteLater);
}

bool TaskRunner::startImpl(const QString &title, std::function<void(Progress &)> work, std::function<void()> done)
{
    if (m_running)
        return false;
    m_running = true;
    m_title = title;
    m_done = std::move(done);
    m_progress = std::make_shared<Progress>();
    m_posted = std::make_shared<std::atomic<bool>>(false);
    // Runs on the worker: post at most one pending update; the GUI reads the latest state.
    m_progress->setCallback([this, posted = m_posted](double, const QString &) {
        if (!posted->exchange(true))
            QMetaObject::invokeMethod(this, &TaskRunner::deliverProgress, Qt::QueuedConnection);
    });
    m_clock.start();
    Q_EMIT started(title);
    Q_EMIT progressChanged(0.0, title);
    std::shared_ptr<Progress> progress = m_progress;
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [work = std::move(work), progress]() { work(*progress); }));
    return true;
}

void TaskRunner::deliverProgress()
{
    if (!m_running || !m_posted)
        return;
    m_posted->store(false);
    Q_EMIT progressChanged(m_progress->fraction(), m_progress->text());
}

void TaskRunner::onFinished()
{
    std::function<void()> done = std::move(m_done);
    m_done = nullptr;
    m_running = false;
    if (done)
        done();
    // done() may have started the next job (e.g. generate, then load); only report idle if not.
    if (!m_running)
        Q_EMIT finished();
}

} // namespace churnlens
