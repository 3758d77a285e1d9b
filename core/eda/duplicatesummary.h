#pragma once

#include <QStringList>

#include <utility>
#include <vector>

namespace churnlens {

class Progress;
class DataTable;

/*!
 * Exact duplicate records: rows equal to an earlier row in every column except the id
 * columns (pandas' duplicated() after dropping the id). Missing equals missing.
 */
struct DuplicateSummary
{
    qsizetype duplicateRows = 0;  //!< rows that repeat an earlier row (the first copy is not counted)
    QStringList ignoredColumns;   //!< the id columns left out of the comparison
    //! Up to 20 examples: (0-based row, 0-based row it repeats), by row.
    std::vector<std::pair<qsizetype, qsizetype>> examples;
    bool computed = false;

    //! Hashes rows column by column, then compares candidate rows exactly. Not computed when canceled.
    static DuplicateSummary find(const DataTable &table, Progress *progress);
};

} // namespace churnlens
