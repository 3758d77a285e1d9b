#include "reporttext.h"

#include "services/impactservice.h"

#include <cmath>

namespace churnlens {

ReportText::ReportText(const ImpactReport &report, ReportFormat format)
    : m_report(report)
    , m_format(std::move(format))
{
}

QList<KpiCard> ReportText::kpiCards() const
{
    const ImpactKpis &k = m_report.kpis;
    const ReportFormat &f = m_format;
    QList<KpiCard> cards;

    KpiCard customers{tr("Customers scored"), f.count(double(k.scored)), {}, {}, {}};
    customers.detail = k.rows > k.scored ? tr("%1 rows could not be scored").arg(f.count(double(k.rows - k.scored)))
                                         : tr("every row of the file");
    customers.tooltip = tr("Rows of the file that received a churn probability.");
    cards << customers;

    KpiCard rate{tr("Predicted churn rate"), f.percent(k.meanProbability), {}, {}, {}};
    QStringList against;
    if (std::isfinite(m_report.trainingChurnRate))
        against << tr("in training: %1").arg(f.percent(m_report.trainingChurnRate));
    if (std::isfinite(k.observedChurnRate))
        against << tr("actual: %1").arg(f.percent(k.observedChurnRate));
    rate.detail = against.isEmpty() ? tr("training rate not recorded") : against.join(QStringLiteral(" · "));
    rate.tooltip = tr("The mean churn probability over the scored customers: the share expected to leave.");
    cards << rate;

    const double highShare = k.scored > 0 ? double(k.risk.high) / double(k.scored) : std::nan("");
    KpiCard high{tr("High-risk customers"), f.count(double(k.risk.high)), {}, {}, {}};
    high.detail = tr("%1 of customers · probability ≥ %2").arg(f.percent(highShare), f.percent(k.thresholds.high, 0));
    high.tooltip = tr("Customers whose churn probability is at least the high-risk threshold (the model's decision threshold).");
    cards << high;

    const bool money = k.hasCharges && std::isfinite(k.monthlyRevenueAtRisk);
    KpiCard monthly{tr("Revenue at risk per month"), f.money(k.monthlyRevenueAtRisk), f.moneyShort(k.monthlyRevenueAtRisk), {}, {}};
    if (!money) {
        monthly.detail = tr("no monthly charges in the file");
    } else {
        const double share = k.monthlyRevenue > 0.0 ? k.monthlyRevenueAtRisk / k.monthlyRevenue : std::nan("");
        monthly.detail = tr("%1 of monthly revenue").arg(f.percent(share));
    }
    monthly.tooltip = tr("Σ churn probability × monthly charge over the scored customers with a known charge.");
    cards << monthly;

    const double horizon = k.horizonRevenueAtRisk();
    const QString horizonTitle = k.months == 12.0 ? tr("Revenue at risk per year")
                                                  : tr("Revenue at risk over %1 months").arg(f.number(k.months, k.months == std::round(k.months) ? 0 : 1));
    KpiCard yearly{horizonTitle, f.money(horizon), f.moneyShort(horizon), {}, {}};
    yearly.detail = money ? tr("high-risk customers: %1").arg(f.moneyShort(k.highRiskMonthlyRevenueAtRisk * k.months))
                          : tr("no monthly charges in the file");
    yearly.tooltip = tr("Revenue at risk per month × %1 months.").arg(f.number(k.months, 0));
    cards << yearly;
    return cards;
}

QString ReportText::dataLine() const
{
    // Not %Ln: that would format with the default locale, which may not be the report's.
    if (m_report.kpis.rows == 1)
        return tr("Data: %1 · 1 customer").arg(m_report.dataName);
    return tr("Data: %1 · %2 customers").arg(m_report.dataName, m_format.count(double(m_report.kpis.rows)));
}

QString ReportText::modelLine() const
{
    QString model = m_report.modelName;
    if (!m_report.modelFamily.isEmpty() && !model.contains(m_report.modelFamily, Qt::CaseInsensitive))
        model = tr("%1 (%2)").arg(model, m_report.modelFamily);
    return tr("Model: %1").arg(model);
}

bool ReportText::calibrationWarning() const
{
    return m_report.calibration.warn();
}

QString ReportText::calibrationText() const
{
    const ImpactCalibration &c = m_report.calibration;
    // The calibration error is a gap between probabilities and rates: percentage points.
    const QString points = m_format.number(c.ece * 100.0, 1);
    if (!c.known)
        return tr("Caution: this model did not record how well its probabilities match reality. The money figures "
                  "rest on them: treat them as rough.");
    if (c.warn())
        return tr("Caution: on the model's test customers its probabilities were off by %1 percentage points on "
                  "average (more than %2). The money figures rest on them: treat them as rough.")
            .arg(points, m_format.number(ImpactCalibration::WarnAbove * 100.0, 0));
    QString method;
    if (c.method == QLatin1String("platt"))
        method = tr(" (Platt scaling)");
    else if (c.method == QLatin1String("isotonic"))
        method = tr(" (isotonic regression)");
    return tr("Probabilities calibrated%1: on the model's test customers they were within %2 percentage points of "
              "the observed churn on average.")
        .arg(method, points);
}

QString ReportText::inSampleText() const
{
    if (!m_report.inSample)
        return {};
    return tr("The scored file is the data the model was trained on: its figures are more optimistic than they "
              "will be on new customers.");
}

QString ReportText::acceptanceText() const
{
    const CampaignEconomics &e = m_report.curve.economics;
    if (e.hasRange())
        return tr("%1 to %2").arg(m_format.percent(e.acceptanceLow, 0), m_format.percent(e.acceptanceHigh, 0));
    return m_format.percent(e.acceptance(), 0);
}

QString ReportText::headline() const
{
    const ProfitCurve &c = m_report.curve;
    const ReportFormat &f = m_format;
    if (c.scored == 0)
        return tr("No customers were scored, so there is no campaign to recommend.");
    if (m_report.valueColumn.isEmpty() && !std::isfinite(m_report.fixedValue))
        return tr("The file has no monthly charges, so what keeping a customer is worth is unknown and no campaign "
                  "can be priced. Map a monthly charges column or give a value per customer.");
    if (c.bestCustomers == 0)
        return tr("No campaign pays at these assumptions: every list of customers costs more than the revenue it is "
                  "expected to keep. Contacting everyone would cost %1 and keep %2.")
            .arg(f.money(c.everyone.cost), f.money(c.everyone.revenueSaved));
    const QString roi = std::isfinite(c.best.roi()) ? f.percent(c.best.roi(), 0) : f.percent(std::nan(""));
    return tr("Contact the %1 customers with the highest expected saving (%2 of those scored): the campaign is "
              "expected to save %3 net, a return of %4 on its cost.")
        .arg(f.count(double(c.bestCustomers)), f.percent(c.bestShare()), f.money(c.best.net), roi);
}

QList<CampaignFigure> ReportText::campaignFigures() const
{
    const ProfitCurve &c = m_report.curve;
    const ReportFormat &f = m_format;
    const CampaignEconomics &e = c.economics;
    QList<CampaignFigure> out;
    if (m_report.valueColumn.isEmpty() && !std::isfinite(m_report.fixedValue))
        return out; // nothing is priced: headline() says why
    out.append({tr("Customers to contact"), f.count(double(c.bestCustomers)), tr("%1 of customers").arg(f.percent(c.bestShare()))});
    if (c.bestCustomers == 0)
        return out;
    const CampaignOutcome &b = c.best;
    out.append({tr("Expected churners reached"), f.count(b.expectedChurners),
                tr("%1 of all expected").arg(f.percent(c.everyone.expectedChurners > 0.0 ? b.expectedChurners / c.everyone.expectedChurners
                                                                                          : std::nan("")))});
    QString savedRange;
    if (e.hasRange()) {
        // The same formula at the range's 10% and 90% acceptance: customers kept grow with it.
        const CampaignOutcome low = CampaignOutcome::of(b.customers, b.expectedChurners, b.valueAtRisk, e.acceptanceAt(0.1),
                                                        e.offerCost, e.contactCost);
        const CampaignOutcome high = CampaignOutcome::of(b.customers, b.expectedChurners, b.valueAtRisk, e.acceptanceAt(0.9),
                                                         e.offerCost, e.contactCost);
        savedRange = tr("10–90%: %1 to %2").arg(f.count(low.saved), f.count(high.saved));
    }
    out.append({tr("Customers saved"), f.count(b.saved), savedRange});
    out.append({tr("Revenue saved"), f.money(b.revenueSaved), tr("%1 months of charges").arg(f.number(e.months, 0))});
    out.append({tr("Campaign cost"), f.money(b.cost), tr("offers %1 · contacts %2").arg(f.moneyShort(b.offerCost), f.moneyShort(b.contactCost))});
    out.append({tr("Net saving"), f.money(b.net),
                e.hasRange() ? tr("10–90%: %1 to %2").arg(f.moneyShort(c.bestNetLow), f.moneyShort(c.bestNetHigh)) : QString()});
    out.append({tr("Return on cost"), std::isfinite(b.roi()) ? f.percent(b.roi(), 0) : f.percent(std::nan("")), tr("net saving ÷ cost")});
    return out;
}

QString ReportText::rangeText() const
{
    const ProfitCurve &c = m_report.curve;
    if (!c.economics.hasRange() || c.bestCustomers == 0)
        return {};
    return tr("With an acceptance anywhere from %1, the net saving of this list lies between %2 and %3 in 8 cases out of 10.")
        .arg(acceptanceText(), m_format.money(c.bestNetLow), m_format.money(c.bestNetHigh));
}

QString ReportText::budgetText() const
{
    const ProfitCurve &c = m_report.curve;
    if (!c.economics.hasBudget())
        return {};
    if (c.budgetLimited)
        return tr("The budget of %1 limits the list: without it, the best list would have %2 customers.")
            .arg(m_format.money(c.economics.budget), m_format.count(double(c.unconstrainedBestCustomers)));
    return tr("The budget of %1 does not limit the list.").arg(m_format.money(c.economics.budget));
}

QString ReportText::assumptions() const
{
    const CampaignEconomics &e = m_report.curve.economics;
    const ReportFormat &f = m_format;
    QString value;
    if (!m_report.valueColumn.isEmpty())
        value = tr("a kept customer is worth %1 months of their %2").arg(f.number(e.months, 0), m_report.valueColumn);
    else if (std::isfinite(m_report.fixedValue))
        value = tr("a kept customer is worth %1 months of %2").arg(f.number(e.months, 0), f.money(m_report.fixedValue));
    else
        value = tr("no customer values: customers are ranked by churn probability alone");
    return tr("Assumptions: contact cost %1 per customer, offer cost %2 per accepted offer, %3 of contacted would-be "
              "churners accept and stay, %4, %5.")
        .arg(f.money(e.contactCost), f.money(e.offerCost), acceptanceText(), value,
             e.hasBudget() ? tr("budget %1").arg(f.money(e.budget)) : tr("no budget limit"));
}

QStringList ReportText::notes() const
{
    QStringList out;
    for (const Issue &issue : m_report.issues)
        out << issue.toString();
    return out;
}

} // namespace churnlens
