#include "eda/correlationmatrix.h"

#include "common/progress.h"
#include "data/datatable.h"

#include <QTest>

#include <cmath>

using namespace churnlens;

class TestCorrelationMatrix : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pairwiseComplete()
    {
        const double nan = Column::missingValue();
        DataTable t;
        t.addColumn(Column::numeric(QStringLiteral("x"), {1, 2, 3, 4, nan, 6}));
        t.addColumn(Column::numeric(QStringLiteral("y"), {2, 4, 6, 9, 1, nan}));
        t.addColumn(Column::numeric(QStringLiteral("z"), {nan, 1, 2, 1, 5, 3}));
        const CorrelationMatrix m = CorrelationMatrix::compute(t, {0, 1, 2}, nullptr);
        QCOMPARE(m.size(), 3);
        QCOMPARE(m.names, (QStringList{"x", "y", "z"}));
        // pandas DataFrame.corr() on the same frame
        QVERIFY(std::abs(m.at(0, 1) - 0.9943767126843689) < 1e-12);
        QVERIFY(std::abs(m.at(0, 2) - 0.7644707871564383) < 1e-12);
        QVERIFY(std::abs(m.at(1, 2) + 0.7845986714489123) < 1e-12);
        QCOMPARE(m.at(1, 0), m.at(0, 1));
        QCOMPARE(m.at(2, 2), 1.0);
        QCOMPARE(m.pairs(0, 1), qsizetype(4));
        QCOMPARE(m.pairs(0, 0), qsizetype(5));
    }
    void noSpreadIsUndefined()
    {
        DataTable t;
        t.addColumn(Column::numeric(QStringLiteral("c"), {3, 3, 3, 3}));
        t.addColumn(Column::numeric(QStringLiteral("v"), {1, 2, 3, 4}));
        const CorrelationMatrix m = CorrelationMatrix::compute(t, {0, 1}, nullptr);
        QVERIFY(std::isnan(m.at(0, 1)));
        QVERIFY(std::isnan(m.at(0, 0)));
        QCOMPARE(m.at(1, 1), 1.0);
    }
    void largeOffsetKeepsPrecision()
    {
        std::vector<double> x, y;
        for (int i = 0; i < 10000; ++i) {
            x.push_back(1e8 + i % 100);
            y.push_back(-3e7 - 2.0 * (i % 100) + (i % 7)); // mostly anti-correlated
        }
        DataTable t;
        t.addColumn(Column::numeric(QStringLiteral("x"), x));
        t.addColumn(Column::numeric(QStringLiteral("y"), y));
        // Reference: the same data centred exactly in integers before the usual formula.
        double sxy = 0, sxx = 0, syy = 0, mx = 0, my = 0;
        for (int i = 0; i < 10000; ++i) {
            mx += i % 100;
            my += -2.0 * (i % 100) + (i % 7);
        }
        mx /= 10000;
        my /= 10000;
        for (int i = 0; i < 10000; ++i) {
            const double dx = (i % 100) - mx, dy = -2.0 * (i % 100) + (i % 7) - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        const CorrelationMatrix m = CorrelationMatrix::compute(t, {0, 1}, nullptr);
        QVERIFY(std::abs(m.at(0, 1) - sxy / std::sqrt(sxx * syy)) < 1e-9);
    }
    void canceledGivesEmpty()
    {
        DataTable t;
        t.addColumn(Column::numeric(QStringLiteral("a"), {1, 2}));
        t.addColumn(Column::numeric(QStringLiteral("b"), {1, 3}));
        Progress p;
        p.cancel();
        QCOMPARE(CorrelationMatrix::compute(t, {0, 1}, &p).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCorrelationMatrix)
#include "tst_correlationmatrix.moc"
