#include "data/tablebuilder.h"

#include <QTest>

#include <string>
#include <vector>

using namespace churnlens;

namespace {
QString typeName(const Column &c) { return machineName(c.type()); }

// Rows given as text; "\x01" stands for SQL NULL.
Result<LoadResult> build(const QStringList &names, const std::vector<std::vector<std::string>> &rows)
{
    TableBuilder builder(names, CsvOptions{}, QStringLiteral("db: customers"));
    qint64 line = 1;
    for (const auto &row : rows) {
        std::vector<std::string_view> cells;
        for (const std::string &cell : row)
            cells.push_back(cell == "\x01" ? std::string_view() : std::string_view(cell));
        builder.addRow(cells, line++);
    }
    return builder.finish();
}
} // namespace

class TestTableBuilder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void infersTypes()
    {
        const auto r = build({"id", "tenure", "charges", "churn", "contract", "senior", "since"},
                             {{"A-1", "1", "29.85", "No", "Month-to-month", "0", "2020-01-31"},
                              {"A-2", "34", "\x01", "Yes", "One year", "1", "2019-12-01"},
                              {"A-3", "2", " ", "No", "Month-to-month", "0", "\x01"}});
        QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().toString()));
        const DataTable &t = r->table;
        QCOMPARE(t.rowCount(), 3);
        QCOMPARE(t.columnCount(), 7);
        QCOMPARE(typeName(t.column(0)), QStringLiteral("categorical")); // 3 distinct ids are too few to call text
        QCOMPARE(typeName(t.column(1)), QStringLiteral("numeric"));
        QVERIFY(t.column(1).isInteger());
        QCOMPARE(typeName(t.column(2)), QStringLiteral("numeric"));
        QCOMPARE(t.column(2).missingCount(), 2); // SQL NULL and a blank
        QCOMPARE(t.column(2).value(0), 29.85);
        QCOMPARE(typeName(t.column(3)), QStringLiteral("boolean"));
        QCOMPARE(t.column(3).code(0), 0);
        QCOMPARE(t.column(3).code(1), 1);
        QCOMPARE(t.column(3).dictionary().level(1), QStringLiteral("Yes"));
        QCOMPARE(typeName(t.column(4)), QStringLiteral("categorical"));
        QCOMPARE(typeName(t.column(5)), QStringLiteral("boolean"));
        QCOMPARE(typeName(t.column(6)), QStringLiteral("date"));
        QCOMPARE(t.column(6).text(0), QStringLiteral("2020-01-31"));
        QVERIFY(t.column(6).isMissing(2));
    }
    void manyUniqueLabelsAreText()
    {
        std::vector<std::vector<std::string>> rows;
        for (int i = 0; i < 50; ++i)
            rows.push_back({"cust-" + std::to_string(i), i % 2 ? "Male" : "Female"});
        const auto r = build({"customerID", "gender"}, rows);
        QVERIFY(r.has_value());
        QCOMPARE(typeName(r->table.column(0)), QStringLiteral("text"));
        QCOMPARE(r->table.column(0).distinctCount(), 50);
        QCOMPARE(typeName(r->table.column(1)), QStringLiteral("categorical"));
    }
    void rareTextInNumbersBecomesMissing()
    {
        std::vector<std::vector<std::string>> rows;
        for (int i = 0; i < 200; ++i)
            rows.push_back({i == 17 ? "n/a?" : std::to_string(i)});
        const auto r = build({"calls"}, rows);
        QVERIFY(r.has_value());
        const Column &c = r->table.column(0);
        QCOMPARE(typeName(c), QStringLiteral("numeric"));
        QCOMPARE(c.missingCount(), 1);
        QVERIFY(c.isMissing(17));
        bool found = false;
        for (const Issue &issue : r->issues)
            found = found || (issue.line == 18 && issue.column == 1 && issue.message.contains(QStringLiteral("n/a?")));
        QVERIFY(found);
    }
    void duplicateAndEmptyNames()
    {
        const auto r = build({"a", "A", ""}, {{"1", "2", "3"}});
        QVERIFY(r.has_value());
        QCOMPARE(r->table.columnNames(), (QStringList{"a", "A (2)", "Column 3"}));
        QCOMPARE(r->issues.size(), 2);
    }
    void noRowsIsAnError()
    {
        const auto r = build({"a"}, {});
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().code, ErrorCode::BadInput);
    }
    void raggedRowsAreReported()
    {
        const auto r = build({"a", "b"}, {{"1"}, {"2", "3", "4"}, {"5", "6"}});
        QVERIFY(r.has_value());
        QCOMPARE(r->table.rowCount(), 3);
        QVERIFY(r->table.column(1).isMissing(0));
        QCOMPARE(r->issues.size(), 2);
        QCOMPARE(r->issues[0].line, 1);
    }
};

QTEST_GUILESS_MAIN(TestTableBuilder)
#include "tst_tablebuilder.moc"
