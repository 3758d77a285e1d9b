#include "campaignoptions.h"

#include <cmath>

namespace churnlens {

QString machineName(CampaignOptions::Mode mode)
{
    switch (mode) {
    case CampaignOptions::Mode::Threshold: return QStringLiteral("threshold");
    case CampaignOptions::Mode::TopN: return QStringLiteral("top_n");
    case CampaignOptions::Mode::Budget: return QStringLiteral("budget");
    }
    return {};
}

bool fromMachineName(const QString &name, CampaignOptions::Mode *mode)
{
    for (auto m : {CampaignOptions::Mode::Threshold, CampaignOptions::Mode::TopN, CampaignOptions::Mode::Budget}) {
        if (machineName(m) == name) {
            *mode = m;
            return true;
        }
    }
    return false;
}

Result<void> CampaignOptions::validate() const
{
    auto bad = [](const QString &message) { return makeError(ErrorCode::Usage, message); };
    if (!std::isfinite(contactCost) || contactCost < 0.0)
        return bad(Tr::tr("The contact cost must be a number of at least 0 (got %1).").arg(contactCost));
    if (!std::isfinite(acceptanceRate) || acceptanceRate < 0.0 || acceptanceRate > 1.0)
        return bad(Tr::tr("The offer acceptance rate must lie between 0 and 1 (got %1).").arg(acceptanceRate));
    switch (mode) {
    case Mode::Threshold:
        if (!std::isfinite(threshold) || threshold < 0.0 || threshold > 1.0)
            return bad(Tr::tr("The probability threshold must lie between 0 and 1 (got %1).").arg(threshold));
        break;
    case Mode::TopN:
        if (topN < 0)
            return bad(Tr::tr("The number of customers to select cannot be negative (got %1).").arg(topN));
        break;
    case Mode::Budget:
        if (!std::isfinite(budget) || budget < 0.0)
            return bad(Tr::tr("The budget must be a number of at least 0 (got %1).").arg(budget));
        if (contactCost <= 0.0)
            return bad(Tr::tr("Selecting by budget needs a contact cost above 0."));
        break;
    }
    return {};
}

QString CampaignOptions::describe() const
{
    switch (mode) {
    case Mode::Threshold: return Tr::tr("probability ≥ %1").arg(threshold, 0, 'g', 4);
    case Mode::TopN: return Tr::tr("top %1").arg(topN);
    case Mode::Budget:
        return Tr::tr("budget %1 at %2 per contact").arg(budget, 0, 'f', 2).arg(contactCost, 0, 'f', 2);
    }
    return {};
}

QJsonObject CampaignOptions::toJson() const
{
    return QJsonObject{
        {QStringLiteral("mode"), machineName(mode)},
        {QStringLiteral("threshold"), threshold},
        {QStringLiteral("top_n"), double(topN)},
        {QStringLiteral("budget"), budget},
        {QStringLiteral("contact_cost"), contactCost},
        {QStringLiteral("acceptance_rate"), acceptanceRate},
    };
}

Result<CampaignOptions> CampaignOptions::fromJson(const QJsonObject &json)
{
    CampaignOptions o;
    if (!fromMachineName(json.value(QLatin1String("mode")).toString(), &o.mode))
        return makeError(ErrorCode::BadInput, Tr::tr("Unknown campaign selection mode \"%1\".")
                                                  .arg(json.value(QLatin1String("mode")).toString()));
    o.threshold = json.value(QLatin1String("threshold")).toDouble(o.threshold);
    o.topN = qsizetype(json.value(QLatin1String("top_n")).toDouble(double(o.topN)));
    o.budget = json.value(QLatin1String("budget")).toDouble(o.budget);
    o.contactCost = json.value(QLatin1String("contact_cost")).toDouble(o.contactCost);
    o.acceptanceRate = json.value(QLatin1String("acceptance_rate")).toDouble(o.acceptanceRate);
    if (auto ok = o.validate(); !ok)
        return std::unexpected(ok.error());
    return o;
}

} // namespace churnlens
