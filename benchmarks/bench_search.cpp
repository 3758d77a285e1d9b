// bench_search: the Data area's search (TableSearch) on 1M generated customers, as a worker runs
// it: an id, a category word, an amount as shown, a word found nowhere. Prints seconds (median
// of 3 runs) and matching rows per query.
//   bench_search [ROWS]
#include "data/csvreader.h"
#include "data/samplegenerator.h"
#include "data/tablesearch.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace churnlens;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1'000'000;
    auto loaded = CsvReader::readBytes(SampleGenerator::generateCsv(rows, 3), QStringLiteral("bench.csv"));
    if (!loaded) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.error().toString()));
        return 1;
    }
    const DataTable &table = loaded->table;
    std::vector<int> decimals;
    for (const Column &c : table.columns())
        decimals.push_back(c.type() != ColumnType::Numeric ? -1 : c.isInteger() ? 0 : 2);
    const QString id = table.column(0).text(rows * 3 / 4);
    std::printf("%lld rows, %d columns\n", static_cast<long long>(table.rowCount()), table.columnCount());
    for (const QString &text : {id, QStringLiteral("fiber"), QStringLiteral("1,0"), QStringLiteral("29.8"), QStringLiteral("~none~")}) {
        std::vector<double> seconds;
        size_t found = 0;
        for (int run = 0; run < 3; ++run) {
            QElapsedTimer timer;
            timer.start();
            auto r = TableSearch::find(table, TableSearchQuery{text, QLocale(QLocale::English, QLocale::UnitedStates), decimals});
            seconds.push_back(timer.nsecsElapsed() / 1e9);
            found = r ? r->size() : 0;
        }
        std::sort(seconds.begin(), seconds.end());
        std::printf("%-14s %8.3f s  %8zu rows\n", qPrintable(text), seconds[1], found);
    }
    return 0;
}
