#include "common/progress.h"
#include "ml/imbalancesampler.h"

#include <QTest>

#include <algorithm>
#include <numeric>

using namespace churnlens;

namespace {

// rows × 3: two continuous features and a binary one; label 1 for every fourth row.
struct Data
{
    FeatureMatrix m;
    std::vector<int8_t> y;
};

Data makeData(qsizetype rows)
{
    Data d;
    d.m.rows = rows;
    d.m.cols = 3;
    d.m.names = {"a", "b", "flag"};
    d.m.kinds = {FeatureKind::Continuous, FeatureKind::Continuous, FeatureKind::Binary};
    uint64_t s = 99;
    for (qsizetype r = 0; r < rows; ++r) {
        s = s * 6364136223846793005ull + 1442695040888963407ull;
        d.m.values.push_back(float(r));
        d.m.values.push_back(float((s >> 20) % 1000) / 10.0f);
        d.m.values.push_back(float((s >> 40) % 2));
        d.y.push_back(r % 4 == 0 ? 1 : 0);
    }
    return d;
}

qsizetype countLabel(const std::vector<int8_t> &y, int label)
{
    return qsizetype(std::count(y.begin(), y.end(), int8_t(label)));
}

ResampledData run(const Data &d, ImbalanceStrategy strategy, quint64 seed = 42, double ratio = 1.0)
{
    ImbalanceOptions o;
    o.strategy = strategy;
    o.seed = seed;
    o.ratio = ratio;
    Result<ResampledData> r = ImbalanceSampler::apply(d.m, d.y, o);
    if (!r)
        qFatal("apply failed: %s", qPrintable(r.error().toString()));
    return std::move(*r);
}

} // namespace

class TestImbalanceSampler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void none()
    {
        const Data d = makeData(400);
        const ResampledData r = run(d, ImbalanceStrategy::None);
        QCOMPARE(r.matrix.values, d.m.values);
        QCOMPARE(r.labels, d.y);
        QVERIFY(r.weights.empty());
        QCOMPARE(r.scalePosWeight, 1.0);
        QCOMPARE(r.origin[123], 123);
        QCOMPARE(r.syntheticRows, 0);
    }

    void classWeights()
    {
        const Data d = makeData(400); // 100 positive, 300 negative
        const ClassWeights w = ImbalanceSampler::classWeights(d.y);
        QCOMPARE(w.scalePosWeight, 3.0);
        QCOMPARE(w.positive, 400.0 / 200.0);
        QCOMPARE(w.negative, 400.0 / 600.0);
        const ResampledData r = run(d, ImbalanceStrategy::ClassWeights);
        QCOMPARE(r.scalePosWeight, 3.0);
        QCOMPARE(r.weights.size(), size_t(400));
        QCOMPARE(r.weights[0], 2.0f);
        QCOMPARE(r.weights[1], float(400.0 / 600.0));
        // Both classes weigh the same in total.
        double pos = 0, neg = 0;
        for (size_t i = 0; i < r.weights.size(); ++i)
            (d.y[i] ? pos : neg) += r.weights[i];
        QVERIFY(std::fabs(pos - neg) < 1e-3);
        QCOMPARE(r.matrix.values, d.m.values);
    }

    void undersample()
    {
        const Data d = makeData(400);
        const ResampledData r = run(d, ImbalanceStrategy::Undersample);
        QCOMPARE(r.matrix.rows, 200);
        QCOMPARE(countLabel(r.labels, 1), 100);
        QCOMPARE(countLabel(r.labels, 0), 100);
        // Rows are real input rows, in input order, with their own labels and values.
        QVERIFY(std::is_sorted(r.origin.begin(), r.origin.end()));
        for (qsizetype i = 0; i < r.matrix.rows; ++i) {
            const qsizetype o = r.origin[size_t(i)];
            QCOMPARE(r.labels[size_t(i)], d.y[size_t(o)]);
            QCOMPARE(r.matrix.at(i, 0), d.m.at(o, 0));
        }
        // Seeded: the same seed keeps the same rows, another seed others.
        QCOMPARE(run(d, ImbalanceStrategy::Undersample).origin, r.origin);
        QVERIFY(run(d, ImbalanceStrategy::Undersample, 7).origin != r.origin);
        // A ratio of 0.5 keeps twice as many majority rows as minority rows.
        const ResampledData half = run(d, ImbalanceStrategy::Undersample, 42, 0.5);
        QCOMPARE(countLabel(half.labels, 0), 200);
        QCOMPARE(countLabel(half.labels, 1), 100);
    }

    void undersampleIsUniform()
    {
        // Over many seeds every majority row is kept about equally often.
        std::vector<int8_t> y(40, 0);
        for (int i = 0; i < 10; ++i)
            y[size_t(i)] = 1;
        std::vector<int> kept(40, 0);
        for (quint64 seed = 0; seed < 3000; ++seed) {
            for (qsizetype r : ImbalanceSampler::undersampleRows(y, 1.0, seed))
                ++kept[size_t(r)];
        }
        for (int i = 0; i < 10; ++i)
            QCOMPARE(kept[size_t(i)], 3000);
        for (int i = 10; i < 40; ++i)
            QVERIFY2(kept[size_t(i)] > 850 && kept[size_t(i)] < 1150, qPrintable(QString::number(kept[size_t(i)])));
    }

    void smote()
    {
        const Data d = makeData(2000); // 500 positive
        const ResampledData r = run(d, ImbalanceStrategy::Smote);
        QVERIFY(r.usedSmoteNc); // the binary feature makes it SMOTE-NC
        QCOMPARE(r.matrix.rows, 3000);
        QCOMPARE(r.syntheticRows, 1000);
        QCOMPARE(countLabel(r.labels, 1), 1500);
        QCOMPARE(countLabel(r.labels, 0), 1500);
        QCOMPARE(r.matrix.values.size(), size_t(3000 * 3));
        // The input rows come first, unchanged.
        QVERIFY(std::equal(d.m.values.begin(), d.m.values.end(), r.matrix.values.begin()));
        for (qsizetype i = 2000; i < 3000; ++i) {
            QCOMPARE(r.labels[size_t(i)], int8_t(1));
            QCOMPARE(d.y[size_t(r.origin[size_t(i)])], int8_t(1));
            const float flag = r.matrix.at(i, 2);
            QVERIFY(flag == 0.0f || flag == 1.0f);
        }
        const ResampledData again = run(d, ImbalanceStrategy::Smote);
        QCOMPARE(again.matrix.values, r.matrix.values);

        // Plain SMOTE on raw distances (dominated by feature a, so neighbours often differ in
        // the flag) interpolates the 0/1 feature too.
        ImbalanceOptions o;
        o.strategy = ImbalanceStrategy::SmotePlain;
        o.standardizeDistances = false;
        Result<ResampledData> p = ImbalanceSampler::apply(d.m, d.y, o);
        QVERIFY(p.has_value());
        const ResampledData &plain = *p;
        QVERIFY(!plain.usedSmoteNc);
        QCOMPARE(plain.matrix.rows, 3000);
        bool fractional = false;
        for (qsizetype i = 2000; i < 3000; ++i)
            fractional |= plain.matrix.at(i, 2) != 0.0f && plain.matrix.at(i, 2) != 1.0f;
        QVERIFY(fractional);
    }

    void minorityCanBeTheNegativeClass()
    {
        Data d = makeData(400);
        for (int8_t &y : d.y)
            y = int8_t(1 - y);
        const ResampledData r = run(d, ImbalanceStrategy::Undersample);
        QCOMPARE(countLabel(r.labels, 0), 100);
        QCOMPARE(countLabel(r.labels, 1), 100);
        const ResampledData s = run(d, ImbalanceStrategy::Smote);
        QCOMPARE(countLabel(s.labels, 0), 300);
        QCOMPARE(ImbalanceSampler::classWeights(d.y).scalePosWeight, 1.0 / 3.0);
    }

    void badInput()
    {
        Data d = makeData(100);
        ImbalanceOptions o;
        o.strategy = ImbalanceStrategy::Smote;
        std::vector<int8_t> y = d.y;
        y[5] = -1;
        QVERIFY(!ImbalanceSampler::apply(d.m, y, o).has_value());
        y.pop_back();
        QVERIFY(!ImbalanceSampler::apply(d.m, y, o).has_value());
        o.ratio = 0;
        QVERIFY(!ImbalanceSampler::apply(d.m, d.y, o).has_value());
        // One class only: nothing to rebalance (weights still work: every row weighs 1).
        const std::vector<int8_t> zeros(size_t(d.m.rows), 0);
        o.ratio = 1;
        QVERIFY(!ImbalanceSampler::apply(d.m, zeros, o).has_value());
        o.strategy = ImbalanceStrategy::Undersample;
        QVERIFY(!ImbalanceSampler::apply(d.m, zeros, o).has_value());
        o.strategy = ImbalanceStrategy::ClassWeights;
        Result<ResampledData> w = ImbalanceSampler::apply(d.m, zeros, o);
        QVERIFY(w.has_value());
        QCOMPARE(w->weights[0], 1.0f);
    }

    void cancel()
    {
        const Data d = makeData(6000);
        ImbalanceOptions o;
        o.strategy = ImbalanceStrategy::Smote;
        Progress p;
        p.cancel();
        Result<ResampledData> r = ImbalanceSampler::apply(d.m, d.y, o, &p);
        QVERIFY(!r.has_value());
        QVERIFY(r.error().code == ErrorCode::Canceled);
    }

    void names()
    {
        for (ImbalanceStrategy s : {ImbalanceStrategy::None, ImbalanceStrategy::ClassWeights, ImbalanceStrategy::Undersample,
                                    ImbalanceStrategy::Smote, ImbalanceStrategy::SmotePlain}) {
            ImbalanceStrategy back;
            QVERIFY(fromMachineName(machineName(s), &back));
            QVERIFY(back == s);
        }
        ImbalanceStrategy x;
        QVERIFY(!fromMachineName(QStringLiteral("oversample"), &x));
    }
};

QTEST_GUILESS_MAIN(TestImbalanceSampler)
#include "tst_imbalancesampler.moc"
