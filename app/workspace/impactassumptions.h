#pragma once

#include "impact/campaigneconomics.h"

#include <QJsonObject>
#include <QString>

#include <limits>

namespace churnlens {

/*!
 * What the impact dashboard assumes beyond the data: the campaign's economics, where a
 * customer's monthly value comes from, and the segment column the user picked. Kept in the
 * workspace's campaign settings under "impact", so a project saves and restores it.
 * Value type.
 */
struct ImpactAssumptions
{
    //! Key in Workspace::campaignSettings(); the other keys belong to the Score & export area.
    static constexpr const char *SettingsKey = "impact";

    CampaignEconomics economics;
    //! The monthly charges column; empty = the column mapped to monthly charges.
    QString valueColumn;
    //! Count every customer at fixedValue a month instead of a column (files without charges).
    bool useFixedValue = false;
    double fixedValue = 50.0;
    //! The segment column picked for the segment chart; empty = the report's first default.
    QString segmentColumn;

    QJsonObject toJson() const;
    //! Missing or invalid entries keep their defaults.
    static ImpactAssumptions fromJson(const QJsonObject &json);

    //! Reads them from the workspace's campaign settings object (its "impact" entry).
    static ImpactAssumptions fromSettings(const QJsonObject &campaignSettings);
    //! \a campaignSettings with the "impact" entry replaced, the other entries kept.
    QJsonObject mergedInto(QJsonObject campaignSettings) const;

    bool operator==(const ImpactAssumptions &) const = default;
};

} // namespace churnlens
