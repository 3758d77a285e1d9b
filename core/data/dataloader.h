#pragma once

#include "../common/error.h"
#include "../common/progress.h"
#include "datasource.h"
#include "loadresult.h"

namespace churnlens {

/*!
 * One entry point for every source: reads CSV/TSV, SQLite files and SQL databases,
 * then applies SchemaGuess (roles, target, positive label, semantics) and adds the
 * data-quality warnings to the issues. Synchronous; call from a worker thread.
 */
class DataLoader
{
public:
    static Result<LoadResult> load(const DataSource &source, Progress *progress = nullptr);
    //! Tables (and views) of a SQLite file or database, for pickers.
    static Result<QStringList> listTables(const DataSource &source);
};

} // namespace churnlens
