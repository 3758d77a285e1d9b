#pragma once

namespace churnlens {

//! More threads than this per core are capped: XGBoost's OpenMP and the per-thread buffers of
//! the scorer and the samplers fail or run away in memory with thousands of threads.
constexpr int MaxThreadsPerCore = 4;

//! Cores this process may use (QThread::idealThreadCount()), at least 1.
int coreCount();

/*!
 * The one rule for a requested thread count, used by every option that takes one:
 * requested > 0 → requested, capped at MaxThreadsPerCore × coreCount(); 0 or less → coreCount().
 * Always at least 1. Thread-safe.
 */
int threadCount(int requested);

} // namespace churnlens
