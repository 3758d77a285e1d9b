#pragma once

// Internal to core/prep and the samplers: a minimal fork-join loop over chunks.

#include "../common/progress.h"

#include <QtGlobal>

#include <functional>

namespace churnlens {

//! Threads to use for \a requested (0 = all cores), at least 1.
int resolveThreads(int requested);

/*!
 * Calls fn(chunk, thread) for every chunk in [0, chunks) on up to \a threads threads; the
 * calling thread is one of them and the only one that reports progress (fraction of chunks
 * done, mapped onto [progressBegin, progressEnd]). Chunks are taken in order from a shared
 * counter, so keep each one to a few milliseconds: cancel is polled between chunks.
 * Returns false when canceled (remaining chunks are skipped).
 */
bool parallelChunks(qsizetype chunks, int threads, Progress *progress,
                    const std::function<void(qsizetype chunk, int thread)> &fn,
                    double progressBegin = 0.0, double progressEnd = 1.0);

} // namespace churnlens
