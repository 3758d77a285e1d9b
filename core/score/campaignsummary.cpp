#include "campaignsummary.h"

namespace churnlens {

CampaignSummary CampaignSummary::fromSums(qsizetype customers, qsizetype scored, double probabilitySum,
                                          double weightedValueSum, qsizetype missingValue, bool hasValue,
                                          const CampaignOptions &options)
{
    CampaignSummary s;
    s.customers = customers;
    s.scored = scored;
    s.expectedChurners = probabilitySum;
    s.expectedKept = options.acceptanceRate * probabilitySum;
    s.cost = double(customers) * options.contactCost;
    s.hasValue = hasValue;
    if (hasValue) {
        s.valueAtRisk = weightedValueSum;
        s.expectedValue = options.acceptanceRate * weightedValueSum - s.cost;
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
