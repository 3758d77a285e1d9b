#include "rowblocks.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace churnlens {

int effectiveThreads(int threads)
{
    if (threads <= 0)
        threads = int(std::thread::hardware_concurrency());
    return std::max(1, threads);
}

Result<void> forEachRowBlock(qsizetype rows, qsizetype blockRows, int threads, Progress *progress,
                             const RowBlockWork &work)
{
    blockRows = std::max<qsizetype>(1, blockRows);
    const qsizetype blocks = (rows + blockRows - 1) / blockRows;
    const int workers = int(std::min<qsizetype>(effectiveThreads(threads), std::max<qsizetype>(1, blocks)));
    std::atomic<qsizetype> next{0};
    std::atomic<qsizetype> done{0};
    std::atomic<bool> stop{false};

    auto run = [&](int worker) {
        for (;;) {
            if (stop.load(std::memory_order_relaxed) || isCanceled(progress))
                return;
            const qsizetype b = next.fetch_add(1, std::memory_order_relaxed);
            if (b >= blocks)
                return;
            const qsizetype begin = b * blockRows;
            if (!work(begin, std::min(rows, begin + blockRows), worker)) {
                stop.store(true, std::memory_order_relaxed);
                return;
            }
            const qsizetype finished = done.fetch_add(1, std::memory_order_relaxed) + 1;
            if (worker == 0 && progress)
                progress->setProgress(double(finished) / double(blocks));
        }
    };

    std::vector<std::thread> pool;
    pool.reserve(size_t(workers - 1));
    for (int w = 1; w < workers; ++w)
        pool.emplace_back(run, w);
    run(0);
    for (std::thread &t : pool)
        t.join();

    if (stop.load())
        return std::unexpected(Error{});
    if (done.load() < blocks) // only cancel leaves blocks undone
        return std::unexpected(Error::canceled());
    if (progress)
        progress->setProgress(1.0);
    return {};
}

} // namespace churnlens
