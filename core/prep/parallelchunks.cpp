#include "parallelchunks.h"

#include <QThread>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace churnlens {

int resolveThreads(int requested)
{
    return requested > 0 ? requested : std::max(1, QThread::idealThreadCount());
}

bool parallelChunks(qsizetype chunks, int threads, Progress *progress,
                    const std::function<void(qsizetype chunk, int thread)> &fn,
                    double progressBegin, double progressEnd)
{
    if (chunks <= 0)
        return !isCanceled(progress);
    const int n = int(std::min<qsizetype>(std::max(1, threads), chunks));
    std::atomic<qsizetype> next{0};
    std::atomic<qsizetype> done{0};
    std::atomic<bool> stop{false};
    auto work = [&](int thread, bool reporter) {
        while (!stop.load(std::memory_order_relaxed)) {
            if (isCanceled(progress)) {
                stop.store(true, std::memory_order_relaxed);
                break;
            }
            const qsizetype c = next.fetch_add(1, std::memory_order_relaxed);
            if (c >= chunks)
                break;
            fn(c, thread);
            const qsizetype d = done.fetch_add(1, std::memory_order_relaxed) + 1;
            if (reporter && progress)
                progress->setProgress(progressBegin + (progressEnd - progressBegin) * double(d) / double(chunks));
        }
    };
    std::vector<std::thread> pool;
    pool.reserve(size_t(n - 1));
    for (int t = 1; t < n; ++t)
        pool.emplace_back(work, t, false);
    work(0, true);
    for (std::thread &t : pool)
        t.join();
    return !stop.load() && !isCanceled(progress);
}

} // namespace churnlens
