#include "data/columnmodel.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

#include <limits>

using namespace churnlens;

namespace {
constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

Column coded(const QString &name, const QStringList &values, ColumnType type)
{
    Dictionary dict;
    std::vector<int32_t> codes;
    for (const QString &v : values) {
        const QByteArray utf8 = v.toUtf8();
        codes.push_back(v.isEmpty() ? Column::MissingCode : dict.insert(std::string_view(utf8.constData(), size_t(utf8.size()))));
    }
    return Column::coded(name, std::move(codes), std::move(dict), type);
}

DataTable table()
{
    DataTable t;
    t.addColumn(coded(QStringLiteral("id"), {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}, ColumnType::Text));
    t.addColumn(Column::numeric(QStringLiteral("tenure"), {1, 2, NaN, 4}));
    t.addColumn(Column::numeric(QStringLiteral("MonthlyCharges"), {10.5, 20.25, 30, 40}));
    t.addColumn(coded(QStringLiteral("Churn"), {QStringLiteral("Yes"), QStringLiteral("No"), QStringLiteral("No"), QStringLiteral("No")}, ColumnType::Boolean));
    t.column(0).setRole(ColumnRole::Id);
    t.setTarget(3);
    t.setPositiveLabel(QStringLiteral("Yes"));
    return t;
}
} // namespace

class TestColumnModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void listsColumns()
    {
        Workspace session;
        ColumnModel model(&session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        session.setLoaded(table(), DataSource::fromPath(QStringLiteral("x.csv")), {}, 0.5);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(ColumnModel::FieldCount));
        QCOMPARE(model.index(0, ColumnModel::NameField).data().toString(), QStringLiteral("id"));
        QCOMPARE(model.index(0, ColumnModel::RoleField).data(Qt::EditRole).toInt(), int(ColumnRole::Id));
        QCOMPARE(model.index(3, ColumnModel::RoleField).data(Qt::EditRole).toInt(), int(ColumnRole::Target));
        QCOMPARE(model.index(1, ColumnModel::MissingField).data().toString(), QStringLiteral("25.0%"));
        QCOMPARE(model.index(2, ColumnModel::MissingField).data().toString(), QStringLiteral("0%"));
        QCOMPARE(model.index(0, ColumnModel::DistinctField).data().toString(), QStringLiteral("4"));
        QCOMPARE(model.index(2, ColumnModel::TypeField).data().toString(), toString(ColumnType::Numeric));
        QVERIFY(model.flags(model.index(0, ColumnModel::RoleField)) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.index(0, ColumnModel::NameField)) & Qt::ItemIsEditable));
        QCOMPARE(model.index(0, ColumnModel::RoleField).data(ColumnModel::ChoicesRole).toList().size(), 4);
    }

    void roleEditPublishesNewSnapshot()
    {
        Workspace session;
        ColumnModel model(&session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        session.setLoaded(table(), {}, {}, 0.1);
        const auto before = session.table();
        QSignalSpy changed(&session, &Workspace::tableChanged);
        QVERIFY(model.setData(model.index(1, ColumnModel::RoleField), int(ColumnRole::Ignore)));
        QCOMPARE(changed.count(), 1);
        QVERIFY(session.table() != before);
        QCOMPARE(int(session.table()->column(1).role()), int(ColumnRole::Ignore));
        QCOMPARE(int(before->column(1).role()), int(ColumnRole::Feature)); // the old snapshot is untouched
        QCOMPARE(model.index(1, ColumnModel::RoleField).data(Qt::EditRole).toInt(), int(ColumnRole::Ignore));
        // Ignored columns no longer count as missing rows.
        QCOMPARE(session.table()->rowsWithMissing(), 0);
        QCOMPARE(before->rowsWithMissing(), 1);
    }

    void labelsAreRenamedWithoutNewSnapshot()
    {
        Workspace session;
        ColumnModel model(&session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        session.setLoaded(table(), {}, {}, 0.1);
        // Known fields get their label, others a readable form of their name.
        QCOMPARE(model.index(2, ColumnModel::LabelField).data().toString(), QStringLiteral("Monthly charges"));
        QCOMPARE(model.index(1, ColumnModel::LabelField).data().toString(), QStringLiteral("Tenure (months)"));
        QVERIFY(model.flags(model.index(2, ColumnModel::LabelField)) & Qt::ItemIsEditable);
        QVERIFY(model.index(2, ColumnModel::LabelField).data(ColumnModel::ChoicesRole).toList().isEmpty());
        const auto before = session.table();
        QSignalSpy labels(&session, &Workspace::fieldLabelsChanged);
        QSignalSpy cells(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(model.index(2, ColumnModel::LabelField), QStringLiteral("  Fee per month ")));
        QCOMPARE(labels.count(), 1);
        QCOMPARE(cells.count(), 1);
        QCOMPARE(session.table(), before); // a label is not an edit of the data
        QCOMPARE(session.fieldLabels().userLabel(QStringLiteral("MonthlyCharges")), QStringLiteral("Fee per month"));
        QCOMPARE(model.index(2, ColumnModel::LabelField).data().toString(), QStringLiteral("Fee per month"));
        QVERIFY(model.index(2, ColumnModel::LabelField).data(Qt::FontRole).value<QFont>().italic());
        // The default typed again is not a label of the user's; an empty one goes back to the default.
        QVERIFY(model.setData(model.index(1, ColumnModel::LabelField), QStringLiteral("Tenure (months)")));
        QVERIFY(!session.fieldLabels().hasUserLabel(QStringLiteral("tenure")));
        QVERIFY(model.setData(model.index(2, ColumnModel::LabelField), QString()));
        QVERIFY(!session.fieldLabels().hasUserLabel(QStringLiteral("MonthlyCharges")));
        QCOMPARE(model.index(2, ColumnModel::LabelField).data().toString(), QStringLiteral("Monthly charges"));
        QCOMPARE(labels.count(), 2);
    }

    void targetMovesAndGuessesPositive()
    {
        Workspace session;
        ColumnModel model(&session);
        session.setLoaded(table(), {}, {}, 0.1);
        QVERIFY(model.setData(model.index(3, ColumnModel::RoleField), int(ColumnRole::Feature)));
        QCOMPARE(session.table()->targetIndex(), -1);
        QVERIFY(session.table()->positiveLabel().isEmpty());
        session.setTarget(3);
        QCOMPARE(session.table()->targetIndex(), 3);
        QCOMPARE(session.table()->positiveLabel(), QStringLiteral("Yes"));
        QCOMPARE(session.table()->churnRate(), 0.25);
        session.setPositiveLabel(QStringLiteral("No"));
        QCOMPARE(session.table()->churnRate(), 0.75);
    }

    void oneIdAndOneOwnerPerMeaning()
    {
        Workspace session;
        ColumnModel model(&session);
        session.setLoaded(table(), {}, {}, 0.1);
        QVERIFY(model.setData(model.index(1, ColumnModel::RoleField), int(ColumnRole::Id)));
        QCOMPARE(session.table()->idIndex(), 1);
        QCOMPARE(int(session.table()->column(0).role()), int(ColumnRole::Feature));

        QVERIFY(model.setData(model.index(1, ColumnModel::SemanticField), int(Semantic::MonthlyCharges)));
        QVERIFY(model.setData(model.index(2, ColumnModel::SemanticField), int(Semantic::MonthlyCharges)));
        QCOMPARE(session.table()->semanticColumns(Semantic::MonthlyCharges), std::vector<int>{2});
        QVERIFY(model.setData(model.index(1, ColumnModel::SemanticField), int(Semantic::Service)));
        QVERIFY(model.setData(model.index(2, ColumnModel::SemanticField), int(Semantic::Service)));
        QCOMPARE(session.table()->semanticColumns(Semantic::Service), (std::vector<int>{1, 2}));
    }

    void rejectsBadValues()
    {
        Workspace session;
        ColumnModel model(&session);
        session.setLoaded(table(), {}, {}, 0.1);
        QSignalSpy changed(&session, &Workspace::tableChanged);
        QVERIFY(!model.setData(model.index(1, ColumnModel::RoleField), 99));
        QVERIFY(!model.setData(model.index(1, ColumnModel::RoleField), QStringLiteral("abc")));
        QVERIFY(!model.setData(model.index(1, ColumnModel::NameField), QStringLiteral("x")));
        QVERIFY(!model.setData(model.index(1, ColumnModel::RoleField), int(ColumnRole::Ignore), Qt::DisplayRole));
        QCOMPARE(changed.count(), 0);
    }

    void typeChangeIsRequested()
    {
        Workspace session;
        ColumnModel model(&session);
        session.setLoaded(table(), {}, {}, 0.1);
        QSignalSpy requested(&model, &ColumnModel::typeChangeRequested);
        QVERIFY(model.setData(model.index(1, ColumnModel::TypeField), int(ColumnType::Categorical)));
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toInt(), 1);
        model.setTypeEditable(false);
        QVERIFY(!model.setData(model.index(1, ColumnModel::TypeField), int(ColumnType::Categorical)));
        QVERIFY(!(model.flags(model.index(1, ColumnModel::TypeField)) & Qt::ItemIsEditable));
    }

    void clearResets()
    {
        Workspace session;
        ColumnModel model(&session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        session.setLoaded(table(), {}, {}, 0.1);
        session.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!session.hasTable());
    }
};

QTEST_MAIN(TestColumnModel)
#include "tst_columnmodel.moc"
