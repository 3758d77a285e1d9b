#pragma once

#include "error.h"
#include "progress.h"

#include <QtGlobal>

#include <functional>

namespace churnlens {

/*!
 * One block of a parallelFor: indices [begin, end), run by \a worker (0 … workers − 1; 0 is
 * the calling thread). Returns false to stop every worker early; it then records why itself.
 */
using BlockWork = std::function<bool(qsizetype begin, qsizetype end, int worker)>;

/*!
 * Core's one fork-join loop: runs \a work over [0, n) in blocks of \a blockSize and returns
 * when every block is done (or skipped after a stop).
 *
 * - Block b is always [b·blockSize, min(n, (b+1)·blockSize)), whatever the thread count, so
 *   results kept or reduced per block are the same on any number of threads. Blocks are taken
 *   in order from a shared counter, so which worker runs which block varies between runs: keep
 *   per-worker state to scratch space, or reduce it in an order that does not matter.
 * - Threads: parallelWorkers(n, blockSize, threads) std::threads, the calling thread being
 *   worker 0. They are its own threads, never a pool's: a caller may itself run on a pool
 *   thread (the GUI's job manager) and must not wait on that pool. A thread the system
 *   refuses to start only means fewer workers.
 * - \a progress: every worker polls cancel before each block; only worker 0 reports progress
 *   (blocks done / blocks), so a progress callback never runs on two threads at once.
 * - An exception thrown by \a work stops the other workers after their current block and is
 *   rethrown on the calling thread once all of them have joined.
 *
 * Returns Error::canceled() when canceled before the end, an Internal error (for the caller to
 * replace) when \a work returned false, and success otherwise (progress then at 1).
 */
Result<void> parallelFor(qsizetype n, qsizetype blockSize, int threads, Progress *progress, const BlockWork &work);

//! Workers that parallelFor() uses: threadCount(threads), no more than there are blocks, at least 1.
int parallelWorkers(qsizetype n, qsizetype blockSize, int threads);

} // namespace churnlens
