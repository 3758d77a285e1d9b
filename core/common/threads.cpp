#include "threads.h"

#include <QThread>

#include <algorithm>
#include <atomic>

namespace churnlens {

namespace {
std::atomic<int> g_defaultThreads{0};
} // namespace

int coreCount()
{
    return std::max(1, QThread::idealThreadCount());
}

int threadCount(int requested)
{
    const int cores = coreCount();
    if (requested <= 0)
        requested = g_defaultThreads.load(std::memory_order_relaxed);
    return requested > 0 ? std::min(requested, MaxThreadsPerCore * cores) : cores;
}

void setDefaultThreads(int threads)
{
    g_defaultThreads.store(std::max(0, threads), std::memory_order_relaxed);
}

int defaultThreads()
{
    return g_defaultThreads.load(std::memory_order_relaxed);
}

} // namespace churnlens
