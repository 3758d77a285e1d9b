#pragma once

// Test helpers for "latest wins" (TaskRunner::startLatest): count the jobs a runner started, and
// hold every thread of the JobManager so that jobs started meanwhile wait in line.

#include "jobs/jobmanager.h"
#include "jobs/taskrunner.h"

#include <QHash>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>
#include <vector>

namespace churnlens::testing {

/*!
 * Holds every thread of the JobManager: jobs started meanwhile wait in line, so a test decides
 * which job replaces which without depending on how fast a job runs. release() lets them go.
 */
class JobBlocker
{
public:
    JobBlocker()
    {
        JobManager *jobs = JobManager::instance();
        for (int i = 0; i < jobs->threadBudget(); ++i) {
            auto runner = std::make_unique<TaskRunner>();
            runner->start<int>(
                QStringLiteral("Holding a thread"),
                [release = m_release](Progress &p) {
                    while (!release->load() && !p.isCanceled())
                        QThread::msleep(1);
                    return 0;
                },
                [](int &&) {});
            m_runners.push_back(std::move(runner));
        }
    }
    ~JobBlocker() { release(); } // then each runner waits for its job

    //! True once every thread is held (call before starting the jobs to hold back).
    bool holdsAll(int timeoutMs = 10000) const
    {
        return QTest::qWaitFor([this]() {
            for (const auto &r : m_runners)
                if (r->isWaiting())
                    return false;
            return true;
        }, timeoutMs);
    }
    void release() { m_release->store(true); }
    //! True once every held thread is free again.
    bool released(int timeoutMs = 10000) const
    {
        return QTest::qWaitFor([this]() {
            for (const auto &r : m_runners)
                if (r->isRunning())
                    return false;
            return true;
        }, timeoutMs);
    }

private:
    std::shared_ptr<std::atomic<bool>> m_release = std::make_shared<std::atomic<bool>>(false);
    std::vector<std::unique_ptr<TaskRunner>> m_runners;
};

//! Counts the jobs each runner starts (JobManager::jobStarted) from its construction on.
class StartedJobs
{
public:
    StartedJobs()
        : m_connection(QObject::connect(JobManager::instance(), &JobManager::jobStarted,
                                        [this](TaskRunner *runner) { ++m_counts[runner]; }))
    {}
    ~StartedJobs() { QObject::disconnect(m_connection); }
    StartedJobs(const StartedJobs &) = delete;
    StartedJobs &operator=(const StartedJobs &) = delete;

    int of(const TaskRunner *runner) const { return m_counts.value(runner); }
    void clear() { m_counts.clear(); }

private:
    QHash<const TaskRunner *, int> m_counts;
    QMetaObject::Connection m_connection;
};

} // namespace churnlens::testing
