#include "jobmanager.h"

#include "common/threads.h"
#include "taskrunner.h"

#include <QCoreApplication>

#include <algorithm>

#if defined(Q_OS_LINUX)
#include <cerrno>
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace churnlens {

namespace {
JobManager *s_instance = nullptr;
}

JobManager *JobManager::instance()
{
    if (!s_instance) {
        // Parented to the application: destroyed (after its jobs) when the application goes.
        s_instance = new JobManager(QCoreApplication::instance());
    }
    return s_instance;
}

JobManager::JobManager(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(std::max(2, coreCount()));
    m_pool.setObjectName(QStringLiteral("churnlens-jobs"));
}

JobManager::~JobManager()
{
    cancelAll();
    m_pool.waitForDone();
    if (s_instance == this)
        s_instance = nullptr;
}

int JobManager::threadBudget() const
{
    return m_pool.maxThreadCount();
}

QList<TaskRunner *> JobManager::activeJobs() const
{
    QList<TaskRunner *> out;
    for (const QPointer<TaskRunner> &r : m_active)
        if (r)
            out << r.data();
    return out;
}

void JobManager::cancelAll()
{
    for (TaskRunner *r : activeJobs())
        r->cancel();
}

void JobManager::add(TaskRunner *runner)
{
    m_active.removeAll(QPointer<TaskRunner>());
    m_active << runner;
    Q_EMIT jobStarted(runner);
}

void JobManager::remove(TaskRunner *runner)
{
    m_active.removeAll(QPointer<TaskRunner>(runner));
    m_active.removeAll(QPointer<TaskRunner>());
    Q_EMIT jobFinished(runner);
}

int JobManager::threadNice()
{
#if defined(Q_OS_LINUX)
    errno = 0;
    const int nice = getpriority(PRIO_PROCESS, id_t(gettid()));
    return errno == 0 ? nice : 0;
#else
    return 0;
#endif
}

void JobManager::lowerWorkerPriority()
{
#if defined(Q_OS_LINUX)
    // Linux keeps a nice value per thread (PRIO_PROCESS with a thread id names that thread), and
    // threads a worker starts (XGBoost's OpenMP team) inherit it. Once per pool thread.
    thread_local bool lowered = false;
    if (lowered)
        return;
    lowered = true;
    const int nice = threadNice();
    if (nice < WorkerNice)
        setpriority(PRIO_PROCESS, id_t(gettid()), WorkerNice); // a raise needs no privilege; a failure leaves it as it was
#endif
}

void JobManager::workerBegins()
{
    lowerWorkerPriority();
    const int now = m_running.fetchAndAddRelaxed(1) + 1;
    int peak = m_peak.loadRelaxed();
    while (now > peak && !m_peak.testAndSetRelaxed(peak, now))
        peak = m_peak.loadRelaxed();
}

void JobManager::workerEnds()
{
    m_running.fetchAndAddRelaxed(-1);
}

} // namespace churnlens
