#include "prep/preparationoptions.h"

#include <QJsonArray>
#include <QTest>

using namespace churnlens;

class TestPreparationOptions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaults()
    {
        const PreparationOptions o;
        QVERIFY(o.impute && o.missingIndicators && !o.scale);
        for (int i = 0; i < EngineeredFeatureCount; ++i)
            QVERIFY(o.isOn(EngineeredFeature(i)));
        QVERIFY(PreparationOptions::forLinearModel().scale);
        QVERIFY(!PreparationOptions::forTrees().scale);
    }
    void switches()
    {
        PreparationOptions o;
        o.setOn(EngineeredFeature::ServiceCount, false);
        QVERIFY(!o.isOn(EngineeredFeature::ServiceCount));
        QVERIFY(o.isOn(EngineeredFeature::TenureBins));
        o.setOn(EngineeredFeature::ServiceCount, true);
        QCOMPARE(o, PreparationOptions{});
    }
    void jsonRoundTrip()
    {
        PreparationOptions o;
        o.impute = false;
        o.scale = true;
        o.encoding = CategoryEncoding::Ordinal;
        o.maxCategories = 7;
        o.engineered = 0;
        o.setOn(EngineeredFeature::ContractNumber, true);
        const QJsonObject j = o.toJson();
        QCOMPARE(j.value(QStringLiteral("engineered")).toArray(), QJsonArray{QStringLiteral("contract_number")});
        Result<PreparationOptions> back = PreparationOptions::fromJson(j);
        QVERIFY(back.has_value());
        QCOMPARE(*back, o);
    }
    void jsonErrors()
    {
        QVERIFY(!PreparationOptions::fromJson({{QStringLiteral("impute"), QStringLiteral("yes")}}).has_value());
        QVERIFY(!PreparationOptions::fromJson({{QStringLiteral("encoding"), QStringLiteral("binary")}}).has_value());
        QVERIFY(!PreparationOptions::fromJson({{QStringLiteral("max_categories"), 1}}).has_value());
        QVERIFY(!PreparationOptions::fromJson({{QStringLiteral("engineered"), QJsonArray{QStringLiteral("magic")}}})
                     .has_value());
        // Missing keys keep their defaults.
        Result<PreparationOptions> empty = PreparationOptions::fromJson({});
        QVERIFY(empty.has_value());
        QCOMPARE(*empty, PreparationOptions{});
    }
    void names()
    {
        for (int i = 0; i < EngineeredFeatureCount; ++i) {
            EngineeredFeature f;
            QVERIFY(fromMachineName(machineName(EngineeredFeature(i)), &f));
            QVERIFY(f == EngineeredFeature(i));
            QVERIFY(!toString(f).isEmpty());
        }
        CategoryEncoding e;
        QVERIFY(fromMachineName(QStringLiteral("ordinal"), &e));
        QVERIFY(e == CategoryEncoding::Ordinal);
    }
};

QTEST_GUILESS_MAIN(TestPreparationOptions)
#include "tst_preparationoptions.moc"
