#include "ml/binarymetrics.h"
#include "ml/evaluationcurves.h"
#include "ml/thresholdpolicy.h"

#include <QTest>

#include <cmath>

using namespace churnlens;

class TestBinaryMetrics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void handComputedAuc_data()
    {
        QTest::addColumn<QList<int>>("labels");
        QTest::addColumn<QList<double>>("scores");
        QTest::addColumn<double>("auc");
        QTest::addColumn<double>("ap");
        QTest::newRow("perfect") << QList<int>{1, 1, 0, 0} << QList<double>{0.9, 0.8, 0.2, 0.1} << 1.0 << 1.0;
        QTest::newRow("reversed") << QList<int>{0, 0, 1, 1} << QList<double>{0.9, 0.8, 0.2, 0.1} << 0.0 << (0.5 * 1.0 / 3.0 + 0.5 * 0.5);
        // Pairs (pos > neg): 0.9 beats both negatives, 0.4 beats 0.3 only -> 3/4.
        // AP: thresholds 0.9 (P 1, R 1/2), 0.8 (no new positive), 0.4 (P 2/3, R 1) -> 1/2 + 1/2 * 2/3.
        QTest::newRow("mixed") << QList<int>{1, 0, 1, 0} << QList<double>{0.9, 0.8, 0.4, 0.3} << 0.75 << (0.5 + 0.5 * 2.0 / 3.0);
        // Every score tied: each positive-negative pair counts one half; AP = prevalence.
        QTest::newRow("all tied") << QList<int>{1, 0, 0, 1, 0} << QList<double>{0.5, 0.5, 0.5, 0.5, 0.5} << 0.5 << 0.4;
        // One positive-negative tie (0.6): 0.9 beats both negatives, 0.6 beats 0.1 and ties 0.6,
        // 0.05 beats none -> 3.5 of 6 pairs.
        QTest::newRow("one tie") << QList<int>{1, 1, 0, 0, 1} << QList<double>{0.9, 0.6, 0.6, 0.1, 0.05} << (3.5 / 6.0)
                                 << (1.0 / 3.0 * 1.0 + 1.0 / 3.0 * 2.0 / 3.0 + 1.0 / 3.0 * 3.0 / 5.0);
    }
    void handComputedAuc()
    {
        QFETCH(QList<int>, labels);
        QFETCH(QList<double>, scores);
        QFETCH(double, auc);
        QFETCH(double, ap);
        std::vector<int8_t> y(labels.begin(), labels.end());
        std::vector<double> s(scores.begin(), scores.end());
        QVERIFY(std::fabs(BinaryMetrics::rocAucScore(y, s) - auc) < 1e-12);
        QVERIFY(std::fabs(BinaryMetrics::averagePrecisionScore(y, s) - ap) < 1e-12);
    }

    void matchesScikitLearn()
    {
        // /usr/bin/python3: roc_auc_score, average_precision_score, log_loss, brier_score_loss on
        // y = [1,0,1,1,0,0,1,0,0,1,0,0], s = [.9,.8,.8,.7,.6,.6,.6,.3,.2,.2,.1,.05] (scikit-learn 1.2.1)
        const std::vector<int8_t> y{1, 0, 1, 1, 0, 0, 1, 0, 0, 1, 0, 0};
        const std::vector<double> s{0.9, 0.8, 0.8, 0.7, 0.6, 0.6, 0.6, 0.3, 0.2, 0.2, 0.1, 0.05};
        const BinaryMetrics m = BinaryMetrics::compute(y, s, 0.5);
        QVERIFY(std::fabs(m.rocAuc - 0.7714285714285715) < 1e-12);
        QVERIFY(std::fabs(m.prAuc - 0.6976190476190477) < 1e-12);
        QVERIFY(std::fabs(m.logLoss - 0.5819945190492991) < 1e-12);
        QVERIFY(std::fabs(m.brier - 0.20354166666666665) < 1e-12);
        // At 0.5: predicted positive = first 7 rows -> TP 4 (rows 0,2,3,6), FP 3, FN 1, TN 4.
        QCOMPARE(m.confusion.truePositives, 4);
        QCOMPARE(m.confusion.falsePositives, 3);
        QCOMPARE(m.confusion.falseNegatives, 1);
        QCOMPARE(m.confusion.trueNegatives, 4);
        QCOMPARE(m.accuracy, 8.0 / 12.0);
        QCOMPARE(m.precision, 4.0 / 7.0);
        QCOMPARE(m.recall, 4.0 / 5.0);
        QCOMPARE(m.f1, 8.0 / 12.0);
    }

    void undefinedCases()
    {
        const std::vector<int8_t> onlyNegatives{0, 0, 0};
        const std::vector<double> s{0.1, 0.7, 0.4};
        const BinaryMetrics m = BinaryMetrics::compute(onlyNegatives, s, 0.5);
        QVERIFY(std::isnan(m.rocAuc));
        QVERIFY(std::isnan(m.prAuc));
        QCOMPARE(m.precision, 0.0); // one false positive, no true positive
        QCOMPARE(m.recall, 0.0);    // no positive at all: zero, not a division by zero
        QCOMPARE(m.f1, 0.0);
        QVERIFY(m.toJson().value(QStringLiteral("roc_auc")).isNull());
        // Clipping keeps log loss finite for a confident mistake.
        const std::vector<int8_t> y{1};
        const std::vector<double> p{0.0};
        QVERIFY(std::fabs(BinaryMetrics::logLossScore(y, p) - (-std::log(1e-15))) < 1e-9);
    }

    void curves()
    {
        const std::vector<int8_t> y{1, 0, 1, 1, 0, 0, 1, 0, 0, 1, 0, 0};
        const std::vector<double> s{0.9, 0.8, 0.8, 0.7, 0.6, 0.6, 0.6, 0.3, 0.2, 0.2, 0.1, 0.05};
        const EvaluationCurves c = EvaluationCurves::compute(y, s, 1000, 4, 10);
        QCOMPARE(c.roc.front().fpr, 0.0);
        QCOMPARE(c.roc.back().tpr, 1.0);
        QCOMPARE(c.roc.back().fpr, 1.0);
        QCOMPARE(c.roc.size(), size_t(9)); // origin + 8 distinct scores
        // Gains at 25% (3 customers: 0.9 and the 0.8 tie = 2 churners of 5) ...
        QCOMPARE(c.gains.size(), size_t(4));
        QVERIFY(std::fabs(c.gains[0].gain - 2.0 / 5.0) < 1e-12);
        QVERIFY(std::fabs(c.gains[0].lift - (2.0 / 5.0) / 0.25) < 1e-12);
        // ... at 50% (6 customers: 0.7 plus two thirds of the 0.6 tie holding one churner).
        QVERIFY(std::fabs(c.gains[1].gain - (3.0 + 2.0 / 3.0) / 5.0) < 1e-12);
        QCOMPARE(c.gains.back().gain, 1.0);
        QCOMPARE(c.calibration.size(), size_t(10));
        qint64 total = 0;
        for (const auto &b : c.calibration)
            total += b.count;
        QCOMPARE(total, qint64(12));
        QCOMPARE(c.calibration[6].count, qint64(3)); // the three 0.6 scores
        QCOMPARE(c.calibration[6].observedRate, 1.0 / 3.0);
        // Thinning keeps the ends.
        const EvaluationCurves thin = EvaluationCurves::compute(y, s, 3);
        QCOMPARE(thin.roc.size(), size_t(3));
        QCOMPARE(thin.roc.back().tpr, 1.0);
    }

    void thresholdChoice()
    {
        const std::vector<int8_t> y{1, 0, 1, 1, 0, 0, 1, 0, 0, 1, 0, 0};
        const std::vector<double> s{0.9, 0.8, 0.8, 0.7, 0.6, 0.6, 0.6, 0.3, 0.2, 0.2, 0.1, 0.05};
        ThresholdPolicy f1;
        f1.kind = ThresholdPolicy::Kind::BestF1;
        // F1 by cut: >=0.9: 2/6; >=0.8: 4/8; >=0.7: 6/9; >=0.6: 8/12; >=0.3: 8/13; >=0.2: 10/15 ...
        // 6/9 = 8/12 = 10/15 tie; the first (highest) cut wins: between 0.7 and 0.6.
        QCOMPARE(f1.choose(y, s), 0.65);
        ThresholdPolicy profit;
        profit.kind = ThresholdPolicy::Kind::BestProfit;
        profit.contactCost = 10;
        profit.savedValue = 25;
        // Profit by cut (25 per churner reached, 10 per contact): 0.9: 15; 0.8: 20; 0.7: 35;
        // 0.6: 30; 0.3: 20; 0.2: 25 ... -> cut after 0.7.
        QCOMPARE(profit.choose(y, s), 0.65);
        profit.contactCost = 100; // never worth a contact: nobody is above the threshold
        QVERIFY(profit.choose(y, s) > 1.0 - 1e-12);
        QCOMPARE(BinaryMetrics::confusionAt(y, s, profit.choose(y, s)).truePositives, 0);
        ThresholdPolicy fixed;
        fixed.kind = ThresholdPolicy::Kind::Fixed;
        fixed.fixed = 0.42;
        QCOMPARE(fixed.choose(y, s), 0.42);
    }
};

QTEST_GUILESS_MAIN(TestBinaryMetrics)
#include "tst_binarymetrics.moc"
