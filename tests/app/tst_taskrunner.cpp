#include "jobs/jobmanager.h"
#include "jobs/taskrunner.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>
#include <optional>
#include <stdexcept>
#include <vector>

using namespace churnlens;

class TestTaskRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resultArrivesOnGuiThread()
    {
        TaskRunner runner;
        QSignalSpy finished(&runner, &TaskRunner::finished);
        QThread *worker = nullptr;
        QThread *doneThread = nullptr;
        int value = 0;
        QVERIFY(runner.start<int>(
            QStringLiteral("sum"),
            [&worker](Progress &p) {
                worker = QThread::currentThread();
                p.setProgress(1.0);
                return 42;
            },
            [&](int &&v) {
                value = v;
                doneThread = QThread::currentThread();
            }));
        QVERIFY(runner.isRunning());
        QVERIFY(finished.wait(5000));
        QCOMPARE(value, 42);
        QCOMPARE(doneThread, QThread::currentThread());
        QVERIFY(worker != QThread::currentThread());
        QVERIFY(!runner.isRunning());
    }

    void oneJobAtATime()
    {
        TaskRunner runner;
        std::atomic<bool> release{false};
        QVERIFY(runner.start<int>(QStringLiteral("a"), [&](Progress &) { while (!release) QThread::msleep(1); return 1; }, [](int &&) {}));
        QVERIFY(!runner.start<int>(QStringLiteral("b"), [](Progress &) { return 2; }, [](int &&) {}));
        release = true;
        QSignalSpy finished(&runner, &TaskRunner::finished);
        QVERIFY(finished.wait(5000));
    }

    void progressIsCoalesced()
    {
        TaskRunner runner;
        QSignalSpy progress(&runner, &TaskRunner::progressChanged);
        QSignalSpy finished(&runner, &TaskRunner::finished);
        runner.start<int>(QStringLiteral("busy"),
                          [](Progress &p) {
                              for (int i = 1; i <= 200000; ++i)
                                  p.setProgress(i / 200000.0);
                              return 0;
                          },
                          [](int &&) {});
        QVERIFY(finished.wait(10000));
        // 200,000 updates must not become 200,000 queued events.
        QVERIFY2(progress.count() >= 1 && progress.count() < 5000, qPrintable(QString::number(progress.count())));
        QCOMPARE(progress.first().at(0).toDouble(), 0.0);
    }

    void cancelStopsQuickly()
    {
        TaskRunner runner;
        QSignalSpy finished(&runner, &TaskRunner::finished);
        QSignalSpy cancelRequested(&runner, &TaskRunner::cancelRequested);
        bool canceled = false;
        runner.start<bool>(QStringLiteral("endless"),
                           [](Progress &p) {
                               while (!p.isCanceled())
                                   QThread::msleep(5);
                               return true;
                           },
                           [&](bool &&c) { canceled = c; });
        QTest::qWait(50);
        runner.cancel();
        QVERIFY(runner.isCanceling());
        QCOMPARE(cancelRequested.count(), 1);
        QVERIFY(finished.wait(5000));
        QVERIFY(canceled);
    }

    void destructorCancelsAndWaits()
    {
        auto ended = std::make_shared<std::atomic<bool>>(false);
        bool doneCalled = false;
        {
            TaskRunner runner;
            runner.start<int>(QStringLiteral("endless"),
                              [ended](Progress &p) {
                                  while (!p.isCanceled())
                                      QThread::msleep(2);
                                  ended->store(true);
                                  return 0;
                              },
                              [&doneCalled](int &&) { doneCalled = true; });
            QTest::qWait(20);
        }
        QVERIFY(ended->load());
        QCoreApplication::processEvents();
        QVERIFY(!doneCalled);
    }

    void abandonLetsTheOwnerGoAtOnce()
    {
        auto release = std::make_shared<std::atomic<bool>>(false);
        bool doneCalled = false;
        QPointer<TaskRunner> runner;
        {
            QObject owner;
            runner = new TaskRunner(&owner);
            // A job that ignores cancel for a while, like a database connect waiting for its timeout.
            runner->start<int>(QStringLiteral("stubborn"),
                               [release](Progress &) {
                                   while (!release->load())
                                       QThread::msleep(2);
                                   return 0;
                               },
                               [&doneCalled](int &&) { doneCalled = true; });
            runner->abandon();
            QVERIFY(runner);
            QCOMPARE(runner->parent(), QCoreApplication::instance());
        } // the owner is gone; the runner lives on
        QVERIFY(runner);
        release->store(true);
        QVERIFY(QTest::qWaitFor([&]() { return runner.isNull(); }, 5000));
        QVERIFY(!doneCalled);
    }

    void etaNeedsEvidence()
    {
        TaskRunner runner;
        QVERIFY(std::isnan(runner.etaSeconds()));
        std::atomic<bool> release{false};
        runner.start<int>(QStringLiteral("half"),
                          [&](Progress &p) {
                              p.setProgress(0.5);
                              while (!release)
                                  QThread::msleep(2);
                              return 0;
                          },
                          [](int &&) {});
        QVERIFY(QTest::qWaitFor([&]() { return runner.elapsedSeconds() > 0.8; }, 10000));
        // Half done: the time left is the time spent so far.
        const double before = runner.elapsedSeconds();
        const double eta = runner.etaSeconds();
        const double after = runner.elapsedSeconds();
        QVERIFY2(eta >= before && eta <= after, qPrintable(QStringLiteral("%1 %2 %3").arg(before).arg(eta).arg(after)));
        release = true;
        QSignalSpy finished(&runner, &TaskRunner::finished);
        QVERIFY(finished.wait(5000));
    }

    void throwingJobDeliversAnError()
    {
        TaskRunner runner;
        QSignalSpy finished(&runner, &TaskRunner::finished);
        QSignalSpy failed(&runner, &TaskRunner::failed);
        std::optional<Result<int>> got;
        QVERIFY(runner.start<Result<int>>(
            QStringLiteral("throws"), [](Progress &) -> Result<int> { throw std::runtime_error("boom in the worker"); },
            [&](Result<int> &&r) { got = std::move(r); }));
        QVERIFY(finished.wait(5000));
        QVERIFY(got.has_value());
        QVERIFY(!got->has_value());
        QVERIFY2(got->error().message.contains(QStringLiteral("boom in the worker")), qPrintable(got->error().message));
        QCOMPARE(failed.count(), 0); // the owner got it in done()
        // The lane is usable again.
        QVERIFY(!runner.isRunning());
        int value = 0;
        QVERIFY(runner.start<int>(QStringLiteral("next"), [](Progress &) { return 7; }, [&](int &&v) { value = v; }));
        QVERIFY(finished.wait(5000));
        QCOMPARE(value, 7);
    }

    void throwingJobWithoutResultTypeIsAnnounced()
    {
        QSignalSpy managerFailed(JobManager::instance(), &JobManager::jobFailed);
        {
            TaskRunner runner;
            QSignalSpy finished(&runner, &TaskRunner::finished);
            QSignalSpy failed(&runner, &TaskRunner::failed);
            bool doneCalled = false;
            QVERIFY(runner.start<int>(QStringLiteral("throws"), [](Progress &) -> int { throw 42; },
                                      [&](int &&) { doneCalled = true; }));
            QVERIFY(finished.wait(5000));
            QVERIFY(!doneCalled);
            QCOMPARE(failed.count(), 1);
            QVERIFY(!failed.first().first().value<Error>().message.isEmpty());
            QCOMPARE(managerFailed.count(), 1);
        } // destroying the runner after a throw is clean (it used to end in std::terminate)
        // A job that throws while its owner is destroyed: nothing escapes either.
        {
            TaskRunner runner;
            runner.start<int>(QStringLiteral("throws late"),
                              [](Progress &p) -> int {
                                  while (!p.isCanceled())
                                      QThread::msleep(1);
                                  throw std::runtime_error("late");
                              },
                              [](int &&) {});
            QTest::qWait(10);
        }
    }

    void budgetCapsJobsRunningAtOnce()
    {
        JobManager *jobs = JobManager::instance();
        const int budget = jobs->threadBudget();
        QVERIFY(budget >= 2);
        auto release = std::make_shared<std::atomic<bool>>(false);
        std::vector<std::unique_ptr<TaskRunner>> runners;
        int done = 0;
        const int n = budget + 3;
        for (int i = 0; i < n; ++i) {
            runners.push_back(std::make_unique<TaskRunner>());
            QVERIFY(runners.back()->start<int>(QStringLiteral("job %1").arg(i),
                                               [release](Progress &) {
                                                   while (!release->load())
                                                       QThread::msleep(1);
                                                   return 1;
                                               },
                                               [&done](int &&v) { done += v; }));
        }
        QVERIFY(QTest::qWaitFor([&]() { return jobs->runningCount() == budget; }, 5000));
        QTest::qWait(20);
        QCOMPARE(jobs->runningCount(), budget); // never more
        QCOMPARE(int(jobs->activeJobs().size()), n); // every job is listed, waiting or running
        int waiting = 0;
        for (const auto &r : runners)
            waiting += r->isWaiting() ? 1 : 0;
        QCOMPARE(waiting, n - budget);
        release->store(true);
        QVERIFY(QTest::qWaitFor([&]() { return done == n; }, 10000));
        QVERIFY(jobs->peakRunning() <= budget);
        QVERIFY(QTest::qWaitFor([&]() { return jobs->activeJobs().isEmpty(); }, 5000));
    }

    void latestWins()
    {
        TaskRunner runner;
        QSignalSpy started(JobManager::instance(), &JobManager::jobStarted);
        std::vector<int> delivered;
        auto work = [](int v) {
            return std::function<int(Progress &)>([v](Progress &p) {
                // The first ones run until told to stop; the last one returns at once.
                while (v < 3 && !p.isCanceled())
                    QThread::msleep(1);
                return v;
            });
        };
        auto done = [&](int &&v) { delivered.push_back(v); };
        runner.startLatest<int>(QStringLiteral("1"), work(1), done);
        runner.startLatest<int>(QStringLiteral("2"), work(2), done);
        runner.startLatest<int>(QStringLiteral("3"), work(3), done);
        QVERIFY(QTest::qWaitFor([&]() { return !delivered.empty() && !runner.isRunning(); }, 5000));
        QCOMPARE(delivered, std::vector<int>{3}); // stale results never arrive
        QCOMPARE(started.count(), 2);             // job 2 was replaced before it ever started
    }

    void cancelDropsTheJobWaitingInLine()
    {
        TaskRunner runner;
        std::vector<int> delivered;
        auto endless = [](Progress &p) {
            while (!p.isCanceled())
                QThread::msleep(1);
            return 1;
        };
        runner.startLatest<int>(QStringLiteral("1"), endless, [&](int &&v) { delivered.push_back(v); });
        runner.startLatest<int>(QStringLiteral("2"), endless, [&](int &&v) { delivered.push_back(v); });
        runner.cancel();
        QSignalSpy finished(&runner, &TaskRunner::finished);
        QVERIFY(finished.wait(5000));
        QVERIFY(delivered.empty());
        QVERIFY(!runner.isRunning());
    }
};

QTEST_MAIN(TestTaskRunner)
#include "tst_taskrunner.moc"
