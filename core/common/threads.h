#pragma once

namespace churnlens {

//! More threads than this per core are capped: XGBoost's OpenMP and the per-thread buffers of
//! the scorer and the samplers fail or run away in memory with thousands of threads.
constexpr int MaxThreadsPerCore = 4;

//! Cores this process may use (QThread::idealThreadCount()), at least 1.
int coreCount();

/*!
 * The one rule for a requested thread count, used by every option that takes one:
 * requested > 0 → requested, capped at MaxThreadsPerCore × coreCount(); 0 or less → the
 * process-wide default (defaultThreads(), the user's preference in the GUI), or coreCount()
 * when there is none. Always at least 1. Thread-safe.
 */
int threadCount(int requested);

/*!
 * What a request of 0 ("as many as fit") stands for in this process: \a threads > 0 limits every
 * long job that does not ask for a number itself to that many threads (capped as above);
 * 0 = every core. Set at start-up and when the user changes the preference; thread-safe
 * (a job that already runs keeps the count it started with).
 */
void setDefaultThreads(int threads);
int defaultThreads();

} // namespace churnlens
