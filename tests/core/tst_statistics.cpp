// Expected values come from scipy 1.10 / scikit-learn 1.2 / pandas 1.5 (Debian 12), computed
// independently of this code; the brute-force checks recompute the definitions naively.
#include "eda/statistics.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <vector>

using namespace churnlens;

namespace {
bool close(double a, double b, double tol = 1e-9)
{
    return std::abs(a - b) <= tol;
}
} // namespace

class TestStatistics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void normalQuantile_data()
    {
        QTest::addColumn<double>("confidence");
        QTest::addColumn<double>("z"); // scipy.stats.norm.ppf((1 + confidence) / 2)
        QTest::newRow("95%") << 0.95 << 1.959963984540054;
        QTest::newRow("90%") << 0.90 << 1.6448536269514722;
        QTest::newRow("99%") << 0.99 << 2.5758293035489004;
    }
    void normalQuantile()
    {
        QFETCH(double, confidence);
        QFETCH(double, z);
        QVERIFY2(close(stats::normalQuantileTwoSided(confidence), z, 1e-12),
                 qPrintable(QString::number(stats::normalQuantileTwoSided(confidence), 'g', 17)));
        QVERIFY(std::isnan(stats::normalQuantileTwoSided(1.0)));
        QVERIFY(std::isnan(stats::normalQuantileTwoSided(0.0)));
    }

    void wilson_data()
    {
        QTest::addColumn<qsizetype>("k");
        QTest::addColumn<qsizetype>("n");
        QTest::addColumn<double>("low"); // scipy binomtest(k, n).proportion_ci(method="wilson")
        QTest::addColumn<double>("high");
        QTest::newRow("5/10") << qsizetype(5) << qsizetype(10) << 0.236593090512564 << 0.7634069094874361;
        QTest::newRow("0/10") << qsizetype(0) << qsizetype(10) << 0.0 << 0.27753279986288926;
        QTest::newRow("10/10") << qsizetype(10) << qsizetype(10) << 0.7224672001371109 << 1.0;
        QTest::newRow("1/3") << qsizetype(1) << qsizetype(3) << 0.06149194472039626 << 0.7923403991979523;
        QTest::newRow("telco churn") << qsizetype(1869) << qsizetype(7043) << 0.25518811288450727 << 0.2758074374889079;
    }
    void wilson()
    {
        QFETCH(qsizetype, k);
        QFETCH(qsizetype, n);
        QFETCH(double, low);
        QFETCH(double, high);
        const stats::Interval ci = stats::wilson(k, n, stats::normalQuantileTwoSided(0.95));
        QVERIFY2(close(ci.low, low, 1e-12), qPrintable(QString::number(ci.low, 'g', 17)));
        QVERIFY2(close(ci.high, high, 1e-12), qPrintable(QString::number(ci.high, 'g', 17)));
    }
    void wilsonEmpty()
    {
        const stats::Interval ci = stats::wilson(0, 0, 1.96);
        QVERIFY(std::isnan(ci.low) && std::isnan(ci.high));
    }

    void quantiles()
    {
        // numpy.quantile(..., method="linear") / pandas Series.quantile
        const std::vector<double> four{1, 2, 3, 4};
        QCOMPARE(stats::quantileSorted(four, 0.25), 1.75);
        QCOMPARE(stats::quantileSorted(four, 0.5), 2.5);
        QCOMPARE(stats::quantileSorted(four, 0.75), 3.25);
        QCOMPARE(stats::quantileSorted(four, 0.0), 1.0);
        QCOMPARE(stats::quantileSorted(four, 1.0), 4.0);
        const std::vector<double> one{7};
        QCOMPARE(stats::quantileSorted(one, 0.3), 7.0);
        QVERIFY(std::isnan(stats::quantileSorted({}, 0.5)));
    }

    void twoByK()
    {
        // Table rows (churned, stayed): (30,10) (10,30) (5,15), plus an empty group that must not count.
        const std::vector<qsizetype> pos{30, 10, 0, 5}, neg{10, 30, 0, 15};
        const stats::TwoByK t = stats::twoByK(pos, neg);
        QCOMPARE(t.groups, 3);
        QCOMPARE(t.n, qsizetype(100));
        QVERIFY(close(t.chiSquare, 24.242424242424246, 1e-9));          // scipy chi2_contingency(correction=False)
        QVERIFY(close(t.mutualInformation, 0.18149632952867667, 1e-12)); // sklearn mutual_info_score / ln 2
        QVERIFY(close(t.cramersV, 0.4738035414793429, 1e-12));          // Bergsma's corrected V, by hand in numpy
    }
    void twoByKDegenerate()
    {
        const std::vector<qsizetype> onlyChurners{5, 7}, none{0, 0};
        QCOMPARE(stats::twoByK(onlyChurners, none).cramersV, 0.0);
        const std::vector<qsizetype> oneGroup{5}, oneGroupNeg{9};
        QCOMPARE(stats::twoByK(oneGroup, oneGroupNeg).cramersV, 0.0);
        QVERIFY(std::isnan(stats::twoByK({}, {}).cramersV));
        // A perfect split of a big table: V close to 1.
        const std::vector<qsizetype> pp{1000, 0}, nn{0, 3000};
        QVERIFY(stats::twoByK(pp, nn).cramersV > 0.999);
    }

    void groupedAuc()
    {
        // sklearn roc_auc_score with each customer scored by their group's churn rate.
        const std::vector<double> score{30.0 / 40, 10.0 / 40, 5.0 / 20};
        const std::vector<qsizetype> pos{30, 10, 5}, neg{10, 30, 15};
        QVERIFY(close(stats::groupedAuc(score, pos, neg), 0.7424242424242422, 1e-12));
        QVERIFY(std::isnan(stats::groupedAuc(score, pos, std::vector<qsizetype>{0, 0, 0})));
    }

    void aucSmall()
    {
        // sklearn roc_auc_score([1]*5 + [0]*6, pos + neg) = 0.7
        std::vector<double> pos{1, 2, 2, 3, 5}, neg{0, 2, 2, 4, 1, 1};
        std::sort(neg.begin(), neg.end());
        QVERIFY(close(stats::aucSorted(pos, neg), 0.7, 1e-12));
        QVERIFY(std::isnan(stats::aucSorted(pos, {})));
    }
    void aucMatchesBruteForce()
    {
        QRandomGenerator rng(42);
        for (int round = 0; round < 20; ++round) {
            std::vector<double> pos, neg;
            const int np = 1 + int(rng.bounded(60)), nn = 1 + int(rng.bounded(60));
            for (int i = 0; i < np; ++i)
                pos.push_back(double(rng.bounded(15)));
            for (int i = 0; i < nn; ++i)
                neg.push_back(double(rng.bounded(15)) + 0.5 * (round % 2));
            double wins = 0;
            for (double a : pos)
                for (double b : neg)
                    wins += a > b ? 1.0 : a == b ? 0.5 : 0.0;
            std::sort(pos.begin(), pos.end());
            std::sort(neg.begin(), neg.end());
            QVERIFY(close(stats::aucSorted(pos, neg), wins / (double(np) * nn), 1e-12));
        }
    }
};

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
