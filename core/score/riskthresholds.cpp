#include "riskthresholds.h"

#include <algorithm>

namespace churnlens {

RiskThresholds RiskThresholds::fromModelThreshold(double modelThreshold)
{
    RiskThresholds t;
    if (!std::isfinite(modelThreshold) || modelThreshold <= 0.0 || modelThreshold > 1.0)
        return t; // 0.25 / 0.5: the defaults of a model without a tuned threshold
    t.high = modelThreshold;
    t.medium = modelThreshold / 2.0;
    return t;
}

Result<void> RiskThresholds::validate() const
{
    if (!std::isfinite(medium) || !std::isfinite(high) || medium < 0.0 || high > 1.0 || medium > high)
        return makeError(ErrorCode::Usage,
                         Tr::tr("Risk thresholds must satisfy 0 <= medium <= high <= 1 (got medium %1, high %2).")
                             .arg(medium).arg(high));
    return {};
}

RiskCounts RiskThresholds::count(std::span<const double> probabilities) const
{
    RiskCounts c;
    for (double p : probabilities) {
        if (std::isnan(p))
            ++c.unscored;
        else if (p >= high)
            ++c.high;
        else if (p >= medium)
            ++c.medium;
        else
            ++c.low;
    }
    return c;
}

QJsonObject RiskThresholds::toJson() const
{
    return QJsonObject{{QStringLiteral("medium"), medium}, {QStringLiteral("high"), high}};
}

Result<RiskThresholds> RiskThresholds::fromJson(const QJsonObject &json)
{
    RiskThresholds t;
    const QJsonValue m = json.value(QLatin1String("medium"));
    const QJsonValue h = json.value(QLatin1String("high"));
    if (!m.isDouble() || !h.isDouble())
        return makeError(ErrorCode::BadInput, Tr::tr("Risk thresholds need numbers \"medium\" and \"high\"."));
    t.medium = m.toDouble();
    t.high = h.toDouble();
    if (auto ok = t.validate(); !ok)
        return std::unexpected(ok.error());
    return t;
}

} // namespace churnlens
