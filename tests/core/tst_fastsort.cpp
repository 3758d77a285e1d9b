#include "eda/fastsort.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace churnlens;

class TestFastSort : public QObject
{
    Q_OBJECT
private:
    static void checkAgainstStdSort(std::vector<double> v)
    {
        std::vector<double> expected = v;
        std::sort(expected.begin(), expected.end());
        stats::sortAscending(v);
        QCOMPARE(v.size(), expected.size());
        for (size_t i = 0; i < v.size(); ++i)
            QVERIFY2(v[i] == expected[i], qPrintable(QStringLiteral("at %1: %2 vs %3").arg(i).arg(v[i]).arg(expected[i])));
    }

private Q_SLOTS:
    void continuousValuesRadix()
    {
        QRandomGenerator rng(7);
        std::vector<double> v;
        for (int i = 0; i < 100000; ++i)
            v.push_back((rng.generateDouble() - 0.3) * std::pow(10.0, rng.bounded(-5, 8)));
        v.insert(v.end(), {0.0, -0.0, std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity(),
                           std::numeric_limits<double>::denorm_min(), -1e300, 1e300});
        checkAgainstStdSort(v);
    }
    void chargesWithTies()
    {
        QRandomGenerator rng(11);
        std::vector<double> v;
        for (int i = 0; i < 50000; ++i)
            v.push_back(std::round((18.0 + rng.generateDouble() * 100.0) * 100.0) / 100.0);
        checkAgainstStdSort(v);
    }
    void wholeNumbersCounting()
    {
        QRandomGenerator rng(3);
        std::vector<double> v;
        for (int i = 0; i < 60000; ++i)
            v.push_back(double(rng.bounded(-20, 73)));
        checkAgainstStdSort(v);
        std::vector<double> flags;
        for (int i = 0; i < 40000; ++i)
            flags.push_back(double(i % 2));
        checkAgainstStdSort(flags);
    }
    void wholeNumbersWithHugeRangeFallBack()
    {
        std::vector<double> v;
        for (int i = 0; i < 30000; ++i)
            v.push_back(double((i * 2654435761u) % 4000000000u));
        checkAgainstStdSort(v);
    }
    void small()
    {
        checkAgainstStdSort({});
        checkAgainstStdSort({3, 1, 2});
    }
};

QTEST_GUILESS_MAIN(TestFastSort)
#include "tst_fastsort.moc"
