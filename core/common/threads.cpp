#include "threads.h"

#include <QThread>

#include <algorithm>

namespace churnlens {

int coreCount()
{
    return std::max(1, QThread::idealThreadCount());
}

int threadCount(int requested)
{
    const int cores = coreCount();
    return requested > 0 ? std::min(requested, MaxThreadsPerCore * cores) : cores;
}

} // namespace churnlens
