// Categorical levels on charts follow their labels' natural order, not the file's order.
#include "data/dictionary.h"
#include "explain/levelorder.h"

#include <QTest>

using namespace churnlens;

class TestLevelOrder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void naturalOrderOfLabels()
    {
        Dictionary d;
        for (const char *label : {"Two year", "Month-to-month", "One year"})
            d.insert(label);
        QCOMPARE(levelPositions(d), (std::vector<int>{2, 0, 1}));
    }

    void numbersInLabelsSortAsNumbers()
    {
        Dictionary d;
        for (const char *label : {"10 lines", "2 lines", "1 line"})
            d.insert(label);
        QCOMPARE(levelPositions(d), (std::vector<int>{2, 1, 0}));
    }

    void caseAndLeadingZeros()
    {
        Dictionary d;
        for (const char *label : {"b", "A", "007", "8", "a"})
            d.insert(label);
        // "007" (7) < "8" < "A" < "a" (same letters: upper case first) < "b"
        QCOMPARE(levelPositions(d), (std::vector<int>{4, 2, 0, 1, 3}));
    }

    void emptyDictionary()
    {
        QVERIFY(levelPositions(Dictionary()).empty());
    }
};

QTEST_GUILESS_MAIN(TestLevelOrder)
#include "tst_levelorder.moc"
