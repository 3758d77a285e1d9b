#include "data/datatablemodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <limits>

using namespace churnlens;

namespace {
constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

Column codedColumn(const QString &name, const QStringList &values, ColumnType type)
{
    Dictionary dict;
    std::vector<int32_t> codes;
    for (const QString &v : values) {
        if (v.isNull()) {
            codes.push_back(Column::MissingCode);
        } else {
            const QByteArray utf8 = v.toUtf8();
            codes.push_back(dict.insert(std::string_view(utf8.constData(), size_t(utf8.size()))));
        }
    }
    return Column::coded(name, std::move(codes), std::move(dict), type);
}

std::shared_ptr<const DataTable> sampleTable()
{
    DataTable t;
    t.addColumn(codedColumn(QStringLiteral("customerID"), {QStringLiteral("A-1"), QStringLiteral("B-2"), QStringLiteral("C-3"), QStringLiteral("D-4")}, ColumnType::Text));
    t.addColumn(Column::numeric(QStringLiteral("tenure"), {1, 34, 12000, NaN}));
    t.addColumn(Column::numeric(QStringLiteral("TotalCharges"), {29.85, 1889.5, 108.15, NaN}));
    t.addColumn(Column::numeric(QStringLiteral("Ratio"), {0.125, 0.5, 1.0, 2.0}));
    t.addColumn(codedColumn(QStringLiteral("Churn"), {QStringLiteral("No"), QStringLiteral("Yes"), QString(), QStringLiteral("No")}, ColumnType::Boolean));
    t.addColumn(Column::numeric(QStringLiteral("Signup"), {0.0, 19000.0, NaN, 365.0}, ColumnType::Date));
    return std::make_shared<const DataTable>(std::move(t));
}
} // namespace

class TestDataTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void emptyModel()
    {
        DataTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);
        QVERIFY(!model.headerData(0, Qt::Horizontal).isValid());
    }

    void shapeAndHeaders()
    {
        DataTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTable(sampleTable());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), 6);
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("TotalCharges"));
        QCOMPARE(model.headerData(2, Qt::Vertical).toString(), QStringLiteral("3"));
        QVERIFY(model.headerData(1, Qt::Horizontal, Qt::ToolTipRole).toString().contains(QStringLiteral("Missing: 1")));
    }

    void formatting_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("text");
        QTest::newRow("text") << 1 << 0 << QStringLiteral("B-2");
        QTest::newRow("integer") << 1 << 1 << QStringLiteral("34");
        QTest::newRow("thousands") << 2 << 1 << QStringLiteral("12,000");
        QTest::newRow("missing number") << 3 << 1 << QStringLiteral("—");
        QTest::newRow("cents") << 0 << 2 << QStringLiteral("29.85");
        QTest::newRow("cents kept") << 1 << 2 << QStringLiteral("1,889.50");
        QTest::newRow("three decimals") << 0 << 3 << QStringLiteral("0.125");
        QTest::newRow("same decimals in column") << 2 << 3 << QStringLiteral("1.000");
        QTest::newRow("boolean") << 1 << 4 << QStringLiteral("Yes");
        QTest::newRow("missing label") << 2 << 4 << QStringLiteral("—");
        QTest::newRow("date") << 1 << 5 << QLocale().toString(QDate(2022, 1, 8), QLocale::ShortFormat);
        QTest::newRow("epoch") << 0 << 5 << QLocale().toString(QDate(1970, 1, 1), QLocale::ShortFormat);
    }

    void formatting()
    {
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QString, text);
        DataTableModel model;
        model.setTable(sampleTable());
        QCOMPARE(model.index(row, column).data().toString(), text);
    }

    void alignmentAndMissingColour()
    {
        DataTableModel model;
        model.setTable(sampleTable());
        const auto align = [&](int r, int c) { return model.index(r, c).data(Qt::TextAlignmentRole).value<Qt::Alignment>(); };
        QVERIFY(align(0, 1) & Qt::AlignRight);
        QVERIFY(align(0, 0) & Qt::AlignLeft);
        QVERIFY(align(3, 1) & Qt::AlignRight); // a missing number stays in the number column's alignment
        QVERIFY(model.index(3, 1).data(Qt::ForegroundRole).isValid());
        QVERIFY(!model.index(0, 1).data(Qt::ForegroundRole).isValid());
        QCOMPARE(model.index(3, 1).data(Qt::ToolTipRole).toString(), QStringLiteral("Missing value"));
    }

    void editKeepsShapeWithoutReset()
    {
        DataTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto table = sampleTable();
        model.setTable(table);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        auto edited = std::make_shared<DataTable>(*table);
        edited->column(1).setRole(ColumnRole::Ignore);
        model.setTable(edited);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.table(), std::shared_ptr<const DataTable>(edited));

        DataTable other;
        other.addColumn(Column::numeric(QStringLiteral("x"), {1, 2}));
        model.setTable(std::make_shared<const DataTable>(std::move(other)));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 2);
    }

    void millionRowsDataIsConstantTime()
    {
        constexpr qsizetype n = 1'000'000;
        std::vector<double> values(static_cast<size_t>(n));
        for (qsizetype i = 0; i < n; ++i)
            values[size_t(i)] = double(i) * 0.25;
        DataTable t;
        t.addColumn(Column::numeric(QStringLiteral("x"), std::move(values)));
        DataTableModel model;
        model.setTable(std::make_shared<const DataTable>(std::move(t)));
        QCOMPARE(model.rowCount(), int(n));
        QElapsedTimer timer;
        timer.start();
        QString last;
        for (int r = 0; r < 20000; ++r)
            last = model.index(int(n) - 1 - r, 0).data().toString();
        QCOMPARE(model.index(int(n) - 1, 0).data().toString(), QStringLiteral("249,999.75"));
        // 20,000 cells is about 40 screens; the time goes to the log, not into a pass/fail (noisy machines).
        qInfo("20,000 cells formatted in %lld ms", qlonglong(timer.elapsed()));
    }
};

QTEST_MAIN(TestDataTableModel)
#include "tst_datatablemodel.moc"
