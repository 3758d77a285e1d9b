#pragma once

#include "common/error.h"
#include "data/datasource.h"
#include "data/loadresult.h"

namespace churnlens {

class Progress;

/*!
 * Reads customer data for every caller (the CLI's commands, the GUI's "score another file"):
 * a file that does not exist is an I/O error naming it, before any reader is chosen; then
 * DataLoader::load(). Synchronous (run it on a worker in the GUI); stateless and thread-safe.
 */
class LoadService
{
public:
    static Result<LoadResult> load(const DataSource &source, Progress *progress = nullptr);
};

} // namespace churnlens
