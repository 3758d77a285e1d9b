// ImpactService::howComputed(): the dashboard's "How is this computed?" in plain words.

#include "impactservice.h"

#include "common/currency.h"

#include <QLocale>

namespace churnlens {

namespace {

QString percent(double share)
{
    return QLocale().toString(share * 100.0, 'f', share * 100.0 < 10.0 && share > 0.0 ? 1 : 0) + QLatin1Char('%');
}

QString money(double v)
{
    return Currency::current().format(v, 2);
}

} // namespace

QList<std::pair<QString, QString>> ImpactService::howComputed(const ImpactReport &report)
{
    const CampaignEconomics &e = report.curve.economics;
    const QString months = QLocale().toString(e.months, 'g', 4);
    const QString value = !report.valueColumn.isEmpty()
                              ? Tr::tr("the monthly charges in the column \"%1\"").arg(report.valueColumn)
                          : std::isfinite(report.fixedValue)
                              ? Tr::tr("a monthly value of %1 per customer (the file has no charges column)").arg(money(report.fixedValue))
                              : Tr::tr("no monthly charges (the file has none, so money figures are left out)");
    QString acceptance = e.hasRange() ? Tr::tr("%1 to %2 (the figures use the middle, %3)")
                                            .arg(percent(e.acceptanceLow), percent(e.acceptanceHigh), percent(e.acceptance()))
                                      : percent(e.acceptance());
    QList<std::pair<QString, QString>> list;
    list.append({Tr::tr("Churn probability"),
                 Tr::tr("The model gives every customer a probability of leaving, from what it learned on past customers "
                        "with known outcomes. The predicted churn rate is the average of these probabilities: the share of "
                        "customers expected to leave.")});
    list.append({Tr::tr("High risk"),
                 Tr::tr("Customers whose probability is at least %1 (the risk cut point in use; medium from %2).")
                     .arg(percent(report.kpis.thresholds.high), percent(report.kpis.thresholds.medium))});
    list.append({Tr::tr("Revenue at risk"),
                 Tr::tr("Monthly revenue at risk = the sum over customers of probability × monthly charge, using %1. "
                        "Over a horizon it is multiplied by the months (%2). A customer with a 30% probability and "
                        "charges of 100 a month puts 30 a month at risk.").arg(value, months)});
    list.append({Tr::tr("Campaign"),
                 Tr::tr("Contacting a customer costs %1. Of the contacted customers who would have left, %2 accept the "
                        "offer and stay; each is worth %3 months of their charges. Whoever takes the offer costs %4: "
                        "the would-be churners who accept, and the customers who were staying anyway.")
                     .arg(money(e.contactCost), acceptance, months, money(e.offerCost))});
    list.append({Tr::tr("Net saving"),
                 Tr::tr("Per contacted customer with probability p and value V: revenue saved = acceptance × p × V; "
                        "cost = contact cost + offer cost × (1 − p + acceptance × p); net saving = revenue saved − "
                        "cost. ROI = net saving ÷ cost.")});
    list.append({Tr::tr("Best share to contact"),
                 Tr::tr("Customers are ranked by their expected net saving, best first. The profit curve adds them up "
                        "one by one; the best share is where the total is highest%1 (the expected-maximum-profit rule of "
                        "Verbraken et al., 2013).")
                     .arg(e.hasBudget() ? Tr::tr(" without the expected cost passing the budget of %1").arg(money(e.budget))
                                        : QString())});
    if (e.hasRange()) {
        list.append({Tr::tr("Uncertainty band"),
                     Tr::tr("The acceptance rate is only known to lie between %1 and %2. Taking every rate in that range "
                            "as equally likely, the band shows the net saving from the 10%-point (%3) to the 90%-point "
                            "(%4) of the range.")
                         .arg(percent(e.acceptanceLow), percent(e.acceptanceHigh), percent(e.acceptanceAt(0.1)),
                              percent(e.acceptanceAt(0.9)))});
    }
    list.append({Tr::tr("Gains and lift"),
                 Tr::tr("Cumulative gains: the share of all expected churners (the sum of probabilities) among the first "
                        "x% of the ranked customers; contacting at random reaches x%. Lift = gains ÷ x.")});
    list.append({Tr::tr("Can the money be trusted?"),
                 report.calibration.known
                     ? Tr::tr("Only as far as the probabilities are right. On its test customers this model's probabilities "
                              "were off by %1 on average (calibration error, 10 bins); above 5% the figures get a warning.")
                           .arg(percent(report.calibration.ece))
                     : Tr::tr("Only as far as the probabilities are right. This model did not record how well its "
                              "probabilities matched reality on its test customers; retrain it to measure that.")});
    return list;
}

} // namespace churnlens
