#include "edatesttables.h"
#include "eda/duplicatesummary.h"

#include "common/progress.h"

#include <QTest>

#include <set>

using namespace churnlens;
using namespace churnlens::testing;

class TestDuplicateSummary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ignoresIdAndTreatsMissingAlike()
    {
        const double nan = Column::missingValue();
        DataTable t;
        Column id = codedColumn(QStringLiteral("id"), {"a", "b", "c", "d", "e", "f"}, ColumnType::Text);
        id.setRole(ColumnRole::Id);
        t.addColumn(std::move(id));
        // rows 0,2,4 equal (4 with -0.0); row 3 equals row 1 including both missing values;
        // row 5 differs from row 1 only in the category.
        t.addColumn(Column::numeric(QStringLiteral("x"), {1.5, nan, 1.5, nan, 1.5, nan}));
        t.addColumn(Column::numeric(QStringLiteral("z"), {0.0, 2.0, 0.0, 2.0, -0.0, 2.0}));
        t.addColumn(codedColumn(QStringLiteral("c"), {"p", "", "p", "", "p", "q"}));
        const DuplicateSummary d = DuplicateSummary::find(t, nullptr);
        QVERIFY(d.computed);
        QCOMPARE(d.duplicateRows, qsizetype(3));
        QCOMPARE(d.ignoredColumns, QStringList{QStringLiteral("id")});
        const std::vector<std::pair<qsizetype, qsizetype>> expected{{2, 0}, {3, 1}, {4, 0}};
        QCOMPARE(d.examples, expected);
    }
    void idColumnCountsWhenNotAnId()
    {
        DataTable t;
        t.addColumn(codedColumn(QStringLiteral("id"), {"a", "b", "c"}, ColumnType::Text));
        t.addColumn(Column::numeric(QStringLiteral("x"), {1, 1, 1}));
        QCOMPARE(DuplicateSummary::find(t, nullptr).duplicateRows, qsizetype(0));
        t.column(0).setRole(ColumnRole::Id);
        QCOMPARE(DuplicateSummary::find(t, nullptr).duplicateRows, qsizetype(2));
    }
    void manyRowsAgainstNaiveCount()
    {
        // 5000 rows from 37 x 11 possible profiles: compare with an O(n^2)-free naive count (std::set).
        DataTable t;
        std::vector<double> a;
        QStringList b;
        std::set<std::pair<double, QString>> seen;
        qsizetype expected = 0;
        for (int i = 0; i < 5000; ++i) {
            const double x = double((i * 7919) % 37);
            const QString y = QString::number((i * 104729) % 11);
            a.push_back(x);
            b << y;
            expected += seen.insert({x, y}).second ? 0 : 1;
        }
        t.addColumn(Column::numeric(QStringLiteral("a"), a));
        t.addColumn(codedColumn(QStringLiteral("b"), b));
        QCOMPARE(DuplicateSummary::find(t, nullptr).duplicateRows, expected);
    }
    void canceled()
    {
        DataTable t;
        t.addColumn(Column::numeric(QStringLiteral("a"), std::vector<double>(1000, 1.0)));
        Progress p;
        p.cancel();
        QVERIFY(!DuplicateSummary::find(t, &p).computed);
    }
};

QTEST_GUILESS_MAIN(TestDuplicateSummary)
#include "tst_duplicatesummary.moc"
