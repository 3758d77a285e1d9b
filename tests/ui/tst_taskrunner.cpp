#include "taskrunner.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>

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
        QElapsedTimer timer;
        timer.start();
        runner.cancel();
        QVERIFY(runner.isCanceling());
        QCOMPARE(cancelRequested.count(), 1);
        QVERIFY(finished.wait(2000));
        QVERIFY(timer.elapsed() < 1000);
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
            QElapsedTimer timer;
            timer.start();
            runner->abandon();
            QVERIFY(runner);
            QCOMPARE(runner->parent(), QCoreApplication::instance());
            QVERIFY(timer.elapsed() < 100);
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
        QTest::qWait(900);
        const double eta = runner.etaSeconds();
        QVERIFY2(eta > 0.5 && eta < 2.0, qPrintable(QString::number(eta)));
        release = true;
        QSignalSpy finished(&runner, &TaskRunner::finished);
        QVERIFY(finished.wait(5000));
    }
};

QTEST_MAIN(TestTaskRunner)
#include "tst_taskrunner.moc"
