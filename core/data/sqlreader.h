#pragma once

#include "../common/error.h"
#include "../common/progress.h"
#include "datasource.h"
#include "loadresult.h"

#include <QStringList>

namespace churnlens {

/*!
 * Reads a table or a query from a SQLite file (opened read-only) or from any database a Qt
 * SQL driver reaches (PostgreSQL first). Table and column names are quoted by the driver,
 * never pasted; a query must be one read-only SELECT/WITH statement and runs inside a
 * read-only transaction where the driver has one. Cells become UTF-8 text and go through
 * TableBuilder, so types are inferred exactly as for CSV; SQL NULL is a missing value.
 *
 * Thread-safe: every call opens its own connection on the calling thread and removes it
 * before returning. Synchronous; call from a worker thread. Error messages never contain
 * the password.
 */
class SqlReader
{
public:
    //! Tables and views (sorted) of a Sqlite source or a Sql connection.
    static Result<QStringList> listTables(const DataSource &source);
    //! Reads source.table, or source.query when no table is given.
    static Result<LoadResult> read(const DataSource &source, Progress *progress = nullptr);
};

} // namespace churnlens
