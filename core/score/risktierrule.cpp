#include "risktierrule.h"

#include <QLocale>

#include <cmath>

namespace churnlens {

namespace {

QString percent(double share)
{
    return QLocale().toString(100.0 * share, 'f', share * 100.0 == std::round(share * 100.0) ? 0 : 1) + QLatin1Char('%');
}

} // namespace

RiskThresholds RiskTierRule::resolve(double modelThreshold, double baseRate) const
{
    switch (kind) {
    case Kind::ModelThreshold:
        return RiskThresholds::fromModelThreshold(modelThreshold);
    case Kind::Fixed:
        return RiskThresholds{medium, high};
    case Kind::Likelihood:
        break;
    }
    RiskThresholds t;
    t.high = high;
    t.medium = std::isfinite(baseRate) && baseRate > 0.0 && baseRate < high ? baseRate : high / 2.0;
    return t;
}

QString RiskTierRule::describe(const RiskThresholds &t) const
{
    switch (kind) {
    case Kind::ModelThreshold:
        return Tr::tr("High: probability of at least %1, the model's decision threshold (customers it predicts to leave).\n"
                      "Medium: at least %2, half of that threshold.\nLow: below %2.")
            .arg(percent(t.high), percent(t.medium));
    case Kind::Fixed:
        return Tr::tr("High: probability of at least %1.\nMedium: at least %2.\nLow: below %2.\n"
                      "(Cut points set in Preferences.)")
            .arg(percent(t.high), percent(t.medium));
    case Kind::Likelihood:
        break;
    }
    return Tr::tr("High: probability of at least %1, more likely to leave than to stay.\n"
                  "Medium: at least %2, more likely to leave than the average customer of the training data.\n"
                  "Low: below %2.")
        .arg(percent(t.high), percent(t.medium));
}

Result<void> RiskTierRule::validate() const
{
    if (!std::isfinite(high) || high <= 0.0 || high > 1.0)
        return makeError(ErrorCode::Usage, Tr::tr("The high-risk cut point must be above 0 and at most 1 (got %1).").arg(high));
    if (kind == Kind::Fixed)
        return RiskThresholds{medium, high}.validate();
    return {};
}

QJsonObject RiskTierRule::toJson() const
{
    return QJsonObject{{QStringLiteral("kind"), machineName(kind)},
                       {QStringLiteral("medium"), medium},
                       {QStringLiteral("high"), high}};
}

Result<RiskTierRule> RiskTierRule::fromJson(const QJsonObject &json)
{
    RiskTierRule r;
    if (!fromMachineName(json.value(QLatin1String("kind")).toString(), &r.kind))
        return makeError(ErrorCode::BadInput, Tr::tr("Unknown risk level rule \"%1\".")
                                                  .arg(json.value(QLatin1String("kind")).toString()));
    r.medium = json.value(QLatin1String("medium")).toDouble(r.medium);
    r.high = json.value(QLatin1String("high")).toDouble(r.high);
    if (auto ok = r.validate(); !ok)
        return std::unexpected(ok.error());
    return r;
}

QString machineName(RiskTierRule::Kind kind)
{
    switch (kind) {
    case RiskTierRule::Kind::ModelThreshold:
        return QStringLiteral("model_threshold");
    case RiskTierRule::Kind::Fixed:
        return QStringLiteral("fixed");
    case RiskTierRule::Kind::Likelihood:
        break;
    }
    return QStringLiteral("likelihood");
}

bool fromMachineName(const QString &name, RiskTierRule::Kind *kind)
{
    for (auto k : {RiskTierRule::Kind::Likelihood, RiskTierRule::Kind::ModelThreshold, RiskTierRule::Kind::Fixed}) {
        if (machineName(k) == name) {
            *kind = k;
            return true;
        }
    }
    return false;
}

} // namespace churnlens
