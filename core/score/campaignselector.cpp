#include "campaignselector.h"

#include "campaignkey.h"

#include <algorithm>

namespace churnlens {

Result<CampaignSelection> CampaignSelector::select(std::span<const double> probabilities, std::span<const double> values,
                                                   const CampaignOptions &options)
{
    if (auto ok = options.validate(); !ok)
        return std::unexpected(ok.error());
    if (!values.empty() && values.size() != probabilities.size())
        return makeError(ErrorCode::Internal, Tr::tr("Campaign selection got %1 customer values for %2 customers.")
                                                  .arg(values.size()).arg(probabilities.size()));
    const bool hasValue = !values.empty();
    const std::vector<double> key = campaignkey::keys(probabilities, values);
    const campaignkey::Before before{key.data()};

    // Candidates: scored rows that the mode allows at all.
    std::vector<qsizetype> rows;
    rows.reserve(probabilities.size());
    qsizetype scored = 0;
    for (size_t i = 0; i < probabilities.size(); ++i) {
        const double p = probabilities[i];
        if (std::isnan(p))
            continue;
        ++scored;
        if (options.mode == CampaignOptions::Mode::Threshold && !(p >= options.threshold))
            continue;
        if (options.mode == CampaignOptions::Mode::Budget && hasValue && !campaignkey::profitable(key[i], options))
            continue;
        rows.push_back(qsizetype(i));
    }

    qsizetype limit = qsizetype(rows.size());
    if (options.mode == CampaignOptions::Mode::TopN)
        limit = std::min(limit, options.topN);
    else if (options.mode == CampaignOptions::Mode::Budget)
        limit = std::min(limit, campaignkey::affordable(options));
    if (limit < qsizetype(rows.size())) {
        std::nth_element(rows.begin(), rows.begin() + limit, rows.end(), before);
        rows.resize(size_t(limit));
    }
    std::sort(rows.begin(), rows.end(), before);

    double pSum = 0.0;
    double vSum = 0.0;
    qsizetype missing = 0;
    for (qsizetype r : rows) {
        pSum += probabilities[size_t(r)];
        if (hasValue) {
            vSum += key[size_t(r)];
            missing += std::isnan(values[size_t(r)]);
        }
    }
    CampaignSelection s;
    s.summary = CampaignSummary::fromSums(qsizetype(rows.size()), scored, pSum, vSum, missing, hasValue, options);
    s.rows = std::move(rows);
    return s;
}

} // namespace churnlens
