#include "data/datatable.h"

#include <QTest>

using namespace churnlens;

namespace {
Column yesNo(const QString &name, std::vector<int32_t> codes)
{
    Dictionary d;
    d.insert("No");
    d.insert("Yes");
    return Column::coded(name, std::move(codes), d, ColumnType::Boolean);
}
} // namespace

class TestDataTable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void targetLabelsFromCodedTarget()
    {
        DataTable t;
        t.addColumn(Column::numeric(QStringLiteral("tenure"), {1, 20, 40, Column::missingValue()}));
        t.addColumn(yesNo(QStringLiteral("Churn"), {1, 0, -1, 1}));
        QCOMPARE(t.targetIndex(), -1);
        QVERIFY(t.targetLabels().empty());
        QVERIFY(std::isnan(t.churnRate()));
        t.setTarget(1);
        t.setPositiveLabel(QStringLiteral("Yes"));
        QCOMPARE(t.targetLabels(), (std::vector<int8_t>{1, 0, -1, 1}));
        QCOMPARE(t.churnRate(), 2.0 / 3.0);
        t.setPositiveLabel(QStringLiteral("No"));
        QCOMPARE(t.churnRate(), 1.0 / 3.0);
        QCOMPARE(t.rowsWithMissing(), 2);
        t.column(0).setRole(ColumnRole::Ignore);
        QCOMPARE(t.rowsWithMissing(), 1);
    }
    void numericTarget()
    {
        DataTable t;
        t.addColumn(Column::numeric(QStringLiteral("Exited"), {0, 1, 1, 0}));
        t.setTarget(0);
        t.setPositiveLabel(QStringLiteral("1"));
        QCOMPARE(t.churnRate(), 0.5);
    }
    void onlyOneTarget()
    {
        DataTable t;
        t.addColumn(yesNo(QStringLiteral("a"), {0}));
        t.addColumn(yesNo(QStringLiteral("b"), {1}));
        t.setTarget(0);
        t.setTarget(1);
        QCOMPARE(t.targetIndex(), 1);
        QCOMPARE(int(t.column(0).role()), int(ColumnRole::Feature));
    }
    void lookupByName()
    {
        DataTable t;
        t.addColumn(Column::numeric(QStringLiteral("MonthlyCharges"), {1}));
        QCOMPARE(t.indexOf(QStringLiteral("MonthlyCharges")), 0);
        QCOMPARE(t.indexOf(QStringLiteral("monthlycharges")), 0);
        QCOMPARE(t.indexOf(QStringLiteral("x")), -1);
        t.column(0).setSemantic(Semantic::MonthlyCharges);
        QCOMPARE(t.semanticIndex(Semantic::MonthlyCharges), 0);
        QCOMPARE(t.semanticColumns(Semantic::Service).size(), size_t(0));
    }
    void rejectsRaggedColumns()
    {
        DataTable t;
        t.addColumn(Column::numeric(QStringLiteral("a"), {1, 2}));
        QVERIFY_THROWS_EXCEPTION(std::logic_error, t.addColumn(Column::numeric(QStringLiteral("b"), {1})));
    }
};

QTEST_GUILESS_MAIN(TestDataTable)
#include "tst_datatable.moc"
