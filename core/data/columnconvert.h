#pragma once

#include "../common/error.h"
#include "column.h"
#include "csvoptions.h"

#include <QList>

namespace churnlens {

/*!
 * A copy of \a column as \a target, for when the user changes a column's type. Name, role and
 * semantic are kept. Values that cannot be converted become missing and are counted in
 * \a issues (with the first examples by row); a conversion that makes no sense for the
 * data (three labels to Yes/No, plain numbers to dates) is an Error and changes nothing.
 * \a options gives the decimal mark for text → number (0 = '.'). Thread-safe.
 */
Result<Column> convertColumn(const Column &column, ColumnType target, const CsvOptions &options,
                             QList<Issue> *issues = nullptr);

} // namespace churnlens
