#include "profitcurve.h"

#include "common/jsonnumber.h"
#include "common/progress.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace churnlens {

namespace {

using json::number;

// Prefix sums over the ranked customers: enough for every figure of every prefix.
struct Prefix
{
    std::vector<double> p;  // Σ probability
    std::vector<double> w;  // Σ probability x value
    std::vector<qsizetype> churned; // recorded churners
};

} // namespace

Result<ProfitCurve> ProfitCurve::compute(std::span<const double> probabilities, std::span<const double> values,
                                         std::span<const int8_t> labels, const CampaignEconomics &e,
                                         Progress *progress, int maxPoints)
{
    if (auto ok = e.validate(); !ok)
        return std::unexpected(ok.error());
    if (values.size() != probabilities.size() || (!labels.empty() && labels.size() != probabilities.size()))
        return makeError(ErrorCode::Internal, Tr::tr("The profit curve got %1 values and %2 outcomes for %3 customers.")
                                                  .arg(values.size()).arg(labels.size()).arg(probabilities.size()));
    const double a = e.acceptance();
    const double d = e.offerCost;
    const double f = e.contactCost;

    // Rank by expected net saving per customer, p (a V + d (1 - a)) - f - d: the constant
    // -f - d does not change the order, so the key leaves it out.
    using Entry = std::pair<double, qsizetype>;
    std::vector<Entry> ranked;
    ranked.reserve(probabilities.size());
    for (size_t i = 0; i < probabilities.size(); ++i) {
        const double p = probabilities[i];
        if (std::isnan(p))
            continue;
        const double v = std::isnan(values[i]) ? 0.0 : values[i];
        ranked.emplace_back(p * (a * v + d * (1.0 - a)), qsizetype(i));
    }
    if (isCanceled(progress))
        return std::unexpected(Error::canceled());
    std::sort(ranked.begin(), ranked.end(), [](const Entry &x, const Entry &y) {
        return x.first > y.first || (x.first == y.first && x.second < y.second);
    });
    if (isCanceled(progress))
        return std::unexpected(Error::canceled());

    const size_t n = ranked.size();
    Prefix s;
    s.p.assign(n + 1, 0.0);
    s.w.assign(n + 1, 0.0);
    s.churned.assign(n + 1, 0);
    for (size_t k = 0; k < n; ++k) {
        const size_t r = size_t(ranked[k].second);
        const double v = std::isnan(values[r]) ? 0.0 : values[r];
        s.p[k + 1] = s.p[k] + probabilities[r];
        s.w[k + 1] = s.w[k] + probabilities[r] * v;
        s.churned[k + 1] = s.churned[k] + (!labels.empty() && labels[r] == 1);
    }

    auto outcome = [&](size_t k, double acceptance) {
        return CampaignOutcome::of(qsizetype(k), s.p[k], s.w[k], acceptance, d, f);
    };
    auto band = [&](size_t k) {
        const double x = outcome(k, e.acceptanceAt(0.1)).net;
        const double y = outcome(k, e.acceptanceAt(0.9)).net;
        return std::pair{std::min(x, y), std::max(x, y)};
    };

    ProfitCurve c;
    c.scored = qsizetype(n);
    c.economics = e;
    c.hasOutcomes = !labels.empty();
    c.observedChurners = s.churned[n];
    c.everyone = outcome(n, a);

    // The best prefix, fewest customers on a tie; the budget caps the expected cost, which only
    // grows along the list.
    size_t best = 0, bestAffordable = 0;
    double bestNet = 0.0, bestAffordableNet = 0.0;
    for (size_t k = 1; k <= n; ++k) {
        const CampaignOutcome o = outcome(k, a);
        if (o.net > bestNet) {
            bestNet = o.net;
            best = k;
        }
        if (o.cost <= e.budget * (1.0 + 1e-12) && o.net > bestAffordableNet) {
            bestAffordableNet = o.net;
            bestAffordable = k;
        }
    }
    c.unconstrainedBestCustomers = qsizetype(best);
    c.bestCustomers = qsizetype(bestAffordable);
    c.budgetLimited = bestAffordable != best;
    c.best = outcome(bestAffordable, a);
    std::tie(c.bestNetLow, c.bestNetHigh) = band(bestAffordable);

    auto point = [&](size_t k) {
        ProfitPoint pt;
        pt.customers = qsizetype(k);
        pt.share = n > 0 ? double(k) / double(n) : 0.0;
        const CampaignOutcome o = outcome(k, a);
        pt.net = o.net;
        pt.cost = o.cost;
        std::tie(pt.netLow, pt.netHigh) = band(k);
        pt.gains = s.p[n] > 0.0 ? s.p[k] / s.p[n] : 0.0;
        pt.gainsObserved = !c.hasOutcomes ? std::numeric_limits<double>::quiet_NaN()
                           : s.churned[n] > 0 ? double(s.churned[k]) / double(s.churned[n])
                                              : 0.0;
        return pt;
    };
    const size_t steps = size_t(std::max(2, maxPoints)) - 1;
    std::vector<size_t> at;
    for (size_t i = 0; i <= steps; ++i)
        at.push_back(size_t(std::llround(double(i) * double(n) / double(steps))));
    at.push_back(bestAffordable);
    at.push_back(best);
    std::sort(at.begin(), at.end());
    at.erase(std::unique(at.begin(), at.end()), at.end());
    c.points.reserve(at.size());
    for (size_t k : at)
        c.points.push_back(point(k));
    return c;
}

QJsonObject ProfitCurve::toJson(bool withPoints) const
{
    QJsonObject json{
        {QStringLiteral("scored"), double(scored)},
        {QStringLiteral("economics"), economics.toJson()},
        {QStringLiteral("best_customers"), double(bestCustomers)},
        {QStringLiteral("best_share"), bestShare()},
        {QStringLiteral("best"), best.toJson()},
        {QStringLiteral("best_net_saving_band"), QJsonObject{{QStringLiteral("p10"), bestNetLow},
                                                             {QStringLiteral("p90"), bestNetHigh}}},
        {QStringLiteral("budget_limited"), budgetLimited},
        {QStringLiteral("unconstrained_best_customers"), double(unconstrainedBestCustomers)},
        {QStringLiteral("everyone"), everyone.toJson()},
    };
    if (hasOutcomes)
        json.insert(QStringLiteral("observed_churners"), double(observedChurners));
    if (withPoints) {
        QJsonArray points;
        for (const ProfitPoint &p : this->points) {
            QJsonObject o{{QStringLiteral("share"), p.share},
                          {QStringLiteral("customers"), double(p.customers)},
                          {QStringLiteral("net_saving"), p.net},
                          {QStringLiteral("net_saving_p10"), p.netLow},
                          {QStringLiteral("net_saving_p90"), p.netHigh},
                          {QStringLiteral("cost"), p.cost},
                          {QStringLiteral("gains"), p.gains},
                          {QStringLiteral("lift"), number(p.share > 0.0 ? p.gains / p.share : std::nan(""))}};
            if (hasOutcomes)
                o.insert(QStringLiteral("gains_observed"), number(p.gainsObserved));
            points.append(o);
        }
        json.insert(QStringLiteral("points"), points);
    }
    return json;
}

} // namespace churnlens
