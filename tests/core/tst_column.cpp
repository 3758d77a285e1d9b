#include "data/column.h"

#include <QTest>

using namespace churnlens;

class TestColumn : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void numericStats()
    {
        const double nan = Column::missingValue();
        Column c = Column::numeric(QStringLiteral("tenure"), {1, 2, nan, 2, 72, -0.0, 0.0});
        QCOMPARE(c.size(), 7);
        QCOMPARE(c.missingCount(), 1);
        QCOMPARE(c.distinctCount(), 4); // 1, 2, 72, 0
        QVERIFY(c.isInteger());
        QCOMPARE(c.minimum(), 0.0);
        QCOMPARE(c.maximum(), 72.0);
        QVERIFY(c.isMissing(2));
        QVERIFY(!c.isMissing(5));
        QCOMPARE(c.text(4), QStringLiteral("72"));
        QCOMPARE(c.text(2), QString());
    }
    void fractionalIsNotInteger()
    {
        Column c = Column::numeric(QStringLiteral("MonthlyCharges"), {29.85, 56.95});
        QVERIFY(!c.isInteger());
        QCOMPARE(c.text(0), QStringLiteral("29.85"));
    }
    void allMissing()
    {
        Column c = Column::numeric(QStringLiteral("x"), {Column::missingValue(), Column::missingValue()});
        QCOMPARE(c.missingCount(), 2);
        QCOMPARE(c.distinctCount(), 0);
        QVERIFY(!c.isInteger());
        QVERIFY(std::isnan(c.minimum()));
    }
    void codedStats()
    {
        Dictionary d;
        d.insert("Month-to-month");
        d.insert("One year");
        d.insert("Two year"); // never used
        Column c = Column::coded(QStringLiteral("Contract"), {0, 1, -1, 0}, d);
        QCOMPARE(int(c.type()), int(ColumnType::Categorical));
        QCOMPARE(c.missingCount(), 1);
        QCOMPARE(c.distinctCount(), 2);
        QCOMPARE(c.text(1), QStringLiteral("One year"));
        QVERIFY(std::isnan(c.value(2)));
        QCOMPARE(c.value(1), 1.0);
    }
    void datesPrintAsIso()
    {
        Column c = Column::numeric(QStringLiteral("since"), {0.0, 19723.0}, ColumnType::Date);
        QCOMPARE(int(c.type()), int(ColumnType::Date));
        QCOMPARE(c.text(0), QStringLiteral("1970-01-01"));
        QCOMPARE(c.text(1), QStringLiteral("2024-01-01"));
    }
    void machineNamesRoundTrip()
    {
        for (int i = 0; i <= int(Semantic::Service); ++i) {
            Semantic s = Semantic::None;
            QVERIFY(fromMachineName(machineName(Semantic(i)), &s));
            QCOMPARE(int(s), i);
        }
        ColumnRole r = ColumnRole::Feature;
        QVERIFY(fromMachineName(QStringLiteral("TARGET"), &r));
        QCOMPARE(int(r), int(ColumnRole::Target));
        ColumnType t = ColumnType::Numeric;
        QVERIFY(!fromMachineName(QStringLiteral("blob"), &t));
    }
};

QTEST_GUILESS_MAIN(TestColumn)
#include "tst_column.moc"
