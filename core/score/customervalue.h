#pragma once

#include "common/error.h"
#include "data/datatable.h"

#include <QList>
#include <QString>

#include <vector>

namespace churnlens {

/*!
 * What keeping a customer is worth, for ranking campaign lists by expected value:
 * monthly charges x horizonMonths. The charges column is the one named in the options, or else
 * the column mapped to Semantic::MonthlyCharges. Stateless.
 */
class CustomerValue
{
public:
    struct Options
    {
        QString column;            //!< empty: the MonthlyCharges-mapped column, if any
        double horizonMonths = 12; //!< how many months of charges a kept customer is worth
    };

    /*!
     * One value per row of \a table; NaN where the charges are missing (Issue with the count).
     * Returns an empty vector when no column is named and none is mapped: campaigns then rank
     * by probability. Fails when the named column does not exist or is not numeric, or the
     * horizon is not a positive number. Negative charges are kept and reported as an Issue.
     */
    static Result<std::vector<double>> fromTable(const DataTable &table, const Options &options,
                                                 QList<Issue> *issues = nullptr);
    //! The column fromTable() reads, or -1.
    static int valueColumn(const DataTable &table, const Options &options);
};

} // namespace churnlens
