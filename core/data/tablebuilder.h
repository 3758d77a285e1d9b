#pragma once

#include "../common/error.h"
#include "csvoptions.h"
#include "loadresult.h"

#include <QStringList>

#include <memory>
#include <span>
#include <string_view>

namespace churnlens {

/*!
 * Builds a typed DataTable from text cells row by row, inferring each column's type
 * (numeric, boolean-like, categorical, date, text) the same way the CSV reader does.
 * Used by the database reader, which gets its cells as text. Not thread-safe.
 */
class TableBuilder
{
public:
    TableBuilder(const QStringList &columnNames, const CsvOptions &options, const QString &sourceName);
    ~TableBuilder();

    //! One row of UTF-8 cells; a null view (data() == nullptr) is a missing value (SQL NULL).
    //! \a sourceLine is reported in issues (row number for databases).
    void addRow(std::span<const std::string_view> cells, qint64 sourceLine);

    //! Infers types, converts and returns the table with issues. Call once.
    Result<LoadResult> finish();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace churnlens
