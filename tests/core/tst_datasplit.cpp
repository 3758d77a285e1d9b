#include "data/datatable.h"
#include "ml/datasplit.h"
#include "ml/numpyrandom.h"

#include <QFile>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace churnlens;

namespace {

// Churn labels and ids of tests/data/telco.csv, read without the CSV loader (the file has no
// quoted fields): customerID is the first field, Churn the last.
bool readTelco(std::vector<int8_t> *labels, QStringList *ids)
{
    QFile f(QStringLiteral(CHURNLENS_TESTDATA "/telco.csv"));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    f.readLine();
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (line.isEmpty())
            continue;
        const QStringList fields = line.split(QLatin1Char(','));
        ids->append(fields.first());
        labels->push_back(fields.last() == QLatin1String("Yes") ? 1 : 0);
    }
    return true;
}

} // namespace

class TestDataSplit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void numpyPermutation()
    {
        // /usr/bin/python3 -c "import numpy as np; print(np.random.RandomState(42).permutation(10))"
        NumpyRandom r42(42);
        QCOMPARE(r42.permutation(10), (std::vector<qint64>{8, 1, 5, 0, 7, 2, 9, 4, 3, 6}));
        // np.random.RandomState(7).permutation(1000)[:12]
        NumpyRandom r7(7);
        const std::vector<qint64> p = r7.permutation(1000);
        QCOMPARE(std::vector<qint64>(p.begin(), p.begin() + 12),
                 (std::vector<qint64>{778, 334, 271, 802, 216, 408, 812, 94, 487, 170, 24, 242}));
    }

    void stratifiedKFoldMatchesScikitLearn()
    {
        // y[i] = 1 if (7 i) % 10 < 3 else 0, y[0] = 0; folds[te] = k for
        // StratifiedKFold(5, shuffle=True, random_state=42).split(zeros(100), y)  (scikit-learn 1.2.1)
        std::vector<int8_t> y(100);
        for (int i = 0; i < 100; ++i)
            y[size_t(i)] = (i * 7) % 10 < 3 ? 1 : 0;
        y[0] = 0;
        const std::vector<int> expected{1, 0, 3, 0, 0, 3, 1, 1, 0, 2, 0, 3, 0, 1, 2, 0, 1, 4, 0, 3, 0, 2, 4, 0, 2, 4, 4, 2, 1, 2, 4, 3, 1, 2,
                                        0, 3, 1, 3, 3, 3, 2, 1, 4, 0, 2, 1, 3, 2, 0, 4, 3, 0, 1, 3, 2, 0, 1, 3, 0, 2, 4, 4, 4, 4, 4, 1, 3, 1,
                                        2, 1, 2, 3, 1, 4, 4, 4, 3, 0, 2, 4, 4, 4, 2, 3, 2, 3, 2, 4, 0, 3, 1, 1, 0, 2, 1, 1, 2, 4, 0, 3};
        auto folds = DataSplit::stratifiedKFold(y, 5, 42);
        QVERIFY(folds);
        QCOMPARE(*folds, expected);
        // With the first row a churner, classes are numbered in the other order (first appearance).
        y[0] = 1;
        const std::vector<int> expected2{4, 2, 4, 2, 4, 3, 3, 2, 2, 4, 2, 3, 0, 1, 0, 4, 1, 2, 1, 0, 4, 2, 1, 4, 0, 1, 2, 3, 1, 2, 0, 4, 1, 0,
                                         4, 2, 2, 0, 2, 0, 0, 3, 3, 2, 2, 1, 1, 4, 0, 3, 3, 3, 2, 0, 1, 3, 0, 2, 0, 4, 4, 1, 1, 0, 0, 1, 3, 3,
                                         0, 1, 4, 0, 1, 3, 2, 0, 4, 1, 0, 4, 3, 2, 0, 1, 4, 3, 1, 3, 3, 3, 2, 4, 3, 3, 4, 4, 1, 1, 4, 2};
        folds = DataSplit::stratifiedKFold(y, 5, 42);
        QVERIFY(folds);
        QCOMPARE(*folds, expected2);
    }

    void kFoldIsStratifiedAndSkipsUnlabelled()
    {
        std::vector<int8_t> y;
        for (int i = 0; i < 1003; ++i)
            y.push_back(i % 4 == 0 ? 1 : (i % 97 == 5 ? -1 : 0));
        auto splits = DataSplit::kFoldSplits(y, 5, 7);
        QVERIFY(splits);
        QSet<qsizetype> seen;
        const qint64 positives = std::count(y.begin(), y.end(), 1);
        for (const DataSplit &s : *splits) {
            const qint64 p = std::count_if(s.test.begin(), s.test.end(), [&](qsizetype r) { return y[size_t(r)] == 1; });
            QVERIFY(std::abs(double(p) - double(positives) / 5.0) <= 1.0); // stratified
            for (qsizetype r : s.test) {
                QVERIFY(!seen.contains(r));
                seen.insert(r);
                QVERIFY(y[size_t(r)] != -1);
            }
            QCOMPARE(s.train.size() + s.test.size(), size_t(std::count_if(y.begin(), y.end(), [](int8_t v) { return v >= 0; })));
        }
        QCOMPARE(seen.size(), std::count_if(y.begin(), y.end(), [](int8_t v) { return v >= 0; }));
        // Too few churners for the folds is an error, not an empty fold.
        std::vector<int8_t> few{1, 1, 0, 0, 0, 0, 0};
        QVERIFY(!DataSplit::stratifiedKFold(few, 3, 1));
    }

    void holdoutReproducesPythonReference()
    {
        // The Python reference's test ids (train_test_split(..., test_size=0.2, stratify=y,
        // random_state=42) on the Telco file) in its order.
        std::vector<int8_t> labels;
        QStringList ids;
        QVERIFY(readTelco(&labels, &ids));
        QCOMPARE(labels.size(), size_t(7043));
        auto expected = DataSplit::readIdFile(QStringLiteral(CHURNLENS_TESTDATA "/telco_test_ids.txt"));
        QVERIFY(expected);
        QCOMPARE(expected->size(), 1409);
        auto split = DataSplit::stratifiedHoldout(labels, 0.2, 42);
        QVERIFY(split);
        QCOMPARE(split->test.size(), size_t(1409));
        QCOMPARE(split->train.size(), size_t(5634));
        QStringList got;
        for (qsizetype r : split->test)
            got << ids[r];
        QCOMPARE(got, *expected);
        qint64 testChurners = 0;
        for (qsizetype r : split->test)
            testChurners += labels[size_t(r)];
        QCOMPARE(testChurners, qint64(374));
        // Another seed gives another split of the same sizes.
        auto other = DataSplit::stratifiedHoldout(labels, 0.2, 43);
        QVERIFY(other);
        QCOMPARE(other->test.size(), size_t(1409));
        QVERIFY(other->test != split->test);
        QVERIFY(!DataSplit::stratifiedHoldout(labels, 1.5, 42));
    }

    void byTestIds()
    {
        DataTable t;
        Dictionary ids;
        std::vector<int32_t> codes;
        for (int i = 0; i < 6; ++i)
            codes.push_back(ids.insert(QStringLiteral("C%1").arg(i).toStdString()));
        Column id = Column::coded(QStringLiteral("customerID"), codes, ids, ColumnType::Text);
        id.setRole(ColumnRole::Id);
        t.addColumn(id);
        Dictionary yn;
        yn.insert("No");
        yn.insert("Yes");
        t.addColumn(Column::coded(QStringLiteral("Churn"), {0, 1, 0, 1, -1, 0}, yn, ColumnType::Boolean));
        t.setTarget(1);
        t.setPositiveLabel(QStringLiteral("Yes"));
        QList<Issue> issues;
        auto split = DataSplit::byTestIds(t, {QStringLiteral("customerID"), QStringLiteral(" C1 "), QStringLiteral("C4"),
                                              QStringLiteral("C5"), QStringLiteral("X9")},
                                          &issues);
        QVERIFY(split);
        QCOMPARE(split->test, (std::vector<qsizetype>{1, 5})); // C4 has no label
        QCOMPARE(split->train, (std::vector<qsizetype>{0, 2, 3}));
        QCOMPARE(issues.size(), 1); // X9 not found; the header line is not reported
        QVERIFY(issues.first().message.contains(QStringLiteral("X9")));
        QVERIFY(!DataSplit::byTestIds(t, {QStringLiteral("nope")}));
    }
};

QTEST_GUILESS_MAIN(TestDataSplit)
#include "tst_datasplit.moc"
