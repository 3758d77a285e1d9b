// Expected values: pandas 1.5 (mean, std, quantile, skew) and counting by hand.
#include "eda/numericsummary.h"

#include <QTest>

#include <cmath>
#include <vector>

using namespace churnlens;

class TestNumericSummary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oneHighOutlier()
    {
        const std::vector<double> v{1, 2, 3, 4, 100};
        const NumericSummary s = NumericSummary::fromSorted(v);
        QCOMPARE(s.count, qsizetype(5));
        QCOMPARE(s.mean, 22.0);
        QVERIFY(std::abs(s.std - 43.617656975128774) < 1e-12);
        QVERIFY(std::abs(s.skewness - 2.2323959116364573) < 1e-12);
        QCOMPARE(s.min, 1.0);
        QCOMPARE(s.q1, 2.0);
        QCOMPARE(s.median, 3.0);
        QCOMPARE(s.q3, 4.0);
        QCOMPARE(s.max, 100.0);
        // IQR 2: fences -1 and 7; only 100 lies outside.
        QCOMPARE(s.lowerFence, -1.0);
        QCOMPARE(s.upperFence, 7.0);
        QCOMPARE(s.outliersLow, qsizetype(0));
        QCOMPARE(s.outliersHigh, qsizetype(1));
        QCOMPARE(s.outlierShare(), 0.2);
        QCOMPARE(s.whiskerLow, 1.0);
        QCOMPARE(s.whiskerHigh, 4.0);
        QCOMPARE(s.outlierSample, std::vector<double>{100});
    }
    void outlierSampleKeepsTheExtremes()
    {
        std::vector<double> v(1000, 5.0);
        for (int i = 0; i < 300; ++i)
            v.push_back(1000.0 + i); // 300 high outliers
        const NumericSummary s = NumericSummary::fromSorted(v);
        QCOMPARE(s.outliersHigh, qsizetype(300));
        QCOMPARE(s.outlierSample.size(), size_t(50));
        QCOMPARE(s.outlierSample.front(), 1000.0);
        QCOMPARE(s.outlierSample.back(), 1299.0);
        QVERIFY(std::is_sorted(s.outlierSample.begin(), s.outlierSample.end()));
        QCOMPARE(s.whiskerHigh, 5.0);
    }
    void interpolatedQuartilesAndLowOutliers()
    {
        std::vector<double> v{2, 8, 0, 4, 1, 9, 9, 0, -40, -7};
        std::sort(v.begin(), v.end());
        const NumericSummary s = NumericSummary::fromSorted(v);
        // pandas: quantile([.25,.5,.75]) = 0.0, 1.5, 7.0 -> IQR 7, fences -10.5 and 17.5
        QCOMPARE(s.q1, 0.0);
        QCOMPARE(s.median, 1.5);
        QCOMPARE(s.q3, 7.0);
        QCOMPARE(s.lowerFence, -10.5);
        QCOMPARE(s.upperFence, 17.5);
        QCOMPARE(s.outliersLow, qsizetype(1)); // -40; -7 is inside
        QCOMPARE(s.outliersHigh, qsizetype(0));
        QCOMPARE(s.negatives, qsizetype(2));
        QCOMPARE(s.zeros, qsizetype(2));
    }
    void valueOnTheFenceIsNotAnOutlier()
    {
        const std::vector<double> v{0, 0, 1, 1, 2, 2, 3, 3, 4.5}; // q1 1, q3 3, upper fence 6
        const NumericSummary s = NumericSummary::fromSorted(v);
        QCOMPARE(s.upperFence, 6.0);
        QCOMPARE(s.outliers(), qsizetype(0));
        const std::vector<double> w{0, 0, 1, 1, 2, 2, 3, 3, 6.0};
        QCOMPARE(NumericSummary::fromSorted(w).outliers(), qsizetype(0)); // 6.0 is on the fence
    }
    void smallAndConstant()
    {
        const NumericSummary empty = NumericSummary::fromSorted({});
        QCOMPARE(empty.count, qsizetype(0));
        QVERIFY(std::isnan(empty.mean) && std::isnan(empty.median));
        const std::vector<double> one{5};
        const NumericSummary s1 = NumericSummary::fromSorted(one);
        QCOMPARE(s1.mean, 5.0);
        QVERIFY(std::isnan(s1.std));
        QVERIFY(std::isnan(s1.skewness));
        const std::vector<double> same(10, 3.25);
        const NumericSummary c = NumericSummary::fromSorted(same);
        QCOMPARE(c.std, 0.0);
        QCOMPARE(c.skewness, 0.0);
        QCOMPARE(c.outliers(), qsizetype(0));
    }
    void precisionWithLargeOffset()
    {
        // Naive power sums lose everything here; the two-pass moments must not.
        std::vector<double> v;
        for (int i = 0; i < 1000; ++i)
            v.push_back(1e9 + (i % 10));
        std::sort(v.begin(), v.end());
        const NumericSummary s = NumericSummary::fromSorted(v);
        QVERIFY(std::abs(s.mean - (1e9 + 4.5)) < 1e-6);
        // population of 0..9 repeated: sample std = sqrt(8.25 * 1000 / 999)
        QVERIFY(std::abs(s.std - std::sqrt(8.25 * 1000.0 / 999.0)) < 1e-9);
        QVERIFY(std::abs(s.skewness) < 1e-9);
    }
};

QTEST_GUILESS_MAIN(TestNumericSummary)
#include "tst_numericsummary.moc"
