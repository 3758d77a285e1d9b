#include "campaigneconomics.h"

#include "common/jsonnumber.h"
namespace churnlens {

namespace {

using json::number;

} // namespace

Result<void> CampaignEconomics::validate() const
{
    auto bad = [](const QString &message) { return makeError(ErrorCode::Usage, message); };
    if (!std::isfinite(offerCost) || offerCost < 0.0)
        return bad(Tr::tr("The offer cost must be a number of at least 0 (got %1).").arg(offerCost));
    if (!std::isfinite(contactCost) || contactCost < 0.0)
        return bad(Tr::tr("The contact cost must be a number of at least 0 (got %1).").arg(contactCost));
    if (!std::isfinite(acceptanceLow) || !std::isfinite(acceptanceHigh) || acceptanceLow < 0.0 || acceptanceHigh > 1.0)
        return bad(Tr::tr("The acceptance rate must lie between 0% and 100% (got %1% to %2%).")
                       .arg(acceptanceLow * 100.0).arg(acceptanceHigh * 100.0));
    if (acceptanceLow > acceptanceHigh)
        return bad(Tr::tr("The acceptance range must go from the lower to the higher rate (got %1% to %2%).")
                       .arg(acceptanceLow * 100.0).arg(acceptanceHigh * 100.0));
    if (!std::isfinite(months) || months <= 0.0)
        return bad(Tr::tr("The months a kept customer is worth must be a number above 0 (got %1).").arg(months));
    if (std::isnan(budget) || budget < 0.0)
        return bad(Tr::tr("The budget must be a number of at least 0 (got %1).").arg(budget));
    return {};
}

QJsonObject CampaignEconomics::toJson() const
{
    return QJsonObject{
        {QStringLiteral("offer_cost"), offerCost},
        {QStringLiteral("contact_cost"), contactCost},
        {QStringLiteral("acceptance"), QJsonObject{{QStringLiteral("low"), acceptanceLow},
                                                   {QStringLiteral("high"), acceptanceHigh}}},
        {QStringLiteral("months"), months},
        {QStringLiteral("budget"), number(budget)},
    };
}

Result<CampaignEconomics> CampaignEconomics::fromJson(const QJsonObject &json)
{
    CampaignEconomics e;
    e.offerCost = json.value(QLatin1String("offer_cost")).toDouble(e.offerCost);
    e.contactCost = json.value(QLatin1String("contact_cost")).toDouble(e.contactCost);
    const QJsonObject acceptance = json.value(QLatin1String("acceptance")).toObject();
    e.acceptanceLow = acceptance.value(QLatin1String("low")).toDouble(e.acceptanceLow);
    e.acceptanceHigh = acceptance.value(QLatin1String("high")).toDouble(e.acceptanceLow);
    e.months = json.value(QLatin1String("months")).toDouble(e.months);
    const QJsonValue budget = json.value(QLatin1String("budget"));
    e.budget = budget.isDouble() ? budget.toDouble() : std::numeric_limits<double>::infinity();
    if (auto ok = e.validate(); !ok)
        return std::unexpected(ok.error());
    return e;
}

CampaignOutcome CampaignOutcome::of(qsizetype customers, double probabilitySum, double valueAtRisk, double acceptance,
                                    double offerCost, double contactCost)
{
    CampaignOutcome o;
    o.customers = customers;
    o.expectedChurners = probabilitySum;
    o.saved = acceptance * probabilitySum;
    o.valueAtRisk = valueAtRisk;
    o.revenueSaved = acceptance * valueAtRisk;
    // Offers taken: the would-be churners who accept, and everyone contacted who was staying anyway.
    o.offerCost = offerCost * (double(customers) - probabilitySum + acceptance * probabilitySum);
    o.contactCost = contactCost * double(customers);
    o.cost = o.offerCost + o.contactCost;
    o.net = o.revenueSaved - o.cost;
    return o;
}

QJsonObject CampaignOutcome::toJson() const
{
    return QJsonObject{
        {QStringLiteral("customers"), double(customers)},
        {QStringLiteral("expected_churners"), expectedChurners},
        {QStringLiteral("customers_saved"), saved},
        {QStringLiteral("value_at_risk"), valueAtRisk},
        {QStringLiteral("revenue_saved"), revenueSaved},
        {QStringLiteral("offer_cost"), offerCost},
        {QStringLiteral("contact_cost"), contactCost},
        {QStringLiteral("cost"), cost},
        {QStringLiteral("net_saving"), net},
        {QStringLiteral("roi"), number(roi())},
    };
}

} // namespace churnlens
