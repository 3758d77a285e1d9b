// Champion against challenger: DeLong's test against an independent pairwise computation and a
// Python reference, the paired campaign bootstrap, and the overlap of top lists.
#include "common/xoshiro.h"
#include "ml/binarymetrics.h"
#include "monitor/modelcomparison.h"

#include <QJsonValue>
#include <QTest>

#include <cmath>
#include <limits>
#include <numeric>

using namespace churnlens;

namespace {

const double NaN = std::numeric_limits<double>::quiet_NaN();

/*!
 * DeLong's structural components written out as in the 1988 paper, O(m·n): each positive's
 * placement V10 is the share of negatives it outscores (ties half), each negative's V01 the share
 * of positives that outscore it; S10 and S01 are their 2 x 2 sample covariance matrices.
 * Independent of the midrank walk in core (no sort, no groups).
 */
struct Pairwise
{
    double aucA = 0, aucB = 0;
    double s10[2][2] = {{0, 0}, {0, 0}};
    double s01[2][2] = {{0, 0}, {0, 0}};
    qint64 m = 0, n = 0;

    double varianceA() const { return s10[0][0] / double(m) + s01[0][0] / double(n); }
    double varianceB() const { return s10[1][1] / double(m) + s01[1][1] / double(n); }
    double varianceDifference() const
    {
        return (s10[0][0] + s10[1][1] - 2 * s10[0][1]) / double(m) + (s01[0][0] + s01[1][1] - 2 * s01[0][1]) / double(n);
    }

    Pairwise(const std::vector<int8_t> &labels, const std::vector<double> &a, const std::vector<double> &b)
    {
        std::vector<double> posA, posB, negA, negB;
        for (size_t i = 0; i < labels.size(); ++i) {
            if ((labels[i] != 0 && labels[i] != 1) || std::isnan(a[i]) || std::isnan(b[i]))
                continue;
            (labels[i] == 1 ? posA : negA).push_back(a[i]);
            (labels[i] == 1 ? posB : negB).push_back(b[i]);
        }
        m = qint64(posA.size());
        n = qint64(negA.size());
        const auto psi = [](double x, double y) { return x > y ? 1.0 : (x == y ? 0.5 : 0.0); };
        std::vector<std::vector<double>> v10(2, std::vector<double>(size_t(m), 0.0));
        std::vector<std::vector<double>> v01(2, std::vector<double>(size_t(n), 0.0));
        for (size_t i = 0; i < size_t(m); ++i) {
            for (size_t j = 0; j < size_t(n); ++j) {
                const double pa = psi(posA[i], negA[j]), pb = psi(posB[i], negB[j]);
                v10[0][i] += pa / double(n);
                v10[1][i] += pb / double(n);
                v01[0][j] += pa / double(m);
                v01[1][j] += pb / double(m);
            }
        }
        const auto mean = [](const std::vector<double> &v) { return std::accumulate(v.begin(), v.end(), 0.0) / double(v.size()); };
        aucA = mean(v10[0]);
        aucB = mean(v10[1]);
        for (int r = 0; r < 2; ++r) {
            for (int c = 0; c < 2; ++c) {
                const double mr = mean(v10[size_t(r)]), mc = mean(v10[size_t(c)]);
                for (size_t i = 0; i < size_t(m); ++i)
                    s10[r][c] += (v10[size_t(r)][i] - mr) * (v10[size_t(c)][i] - mc) / double(m - 1);
                const double nr = mean(v01[size_t(r)]), nc = mean(v01[size_t(c)]);
                for (size_t j = 0; j < size_t(n); ++j)
                    s01[r][c] += (v01[size_t(r)][j] - nr) * (v01[size_t(c)][j] - nc) / double(n - 1);
            }
        }
    }
};

bool near(double a, double b, double tolerance = 1e-12)
{
    return std::fabs(a - b) <= tolerance;
}

QByteArray pair(double a, double b)
{
    return QByteArray::number(a, 'g', 17) + " vs " + QByteArray::number(b, 'g', 17);
}

} // namespace

class TestModelComparison : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deLongMatchesPairwise_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<double>("grid");      // scores rounded to multiples of this: ties
        QTest::addColumn<double>("prevalence");
        QTest::addColumn<quint64>("seed");
        QTest::newRow("30 rows, coarse ties") << 30 << 0.1 << 0.4 << quint64(1);
        QTest::newRow("200 rows, fine ties") << 200 << 0.01 << 0.25 << quint64(2);
        QTest::newRow("600 rows, heavy ties") << 600 << 0.2 << 0.3 << quint64(3);
        QTest::newRow("500 rows, no ties") << 500 << 0.0 << 0.1 << quint64(4);
    }
    void deLongMatchesPairwise()
    {
        QFETCH(int, rows);
        QFETCH(double, grid);
        QFETCH(double, prevalence);
        QFETCH(quint64, seed);
        Xoshiro256 rng(seed);
        std::vector<int8_t> y;
        std::vector<double> a, b;
        for (int i = 0; i < rows; ++i) {
            const int8_t label = rng.chance(prevalence) ? 1 : 0;
            double sa = 0.3 * label + 0.7 * rng.uniform();
            double sb = 0.45 * label + 0.55 * rng.uniform();
            if (grid > 0) {
                sa = std::round(sa / grid) * grid;
                sb = std::round(sb / grid) * grid;
            }
            // Now and then a row the test must skip: no 0/1 label, or a NaN score in one model.
            if (i % 37 == 5)
                y.push_back(-1);
            else
                y.push_back(label);
            a.push_back(i % 41 == 7 ? NaN : sa);
            b.push_back(i % 43 == 9 ? NaN : sb);
        }
        const Pairwise ref(y, a, b);
        QVERIFY(ref.m >= 2 && ref.n >= 2);
        const DeLongTest t = ModelComparison::deLong(y, a, b);
        QCOMPARE(t.positives, ref.m);
        QCOMPARE(t.negatives, ref.n);
        QVERIFY2(near(t.aucA, ref.aucA), pair(t.aucA, ref.aucA));
        QVERIFY2(near(t.aucB, ref.aucB), pair(t.aucB, ref.aucB));
        QVERIFY2(near(t.difference, ref.aucB - ref.aucA), pair(t.difference, ref.aucB - ref.aucA));
        const double se = std::sqrt(ref.varianceDifference());
        QVERIFY2(near(t.standardError, se), pair(t.standardError, se));
        const double z = (ref.aucB - ref.aucA) / se;
        QVERIFY2(near(t.z, z), pair(t.z, z));
        QVERIFY2(near(t.pValue, std::erfc(std::fabs(z) / std::sqrt(2.0))), pair(t.pValue, std::erfc(std::fabs(z) / std::sqrt(2.0))));
        QVERIFY(near(t.interval.low, t.difference - 1.96 * se));
        QVERIFY(near(t.interval.high, t.difference + 1.96 * se));

        // One model alone: its AUC and DeLong variance (rows with NaN in B count for A here,
        // so compare on the rows both use).
        std::vector<int8_t> yBoth;
        std::vector<double> aBoth, bBoth;
        for (size_t i = 0; i < y.size(); ++i) {
            if (!std::isnan(a[i]) && !std::isnan(b[i])) {
                yBoth.push_back(y[i]);
                aBoth.push_back(a[i]);
                bBoth.push_back(b[i]);
            }
        }
        double auc = 0, variance = 0;
        ModelComparison::aucVariance(yBoth, aBoth, &auc, &variance);
        QVERIFY2(near(auc, ref.aucA), pair(auc, ref.aucA));
        QVERIFY2(near(variance, ref.varianceA()), pair(variance, ref.varianceA()));
        ModelComparison::aucVariance(yBoth, bBoth, &auc, &variance);
        QVERIFY2(near(auc, ref.aucB), pair(auc, ref.aucB));
        QVERIFY2(near(variance, ref.varianceB()), pair(variance, ref.varianceB()));
        QVERIFY(near(auc, BinaryMetrics::rocAucScore(yBoth, bBoth)));
    }

    void deLongMatchesPythonReference()
    {
        // 40 rows made and evaluated once by /usr/bin/python3 (numpy 1.24.2, scipy 1.10.1,
        // scikit-learn 1.2.1): y ~ Bernoulli(0.4), a = round(clip(0.35 + 0.25 y + N(0, 0.22)), 1),
        // b = round(clip(0.30 + 0.40 y + N(0, 0.20)), 1) from numpy's default_rng(2024). DeLong's
        // original pairwise formulation there: psi = 1 / 0.5 / 0 for >, =, <; V10 and V01 as row and
        // column means of the m x n psi matrix; S10, S01 = np.cov(ddof=1); var = L S L' with
        // L = (-1, 1); p = 2 * scipy.stats.norm.sf(|z|). AUCs also by sklearn.metrics.roc_auc_score.
        const std::vector<int8_t> y{0, 1, 1, 0, 0, 1, 1, 1, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0, 0, 1,
                                    1, 0, 1, 0, 1, 1, 0, 1, 1, 1, 0, 1, 0, 1, 0, 0, 0, 0, 0, 1};
        const std::vector<double> a{0.6, 0.5, 0.5, 0.0, 0.0, 0.7, 0.3, 0.8, 1.0, 0.6, 0.1, 0.4, 0.8, 0.3,
                                    0.6, 0.6, 0.6, 0.5, 0.2, 0.6, 0.7, 0.3, 0.5, 0.2, 0.5, 0.5, 0.3, 0.9,
                                    0.4, 0.8, 0.4, 0.6, 0.2, 0.5, 0.8, 0.4, 0.5, 0.5, 0.6, 0.5};
        const std::vector<double> b{0.2, 0.7, 0.6, 0.5, 0.3, 0.7, 0.7, 0.9, 0.6, 0.6, 0.5, 0.3, 0.8, 0.2,
                                    0.7, 0.4, 0.0, 0.2, 0.4, 1.0, 0.8, 0.3, 0.5, 0.4, 0.2, 0.7, 0.2, 0.6,
                                    1.0, 0.2, 0.3, 0.7, 0.4, 0.4, 0.2, 0.0, 0.3, 0.3, 0.3, 0.7};
        const DeLongTest t = ModelComparison::deLong(y, a, b);
        QCOMPARE(t.positives, qint64(20));
        QCOMPARE(t.negatives, qint64(20));
        QVERIFY2(near(t.aucA, 0.7925), pair(t.aucA, 0.7925));              // sklearn: 0.7925000000000001
        QVERIFY2(near(t.aucB, 0.91), pair(t.aucB, 0.91));                  // sklearn: 0.91
        QVERIFY2(near(t.standardError, 0.09203832153825355), pair(t.standardError, 0.09203832153825355));
        QVERIFY2(near(t.z, 1.2766421424923962), pair(t.z, 1.2766421424923962));
        QVERIFY2(near(t.pValue, 0.20172861642713769), pair(t.pValue, 0.20172861642713769));
        QVERIFY(near(t.interval.low, -0.0628951102149769));
        QVERIFY(near(t.interval.high, 0.297895110214977));
        double auc = 0, variance = 0;
        ModelComparison::aucVariance(y, a, &auc, &variance);
        QVERIFY2(near(variance, 0.004911842105263157), pair(variance, 0.004911842105263157));
        ModelComparison::aucVariance(y, b, &auc, &variance);
        QVERIFY2(near(variance, 0.002963157894736842), pair(variance, 0.002963157894736842));
        // And the same AUCs as the project's (scikit-learn's) ROC AUC.
        QVERIFY(near(t.aucA, BinaryMetrics::rocAucScore(y, a)));
        QVERIFY(near(t.aucB, BinaryMetrics::rocAucScore(y, b)));
    }

    void deLongEdgeCases()
    {
        const std::vector<int8_t> y{1, 0, 1, 0, 0, 1};
        const std::vector<double> s{0.9, 0.2, 0.6, 0.6, 0.1, 0.3};
        // The same scores: no difference, p = 1, a zero-width interval.
        const DeLongTest same = ModelComparison::deLong(y, s, s);
        QCOMPARE(same.difference, 0.0);
        QCOMPARE(same.standardError, 0.0);
        QCOMPARE(same.pValue, 1.0);
        QCOMPARE(same.z, 0.0);
        QCOMPARE(same.interval.low, 0.0);
        QCOMPARE(same.interval.high, 0.0);
        // A perfect model against constant scores: both placements are constant per class, so the
        // standard error is 0 with a real difference of 0.5.
        const std::vector<double> perfect{0.9, 0.1, 0.8, 0.2, 0.3, 0.7};
        const std::vector<double> constant(6, 0.5);
        const DeLongTest sure = ModelComparison::deLong(y, constant, perfect);
        QCOMPARE(sure.aucA, 0.5);
        QCOMPARE(sure.aucB, 1.0);
        QCOMPARE(sure.standardError, 0.0);
        QCOMPARE(sure.pValue, 0.0);
        QVERIFY(std::isinf(sure.z) && sure.z > 0);
        QVERIFY(sure.toJson().value(QStringLiteral("z")).isNull());
        // One class: nothing to test.
        const std::vector<int8_t> negatives{0, 0, 0, 0, 0, 0};
        const DeLongTest none = ModelComparison::deLong(negatives, s, perfect);
        QVERIFY(std::isnan(none.aucA) && std::isnan(none.aucB) && std::isnan(none.pValue));
        QVERIFY(!none.interval.isValid());
        QCOMPARE(none.positives, qint64(0));
        const QJsonObject json = none.toJson();
        QVERIFY(json.value(QStringLiteral("auc_a")).isNull());
        QVERIFY(json.value(QStringLiteral("p_value")).isNull());
        QVERIFY(json.value(QStringLiteral("interval")).toObject().value(QStringLiteral("low")).isNull());
        QCOMPARE(json.value(QStringLiteral("negatives")).toInteger(), qint64(6));
        // One positive: AUCs, but no variance.
        const std::vector<int8_t> onePositive{1, 0, 0, 0, 0, 0};
        const DeLongTest thin = ModelComparison::deLong(onePositive, s, perfect);
        QCOMPARE(thin.aucB, 1.0);
        QVERIFY(std::isnan(thin.standardError) && std::isnan(thin.pValue));
        double auc = 0, variance = 0;
        ModelComparison::aucVariance(negatives, s, &auc, &variance);
        QVERIFY(std::isnan(auc) && std::isnan(variance));
    }

    void campaignValuesByHand()
    {
        // acceptance 0.5, contact 5, offer 10: a churner is worth 0.5 v - 5 - 10 · 0.5 = 0.5 v - 10,
        // a stayer -5 - 10 = -15. Rows: 40, -15, 90, -15, 30.
        const std::vector<int8_t> y{1, 0, 1, 0, 1};
        const std::vector<double> values{100, 100, 200, 50, 80};
        const std::vector<double> a{0.9, 0.8, 0.3, 0.1, 0.2}; // contacts rows 0, 1: 25
        const std::vector<double> b{0.6, 0.1, 0.9, 0.4, 0.7}; // contacts rows 0, 2, 4: 160
        CampaignValueInputs inputs;
        inputs.values = values;
        inputs.acceptance = 0.5;
        inputs.contactCost = 5;
        inputs.offerCost = 10;
        const CampaignBootstrap r = ModelComparison::campaignBootstrap(y, a, 0.5, b, 0.5, inputs, 500, 7);
        QVERIFY(near(r.valueA, 25.0));
        QVERIFY(near(r.valueB, 160.0));
        QVERIFY(near(r.difference, 135.0));
        QCOMPARE(r.contactedA, qint64(2));
        QCOMPARE(r.contactedB, qint64(3));
        QCOMPARE(r.resamples, 500);
        QVERIFY(r.interval.isValid());
        QVERIFY(r.interval.low <= r.difference && r.difference <= r.interval.high);
        // Per-row gains of B over A: 0 (both), +15, +90, 0, +30: a resample can only tie or favour B.
        QVERIFY(r.interval.low >= 0.0);
        QVERIFY(r.shareBBetter > 0.9 && r.shareBBetter <= 1.0);
        const QJsonObject json = r.toJson();
        QCOMPARE(json.value(QStringLiteral("value_b")).toDouble(), r.valueB);
        QCOMPARE(json.value(QStringLiteral("contacted_a")).toInteger(), qint64(2));
        // No resamples: values, but no interval.
        const CampaignBootstrap bare = ModelComparison::campaignBootstrap(y, a, 0.5, b, 0.5, inputs, 0, 7);
        QVERIFY(near(bare.difference, 135.0));
        QVERIFY(!bare.interval.isValid());
        QVERIFY(std::isnan(bare.shareBBetter));
    }

    void campaignBootstrapIsSeededAndSensible()
    {
        // 50,000 customers; B ranks by a score that knows more of the outcome than A's.
        Xoshiro256 rng(11);
        const int rows = 50000;
        std::vector<int8_t> y(rows);
        std::vector<double> a(rows), b(rows), values(rows);
        for (int i = 0; i < rows; ++i) {
            y[size_t(i)] = rng.chance(0.25) ? 1 : 0;
            a[size_t(i)] = 0.15 * y[size_t(i)] + 0.85 * rng.uniform();
            b[size_t(i)] = 0.45 * y[size_t(i)] + 0.55 * rng.uniform();
            values[size_t(i)] = 200 + 800 * rng.uniform();
        }
        CampaignValueInputs inputs;
        inputs.values = values;
        inputs.acceptance = 0.3;
        inputs.contactCost = 5;
        inputs.offerCost = 20;
        const auto run = [&](quint64 seed) {
            return ModelComparison::campaignBootstrap(y, a, 0.6, b, 0.6, inputs, 1000, seed);
        };
        const CampaignBootstrap first = run(42);
        const CampaignBootstrap again = run(42);
        QCOMPARE(again.interval.low, first.interval.low);
        QCOMPARE(again.interval.high, first.interval.high);
        QCOMPARE(again.shareBBetter, first.shareBBetter);
        const CampaignBootstrap other = run(43);
        QVERIFY(other.interval.low != first.interval.low || other.interval.high != first.interval.high);
        QCOMPARE(other.difference, first.difference); // the realised values do not depend on the seed
        QVERIFY2(first.difference > 0, QByteArray::number(first.difference));
        QVERIFY2(first.interval.low > 0, QByteArray::number(first.interval.low));
        QVERIFY(first.interval.high > first.difference);
        QCOMPARE(first.shareBBetter, 1.0);

        // The binomial shortcut must spread like a plain bootstrap: the sum of `rows` draws with
        // replacement from the per-row gains (0 off the lists' difference) has standard deviation
        // sqrt(rows · Var(gain)); the 95% interval spans about 2 · 1.96 of them.
        double sum = 0, squares = 0;
        for (int i = 0; i < rows; ++i) {
            const bool inA = a[size_t(i)] >= 0.6, inB = b[size_t(i)] >= 0.6;
            double gain = 0;
            if (inA != inB) {
                const double yi = y[size_t(i)];
                const double net = yi * 0.3 * values[size_t(i)] - 5 - 20 * (1 - yi + 0.3 * yi);
                gain = inB ? net : -net;
            }
            sum += gain;
            squares += gain * gain;
        }
        const double mean = sum / rows;
        const double sd = std::sqrt(rows * (squares / rows - mean * mean));
        QVERIFY2(std::fabs(mean * rows - first.difference) < 1e-6 * std::fabs(first.difference), "");
        const double spread = (first.interval.high - first.interval.low) / (2 * 1.96);
        QVERIFY2(std::fabs(spread / sd - 1.0) < 0.1, qPrintable(QStringLiteral("%1 vs %2").arg(spread).arg(sd)));
    }

    void topOverlapByHand_data()
    {
        QTest::addColumn<QList<double>>("a");
        QTest::addColumn<QList<double>>("b");
        QTest::addColumn<qint64>("n");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<qint64>("common");
        // A's top 2: rows 0, 1; B's: rows 2, 1.
        QTest::newRow("distinct") << QList<double>{0.9, 0.8, 0.7, 0.1, 0.5} << QList<double>{0.1, 0.8, 0.9, 0.7, 0.2}
                                  << qint64(2) << qint64(2) << qint64(1);
        // Top 3: A rows 0, 1, 2; B rows 2, 3, 1 -> 1 and 2 shared.
        QTest::newRow("three") << QList<double>{0.9, 0.8, 0.7, 0.1, 0.5} << QList<double>{0.1, 0.8, 0.9, 0.7, 0.2}
                               << qint64(3) << qint64(3) << qint64(2);
        // Ties by row order: A takes rows 0, 1 of four equal scores; B (row 0 lower) rows 1, 2.
        QTest::newRow("ties") << QList<double>{0.5, 0.5, 0.5, 0.5} << QList<double>{0.1, 0.5, 0.5, 0.5}
                              << qint64(2) << qint64(2) << qint64(1);
        // NaN last: A's top 2 are rows 1, 3 (row 0 NaN); B's rows 0, 1.
        QTest::newRow("nan last") << QList<double>{NaN, 0.2, 0.1, 0.3} << QList<double>{0.9, 0.8, 0.1, 0.2}
                                  << qint64(2) << qint64(2) << qint64(1);
        // n beyond the rows: everyone, everyone shared.
        QTest::newRow("all") << QList<double>{0.3, 0.2, 0.1} << QList<double>{0.1, 0.2, 0.3} << qint64(10) << qint64(3)
                             << qint64(3);
        QTest::newRow("reversed") << QList<double>{0.4, 0.3, 0.2, 0.1} << QList<double>{0.1, 0.2, 0.3, 0.4} << qint64(2)
                                  << qint64(2) << qint64(0);
    }
    void topOverlapByHand()
    {
        QFETCH(QList<double>, a);
        QFETCH(QList<double>, b);
        QFETCH(qint64, n);
        QFETCH(qint64, size);
        QFETCH(qint64, common);
        const std::vector<double> sa(a.begin(), a.end()), sb(b.begin(), b.end());
        const TopOverlap o = ModelComparison::topOverlap(sa, sb, n);
        QCOMPARE(o.n, size);
        QCOMPARE(o.common, common);
        QCOMPARE(o.share, double(common) / double(size));
        QCOMPARE(o.toJson().value(QStringLiteral("common")).toInteger(), common);
    }

    void topOverlapEmpty()
    {
        const std::vector<double> s{0.1, 0.2};
        const TopOverlap o = ModelComparison::topOverlap(s, s, 0);
        QCOMPARE(o.n, qint64(0));
        QCOMPARE(o.common, qint64(0));
        QVERIFY(std::isnan(o.share));
        QVERIFY(o.toJson().value(QStringLiteral("share")).isNull());
    }

    void topOverlapMatchesSorting()
    {
        // Against a full stable sort on a larger file with ties.
        Xoshiro256 rng(5);
        std::vector<double> a(5000), b(5000);
        for (size_t i = 0; i < a.size(); ++i) {
            a[i] = std::round(rng.uniform() * 50) / 50;
            b[i] = std::round((0.5 * a[i] + 0.5 * rng.uniform()) * 50) / 50;
        }
        const auto top = [](const std::vector<double> &s, size_t n) {
            std::vector<size_t> order(s.size());
            std::iota(order.begin(), order.end(), size_t(0));
            std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) { return s[x] > s[y]; });
            std::vector<bool> in(s.size(), false);
            for (size_t k = 0; k < n; ++k)
                in[order[k]] = true;
            return in;
        };
        for (size_t n : {size_t(1), size_t(100), size_t(777), size_t(4999)}) {
            const std::vector<bool> ta = top(a, n), tb = top(b, n);
            qint64 common = 0;
            for (size_t i = 0; i < a.size(); ++i)
                common += ta[i] && tb[i] ? 1 : 0;
            QCOMPARE(ModelComparison::topOverlap(a, b, qint64(n)).common, common);
        }
    }
};

QTEST_GUILESS_MAIN(TestModelComparison)
#include "tst_modelcomparison.moc"
