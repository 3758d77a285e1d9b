#include "preferences.h"

#include <QJsonDocument>
#include <QSettings>

#include <cmath>

namespace churnlens {

namespace {
const QString SettingsKey = QStringLiteral("preferences");
} // namespace

QJsonObject Preferences::toJson() const
{
    return QJsonObject{{QStringLiteral("language"), language},
                       {QStringLiteral("theme"), theme},
                       {QStringLiteral("currency"), currency},
                       {QStringLiteral("threads"), threads},
                       {QStringLiteral("risk_tiers"), riskTiers.toJson()},
                       {QStringLiteral("campaign"), campaign.toJson()},
                       {QStringLiteral("months"), months}};
}

Preferences Preferences::fromJson(const QJsonObject &json)
{
    Preferences p;
    p.language = json.value(QLatin1String("language")).toString(p.language);
    const QString theme = json.value(QLatin1String("theme")).toString();
    if (theme == QLatin1String("system") || theme == QLatin1String("light") || theme == QLatin1String("dark"))
        p.theme = theme;
    p.currency = json.value(QLatin1String("currency")).toString(p.currency).trimmed().toUpper();
    p.threads = std::max(0, json.value(QLatin1String("threads")).toInt(p.threads));
    if (auto tiers = RiskTierRule::fromJson(json.value(QLatin1String("risk_tiers")).toObject()))
        p.riskTiers = *tiers;
    if (auto campaign = CampaignOptions::fromJson(json.value(QLatin1String("campaign")).toObject()))
        p.campaign = *campaign;
    const double months = json.value(QLatin1String("months")).toDouble(p.months);
    if (std::isfinite(months) && months > 0.0 && months <= 120.0)
        p.months = months;
    return p;
}

Preferences Preferences::load()
{
    return fromJson(QJsonDocument::fromJson(QSettings().value(SettingsKey).toByteArray()).object());
}

void Preferences::save() const
{
    QSettings().setValue(SettingsKey, QJsonDocument(toJson()).toJson(QJsonDocument::Compact));
}

} // namespace churnlens
