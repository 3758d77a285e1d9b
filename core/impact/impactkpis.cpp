#include "impactkpis.h"

#include "common/jsonnumber.h"

#include <cmath>

namespace churnlens {

namespace {

using json::number;

} // namespace

ImpactKpis ImpactKpis::compute(std::span<const double> probabilities, std::span<const double> charges,
                               std::span<const int8_t> labels, const RiskThresholds &thresholds, double months)
{
    ImpactKpis k;
    k.rows = qsizetype(probabilities.size());
    k.thresholds = thresholds;
    k.months = months;
    k.hasCharges = !charges.empty() && charges.size() == probabilities.size();
    const bool hasLabels = !labels.empty() && labels.size() == probabilities.size();
    double pSum = 0.0, revenue = 0.0, atRisk = 0.0, highAtRisk = 0.0;
    qsizetype churned = 0;
    for (size_t i = 0; i < probabilities.size(); ++i) {
        const double p = probabilities[i];
        if (std::isnan(p)) {
            ++k.risk.unscored;
            continue;
        }
        ++k.scored;
        pSum += p;
        const RiskLevel level = thresholds.level(p);
        level == RiskLevel::High ? ++k.risk.high : level == RiskLevel::Medium ? ++k.risk.medium : ++k.risk.low;
        if (k.hasCharges) {
            const double c = charges[i];
            if (std::isnan(c)) {
                ++k.missingCharges;
            } else {
                revenue += c;
                atRisk += p * c;
                if (level == RiskLevel::High)
                    highAtRisk += p * c;
            }
        }
        if (hasLabels && labels[i] >= 0) {
            ++k.withOutcome;
            churned += labels[i] == 1;
        }
    }
    k.expectedChurners = pSum;
    if (k.scored > 0)
        k.meanProbability = pSum / double(k.scored);
    if (k.hasCharges) {
        k.monthlyRevenue = revenue;
        k.monthlyRevenueAtRisk = atRisk;
        k.highRiskMonthlyRevenueAtRisk = highAtRisk;
    }
    if (k.withOutcome > 0)
        k.observedChurnRate = double(churned) / double(k.withOutcome);
    return k;
}

QJsonObject ImpactKpis::toJson() const
{
    QJsonObject json{
        {QStringLiteral("rows"), double(rows)},
        {QStringLiteral("customers_scored"), double(scored)},
        {QStringLiteral("predicted_churn_rate"), number(meanProbability)},
        {QStringLiteral("expected_churners"), expectedChurners},
        {QStringLiteral("high_risk"), double(risk.high)},
        {QStringLiteral("medium_risk"), double(risk.medium)},
        {QStringLiteral("low_risk"), double(risk.low)},
        {QStringLiteral("risk_thresholds"), thresholds.toJson()},
        {QStringLiteral("months"), months},
        {QStringLiteral("monthly_revenue"), number(monthlyRevenue)},
        {QStringLiteral("monthly_revenue_at_risk"), number(monthlyRevenueAtRisk)},
        {QStringLiteral("revenue_at_risk"), number(hasCharges ? horizonRevenueAtRisk() : NaN)},
        {QStringLiteral("high_risk_monthly_revenue_at_risk"), number(highRiskMonthlyRevenueAtRisk)},
        {QStringLiteral("missing_charges"), double(missingCharges)},
    };
    if (withOutcome > 0) {
        json.insert(QStringLiteral("customers_with_outcome"), double(withOutcome));
        json.insert(QStringLiteral("observed_churn_rate"), observedChurnRate);
    }
    return json;
}

} // namespace churnlens
