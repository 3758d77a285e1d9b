#include "data/columnconvert.h"

#include <QTest>

#include <cmath>

using namespace churnlens;

namespace {
Column labels(const QStringList &values, ColumnType type = ColumnType::Categorical)
{
    Dictionary d;
    std::vector<int32_t> codes;
    for (const QString &v : values) {
        const QByteArray u = v.toUtf8();
        codes.push_back(v.isNull() ? Column::MissingCode : d.insert(std::string_view(u.constData(), size_t(u.size()))));
    }
    Column c = Column::coded(QStringLiteral("col"), codes, d, type);
    c.setRole(ColumnRole::Feature);
    c.setSemantic(Semantic::Contract);
    return c;
}

QString typeName(const Column &c) { return machineName(c.type()); }
} // namespace

class TestColumnConvert : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void categoryToNumber()
    {
        const Column c = labels({"1.5", "2", "abc", QString(), "abc", "4"});
        QList<Issue> issues;
        const auto r = convertColumn(c, ColumnType::Numeric, CsvOptions{}, &issues);
        QVERIFY(r.has_value());
        QCOMPARE(typeName(*r), QStringLiteral("numeric"));
        QCOMPARE(r->value(0), 1.5);
        QVERIFY(r->isMissing(2));
        QVERIFY(r->isMissing(3));
        QCOMPARE(r->missingCount(), 3);
        QVERIFY(r->semantic() == Semantic::Contract);
        QCOMPARE(issues.size(), 1);
        QVERIFY(issues[0].message.contains(QStringLiteral("2 values")));
        QVERIFY(issues[0].message.contains(QStringLiteral("\"abc\" in row 3")));
    }
    void decimalCommaFromOptions()
    {
        CsvOptions o;
        o.decimal = ',';
        const auto r = convertColumn(labels({"1,5", "2"}), ColumnType::Numeric, o);
        QVERIFY(r.has_value());
        QCOMPARE(r->value(0), 1.5);
    }
    void numberToCategory()
    {
        const Column n = Column::numeric(QStringLiteral("n"), {2, 1.5, Column::missingValue(), 2});
        const auto r = convertColumn(n, ColumnType::Categorical, CsvOptions{});
        QVERIFY(r.has_value());
        QCOMPARE(typeName(*r), QStringLiteral("categorical"));
        QCOMPARE(r->text(0), QStringLiteral("2"));
        QCOMPARE(r->text(1), QStringLiteral("1.5"));
        QVERIFY(r->isMissing(2));
        QCOMPARE(r->code(0), r->code(3));
        QCOMPARE(r->distinctCount(), 2);
    }
    void toYesNo_data()
    {
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<QList<int>>("codes");
        QTest::newRow("words") << QStringList{"Yes", "No", QString()} << QList<int>{1, 0, -1};
        QTest::newRow("true false") << QStringList{"false", "true"} << QList<int>{0, 1};
        QTest::newRow("digits") << QStringList{"1", "0"} << QList<int>{1, 0};
        QTest::newRow("other pair, alphabetical") << QStringList{"Male", "Female"} << QList<int>{1, 0};
    }
    void toYesNo()
    {
        QFETCH(QStringList, values);
        QFETCH(QList<int>, codes);
        const auto r = convertColumn(labels(values), ColumnType::Boolean, CsvOptions{});
        QVERIFY(r.has_value());
        QCOMPARE(typeName(*r), QStringLiteral("boolean"));
        for (int i = 0; i < codes.size(); ++i)
            QCOMPARE(r->code(i), codes[i]);
    }
    void threeLabelsAreNotYesNo()
    {
        const auto r = convertColumn(labels({"a", "b", "c"}), ColumnType::Boolean, CsvOptions{});
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().code, ErrorCode::BadInput);
    }
    void numbersToYesNo()
    {
        const auto zeroOne = convertColumn(Column::numeric(QStringLiteral("n"), {0, 1, 1}), ColumnType::Boolean, {});
        QVERIFY(zeroOne.has_value());
        QCOMPARE(zeroOne->code(0), 0);
        QList<Issue> issues;
        const auto pair = convertColumn(Column::numeric(QStringLiteral("n"), {5, 7}), ColumnType::Boolean, {}, &issues);
        QVERIFY(pair.has_value());
        QCOMPARE(pair->code(0), 0);
        QCOMPARE(pair->code(1), 1);
        QCOMPARE(issues.size(), 1);
        QVERIFY(!convertColumn(Column::numeric(QStringLiteral("n"), {1, 2, 3}), ColumnType::Boolean, {}).has_value());
    }
    void yesNoToNumber()
    {
        const auto yn = convertColumn(labels({"No", "Yes"}), ColumnType::Boolean, {});
        QVERIFY(yn.has_value());
        const auto r = convertColumn(*yn, ColumnType::Numeric, {});
        QVERIFY(r.has_value());
        QCOMPARE(r->value(0), 0.0);
        QCOMPARE(r->value(1), 1.0);
    }
    void toDate()
    {
        QList<Issue> issues;
        const auto r = convertColumn(labels({"01/02/2020", "03/04/2020", "soon"}), ColumnType::Date, {}, &issues);
        QVERIFY(r.has_value());
        QCOMPARE(typeName(*r), QStringLiteral("date"));
        QCOMPARE(r->text(0), QStringLiteral("2020-01-02")); // ambiguous: month first, said in an issue
        QVERIFY(r->isMissing(2));
        QCOMPARE(issues.size(), 2);
        const auto numbers = convertColumn(Column::numeric(QStringLiteral("d"), {20240131, 20240229}), ColumnType::Date, {});
        QVERIFY(numbers.has_value());
        QCOMPARE(numbers->text(1), QStringLiteral("2024-02-29"));
        QVERIFY(!convertColumn(Column::numeric(QStringLiteral("d"), {1.5, 2}), ColumnType::Date, {}).has_value());
        QVERIFY(!convertColumn(labels({"x", "y"}), ColumnType::Date, {}).has_value());
    }
    void dateToText()
    {
        const auto d = convertColumn(labels({"2020-01-31"}), ColumnType::Date, {});
        QVERIFY(d.has_value());
        const auto t = convertColumn(*d, ColumnType::Text, {});
        QVERIFY(t.has_value());
        QCOMPARE(t->text(0), QStringLiteral("2020-01-31"));
    }
    void sameTypeIsACopy()
    {
        const Column c = labels({"a"});
        const auto r = convertColumn(c, ColumnType::Categorical, {});
        QVERIFY(r.has_value());
        QCOMPARE(r->text(0), QStringLiteral("a"));
    }
};

QTEST_GUILESS_MAIN(TestColumnConvert)
#include "tst_columnconvert.moc"
