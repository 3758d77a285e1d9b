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

} // namespace churnlens
