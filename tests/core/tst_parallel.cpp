#include "common/parallel.h"
#include "common/threads.h"

#include <QTest>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <climits>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>
#include <utility>
#include <vector>

using namespace churnlens;

namespace {

using Block = std::pair<qsizetype, qsizetype>;

struct Visit
{
    Block block;
    int worker = 0;
    std::thread::id thread;
};

// Runs parallelFor and records every block with the worker and the thread that ran it.
std::vector<Visit> visits(qsizetype n, qsizetype blockSize, int threads, Result<void> *result = nullptr)
{
    std::mutex mutex;
    std::vector<Visit> seen;
    Result<void> r = parallelFor(n, blockSize, threads, nullptr, [&](qsizetype begin, qsizetype end, int worker) {
        std::lock_guard lock(mutex);
        seen.push_back({{begin, end}, worker, std::this_thread::get_id()});
        return true;
    });
    if (result)
        *result = r;
    return seen;
}

std::vector<Block> sortedBlocks(const std::vector<Visit> &seen)
{
    std::vector<Block> blocks;
    for (const Visit &v : seen)
        blocks.push_back(v.block);
    std::sort(blocks.begin(), blocks.end());
    return blocks;
}

} // namespace

class TestParallel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyIndexOnce_data()
    {
        QTest::addColumn<qsizetype>("n");
        QTest::addColumn<qsizetype>("blockSize");
        QTest::addColumn<int>("threads");
        QTest::newRow("empty") << qsizetype(0) << qsizetype(16) << 4;
        QTest::newRow("one index") << qsizetype(1) << qsizetype(16) << 4;
        QTest::newRow("one thread") << qsizetype(1000) << qsizetype(7) << 1;
        QTest::newRow("uneven last block") << qsizetype(1001) << qsizetype(10) << 3;
        QTest::newRow("blocks of one") << qsizetype(257) << qsizetype(1) << 8;
        QTest::newRow("block larger than n") << qsizetype(50) << qsizetype(5000) << 4;
        QTest::newRow("block size 0 means 1") << qsizetype(20) << qsizetype(0) << 2;
        QTest::newRow("all cores") << qsizetype(100000) << qsizetype(333) << 0;
    }
    void everyIndexOnce()
    {
        QFETCH(qsizetype, n);
        QFETCH(qsizetype, blockSize);
        QFETCH(int, threads);
        std::vector<std::atomic<int>> count(static_cast<size_t>(n));
        std::atomic<int> maxWorker{-1};
        const Result<void> r = parallelFor(n, blockSize, threads, nullptr, [&](qsizetype begin, qsizetype end, int worker) {
            for (qsizetype i = begin; i < end; ++i)
                count[size_t(i)].fetch_add(1);
            int seen = maxWorker.load();
            while (worker > seen && !maxWorker.compare_exchange_weak(seen, worker)) {
            }
            return true;
        });
        QVERIFY(r.has_value());
        for (qsizetype i = 0; i < n; ++i)
            QCOMPARE(count[size_t(i)].load(), 1);
        QVERIFY(maxWorker.load() < parallelWorkers(n, blockSize, threads));
    }

    void blocksDoNotDependOnThreads()
    {
        const qsizetype n = 10007;
        const qsizetype blockSize = 100;
        std::vector<Block> expected;
        for (qsizetype b = 0; b * blockSize < n; ++b)
            expected.emplace_back(b * blockSize, std::min(n, (b + 1) * blockSize));
        for (int threads : {1, 2, 3, 8}) {
            const std::vector<Visit> seen = visits(n, blockSize, threads);
            QCOMPARE(sortedBlocks(seen), expected);
            for (const Visit &v : seen) {
                QVERIFY(v.worker >= 0 && v.worker < parallelWorkers(n, blockSize, threads));
                // Worker 0 is the calling thread, and only worker 0 is.
                QCOMPARE(v.worker == 0, v.thread == std::this_thread::get_id());
            }
        }
        // A reduction kept per block and summed in block order has the same digits on any thread count.
        auto reduce = [&](int threads) {
            std::vector<double> perBlock(size_t((n + blockSize - 1) / blockSize), 0.0);
            parallelFor(n, blockSize, threads, nullptr, [&](qsizetype begin, qsizetype end, int) {
                for (qsizetype i = begin; i < end; ++i)
                    perBlock[size_t(begin / blockSize)] += 1.0 / double(i + 1);
                return true;
            });
            double total = 0.0;
            for (double s : perBlock)
                total += s;
            return total;
        };
        const double one = reduce(1);
        QCOMPARE(reduce(4), one);
        QCOMPARE(reduce(7), one);
    }

    void workersAreCappedByBlocks()
    {
        QCOMPARE(parallelWorkers(0, 10, 8), 1);
        QCOMPARE(parallelWorkers(25, 10, 8), std::min(3, threadCount(8)));
        QCOMPARE(parallelWorkers(1000, 1, 1), 1);
        QCOMPARE(parallelWorkers(1000, 1, 0), coreCount());
        QCOMPARE(parallelWorkers(1000, 1, INT_MAX), MaxThreadsPerCore * coreCount());
    }

    void cancelStopsEarly()
    {
        Progress progress;
        std::atomic<qsizetype> blocks{0};
        // One thread: the cancel asked for in block 3 is seen before block 4.
        Result<void> r = parallelFor(100, 1, 1, &progress, [&](qsizetype begin, qsizetype, int) {
            blocks.fetch_add(1);
            if (begin == 3)
                progress.cancel();
            return true;
        });
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Canceled);
        QCOMPARE(blocks.load(), qsizetype(4));

        // Several threads: each worker finishes at most the block it holds.
        Progress many;
        blocks = 0;
        r = parallelFor(100000, 1, 4, &many, [&](qsizetype, qsizetype, int) {
            if (blocks.fetch_add(1) == 10)
                many.cancel();
            return true;
        });
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Canceled);
        QVERIFY2(blocks.load() <= 11 + parallelWorkers(100000, 1, 4), qPrintable(QString::number(blocks.load())));

        // Canceled before the start: nothing runs.
        Progress before;
        before.cancel();
        blocks = 0;
        r = parallelFor(100, 1, 4, &before, [&](qsizetype, qsizetype, int) {
            blocks.fetch_add(1);
            return true;
        });
        QCOMPARE(r.error().code, ErrorCode::Canceled);
        QCOMPARE(blocks.load(), qsizetype(0));

        // Canceled during the last block: the caller asked to cancel, so the result says so.
        Progress last;
        r = parallelFor(3, 1, 1, &last, [&](qsizetype begin, qsizetype, int) {
            if (begin == 2)
                last.cancel();
            return true;
        });
        QCOMPARE(r.error().code, ErrorCode::Canceled);
    }

    void workCanStopAll()
    {
        std::atomic<qsizetype> blocks{0};
        const Result<void> r = parallelFor(100, 1, 1, nullptr, [&](qsizetype begin, qsizetype, int) {
            blocks.fetch_add(1);
            return begin != 5;
        });
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Internal);
        QCOMPARE(blocks.load(), qsizetype(6));
    }

    void progressOnTheCallingThread()
    {
        Progress progress;
        std::vector<double> fractions;
        std::atomic<bool> otherThread{false};
        const std::thread::id caller = std::this_thread::get_id();
        progress.setCallback([&](double f, const QString &) {
            if (std::this_thread::get_id() != caller)
                otherThread = true;
            else
                fractions.push_back(f);
        });
        QVERIFY(parallelFor(5000, 10, 4, &progress, [](qsizetype, qsizetype, int) { return true; }).has_value());
        QVERIFY(!otherThread.load());
        QVERIFY(!fractions.empty());
        QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));
        QCOMPARE(fractions.back(), 1.0);
    }

    void exceptionReachesTheCaller()
    {
        // A helper thread throws; worker 0 (the caller) waits until one has, so the exception
        // always comes from another thread.
        std::atomic<bool> helperThrew{false};
        std::thread::id thrower;
        bool caught = false;
        try {
            (void)parallelFor(1000, 1, 4, nullptr, [&](qsizetype, qsizetype, int worker) {
                if (worker == 0) {
                    while (!helperThrew.load())
                        std::this_thread::yield();
                    return true;
                }
                thrower = std::this_thread::get_id();
                helperThrew = true;
                throw std::runtime_error("worker failed");
            });
        } catch (const std::runtime_error &e) {
            caught = true;
            QCOMPARE(QByteArray(e.what()), QByteArray("worker failed"));
        }
        QVERIFY(caught);
        QVERIFY(thrower != std::this_thread::get_id());

        // The calling thread's own exception comes back too, after the helpers have joined.
        caught = false;
        std::atomic<int> running{0};
        try {
            (void)parallelFor(1000, 1, 4, nullptr, [&](qsizetype begin, qsizetype, int) {
                running.fetch_add(1);
                if (begin == 0)
                    throw std::bad_alloc();
                running.fetch_sub(1);
                return true;
            });
        } catch (const std::bad_alloc &) {
            caught = true;
        }
        QVERIFY(caught);
        QCOMPARE(running.load(), 1); // only the throwing block never finished: nothing runs on
    }

    void nestedLoopsDoNotWaitOnAPool()
    {
        // Each loop owns its threads: a loop inside a loop (or on a busy pool's thread) still ends.
        std::atomic<qsizetype> inner{0};
        const Result<void> r = parallelFor(8, 1, 4, nullptr, [&](qsizetype, qsizetype, int) {
            return parallelFor(100, 10, 4, nullptr, [&](qsizetype begin, qsizetype end, int) {
                inner.fetch_add(end - begin);
                return true;
            }).has_value();
        });
        QVERIFY(r.has_value());
        QCOMPARE(inner.load(), qsizetype(800));
    }

    void threadCountRule()
    {
        const int cores = coreCount();
        QCOMPARE(cores, std::max(1, QThread::idealThreadCount()));
        QCOMPARE(threadCount(0), cores);
        QCOMPARE(threadCount(-5), cores);
        QCOMPARE(threadCount(1), 1);
        QCOMPARE(threadCount(3), std::min(3, MaxThreadsPerCore * cores));
        QCOMPARE(threadCount(MaxThreadsPerCore * cores), MaxThreadsPerCore * cores);
        QCOMPARE(threadCount(MaxThreadsPerCore * cores + 1), MaxThreadsPerCore * cores);
        QCOMPARE(threadCount(INT_MAX), MaxThreadsPerCore * cores);
    }

    void defaultThreadsStandForZero()
    {
        // The user's preference (Edit → Preferences): a request of 0 means the default, not every core.
        const int cores = coreCount();
        setDefaultThreads(1);
        QCOMPARE(defaultThreads(), 1);
        QCOMPARE(threadCount(0), 1);
        QCOMPARE(threadCount(-1), 1);
        QCOMPARE(threadCount(3), std::min(3, MaxThreadsPerCore * cores)); // an explicit request still wins
        QCOMPARE(parallelWorkers(1000, 10, 0), 1);
        std::set<int> workers;
        std::mutex lock;
        QVERIFY(parallelFor(1000, 10, 0, nullptr, [&](qsizetype, qsizetype, int worker) {
                    const std::lock_guard guard(lock);
                    workers.insert(worker);
                    return true;
                }).has_value());
        QCOMPARE(workers.size(), size_t(1));
        setDefaultThreads(2 * MaxThreadsPerCore * cores);
        QCOMPARE(threadCount(0), MaxThreadsPerCore * cores); // capped like any request
        setDefaultThreads(-3);
        QCOMPARE(defaultThreads(), 0);
        QCOMPARE(threadCount(0), cores);
    }
};

QTEST_GUILESS_MAIN(TestParallel)
#include "tst_parallel.moc"
