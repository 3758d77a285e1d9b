#pragma once

#include "common/error.h"
#include "score/campaignoptions.h"
#include "score/campaignplanner.h"
#include "score/campaignselector.h"
#include "score/customervalue.h"

#include <QList>

#include <memory>
#include <optional>
#include <vector>

namespace churnlens {

class DataTable;
struct ScoreResult;

//! A campaign list of scored customers, and what choosing it noticed. Value type.
struct CampaignList
{
    std::optional<CampaignSelection> selection; //!< unset when everyone is on the list
    std::vector<qsizetype> rows;                //!< rows of the scored table, best first (file order for everyone)
    QList<Issue> issues;                        //!< about the customer values (missing or negative charges)
};

/*!
 * Choosing who goes on a campaign list, for every caller: each customer's value from the
 * table (CustomerValue: charges x months, from the named or the mapped charges column), then
 * CampaignSelector with the options. The GUI's live panel (CampaignPlanner) gives the same rows
 * for the same values and options. Synchronous; stateless and thread-safe.
 */
class CampaignService
{
public:
    /*!
     * The list for \a options over \a scores of \a table; without options, every customer in
     * file order (values are then not read). Fails on invalid options, or a named value column
     * that does not exist or is not numeric.
     */
    static Result<CampaignList> select(const ScoreResult &scores, const DataTable &table,
                                       const std::optional<CampaignOptions> &options, const CustomerValue::Options &value = {});

    /*!
     * The live planner behind the GUI's campaign panel: answers any CampaignOptions in
     * O(log n) with the rows select() would give. Each customer's value comes from the table
     * as in select() (\a value), or is \a fixedValue for everyone when given (data without a
     * charges column).
     */
    static Result<std::shared_ptr<const CampaignPlanner>> plan(const ScoreResult &scores, const DataTable &table,
                                                               const CustomerValue::Options &value,
                                                               std::optional<double> fixedValue = std::nullopt);
};

} // namespace churnlens
