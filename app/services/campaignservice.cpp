#include "campaignservice.h"

#include "score/scoreresult.h"

#include <numeric>

namespace churnlens {

Result<CampaignList> CampaignService::select(const ScoreResult &scores, const DataTable &table,
                                             const std::optional<CampaignOptions> &options, const CustomerValue::Options &value)
{
    CampaignList out;
    if (!options) {
        out.rows.resize(size_t(scores.rows));
        std::iota(out.rows.begin(), out.rows.end(), qsizetype(0));
        return out;
    }
    if (auto ok = options->validate(); !ok)
        return std::unexpected(ok.error());
    auto values = CustomerValue::fromTable(table, value, &out.issues);
    if (!values)
        return std::unexpected(values.error());
    auto selection = CampaignSelector::select(scores.probabilities, *values, *options);
    if (!selection)
        return std::unexpected(selection.error());
    out.rows = selection->rows;
    out.selection = std::move(*selection);
    return out;
}

Result<std::shared_ptr<const CampaignPlanner>> CampaignService::plan(const ScoreResult &scores, const DataTable &table,
                                                                     const CustomerValue::Options &value,
                                                                     std::optional<double> fixedValue)
{
    std::vector<double> values;
    if (fixedValue) {
        values.assign(scores.probabilities.size(), *fixedValue);
    } else {
        auto v = CustomerValue::fromTable(table, value);
        if (!v)
            return std::unexpected(v.error());
        values = std::move(*v);
    }
    auto planner = CampaignPlanner::create(scores.probabilities, values);
    if (!planner)
        return std::unexpected(planner.error());
    return std::make_shared<const CampaignPlanner>(std::move(*planner));
}

} // namespace churnlens
