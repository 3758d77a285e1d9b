#include "preptesttables.h"
#include "prep/engineeredfeatures.h"

#include <QTest>

using namespace churnlens;
using namespace churnlens::preptest;

class TestEngineeredFeatures : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void contractNumber_data()
    {
        QTest::addColumn<QString>("level");
        QTest::addColumn<int>("number");
        QTest::newRow("telco m2m") << "Month-to-month" << 0;
        QTest::newRow("telco one") << "One year" << 1;
        QTest::newRow("telco two") << "Two year" << 2;
        QTest::newRow("monthly") << "monthly" << 0;
        QTest::newRow("digits 1") << "1 year" << 1;
        QTest::newRow("digits 2") << "2-year contract" << 2;
        QTest::newRow("upper") << "TWO YEARS" << 2;
        QTest::newRow("underscore") << "one_year" << 1;
        QTest::newRow("unknown") << "lifetime" << -1;
        QTest::newRow("empty") << "" << -1;
        QTest::newRow("no whole word") << "someone" << -1;
    }
    void contractNumber()
    {
        QFETCH(QString, level);
        QFETCH(int, number);
        const QByteArray u = level.toUtf8();
        QCOMPARE(EngineeredFeatures::contractNumber(std::string_view(u.constData(), size_t(u.size()))), number);
    }

    void serviceInUse_data()
    {
        QTest::addColumn<QString>("level");
        QTest::addColumn<bool>("inUse");
        QTest::newRow("yes") << "Yes" << true;
        QTest::newRow("dsl") << "DSL" << true;
        QTest::newRow("fiber") << "Fiber optic" << true;
        QTest::newRow("no") << "No" << false;
        QTest::newRow("no internet") << "No internet service" << false;
        QTest::newRow("no phone") << "No phone service" << false;
        QTest::newRow("none") << "none" << false;
        QTest::newRow("zero") << "0" << false;
        QTest::newRow("false") << "FALSE" << false;
        QTest::newRow("one") << "1" << true;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("northern") << "Northern plan" << true;
    }
    void serviceInUse()
    {
        QFETCH(QString, level);
        QFETCH(bool, inUse);
        const QByteArray u = level.toUtf8();
        QCOMPARE(EngineeredFeatures::serviceInUse(std::string_view(u.constData(), size_t(u.size()))), inUse);
    }

    void availability()
    {
        DataTable t;
        t.addColumn(numeric(QStringLiteral("months"), {1, 2}, Semantic::Tenure));
        t.addColumn(numeric(QStringLiteral("total"), {10, 20}, Semantic::TotalCharges));
        t.addColumn(withSemantic(coded(QStringLiteral("plan"), {"Month-to-month", "Lifetime"}), Semantic::Contract));
        t.addColumn(withRole(numeric(QStringLiteral("calls"), {1, 0}, Semantic::SupportCalls), ColumnRole::Ignore));
        const QList<EngineeredFeatureStatus> s = EngineeredFeatures::status(t);
        QCOMPARE(s.size(), EngineeredFeatureCount);
        QVERIFY(s[int(EngineeredFeature::TenureBins)].available);
        QVERIFY(s[int(EngineeredFeature::TenureBins)].inputs == QStringList{QStringLiteral("months")});
        QVERIFY(s[int(EngineeredFeature::ChargesPerMonth)].available);
        QVERIFY(s[int(EngineeredFeature::ChargesPerMonth)].inputs == (QStringList{"total", "months"}));
        // Unrecognised contract level: not available, and the level is named.
        QVERIFY(!s[int(EngineeredFeature::ContractNumber)].available);
        QVERIFY(s[int(EngineeredFeature::ContractNumber)].reason.contains(QStringLiteral("Lifetime")));
        // An ignored column is not an input.
        QVERIFY(!s[int(EngineeredFeature::SupportCallsPerMonth)].available);
        QVERIFY(!s[int(EngineeredFeature::SupportCallsPerMonth)].reason.isEmpty());
        QVERIFY(!s[int(EngineeredFeature::ServiceCount)].available);
        QVERIFY(s[int(EngineeredFeature::ServiceCount)].inputs.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEngineeredFeatures)
#include "tst_engineeredfeatures.moc"
