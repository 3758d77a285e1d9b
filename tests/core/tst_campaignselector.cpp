#include "score/campaignplanner.h"
#include "score/campaignselector.h"
#include "score/customervalue.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <vector>

using namespace churnlens;

namespace {

const double NaN = std::numeric_limits<double>::quiet_NaN();

struct Scores
{
    std::vector<double> p;
    std::vector<double> v;
};

// Probabilities rounded to 2 decimals (many ties), a few unscored rows; values with a few
// unknown ones and a few high spenders.
Scores randomScores(int n, quint32 seed)
{
    QRandomGenerator rng(seed);
    Scores s;
    for (int i = 0; i < n; ++i) {
        const double u = rng.generateDouble();
        s.p.push_back(i % 97 == 5 ? NaN : std::round(u * u * 100.0) / 100.0);
        const double charges = 20.0 + 100.0 * rng.generateDouble();
        s.v.push_back(i % 53 == 7 ? NaN : std::round(charges) * 12.0);
    }
    return s;
}

// The rules of CampaignOptions written the slow, obvious way: sort everything, then filter.
std::vector<qsizetype> bruteForce(const Scores &s, bool useValue, const CampaignOptions &o)
{
    std::vector<qsizetype> rows;
    std::vector<double> key(s.p.size());
    for (size_t i = 0; i < s.p.size(); ++i) {
        if (std::isnan(s.p[i]))
            continue;
        const double value = useValue ? (std::isnan(s.v[i]) ? 0.0 : s.v[i]) : 1.0;
        key[i] = s.p[i] * value;
        rows.push_back(qsizetype(i));
    }
    std::stable_sort(rows.begin(), rows.end(), [&](qsizetype a, qsizetype b) { return key[size_t(a)] > key[size_t(b)]; });
    std::vector<qsizetype> out;
    for (qsizetype r : rows) {
        const double p = s.p[size_t(r)];
        switch (o.mode) {
        case CampaignOptions::Mode::Threshold:
            if (p >= o.threshold)
                out.push_back(r);
            break;
        case CampaignOptions::Mode::TopN:
            if (qsizetype(out.size()) < o.topN)
                out.push_back(r);
            break;
        case CampaignOptions::Mode::Budget: {
            const double ev = o.acceptanceRate * key[size_t(r)] - o.contactCost;
            const bool affordable = double(out.size() + 1) * o.contactCost <= o.budget + 1e-9;
            if (affordable && (!useValue || ev > 0.0))
                out.push_back(r);
            break;
        }
        }
    }
    return out;
}

} // namespace

class TestCampaignSelector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesBruteForce_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<double>("threshold");
        QTest::addColumn<int>("topN");
        QTest::addColumn<double>("budget");
        QTest::addColumn<double>("cost");
        QTest::addColumn<bool>("useValue");
        const auto T = int(CampaignOptions::Mode::Threshold);
        const auto N = int(CampaignOptions::Mode::TopN);
        const auto B = int(CampaignOptions::Mode::Budget);
        for (bool value : {false, true}) {
            const char *v = value ? " value" : "";
            QTest::addRow("threshold 0.5%s", v) << T << 0.5 << 0 << 0.0 << 10.0 << value;
            QTest::addRow("threshold 0.37 (ties)%s", v) << T << 0.37 << 0 << 0.0 << 10.0 << value;
            QTest::addRow("threshold 0%s", v) << T << 0.0 << 0 << 0.0 << 10.0 << value;
            QTest::addRow("threshold 1%s", v) << T << 1.0 << 0 << 0.0 << 10.0 << value;
            QTest::addRow("top 0%s", v) << N << 0.0 << 0 << 0.0 << 10.0 << value;
            QTest::addRow("top 1%s", v) << N << 0.0 << 1 << 0.0 << 10.0 << value;
            QTest::addRow("top 250%s", v) << N << 0.0 << 250 << 0.0 << 10.0 << value;
            QTest::addRow("top more than all%s", v) << N << 0.0 << 100000 << 0.0 << 10.0 << value;
            QTest::addRow("budget 1000 / 10%s", v) << B << 0.0 << 0 << 1000.0 << 10.0 << value;
            QTest::addRow("budget 0.3 / 0.1%s", v) << B << 0.0 << 0 << 0.3 << 0.1 << value;
            QTest::addRow("budget 99 / 10%s", v) << B << 0.0 << 0 << 99.0 << 10.0 << value;
            QTest::addRow("budget huge, cost 150%s", v) << B << 0.0 << 0 << 1e9 << 150.0 << value;
            QTest::addRow("budget below one contact%s", v) << B << 0.0 << 0 << 5.0 << 10.0 << value;
        }
    }
    void matchesBruteForce()
    {
        QFETCH(int, mode);
        QFETCH(double, threshold);
        QFETCH(int, topN);
        QFETCH(double, budget);
        QFETCH(double, cost);
        QFETCH(bool, useValue);
        const Scores s = randomScores(5000, 7);
        CampaignOptions o;
        o.mode = CampaignOptions::Mode(mode);
        o.threshold = threshold;
        o.topN = topN;
        o.budget = budget;
        o.contactCost = cost;
        o.acceptanceRate = 0.3;
        const std::span<const double> values = useValue ? std::span<const double>(s.v) : std::span<const double>();

        const std::vector<qsizetype> expected = bruteForce(s, useValue, o);
        const auto selection = CampaignSelector::select(s.p, values, o);
        QVERIFY2(selection, qPrintable(selection ? QString() : selection.error().toString()));
        QCOMPARE(selection->rows, expected);

        const auto planner = CampaignPlanner::create(s.p, values);
        QVERIFY(planner);
        QCOMPARE(planner->rows(o), expected);

        // The summary from first principles, and the planner's O(log n) one.
        double pSum = 0.0, vSum = 0.0;
        qsizetype missing = 0;
        for (qsizetype r : expected) {
            pSum += s.p[size_t(r)];
            if (useValue) {
                vSum += std::isnan(s.v[size_t(r)]) ? 0.0 : s.p[size_t(r)] * s.v[size_t(r)];
                missing += std::isnan(s.v[size_t(r)]);
            }
        }
        const qsizetype scored = std::count_if(s.p.begin(), s.p.end(), [](double p) { return !std::isnan(p); });
        for (const CampaignSummary &sum : {selection->summary, planner->summary(o)}) {
            QCOMPARE(sum.customers, qsizetype(expected.size()));
            QCOMPARE(sum.scored, scored);
            QVERIFY(std::abs(sum.expectedChurners - pSum) < 1e-9 * std::max(1.0, pSum));
            QVERIFY(std::abs(sum.expectedKept - 0.3 * pSum) < 1e-9 * std::max(1.0, pSum));
            QCOMPARE(sum.cost, double(expected.size()) * cost);
            QCOMPARE(sum.hasValue, useValue);
            if (useValue) {
                QVERIFY(std::abs(sum.valueAtRisk - vSum) < 1e-9 * std::max(1.0, vSum));
                QVERIFY(std::abs(sum.expectedValue - (0.3 * vSum - sum.cost)) < 1e-6 * std::max(1.0, vSum));
                QCOMPARE(sum.missingValue, missing);
            } else {
                QVERIFY(std::isnan(sum.expectedValue));
            }
        }
    }

    void budgetWithValueSkipsLossMakers()
    {
        // Row 0: high probability, tiny value (EV 0.3*0.9*10 - 5 < 0); row 1: EV 0.3*0.5*1000 - 5 > 0.
        const std::vector<double> p{0.9, 0.5, 0.2};
        const std::vector<double> v{10.0, 1000.0, 100.0};
        CampaignOptions o;
        o.mode = CampaignOptions::Mode::Budget;
        o.budget = 100.0;
        o.contactCost = 5.0;
        o.acceptanceRate = 0.3;
        const auto s = CampaignSelector::select(p, v, o);
        QVERIFY(s);
        QCOMPARE(s->rows, (std::vector<qsizetype>{1, 2}));
        QCOMPARE(s->summary.expectedValue, 0.3 * (0.5 * 1000.0 + 0.2 * 100.0) - 10.0);
        // Without values the probability ranks and the budget alone limits.
        const auto byP = CampaignSelector::select(p, {}, o);
        QVERIFY(byP);
        QCOMPARE(byP->rows, (std::vector<qsizetype>{0, 1, 2}));
    }

    void invalidOptionsAreRefused_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<double>("threshold");
        QTest::addColumn<int>("topN");
        QTest::addColumn<double>("budget");
        QTest::addColumn<double>("cost");
        QTest::addColumn<double>("acceptance");
        QTest::newRow("threshold > 1") << int(CampaignOptions::Mode::Threshold) << 1.5 << 0 << 0.0 << 1.0 << 0.3;
        QTest::newRow("threshold NaN") << int(CampaignOptions::Mode::Threshold) << NaN << 0 << 0.0 << 1.0 << 0.3;
        QTest::newRow("negative top") << int(CampaignOptions::Mode::TopN) << 0.5 << -1 << 0.0 << 1.0 << 0.3;
        QTest::newRow("budget, zero cost") << int(CampaignOptions::Mode::Budget) << 0.5 << 0 << 100.0 << 0.0 << 0.3;
        QTest::newRow("negative budget") << int(CampaignOptions::Mode::Budget) << 0.5 << 0 << -1.0 << 1.0 << 0.3;
        QTest::newRow("acceptance > 1") << int(CampaignOptions::Mode::TopN) << 0.5 << 10 << 0.0 << 1.0 << 1.2;
    }
    void invalidOptionsAreRefused()
    {
        QFETCH(int, mode);
        QFETCH(double, threshold);
        QFETCH(int, topN);
        QFETCH(double, budget);
        QFETCH(double, cost);
        QFETCH(double, acceptance);
        CampaignOptions o;
        o.mode = CampaignOptions::Mode(mode);
        o.threshold = threshold;
        o.topN = topN;
        o.budget = budget;
        o.contactCost = cost;
        o.acceptanceRate = acceptance;
        QVERIFY(!o.validate());
        const std::vector<double> p{0.1, 0.9};
        const auto s = CampaignSelector::select(p, {}, o);
        QVERIFY(!s);
        QCOMPARE(s.error().code, ErrorCode::Usage);
        const auto planner = CampaignPlanner::create(p, {});
        QVERIFY(planner);
        QVERIFY(planner->rows(o).empty());
        QCOMPARE(planner->summary(o).customers, 0);
    }

    void lengthMismatchIsAnError()
    {
        const std::vector<double> p{0.1, 0.9};
        const std::vector<double> v{1.0};
        QVERIFY(!CampaignSelector::select(p, v, CampaignOptions()));
        QVERIFY(!CampaignPlanner::create(p, v));
    }

    void optionsJsonRoundTrip()
    {
        CampaignOptions o;
        o.mode = CampaignOptions::Mode::Budget;
        o.budget = 2500.0;
        o.contactCost = 12.5;
        o.acceptanceRate = 0.4;
        const auto back = CampaignOptions::fromJson(o.toJson());
        QVERIFY(back);
        QCOMPARE(*back, o);
        QVERIFY(o.describe().contains(QStringLiteral("2500.00")));
    }

    void customerValueFromCharges()
    {
        DataTable t;
        Column charges = Column::numeric(QStringLiteral("Monthly"), {50.0, NaN, -5.0});
        charges.setSemantic(Semantic::MonthlyCharges);
        t.addColumn(charges);
        Dictionary d;
        d.insert("a");
        t.addColumn(Column::coded(QStringLiteral("Plan"), {0, 0, 0}, d));
        QList<Issue> issues;
        CustomerValue::Options o;
        o.horizonMonths = 6;
        auto v = CustomerValue::fromTable(t, o, &issues);
        QVERIFY(v);
        QCOMPARE(v->size(), size_t(3));
        QCOMPARE((*v)[0], 300.0);
        QVERIFY(std::isnan((*v)[1]));
        QCOMPARE((*v)[2], -30.0);
        QCOMPARE(issues.size(), 2); // one missing, one negative

        o.column = QStringLiteral("Plan");
        auto notNumeric = CustomerValue::fromTable(t, o);
        QVERIFY(!notNumeric);
        QCOMPARE(notNumeric.error().code, ErrorCode::BadInput);
        o.column = QStringLiteral("nope");
        QVERIFY(!CustomerValue::fromTable(t, o));
        o.column.clear();
        o.horizonMonths = 0;
        QVERIFY(!CustomerValue::fromTable(t, o));

        // Nothing mapped: no values, campaigns rank by probability.
        DataTable plain;
        plain.addColumn(Column::numeric(QStringLiteral("x"), {1.0}));
        auto none = CustomerValue::fromTable(plain, {});
        QVERIFY(none);
        QVERIFY(none->empty());
    }

    void millionRowsQuickly()
    {
        const Scores s = randomScores(1'000'000, 11);
        CampaignOptions o;
        o.mode = CampaignOptions::Mode::TopN;
        o.topN = 10'000;
        QElapsedTimer timer;
        timer.start();
        const auto sel = CampaignSelector::select(s.p, s.v, o);
        const qint64 selectMs = timer.restart();
        QVERIFY(sel);
        QCOMPARE(qsizetype(sel->rows.size()), 10'000);
        const auto planner = CampaignPlanner::create(s.p, s.v);
        const qint64 planMs = timer.restart();
        QVERIFY(planner);
        double sum = 0.0;
        for (int i = 0; i < 1000; ++i) {
            o.topN = i * 997;
            sum += planner->summary(o).expectedChurners;
        }
        const qint64 queryMs = timer.elapsed();
        QVERIFY(sum > 0.0);
        qInfo("1M rows: select top 10K %lld ms, planner build %lld ms, 1000 summaries %lld ms", selectMs, planMs, queryMs);
        // The figures above are the measurement (in the log); a bound on them would fail on a busy machine.
    }
};

QTEST_GUILESS_MAIN(TestCampaignSelector)
#include "tst_campaignselector.moc"
