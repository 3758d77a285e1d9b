#include "data/fieldlabels.h"
#include "testtranslator.h"

#include <QJsonObject>
#include <QTest>

using namespace churnlens;

class TestFieldLabels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void labelOrder_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<int>("semantic");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("expected");
        // Known Telco names, whatever their spelling.
        QTest::newRow("known camel") << "InternetService" << int(Semantic::None) << "" << "[Internet service]";
        QTest::newRow("known snake") << "internet_service" << int(Semantic::None) << "" << "[Internet service]";
        QTest::newRow("known lower") << "gender" << int(Semantic::None) << "" << "[Gender]";
        QTest::newRow("known TV") << "StreamingTV" << int(Semantic::Service) << "" << "[Streaming TV]";
        // A column of its own name mapped to a known meaning gets the meaning's label.
        QTest::newRow("by meaning") << "Laufzeit" << int(Semantic::Tenure) << "" << "[Tenure (months)]";
        QTest::newRow("by meaning, charges") << "fee_mo" << int(Semantic::MonthlyCharges) << "" << "[Monthly charges]";
        // Anything else: a readable form of its name, never translated.
        QTest::newRow("unknown camel") << "NumOfProducts" << int(Semantic::None) << "" << "Num of products";
        QTest::newRow("unknown snake") << "account_age_days" << int(Semantic::None) << "" << "Account age days";
        QTest::newRow("unknown service") << "VoiceMailPlan" << int(Semantic::Service) << "" << "Voice mail plan";
        // The user's label wins over both.
        QTest::newRow("user over known") << "InternetService" << int(Semantic::None) << "Anschluss" << "Anschluss";
        QTest::newRow("user over meaning") << "Laufzeit" << int(Semantic::Tenure) << "Kunde seit" << "Kunde seit";
        QTest::newRow("user over readable") << "NumOfProducts" << int(Semantic::None) << "Products" << "Products";
    }
    void labelOrder()
    {
        QFETCH(QString, column);
        QFETCH(int, semantic);
        QFETCH(QString, user);
        QFETCH(QString, expected);
        TestTranslator marker;
        marker.setMarkOthers(true);
        const InstalledTranslator installed(&marker);
        FieldLabels labels;
        labels.setUserLabel(column, user);
        QCOMPARE(labels.hasUserLabel(column), !user.isEmpty());
        QCOMPARE(labels.label(column, Semantic(semantic)), expected);
    }

    void phraseInsideSentences()
    {
        FieldLabels labels;
        // English: the first word in lower case, acronyms kept; a user's label as typed.
        QCOMPARE(labels.phrase(QStringLiteral("OnlineSecurity")), QStringLiteral("online security"));
        QCOMPARE(labels.phrase(QStringLiteral("StreamingTV")), QStringLiteral("streaming TV"));
        QCOMPARE(labels.phrase(QStringLiteral("TVPackage")), QStringLiteral("TV package"));
        labels.setUserLabel(QStringLiteral("OnlineSecurity"), QStringLiteral("Secure Net"));
        QCOMPARE(labels.phrase(QStringLiteral("OnlineSecurity")), QStringLiteral("Secure Net"));
        // A language that keeps capitals (German nouns) says so through its translation.
        TestTranslator german;
        german.add("lowercase", QStringLiteral("keep"));
        german.add("Online backup", QStringLiteral("Online-Backup"), "field label");
        const InstalledTranslator installed(&german);
        QVERIFY(!FieldLabels::lowerCaseInSentences());
        QCOMPARE(labels.phrase(QStringLiteral("OnlineBackup")), QStringLiteral("Online-Backup"));
        QCOMPARE(labels.phrase(QStringLiteral("NumOfProducts")), QStringLiteral("Num of products"));
    }

    void knownValuesOnlyForKnownFields()
    {
        TestTranslator marker;
        marker.setMarkOthers(true);
        const InstalledTranslator installed(&marker);
        QCOMPARE(FieldLabels::knownValue(QStringLiteral("InternetService"), Semantic::None, QStringLiteral("Fiber optic")),
                 QStringLiteral("[Fiber optic]"));
        QCOMPARE(FieldLabels::knownValue(QStringLiteral("internet_service"), Semantic::None, QStringLiteral(" fiber OPTIC ")),
                 QStringLiteral("[Fiber optic]"));
        QCOMPARE(FieldLabels::knownValue(QStringLiteral("Contract"), Semantic::None, QStringLiteral("Month-to-month")),
                 QStringLiteral("[Month-to-month]"));
        QCOMPARE(FieldLabels::knownValue(QStringLiteral("Laufzeit"), Semantic::Contract, QStringLiteral("Two year")),
                 QStringLiteral("[Two year]"));
        QCOMPARE(FieldLabels::knownValue(QStringLiteral("Partner"), Semantic::None, QStringLiteral("Yes")), QStringLiteral("[Yes]"));
        // The same "No" of different fields may read differently: asked with the field's disambiguation.
        marker.clearRequests();
        FieldLabels::knownValue(QStringLiteral("InternetService"), Semantic::None, QStringLiteral("No"));
        QCOMPARE(marker.requests().size(), 1);
        QCOMPARE(marker.requests().front().second, QStringLiteral("value of the field Internet service"));
        // Never guessed: an unknown value of a known field, or a known value of another field.
        QVERIFY(FieldLabels::knownValue(QStringLiteral("InternetService"), Semantic::None, QStringLiteral("Satellite")).isEmpty());
        QVERIFY(FieldLabels::knownValue(QStringLiteral("HasCrCard"), Semantic::None, QStringLiteral("Yes")).isEmpty());
        QVERIFY(FieldLabels::knownValue(QStringLiteral("Region"), Semantic::None, QStringLiteral("Fiber optic")).isEmpty());
        QVERIFY(FieldLabels::knownValue(QStringLiteral("Plan"), Semantic::Service, QStringLiteral("Month-to-month")).isEmpty());
    }

    void userLabelsRoundTrip()
    {
        FieldLabels labels;
        labels.setUserLabel(QStringLiteral("tenure"), QStringLiteral("  Kunde seit  "));
        labels.setUserLabel(QStringLiteral("MonthlyCharges"), QStringLiteral("Fee"));
        QCOMPARE(labels.userLabel(QStringLiteral("tenure")), QStringLiteral("Kunde seit"));
        labels.setUserLabel(QStringLiteral("MonthlyCharges"), QStringLiteral("   ")); // blank: back to the default
        QVERIFY(!labels.hasUserLabel(QStringLiteral("MonthlyCharges")));
        const QJsonObject json = labels.toJson();
        QCOMPARE(json, (QJsonObject{{QStringLiteral("tenure"), QStringLiteral("Kunde seit")}}));
        QCOMPARE(FieldLabels::fromJson(json), labels);
        FieldLabels other;
        other.setUserLabel(QStringLiteral("tenure"), QStringLiteral("Customer for"));
        other.setUserLabel(QStringLiteral("gender"), QStringLiteral("Sex"));
        labels.merge(other);
        QCOMPARE(labels.userLabel(QStringLiteral("tenure")), QStringLiteral("Customer for"));
        QCOMPARE(labels.userLabels().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestFieldLabels)
#include "tst_fieldlabels.moc"
