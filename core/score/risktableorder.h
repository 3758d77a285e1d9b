#pragma once

#include "common/error.h"

#include <QString>

#include <array>
#include <memory>
#include <vector>

namespace churnlens {

class DataTable;
class Progress;
struct ScoreResult;

//! Which customers the risk table shows, and in which order. Value type.
struct RiskTableQuery
{
    //! The risk table's columns (the GUI's RiskTableModel uses the same numbers).
    enum Column : int { IdColumn, ProbabilityColumn, RiskColumn, FirstFactorColumn };
    //! Column to sort by, and the direction; -1 keeps file order (or the campaign list's order).
    int sortColumn = ProbabilityColumn;
    bool descending = true;
    //! Risk levels shown, indexed by RiskLevel (Low, Medium, High).
    std::array<bool, 3> levels{true, true, true};
    //! Case-insensitive text found in the customer id, or in the field or value of a top factor.
    QString text;
    //! Only these rows (the campaign list, best first); null = every customer.
    std::shared_ptr<const std::vector<qsizetype>> only;

    bool filters() const { return !levels[0] || !levels[1] || !levels[2] || !text.isEmpty() || only; }
};

/*!
 * Sorts and filters the scored customers for the risk table: the GUI thread never sorts a
 * million rows (a worker calls compute(), the model shows the result). Integer and double keys
 * only (ids are ranked once per distinct id), so a million rows take a fraction of a second.
 * Ties keep file order. Stateless; any thread.
 */
class RiskTableOrder
{
public:
    //! Rows of the scored table to show, in display order; Canceled when \a progress says so.
    static Result<std::vector<qsizetype>> compute(const ScoreResult &scores, const DataTable &table,
                                                  const RiskTableQuery &query, Progress *progress = nullptr);
};

} // namespace churnlens
