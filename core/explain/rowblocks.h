#pragma once

#include "common/error.h"
#include "common/progress.h"

#include <functional>

namespace churnlens {

/*!
 * Runs \a work over [0, rows) in blocks of \a blockRows rows on \a threads std::threads
 * (0 = all cores; never more threads than blocks). The calling thread is worker 0 and the only
 * one that reports progress, so a Progress callback never runs on two threads at once; every
 * worker polls cancel before each block. \a work returns false to stop all workers early
 * (it then records its own error); forEachRowBlock returns Canceled when the user canceled and
 * false (as an Internal error the caller replaces) when \a work stopped.
 */
using RowBlockWork = std::function<bool(qsizetype begin, qsizetype end, int worker)>;
Result<void> forEachRowBlock(qsizetype rows, qsizetype blockRows, int threads, Progress *progress,
                             const RowBlockWork &work);

//! Threads to use for \a threads (0 or less = hardware concurrency, at least 1).
int effectiveThreads(int threads);

} // namespace churnlens
