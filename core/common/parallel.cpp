#include "parallel.h"

#include "threads.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <system_error>
#include <thread>
#include <vector>

namespace churnlens {

namespace {

qsizetype blockCount(qsizetype n, qsizetype blockSize)
{
    return n > 0 ? n / blockSize + (n % blockSize != 0) : 0;
}

} // namespace

int parallelWorkers(qsizetype n, qsizetype blockSize, int threads)
{
    const qsizetype blocks = blockCount(n, std::max<qsizetype>(1, blockSize));
    return int(std::clamp<qsizetype>(blocks, 1, threadCount(threads)));
}

Result<void> parallelFor(qsizetype n, qsizetype blockSize, int threads, Progress *progress, const BlockWork &work)
{
    blockSize = std::max<qsizetype>(1, blockSize);
    const qsizetype blocks = blockCount(n, blockSize);
    const int workers = parallelWorkers(n, blockSize, threads);
    std::atomic<qsizetype> next{0};
    std::atomic<qsizetype> done{0};
    std::atomic<bool> stop{false};    // any reason: cancel, work said stop, exception
    std::atomic<bool> stopped{false}; // work returned false
    std::mutex failureMutex;
    std::exception_ptr failure;

    auto run = [&](int worker) {
        try {
            while (!stop.load(std::memory_order_relaxed)) {
                if (isCanceled(progress)) {
                    stop.store(true, std::memory_order_relaxed);
                    return;
                }
                const qsizetype b = next.fetch_add(1, std::memory_order_relaxed);
                if (b >= blocks)
                    return;
                const qsizetype begin = b * blockSize;
                if (!work(begin, std::min(n, begin + blockSize), worker)) {
                    stopped.store(true);
                    stop.store(true);
                    return;
                }
                const qsizetype finished = done.fetch_add(1, std::memory_order_relaxed) + 1;
                if (worker == 0 && progress)
                    progress->setProgress(double(finished) / double(blocks));
            }
        } catch (...) {
            // An exception must not leave a std::thread (that is std::terminate): the caller gets it.
            std::lock_guard lock(failureMutex);
            if (!failure)
                failure = std::current_exception();
            stop.store(true);
        }
    };

    std::vector<std::thread> helpers;
    helpers.reserve(size_t(workers - 1));
    for (int w = 1; w < workers; ++w) {
        try {
            helpers.emplace_back(run, w);
        } catch (const std::system_error &) {
            break; // the calling thread works anyway: fewer threads only means less parallelism
        }
    }
    run(0);
    for (std::thread &t : helpers)
        t.join();

    if (failure)
        std::rethrow_exception(failure);
    if (stopped.load())
        return makeError(ErrorCode::Internal, Tr::tr("A parallel step stopped without saying why."));
    if (done.load() < blocks || isCanceled(progress))
        return std::unexpected(Error::canceled());
    if (progress)
        progress->setProgress(1.0);
    return {};
}

} // namespace churnlens
