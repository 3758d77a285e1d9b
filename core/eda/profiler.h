#pragma once

#include "../common/error.h"
#include "../common/progress.h"
#include "profile.h"
#include "profileoptions.h"

namespace churnlens {

class DataTable;

/*!
 * Profiles a whole table — every statistic over every row, no sampling. Columns,
 * duplicates and correlations are separate tasks run in parallel (ProfileOptions::threads,
 * the calling thread being one of the workers); \a progress advances as tasks finish, and
 * its callbacks are serialised (never two at once), though they may come from any worker.
 * Synchronous and thread-safe (no shared state): run it on a worker thread from a GUI.
 * Canceling returns Error::canceled() within a few tens of milliseconds.
 */
class Profiler
{
public:
    static Result<Profile> run(const DataTable &table, const ProfileOptions &options = {},
                               Progress *progress = nullptr);
};

} // namespace churnlens
