#pragma once

#include "common/error.h"

#include <QLocale>
#include <QString>

#include <vector>

namespace churnlens {

class DataTable;
class Progress;

//! What the Data area's search looks for, and how the table shows the values it looks in. Value type.
struct TableSearchQuery
{
    //! Found case-insensitively anywhere in a cell (surrounding blanks are ignored); empty finds every row.
    QString text;
    //! The locale the table shows numbers and dates in ("1,234.50", "3/1/24").
    QLocale locale = QLocale::c();
    //! Decimals each numeric column is shown with (index = column); a column without an entry
    //! (or with a negative one) is matched on its plain text only.
    std::vector<int> decimals;
};

/*!
 * Finds the rows of a table that contain a text in any column, as a person reads the cells:
 * a category or text by its value, a number both as shown (in \c query.locale with the column's
 * decimals: "1,234.50") and as plain text ("1234.5"), a date as shown and in ISO form
 * ("2024-03-01"). Missing values match nothing. Categories are matched once per distinct value
 * and numbers once per distinct value where a column has few of them, so a million rows take
 * well under a second for most searches. Stateless; any thread; reads \a table only.
 */
class TableSearch
{
public:
    //! The matching rows, in file order; Canceled when \a progress says so (polled every block of rows).
    static Result<std::vector<qsizetype>> find(const DataTable &table, const TableSearchQuery &query,
                                               Progress *progress = nullptr);
};

} // namespace churnlens
