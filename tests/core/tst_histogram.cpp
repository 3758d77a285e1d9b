#include "eda/histogram.h"

#include <QTest>

#include <numeric>

using namespace churnlens;

class TestHistogram : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wholeNumbersGetCentredBins()
    {
        // tenure-like 0..72 in about 30 bins: width ceil(73/30) = 3 -> 25 bins from -0.5.
        std::vector<double> churned{0, 1, 2, 3, 72}, stayed{5, 6, 70, 71}, unknown;
        const Histogram h = Histogram::build(churned, stayed, unknown, 0, 72, 30, true);
        QCOMPARE(h.bins(), 25);
        QCOMPARE(h.edges.front(), -0.5);
        QCOMPARE(h.edges[1], 2.5);
        QCOMPARE(h.edges.back(), 74.5);
        QCOMPARE(h.churned[0], qsizetype(3)); // 0, 1, 2
        QCOMPARE(h.churned[1], qsizetype(1)); // 3
        QCOMPARE(h.stayed[1], qsizetype(1)); // 5 is in [2.5, 5.5), 6 in the next
        QCOMPARE(h.stayed[2], qsizetype(1));
        QCOMPARE(h.churned[24], qsizetype(1));
        QCOMPARE(h.stayed[23], qsizetype(2)); // 70, 71 in [68.5, 71.5)
        QCOMPARE(h.below + h.above, qsizetype(0));
    }
    void outliersFallOutsideTheRange()
    {
        std::vector<double> churned{-100, 1.0, 1.5, 2.0}, stayed{0.0, 3.0, 999.0}, unknown{2.5};
        const Histogram h = Histogram::build(churned, stayed, unknown, 0.0, 3.0, 3, false);
        QCOMPARE(h.edges, (std::vector<double>{0, 1, 2, 3}));
        QCOMPARE(h.below, qsizetype(1));
        QCOMPARE(h.above, qsizetype(1));
        QCOMPARE(h.stayed, (std::vector<qsizetype>{1, 0, 1})); // 3.0 is in the closed last bin
        QCOMPARE(h.churned, (std::vector<qsizetype>{0, 2, 1}));
        QCOMPARE(h.unknown, (std::vector<qsizetype>{0, 0, 1}));
        qsizetype total = h.below + h.above;
        for (int i = 0; i < h.bins(); ++i)
            total += h.count(i);
        QCOMPARE(total, qsizetype(8));
    }
    void degenerate()
    {
        const std::vector<double> one{4.0}, none;
        const Histogram h = Histogram::build(one, none, none, 4.0, 4.0, 30, false);
        QCOMPARE(h.bins(), 1);
        QCOMPARE(h.churned[0], qsizetype(1));
        QCOMPARE(Histogram::build(none, none, none, NAN, NAN, 30, false).bins(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHistogram)
#include "tst_histogram.moc"
