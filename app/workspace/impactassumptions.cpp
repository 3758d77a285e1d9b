#include "impactassumptions.h"

#include <QJsonArray>

#include <cmath>

namespace churnlens {

namespace {
const QString EconomicsKey = QStringLiteral("economics");
const QString ValueColumnKey = QStringLiteral("value_column");
const QString FixedKey = QStringLiteral("use_fixed_value");
const QString FixedValueKey = QStringLiteral("fixed_value");
const QString SegmentsKey = QStringLiteral("segment_columns");
} // namespace

QJsonObject ImpactAssumptions::toJson() const
{
    QJsonObject o;
    o.insert(EconomicsKey, economics.toJson());
    o.insert(ValueColumnKey, valueColumn);
    o.insert(FixedKey, useFixedValue);
    o.insert(FixedValueKey, fixedValue);
    // A list, as ImpactRequest::segmentColumns takes it: the picked column leads.
    QJsonArray segments;
    if (!segmentColumn.isEmpty())
        segments.append(segmentColumn);
    o.insert(SegmentsKey, segments);
    return o;
}

ImpactAssumptions ImpactAssumptions::fromJson(const QJsonObject &json)
{
    ImpactAssumptions a;
    if (auto e = CampaignEconomics::fromJson(json.value(EconomicsKey).toObject()))
        a.economics = *e;
    a.valueColumn = json.value(ValueColumnKey).toString();
    a.useFixedValue = json.value(FixedKey).toBool(false);
    const double fixed = json.value(FixedValueKey).toDouble(a.fixedValue);
    if (std::isfinite(fixed) && fixed >= 0.0)
        a.fixedValue = fixed;
    const QJsonArray segments = json.value(SegmentsKey).toArray();
    if (!segments.isEmpty())
        a.segmentColumn = segments.first().toString();
    return a;
}

ImpactAssumptions ImpactAssumptions::fromSettings(const QJsonObject &campaignSettings)
{
    return fromJson(campaignSettings.value(QLatin1String(SettingsKey)).toObject());
}

QJsonObject ImpactAssumptions::mergedInto(QJsonObject campaignSettings) const
{
    campaignSettings.insert(QLatin1String(SettingsKey), toJson());
    return campaignSettings;
}

} // namespace churnlens
