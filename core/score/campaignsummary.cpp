#include "campaignsummary.h"

#include "impact/campaigneconomics.h"

namespace churnlens {

CampaignSummary CampaignSummary::fromSums(qsizetype customers, qsizetype scored, double probabilitySum,
                                          double weightedValueSum, qsizetype missingValue, bool hasValue,
                                          const CampaignOptions &options)
{
    CampaignSummary s;
    s.customers = customers;
    s.scored = scored;
    s.expectedChurners = probabilitySum;
    // The impact dashboard's formula, without an offer cost (the panel has none).
    const CampaignOutcome o = CampaignOutcome::of(customers, probabilitySum, hasValue ? weightedValueSum : 0.0,
                                                  options.acceptanceRate, 0.0, options.contactCost);
    s.expectedKept = o.saved;
    s.cost = o.cost;
    s.hasValue = hasValue;
    if (hasValue) {
        s.valueAtRisk = weightedValueSum;
        s.expectedValue = o.net;
        s.missingValue = missingValue;
    }
    return s;
}

QJsonObject CampaignSummary::toJson() const
{
    auto number = [](double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null); };
    return QJsonObject{
        {QStringLiteral("customers"), double(customers)},
        {QStringLiteral("scored"), double(scored)},
        {QStringLiteral("expected_churners"), expectedChurners},
        {QStringLiteral("expected_kept"), expectedKept},
        {QStringLiteral("cost"), cost},
        {QStringLiteral("value_at_risk"), number(valueAtRisk)},
        {QStringLiteral("expected_value"), number(expectedValue)},
        {QStringLiteral("missing_value"), double(missingValue)},
    };
}

} // namespace churnlens
