#include "score/riskthresholds.h"

#include <QTest>

#include <limits>
#include <vector>

using namespace churnlens;

class TestRiskThresholds : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultsFollowTheModelThreshold_data()
    {
        QTest::addColumn<double>("modelThreshold");
        QTest::addColumn<double>("medium");
        QTest::addColumn<double>("high");
        QTest::newRow("0.5") << 0.5 << 0.25 << 0.5;
        QTest::newRow("tuned 0.31") << 0.31 << 0.155 << 0.31;
        QTest::newRow("1.0") << 1.0 << 0.5 << 1.0;
        // Not a usable threshold: fall back to 0.25 / 0.5.
        QTest::newRow("0") << 0.0 << 0.25 << 0.5;
        QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << 0.25 << 0.5;
        QTest::newRow("above 1") << 1.5 << 0.25 << 0.5;
    }
    void defaultsFollowTheModelThreshold()
    {
        QFETCH(double, modelThreshold);
        QFETCH(double, medium);
        QFETCH(double, high);
        const RiskThresholds t = RiskThresholds::fromModelThreshold(modelThreshold);
        QCOMPARE(t.medium, medium);
        QCOMPARE(t.high, high);
        QVERIFY(t.validate().has_value());
    }

    void levelsAtTheBoundaries_data()
    {
        QTest::addColumn<double>("probability");
        QTest::addColumn<int>("level");
        QTest::newRow("0") << 0.0 << int(RiskLevel::Low);
        QTest::newRow("just below medium") << 0.1999 << int(RiskLevel::Low);
        QTest::newRow("medium exactly") << 0.2 << int(RiskLevel::Medium);
        QTest::newRow("between") << 0.3 << int(RiskLevel::Medium);
        QTest::newRow("high exactly") << 0.4 << int(RiskLevel::High);
        QTest::newRow("1") << 1.0 << int(RiskLevel::High);
    }
    void levelsAtTheBoundaries()
    {
        QFETCH(double, probability);
        QFETCH(int, level);
        const RiskThresholds t{0.2, 0.4};
        QCOMPARE(int(t.level(probability)), level);
    }

    void countsPerLevel()
    {
        const RiskThresholds t{0.2, 0.4};
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const std::vector<double> p{0.05, 0.2, 0.39, 0.4, 0.9, nan, 0.1, 0.99};
        const RiskCounts c = t.count(p);
        QCOMPARE(c.low, 2);
        QCOMPARE(c.medium, 2);
        QCOMPARE(c.high, 3);
        QCOMPARE(c.unscored, 1);
        QCOMPARE(c.scored(), 7);
        QCOMPARE(c.at(RiskLevel::High), 3);
    }

    void invalidThresholdsAreRefused_data()
    {
        QTest::addColumn<double>("medium");
        QTest::addColumn<double>("high");
        QTest::newRow("medium above high") << 0.6 << 0.5;
        QTest::newRow("negative") << -0.1 << 0.5;
        QTest::newRow("above 1") << 0.5 << 1.1;
        QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << 0.5;
    }
    void invalidThresholdsAreRefused()
    {
        QFETCH(double, medium);
        QFETCH(double, high);
        const RiskThresholds t{medium, high};
        QVERIFY(!t.validate().has_value());
        QVERIFY(!RiskThresholds::fromJson(t.toJson()).has_value());
    }

    void jsonRoundTrip()
    {
        const RiskThresholds t{0.125, 0.375};
        const auto back = RiskThresholds::fromJson(t.toJson());
        QVERIFY(back.has_value());
        QCOMPARE(*back, t);
    }

    void machineNames()
    {
        for (RiskLevel l : {RiskLevel::Low, RiskLevel::Medium, RiskLevel::High}) {
            RiskLevel back = RiskLevel::Low;
            QVERIFY(fromMachineName(machineName(l), &back));
            QCOMPARE(int(back), int(l));
        }
        RiskLevel x;
        QVERIFY(!fromMachineName(QStringLiteral("extreme"), &x));
    }
};

QTEST_GUILESS_MAIN(TestRiskThresholds)
#include "tst_riskthresholds.moc"
