#include "ml/smote.h"
#include "ml/smoteneighbours.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace churnlens;

namespace {

uint64_t nextRandom(uint64_t &s)
{
    s = s * 6364136223846793005ull + 1442695040888963407ull;
    return s >> 11;
}

// Columns: 0 income, 1 age (continuous), 2..4 one-hot colour (group 0), 5 binary, 6 ordinal 0..2.
FeatureMatrix mixedMatrix(qsizetype rows, uint64_t seed)
{
    FeatureMatrix m;
    m.rows = rows;
    m.cols = 7;
    m.names = {"income", "age", "colour=a", "colour=b", "colour=c", "member", "plan"};
    m.kinds = {FeatureKind::Continuous, FeatureKind::Continuous, FeatureKind::OneHot, FeatureKind::OneHot,
               FeatureKind::OneHot, FeatureKind::Binary, FeatureKind::Ordinal};
    m.groups = {-1, -1, 0, 0, 0, -1, -1};
    for (qsizetype r = 0; r < rows; ++r) {
        const int colour = int(nextRandom(seed) % 3);
        m.values.push_back(float(nextRandom(seed) % 100000) / 10.0f);
        m.values.push_back(float(18 + nextRandom(seed) % 60));
        for (int c = 0; c < 3; ++c)
            m.values.push_back(c == colour ? 1.0f : 0.0f);
        m.values.push_back(float(nextRandom(seed) % 2));
        m.values.push_back(float(nextRandom(seed) % 3));
    }
    return m;
}

std::vector<qsizetype> range(qsizetype from, qsizetype to)
{
    std::vector<qsizetype> r(size_t(to - from));
    std::iota(r.begin(), r.end(), from);
    return r;
}

// The k nearest minority rows of every minority row, as input row indices, by brute force.
std::vector<std::vector<qsizetype>> neighbours(const FeatureMatrix &m, const std::vector<qsizetype> &minority,
                                               const Smote::Options &o)
{
    int dims = 0;
    const std::vector<float> space = Smote::distanceSpace(m, minority, o, &dims);
    const std::vector<qint32> nn = SmoteNeighbours::bruteForce(space.data(), qsizetype(minority.size()), dims, o.neighbours);
    std::vector<std::vector<qsizetype>> out(minority.size());
    for (size_t i = 0; i < minority.size(); ++i) {
        for (int e = 0; e < o.neighbours; ++e)
            out[i].push_back(minority[size_t(nn[i * size_t(o.neighbours) + size_t(e)])]);
    }
    return out;
}

} // namespace

class TestSmote : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plainSamplesLieOnSegments()
    {
        const FeatureMatrix m = mixedMatrix(1500, 1);
        const std::vector<qsizetype> minority = range(100, 1300); // rows of the smaller class
        Smote::Options o;
        o.nominal = false;
        Result<SmoteSamples> s = Smote::generate(m, minority, 700, o);
        QVERIFY(s.has_value());
        QCOMPARE(s->count, 700);
        const auto nn = neighbours(m, minority, o);
        for (qsizetype i = 0; i < s->count; ++i) {
            const qsizetype b = s->base[size_t(i)];
            const qsizetype p = s->partner[size_t(i)];
            const float gap = s->gap[size_t(i)];
            QVERIFY(b >= 100 && b < 1300);
            QVERIFY(gap >= 0.0f && gap < 1.0f);
            // The partner is one of the base row's k nearest minority rows.
            QVERIFY(std::count(nn[size_t(b - 100)].begin(), nn[size_t(b - 100)].end(), p) == 1);
            for (int f = 0; f < m.cols; ++f) {
                const double want = double(m.at(b, f)) + double(gap) * (double(m.at(p, f)) - double(m.at(b, f)));
                const double got = s->values[size_t(i) * size_t(m.cols) + size_t(f)];
                QVERIFY2(std::fabs(got - want) <= 1e-5 * std::max(1.0, std::fabs(want)),
                         qPrintable(QStringLiteral("sample %1 feature %2: %3 vs %4").arg(i).arg(f).arg(got).arg(want)));
            }
        }
    }

    void nominalSamplesVoteCategories()
    {
        const FeatureMatrix m = mixedMatrix(800, 2);
        const std::vector<qsizetype> minority = range(0, 800);
        Smote::Options o;
        o.nominal = true;
        Result<SmoteSamples> s = Smote::generate(m, minority, 1000, o);
        QVERIFY(s.has_value());
        const auto nn = neighbours(m, minority, o);
        for (qsizetype i = 0; i < s->count; ++i) {
            const float *x = s->values.data() + size_t(i) * size_t(m.cols);
            const qsizetype b = s->base[size_t(i)];
            const qsizetype p = s->partner[size_t(i)];
            const float gap = s->gap[size_t(i)];
            QVERIFY(std::count(nn[size_t(b)].begin(), nn[size_t(b)].end(), p) == 1);
            // Continuous features: on the segment.
            for (int f = 0; f < 2; ++f) {
                const double want = double(m.at(b, f)) + double(gap) * (double(m.at(p, f)) - double(m.at(b, f)));
                QVERIFY(std::fabs(x[f] - want) <= 1e-5 * std::max(1.0, std::fabs(want)));
            }
            // Colour: a valid one-hot whose level is among the most frequent of the k neighbours.
            QCOMPARE(x[2] + x[3] + x[4], 1.0f);
            int votes[3] = {0, 0, 0};
            int member[2] = {0, 0};
            int plan[3] = {0, 0, 0};
            for (qsizetype q : nn[size_t(b)]) {
                for (int c = 0; c < 3; ++c)
                    votes[c] += m.at(q, 2 + c) == 1.0f;
                ++member[int(m.at(q, 5))];
                ++plan[int(m.at(q, 6))];
            }
            const int chosen = x[2] == 1.0f ? 0 : x[3] == 1.0f ? 1 : 2;
            QCOMPARE(votes[chosen], *std::max_element(votes, votes + 3));
            QVERIFY(x[5] == 0.0f || x[5] == 1.0f);
            QCOMPARE(member[int(x[5])], *std::max_element(member, member + 2));
            QVERIFY(x[6] == 0.0f || x[6] == 1.0f || x[6] == 2.0f);
            QCOMPARE(plan[int(x[6])], *std::max_element(plan, plan + 3));
        }
    }

    void nominalPenaltyIsHalfTheSquaredMedianStd()
    {
        // Raw distances: a different colour adds median(std(income), std(age))² / 2.
        FeatureMatrix m = mixedMatrix(50, 3);
        Smote::Options o;
        o.nominal = true;
        o.standardizeDistances = false;
        const std::vector<qsizetype> rows = range(0, 50);
        auto sd = [&](int f) {
            double mean = 0, ss = 0;
            for (qsizetype r : rows)
                mean += m.at(r, f);
            mean /= 50;
            for (qsizetype r : rows)
                ss += (m.at(r, f) - mean) * (m.at(r, f) - mean);
            return std::sqrt(ss / 50);
        };
        const double med = (sd(0) + sd(1)) / 2.0;
        int dims = 0;
        const std::vector<float> z = Smote::distanceSpace(m, rows, o, &dims);
        // 2 continuous + 3 colour + 2 member values + 3 plan values.
        QCOMPARE(dims, 10);
        // Row 0's colour block against an otherwise equal row with another colour.
        const float *a = z.data();
        double colour = 0;
        for (int t = 2; t < 5; ++t)
            colour += double(a[t]) * a[t];
        QVERIFY(std::fabs(colour - med * med / 4.0) < 1e-3 * med * med);
        // Two different colours: squared distance 2 · (med/2)² = med²/2.
        QVERIFY(std::fabs(2 * colour - med * med / 2.0) < 1e-3 * med * med);
    }

    void deterministic()
    {
        const FeatureMatrix m = mixedMatrix(3000, 4);
        const std::vector<qsizetype> minority = range(0, 1500);
        Smote::Options o;
        o.nominal = true;
        o.threads = 1;
        Result<SmoteSamples> a = Smote::generate(m, minority, 1500, o);
        o.threads = 2;
        Result<SmoteSamples> b = Smote::generate(m, minority, 1500, o);
        QVERIFY(a && b);
        QCOMPARE(a->values, b->values);
        QCOMPARE(a->base, b->base);
        o.seed = 43;
        Result<SmoteSamples> c = Smote::generate(m, minority, 1500, o);
        QVERIFY(c.has_value());
        QVERIFY(c->values != a->values);
    }

    void errors()
    {
        FeatureMatrix m = mixedMatrix(10, 5);
        Smote::Options o;
        QVERIFY(!Smote::generate(m, std::vector<qsizetype>{3}, 5, o).has_value());
        m.at(2, 0) = std::nanf("");
        Result<SmoteSamples> nan = Smote::generate(m, range(0, 10), 5, o);
        QVERIFY(!nan.has_value());
        QVERIFY(nan.error().code == ErrorCode::BadInput);
        // SMOTE-NC with categories only.
        FeatureMatrix cats = mixedMatrix(10, 6);
        for (qsizetype r = 0; r < cats.rows; ++r)
            cats.at(r, 0) = cats.at(r, 1) = 0.0f;
        cats.kinds[0] = cats.kinds[1] = FeatureKind::Binary;
        o.nominal = true;
        QVERIFY(!Smote::generate(cats, range(0, 10), 5, o).has_value());
    }
};

QTEST_GUILESS_MAIN(TestSmote)
#include "tst_smote.moc"
