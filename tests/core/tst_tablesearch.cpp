// The Data area's search (TableSearch) on a generated table of 200,000 customers: the rows it
// finds are exactly those a plain loop over every cell finds, and it stops when canceled.
#include "common/progress.h"
#include "data/csvreader.h"
#include "data/samplegenerator.h"
#include "data/tablesearch.h"

#include <QDate>
#include <QTest>

using namespace churnlens;

namespace {
constexpr qint64 Rows = 200000;

//! The plain loop: every cell as the table shows it and as plain text.
std::vector<qsizetype> plainLoop(const DataTable &table, const QString &needle, const QLocale &locale,
                                 const std::vector<int> &decimals)
{
    std::vector<qsizetype> out;
    for (qsizetype r = 0; r < table.rowCount(); ++r) {
        bool hit = false;
        for (int c = 0; c < table.columnCount() && !hit; ++c) {
            const Column &col = table.column(c);
            if (col.isMissing(r))
                continue;
            QStringList texts{col.text(r)};
            if (col.type() == ColumnType::Numeric && decimals[size_t(c)] >= 0)
                texts << locale.toString(col.value(r), 'f', decimals[size_t(c)]);
            if (col.type() == ColumnType::Date)
                texts << locale.toString(QDate::fromString(col.text(r), Qt::ISODate), QLocale::ShortFormat);
            for (const QString &t : texts)
                hit = hit || t.contains(needle, Qt::CaseInsensitive);
        }
        if (hit)
            out.push_back(r);
    }
    return out;
}

//! Counts the progress reports and cancels itself at the first one.
class CancelAtFirstReport : public Progress
{
public:
    void setProgress(double fraction) override
    {
        ++reports;
        Progress::setProgress(fraction);
        cancel();
    }
    int reports = 0;
};
} // namespace

class TestTableSearch : public QObject
{
    Q_OBJECT

    DataTable m_table;
    std::vector<int> m_decimals;

private Q_SLOTS:
    void initTestCase()
    {
        auto loaded = CsvReader::readBytes(SampleGenerator::generateCsv(Rows, 7), QStringLiteral("customers.csv"));
        QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().toString()));
        m_table = std::move(loaded->table);
        QCOMPARE(m_table.rowCount(), Rows);
        // A date column too, as a file with sign-up dates would have (every 97th missing).
        std::vector<double> days(static_cast<size_t>(Rows));
        for (qsizetype r = 0; r < Rows; ++r)
            days[size_t(r)] = r % 97 == 0 ? Column::missingValue() : double(QDate(2019, 1, 1).toJulianDay() - 2440588 + r % 1500);
        m_table.addColumn(Column::numeric(QStringLiteral("SignUp"), std::move(days), ColumnType::Date));
        for (const Column &c : m_table.columns())
            m_decimals.push_back(c.type() != ColumnType::Numeric ? -1 : c.isInteger() ? 0 : 2);
    }

    void findsWhatAPlainLoopFinds_data()
    {
        QTest::addColumn<QString>("needle");
        QTest::addColumn<QString>("locale");
        const int id = m_table.idIndex() >= 0 ? m_table.idIndex() : 0;
        const QString someId = m_table.column(id).text(123457);
        QTest::newRow("a customer id") << someId << "en_US";
        QTest::newRow("an id, lower case") << someId.toLower() << "en_US";
        QTest::newRow("a category word") << "fiber" << "en_US";
        QTest::newRow("a word in several columns") << "no" << "en_US";
        QTest::newRow("an amount as shown") << "1,0" << "en_US";
        QTest::newRow("an amount as plain text") << "29.8" << "en_US";
        QTest::newRow("a German amount as shown") << "29,8" << "de_DE";
        QTest::newRow("a date as shown") << "3/14/" << "en_US";
        QTest::newRow("an ISO date") << "2020-02" << "en_US";
        QTest::newRow("a German date") << "14.03." << "de_DE";
        QTest::newRow("blanks around") << "  Month-to-month " << "en_US";
        QTest::newRow("nothing has it") << "~no such text~" << "en_US";
    }

    void findsWhatAPlainLoopFinds()
    {
        QFETCH(QString, needle);
        QFETCH(QString, locale);
        TableSearchQuery query;
        query.text = needle;
        query.locale = QLocale(locale);
        query.decimals = m_decimals;
        Progress progress;
        auto found = TableSearch::find(m_table, query, &progress);
        QVERIFY(found);
        const auto expected = plainLoop(m_table, needle.trimmed(), query.locale, m_decimals);
        QCOMPARE(found->size(), expected.size());
        QVERIFY(*found == expected);
        QCOMPARE(progress.fraction(), 1.0);
        if (QTest::currentDataTag() == QByteArray("a customer id")) {
            QVERIFY(!found->empty() && found->size() < 10); // that customer, not everyone
            QVERIFY(std::find(found->begin(), found->end(), qsizetype(123457)) != found->end());
        }
        if (QTest::currentDataTag() == QByteArray("nothing has it"))
            QVERIFY(found->empty());
        else
            QVERIFY(!found->empty() && qsizetype(found->size()) < Rows); // a search that shows something, not everything
    }

    void emptyTextFindsEveryRow()
    {
        auto found = TableSearch::find(m_table, TableSearchQuery{QStringLiteral("  "), QLocale::c(), {}});
        QVERIFY(found);
        QCOMPARE(qsizetype(found->size()), Rows);
        QCOMPARE(found->back(), Rows - 1);
    }

    void cancelStopsAtTheNextBlock()
    {
        TableSearchQuery query;
        query.text = QStringLiteral("1");
        query.locale = QLocale(QStringLiteral("en_US"));
        query.decimals = m_decimals;
        CancelAtFirstReport progress;
        auto found = TableSearch::find(m_table, query, &progress);
        QVERIFY(!found);
        QCOMPARE(found.error().code, ErrorCode::Canceled);
        QCOMPARE(progress.reports, 1); // the first block of rows, then no more work
        QVERIFY(progress.fraction() < 0.5);

        Progress canceledBefore;
        canceledBefore.cancel();
        auto none = TableSearch::find(m_table, query, &canceledBefore);
        QVERIFY(!none);
        QCOMPARE(none.error().code, ErrorCode::Canceled);
        QCOMPARE(canceledBefore.fraction(), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestTableSearch)
#include "tst_tablesearch.moc"
