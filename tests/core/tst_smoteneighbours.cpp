#include "common/progress.h"
#include "data/dataloader.h"
#include "ml/smoteneighbours.h"
#include "prep/fittedpreparation.h"

#include <QTest>

#include <cmath>
#include <cstdint>
#include <vector>

using namespace churnlens;

namespace {

uint64_t nextRandom(uint64_t &s)
{
    s = s * 6364136223846793005ull + 1442695040888963407ull;
    return s >> 11;
}

// Clustered points with near-duplicates (as resampled customer data has), exact duplicates
// (ties broken by index) and one-hot blocks.
std::vector<float> clustered(qsizetype n, int dims, uint64_t seed, float noise)
{
    std::vector<float> centres(size_t(64 * dims));
    for (float &c : centres)
        c = float(nextRandom(seed) % 1000) / 250.0f;
    std::vector<float> p(size_t(n) * size_t(dims));
    for (qsizetype i = 0; i < n; ++i) {
        const size_t c = size_t(nextRandom(seed) % 64);
        const bool exactCopy = nextRandom(seed) % 5 == 0;
        for (int t = 0; t < dims; ++t) {
            float v = centres[c * size_t(dims) + size_t(t)];
            if (t >= dims / 2)
                v = v > 2.0f ? 1.0f : 0.0f; // one-hot-like half
            else if (!exactCopy)
                v += noise * (float(nextRandom(seed) % 2001) / 1000.0f - 1.0f);
            p[size_t(i) * size_t(dims) + size_t(t)] = v;
        }
    }
    return p;
}

} // namespace

class TestSmoteNeighbours : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void equalsBruteForce_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("dims");
        QTest::addColumn<int>("k");
        QTest::addColumn<float>("noise");
        QTest::addColumn<bool>("generic");
        QTest::addColumn<float>("offset");
        QTest::newRow("small, exact path") << 300 << 5 << 5 << 0.1f << false << 0.0f;
        QTest::newRow("tiles") << 3000 << 41 << 5 << 0.02f << false << 0.0f;
        QTest::newRow("tiles, baseline build") << 3000 << 41 << 5 << 0.02f << true << 0.0f;
        QTest::newRow("ragged tiles, k=1") << 2777 << 7 << 1 << 0.05f << false << 0.0f;
        QTest::newRow("many duplicates") << 2500 << 12 << 5 << 0.0f << false << 0.0f;
        QTest::newRow("many duplicates, baseline") << 2500 << 12 << 5 << 0.0f << true << 0.0f;
        QTest::newRow("k=10") << 1500 << 20 << 10 << 0.3f << false << 0.0f;
        // Near-duplicates closer than float rounding of |a|² + |b|² − 2ab, far from the origin.
        QTest::newRow("tight clusters, offset") << 3000 << 30 << 5 << 1e-4f << false << 1000.0f;
        QTest::newRow("tight clusters, baseline") << 3000 << 30 << 5 << 1e-4f << true << 0.0f;
    }
    void equalsBruteForce()
    {
        QFETCH(int, n);
        QFETCH(int, dims);
        QFETCH(int, k);
        QFETCH(float, noise);
        QFETCH(bool, generic);
        QFETCH(float, offset);
        if (generic)
            qputenv("CHURNLENS_SMOTE_GENERIC", "1");
        std::vector<float> p = clustered(n, dims, 7 + uint64_t(n), noise);
        for (float &v : p)
            v += offset;
        SmoteNeighbours::Stats stats;
        Result<std::vector<qint32>> fast = SmoteNeighbours::find(p.data(), n, dims, k, 2, nullptr, &stats);
        qunsetenv("CHURNLENS_SMOTE_GENERIC");
        QVERIFY(fast.has_value());
        if (generic)
            QVERIFY(!stats.avx2);
        if (noise < 1e-3f && n > 1024)
            QVERIFY(stats.searchedAgain > 0); // the second-chance search is exercised
        const std::vector<qint32> slow = SmoteNeighbours::bruteForce(p.data(), n, dims, k);
        QCOMPARE(fast->size(), size_t(n) * size_t(k));
        QCOMPARE(*fast, slow);
        // The reference itself: nearest first, never the point itself, ties by index.
        for (qsizetype i = 0; i < n; ++i) {
            for (int e = 0; e < k; ++e)
                QVERIFY(slow[size_t(i) * size_t(k) + size_t(e)] != i);
        }
    }

    void telcoRows()
    {
        // The prepared Telco file (7043 rows, 41 features): many customers are identical
        // in all but a few numbers.
        Result<LoadResult> loaded = DataLoader::load(DataSource::fromPath(QStringLiteral(CHURNLENS_TESTDATA "/telco.csv")));
        QVERIFY(loaded.has_value());
        PreparationOptions o = PreparationOptions::forLinearModel();
        o.engineered = 0;
        Result<FittedPreparation> prep = FittedPreparation::fit(loaded->table, o);
        QVERIFY(prep.has_value());
        Result<FeatureMatrix> m = prep->transform(loaded->table);
        QVERIFY(m.has_value());
        Result<std::vector<qint32>> fast = SmoteNeighbours::find(m->values.data(), m->rows, m->cols, 5);
        QVERIFY(fast.has_value());
        QCOMPARE(*fast, SmoteNeighbours::bruteForce(m->values.data(), m->rows, m->cols, 5));
    }

    void bruteForceOnAHandMadeCase()
    {
        // Points on a line at 0, 1, 3, 3, 10: ties (the two 3s) go to the smaller index.
        const std::vector<float> p = {0, 1, 3, 3, 10};
        const std::vector<qint32> nn = SmoteNeighbours::bruteForce(p.data(), 5, 1, 2);
        QCOMPARE(nn, (std::vector<qint32>{1, 2, /**/ 0, 2, /**/ 3, 1, /**/ 2, 1, /**/ 2, 3}));
        Result<std::vector<qint32>> fast = SmoteNeighbours::find(p.data(), 5, 1, 2);
        QVERIFY(fast.has_value());
        QCOMPARE(*fast, nn);
    }

    void kIsClamped()
    {
        const std::vector<float> p = {0, 1, 5};
        Result<std::vector<qint32>> nn = SmoteNeighbours::find(p.data(), 3, 1, 5);
        QVERIFY(nn.has_value());
        QCOMPARE(*nn, (std::vector<qint32>{1, 2, 0, 2, 1, 0}));
        Result<std::vector<qint32>> one = SmoteNeighbours::find(p.data(), 1, 1, 5);
        QVERIFY(one.has_value());
        QVERIFY(one->empty());
    }

    void rejectsMissingValues()
    {
        const std::vector<float> p = {0, std::nanf(""), 5, 6};
        Result<std::vector<qint32>> nn = SmoteNeighbours::find(p.data(), 2, 2, 1);
        QVERIFY(!nn.has_value());
        QVERIFY(nn.error().code == ErrorCode::BadInput);
    }

    void cancel()
    {
        const std::vector<float> p = clustered(4000, 8, 3, 0.1f);
        Progress progress;
        progress.cancel();
        Result<std::vector<qint32>> nn = SmoteNeighbours::find(p.data(), 4000, 8, 5, 2, &progress);
        QVERIFY(!nn.has_value());
        QVERIFY(nn.error().code == ErrorCode::Canceled);
    }
};

QTEST_GUILESS_MAIN(TestSmoteNeighbours)
#include "tst_smoteneighbours.moc"
