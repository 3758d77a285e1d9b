// The impact dashboard's figures against a 5-customer file computed by hand.
#include "data/datatable.h"
#include "impact/impactkpis.h"
#include "impact/profitcurve.h"
#include "impact/segmentbreakdown.h"
#include "score/campaignoptions.h"
#include "score/campaignplanner.h"

#include <QJsonArray>
#include <QTest>

#include <cmath>
#include <limits>

using namespace churnlens;

namespace {

const double NaN = std::numeric_limits<double>::quiet_NaN();

// Five customers: probability, monthly charge, churned, contract, tenure.
const std::vector<double> P{0.9, 0.6, 0.3, 0.1, 0.05};
const std::vector<double> Charge{100, 50, 80, 30, 200};
const std::vector<int8_t> Churned{1, 1, 0, 0, 1};

std::vector<double> values(double months)
{
    std::vector<double> v;
    for (double c : Charge)
        v.push_back(c * months);
    return v;
}

// Offer 10, contact 5, acceptance 30%, 12 months. Per customer (a p V - f - d (1 - p + a p)):
//   1: 324 - 8.7 = 315.3   2: 108 - 10.8 = 97.2   3: 86.4 - 12.9 = 73.5
//   4: 10.8 - 14.3 = -3.5  5: 36 - 14.65 = 21.35
// Ranked 1, 2, 3, 5, 4; running net 315.3, 412.5, 486, 507.35, 503.85: best = 4 customers.
CampaignEconomics economics()
{
    CampaignEconomics e;
    e.offerCost = 10;
    e.contactCost = 5;
    e.acceptanceLow = e.acceptanceHigh = 0.3;
    e.months = 12;
    return e;
}

DataTable table()
{
    DataTable t;
    Dictionary d;
    d.insert("Month-to-month");
    d.insert("One year");
    d.insert("Two year");
    Column contract = Column::coded(QStringLiteral("Contract"), {0, 0, 1, 1, 2}, d);
    contract.setSemantic(Semantic::Contract);
    t.addColumn(std::move(contract));
    Column tenure = Column::numeric(QStringLiteral("tenure"), {3, 15, 30, 60, NaN});
    tenure.setSemantic(Semantic::Tenure);
    t.addColumn(std::move(tenure));
    t.addColumn(Column::numeric(QStringLiteral("Charges"), Charge));
    return t;
}

} // namespace

class TestImpact : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void outcomeFormula();
    void bestShareByHand();
    void budgetLimitsTheList();
    void bandOverAKnownRange();
    void gainsExpectedAndRecorded();
    void noCampaignPays();
    void everyPrefixIsOnTheCurve();
    void kpisByHand();
    void segmentsByHand();
    void tenureBandsAndQuartiles();
    void tooManyLevelsGoToOther();
    void defaultColumnsPreferMappedThenSpread();
    void economicsValidateAndRoundTrip();
    void campaignPanelUsesTheSameFormula();
};

void TestImpact::outcomeFormula()
{
    // Customers 1, 2, 3, 5: Σp = 1.85, Σ p V = 1080 + 360 + 288 + 120 = 1848.
    const CampaignOutcome o = CampaignOutcome::of(4, 1.85, 1848, 0.3, 10, 5);
    QCOMPARE(o.customers, 4);
    QCOMPARE(o.expectedChurners, 1.85);
    QVERIFY(qFuzzyCompare(o.saved, 0.555));
    QVERIFY(qFuzzyCompare(o.revenueSaved, 554.4));
    QVERIFY(qFuzzyCompare(o.offerCost, 27.05)); // 10 x (4 - 1.85 + 0.555)
    QCOMPARE(o.contactCost, 20.0);
    QVERIFY(qFuzzyCompare(o.cost, 47.05));
    QVERIFY(qFuzzyCompare(o.net, 507.35));
    QVERIFY(qFuzzyCompare(o.roi(), 507.35 / 47.05));
    QVERIFY(std::isnan(CampaignOutcome::of(0, 0, 0, 0.3, 10, 5).roi()));
}

void TestImpact::bestShareByHand()
{
    auto c = ProfitCurve::compute(P, values(12), {}, economics());
    QVERIFY2(c, c ? "" : qPrintable(c.error().toString()));
    QCOMPARE(c->scored, 5);
    QCOMPARE(c->bestCustomers, 4);
    QCOMPARE(c->bestShare(), 0.8);
    QVERIFY(qFuzzyCompare(c->best.net, 507.35));
    QVERIFY(qFuzzyCompare(c->best.cost, 47.05));
    QVERIFY(!c->budgetLimited);
    QVERIFY(qFuzzyCompare(c->everyone.net, 503.85));
    // Without a range the band is the point.
    QVERIFY(qFuzzyCompare(c->bestNetLow, 507.35));
    QVERIFY(qFuzzyCompare(c->bestNetHigh, 507.35));
    // The curve's points carry the running net at every customer count (5 customers < 201 steps).
    const std::vector<double> running{0, 315.3, 412.5, 486, 507.35, 503.85};
    QCOMPARE(c->points.size(), size_t(6));
    for (size_t k = 0; k < running.size(); ++k) {
        QCOMPARE(c->points[k].customers, qsizetype(k));
        QVERIFY2(std::abs(c->points[k].net - running[k]) < 1e-9, qPrintable(QString::number(c->points[k].net)));
    }
}

void TestImpact::budgetLimitsTheList()
{
    // Expected cost along the list: 8.7, 19.5, 32.4, …: a budget of 30 pays for two customers.
    CampaignEconomics e = economics();
    e.budget = 30;
    auto c = ProfitCurve::compute(P, values(12), {}, e);
    QVERIFY(c);
    QCOMPARE(c->bestCustomers, 2);
    QVERIFY(qFuzzyCompare(c->best.net, 412.5));
    QVERIFY(c->best.cost <= 30.0);
    QVERIFY(c->budgetLimited);
    QCOMPARE(c->unconstrainedBestCustomers, 4);
    // A budget of exactly the cost of three is enough for three.
    e.budget = 32.4;
    c = ProfitCurve::compute(P, values(12), {}, e);
    QCOMPARE(c->bestCustomers, 3);
}

void TestImpact::bandOverAKnownRange()
{
    // Acceptance 20-40%: the middle (30%) keeps the ranking and the best share; the band is the
    // net at 22% and 38%. For the best four: net(a) = 1848 a - 20 - 10 (4 - 1.85 + 1.85 a)
    // = 1829.5 a - 41.5, so 360.99 and 653.71.
    CampaignEconomics e = economics();
    e.acceptanceLow = 0.2;
    e.acceptanceHigh = 0.4;
    QVERIFY(e.hasRange());
    QCOMPARE(e.acceptanceAt(0.1), 0.22);
    auto c = ProfitCurve::compute(P, values(12), {}, e);
    QVERIFY(c);
    QCOMPARE(c->bestCustomers, 4);
    QVERIFY(qFuzzyCompare(c->best.net, 507.35));
    QVERIFY(std::abs(c->bestNetLow - 360.99) < 1e-9);
    QVERIFY(std::abs(c->bestNetHigh - 653.71) < 1e-9);
    for (const ProfitPoint &pt : c->points) {
        QVERIFY(pt.netLow <= pt.net + 1e-9);
        QVERIFY(pt.net <= pt.netHigh + 1e-9);
    }
    const QJsonObject json = c->toJson();
    QVERIFY(std::abs(json[QStringLiteral("best_net_saving_band")][QStringLiteral("p10")].toDouble() - 360.99) < 1e-9);
}

void TestImpact::gainsExpectedAndRecorded()
{
    auto c = ProfitCurve::compute(P, values(12), Churned, economics());
    QVERIFY(c);
    QVERIFY(c->hasOutcomes);
    QCOMPARE(c->observedChurners, 3);
    // Order 1, 2, 3, 5, 4: expected gains Σp / 1.95, recorded churners 1, 2, 2, 3, 3 of 3.
    const std::vector<double> expected{0, 0.9 / 1.95, 1.5 / 1.95, 1.8 / 1.95, 1.85 / 1.95, 1.0};
    const std::vector<double> recorded{0, 1.0 / 3, 2.0 / 3, 2.0 / 3, 1.0, 1.0};
    for (size_t k = 0; k < expected.size(); ++k) {
        QVERIFY(std::abs(c->points[k].gains - expected[k]) < 1e-12);
        QVERIFY(std::abs(c->points[k].gainsObserved - recorded[k]) < 1e-12);
    }
    auto plain = ProfitCurve::compute(P, values(12), {}, economics());
    QVERIFY(std::isnan(plain->points[1].gainsObserved));
}

void TestImpact::noCampaignPays()
{
    // A contact cost above anything a customer could bring back: contact no one.
    CampaignEconomics e = economics();
    e.contactCost = 1000;
    auto c = ProfitCurve::compute(P, values(12), {}, e);
    QVERIFY(c);
    QCOMPARE(c->bestCustomers, 0);
    QCOMPARE(c->best.net, 0.0);
    QCOMPARE(c->best.cost, 0.0);
    QVERIFY(c->everyone.net < 0.0);
}

void TestImpact::everyPrefixIsOnTheCurve()
{
    // 10,000 customers with unscored rows and unknown values: at most 201 even steps plus the
    // best point, shares rising from 0 to 1, and the best point is the highest net on the curve.
    std::vector<double> p, v;
    for (int i = 0; i < 10000; ++i) {
        p.push_back(i % 101 == 3 ? NaN : std::fmod(i * 0.6180339887, 1.0));
        v.push_back(i % 37 == 1 ? NaN : 100.0 + (i % 50) * 10.0);
    }
    auto c = ProfitCurve::compute(p, v, {}, economics());
    QVERIFY(c);
    QCOMPARE(c->scored, 10000 - 99); // i % 101 == 3 below 10,000: 99 rows
    QVERIFY(c->points.size() <= 202);
    QCOMPARE(c->points.front().share, 0.0);
    QCOMPARE(c->points.back().share, 1.0);
    double top = -1e300;
    for (size_t i = 1; i < c->points.size(); ++i) {
        QVERIFY(c->points[i].customers > c->points[i - 1].customers);
        top = std::max(top, c->points[i].net);
    }
    QCOMPARE(c->best.net, top);
    QVERIFY(c->bestCustomers > 0 && c->bestCustomers < c->scored);
    // Length mismatch and bad economics are errors, not numbers.
    QVERIFY(!ProfitCurve::compute(P, std::vector<double>{1, 2}, {}, economics()));
    CampaignEconomics bad = economics();
    bad.acceptanceLow = 0.5;
    bad.acceptanceHigh = 0.2;
    QVERIFY(!ProfitCurve::compute(P, values(12), {}, bad));
}

void TestImpact::kpisByHand()
{
    RiskThresholds t;
    t.medium = 0.25;
    t.high = 0.5;
    const ImpactKpis k = ImpactKpis::compute(P, Charge, Churned, t, 12);
    QCOMPARE(k.scored, 5);
    QVERIFY(qFuzzyCompare(k.meanProbability, 0.39));
    QCOMPARE(k.risk.high, 2);
    QCOMPARE(k.risk.medium, 1);
    QCOMPARE(k.risk.low, 2);
    // 90 + 30 + 24 + 3 + 10.
    QVERIFY(qFuzzyCompare(k.monthlyRevenueAtRisk, 157.0));
    QVERIFY(qFuzzyCompare(k.horizonRevenueAtRisk(), 1884.0));
    QVERIFY(qFuzzyCompare(k.highRiskMonthlyRevenueAtRisk, 120.0));
    QCOMPARE(k.monthlyRevenue, 460.0);
    QCOMPARE(k.observedChurnRate, 0.6);

    // An unscored row and an unknown charge are left out and counted.
    const std::vector<double> p{0.5, NaN, 0.2};
    const std::vector<double> charge{10, 20, NaN};
    const ImpactKpis m = ImpactKpis::compute(p, charge, {}, t, 6);
    QCOMPARE(m.scored, 2);
    QCOMPARE(m.risk.unscored, 1);
    QCOMPARE(m.missingCharges, 1);
    QCOMPARE(m.monthlyRevenueAtRisk, 5.0);
    QCOMPARE(m.horizonRevenueAtRisk(), 30.0);
    QVERIFY(std::isnan(m.observedChurnRate));
    const QJsonObject json = m.toJson();
    QCOMPARE(json[QStringLiteral("revenue_at_risk")].toDouble(), 30.0);
    QVERIFY(!json.contains(QStringLiteral("observed_churn_rate")));
}

void TestImpact::segmentsByHand()
{
    const DataTable t = table();
    RiskThresholds r;
    auto s = SegmentBreakdown::compute(t, 0, P, Charge, Churned, r);
    QVERIFY2(s, s ? "" : qPrintable(s.error().toString()));
    QVERIFY(!s->banded);
    QCOMPARE(s->rows.size(), size_t(3));
    // Month-to-month: 90 + 30; One year: 24 + 3; Two year: 10. Sorted by money.
    QCOMPARE(s->rows[0].label, QStringLiteral("Month-to-month"));
    QCOMPARE(s->rows[0].customers, 2);
    QVERIFY(qFuzzyCompare(s->rows[0].monthlyRevenueAtRisk, 120.0));
    QVERIFY(qFuzzyCompare(s->rows[0].meanProbability, 0.75));
    QCOMPARE(s->rows[0].high, 2);
    QCOMPARE(s->rows[0].observedChurnRate, 1.0);
    QCOMPARE(s->rows[1].label, QStringLiteral("One year"));
    QVERIFY(qFuzzyCompare(s->rows[1].monthlyRevenueAtRisk, 27.0));
    QCOMPARE(s->rows[1].observedChurnRate, 0.0);
    QCOMPARE(s->rows[2].label, QStringLiteral("Two year"));
    QVERIFY(qFuzzyCompare(s->rows[2].monthlyRevenueAtRisk, 10.0));

    // Without charges: sorted by expected churners, money NaN.
    auto plain = SegmentBreakdown::compute(t, 0, P, {}, {}, r);
    QVERIFY(plain);
    QVERIFY(std::isnan(plain->rows[0].monthlyRevenueAtRisk));
    QCOMPARE(plain->rows[0].label, QStringLiteral("Month-to-month"));
    QCOMPARE(plain->rows[1].label, QStringLiteral("One year"));
    QVERIFY(std::isnan(plain->rows[0].observedChurnRate));
}

void TestImpact::tenureBandsAndQuartiles()
{
    const DataTable t = table();
    auto s = SegmentBreakdown::compute(t, 1, P, Charge, {}, RiskThresholds());
    QVERIFY(s);
    QVERIFY(s->banded);
    // 3 → 0–12, 15 → 13–24, 30 → 25–48, 60 → 49+, missing → Missing: in band order, not by
    // money (Missing, 10 a month at risk, would come before 49+ with 3).
    QCOMPARE(s->rows.size(), size_t(5));
    QStringList labels;
    for (const SegmentRow &r : s->rows)
        labels << r.label;
    QCOMPARE(labels, (QStringList{QStringLiteral("0–12"), QStringLiteral("13–24"), QStringLiteral("25–48"),
                                  QStringLiteral("49+"), QStringLiteral("Missing")}));

    // Other numbers: quartile bands with every customer in one of them.
    auto q = SegmentBreakdown::compute(t, 2, P, Charge, {}, RiskThresholds());
    QVERIFY(q);
    qsizetype total = 0;
    for (const SegmentRow &r : q->rows)
        total += r.customers;
    QCOMPARE(total, 5);
    QVERIFY(q->rows.size() >= 3);

    QVERIFY(!SegmentBreakdown::compute(t, 7, P, Charge, {}, RiskThresholds()));
}

void TestImpact::tooManyLevelsGoToOther()
{
    DataTable t;
    Dictionary d;
    std::vector<int32_t> codes;
    std::vector<double> p;
    for (int i = 0; i < 20; ++i)
        d.insert(QStringLiteral("L%1").arg(i).toStdString());
    for (int i = 0; i < 200; ++i) {
        codes.push_back(i % 20);
        p.push_back(0.01 * (i % 20) + 0.001);
    }
    t.addColumn(Column::coded(QStringLiteral("Region"), codes, d));
    auto s = SegmentBreakdown::compute(t, 0, p, {}, {}, RiskThresholds(), 5);
    QVERIFY(s);
    QCOMPARE(s->rows.size(), size_t(5));
    QCOMPARE(s->rows[0].label, QStringLiteral("L19"));
    QCOMPARE(s->rows.back().label, QStringLiteral("Other"));
    QCOMPARE(s->rows.back().customers, 160);
}

void TestImpact::defaultColumnsPreferMappedThenSpread()
{
    DataTable t = table();
    Dictionary flat;
    flat.insert("a");
    flat.insert("b");
    t.addColumn(Column::coded(QStringLiteral("Flat"), {0, 1, 0, 1, 0}, flat));      // means 0.6 / 0.35
    t.addColumn(Column::coded(QStringLiteral("Sharp"), {0, 0, 1, 1, 1}, flat));     // means 0.75 / 0.15
    const std::vector<int> cols = SegmentBreakdown::defaultColumns(t, P, 3);
    QCOMPARE(cols, (std::vector<int>{0, 1, 4}));
}

void TestImpact::economicsValidateAndRoundTrip()
{
    CampaignEconomics e = economics();
    e.acceptanceHigh = 0.35;
    e.budget = 5000;
    auto back = CampaignEconomics::fromJson(e.toJson());
    QVERIFY(back);
    QCOMPARE(*back, e);
    CampaignEconomics open = economics();
    back = CampaignEconomics::fromJson(open.toJson());
    QVERIFY(back && !back->hasBudget());
    for (auto breakIt : std::vector<std::function<void(CampaignEconomics &)>>{
             [](CampaignEconomics &x) { x.offerCost = -1; },
             [](CampaignEconomics &x) { x.contactCost = NaN; },
             [](CampaignEconomics &x) { x.acceptanceHigh = 1.2; },
             [](CampaignEconomics &x) { x.months = 0; },
             [](CampaignEconomics &x) { x.budget = -5; }}) {
        CampaignEconomics x = economics();
        breakIt(x);
        QVERIFY(!x.validate());
    }
}

void TestImpact::campaignPanelUsesTheSameFormula()
{
    // The Score & export panel (no offer cost) gives the dashboard's figures for the same list.
    CampaignOptions o;
    o.mode = CampaignOptions::Mode::TopN;
    o.topN = 3;
    o.contactCost = 5;
    o.acceptanceRate = 0.3;
    auto planner = CampaignPlanner::create(P, values(12));
    QVERIFY(planner);
    const CampaignSummary s = planner->summary(o);
    CampaignEconomics e = economics();
    e.offerCost = 0;
    auto c = ProfitCurve::compute(P, values(12), {}, e);
    QVERIFY(c);
    const ProfitPoint &three = c->points[3];
    QCOMPARE(three.customers, 3);
    QVERIFY(qFuzzyCompare(s.expectedValue, three.net));
    QVERIFY(qFuzzyCompare(s.cost, three.cost));
}

QTEST_GUILESS_MAIN(TestImpact)
#include "tst_impact.moc"
