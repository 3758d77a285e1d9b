// Drift against a stored reference: the measures by hand and against scipy / the Python anchor
// (benchmarks/python/python_drift.py), no flags without a shift, flags with one, unseen levels,
// a missing column, JSON and cancel.
#include "common/progress.h"
#include "data/csvreader.h"
#include "data/dataloader.h"
#include "data/datatable.h"
#include "data/samplegenerator.h"
#include "monitor/driftreference.h"
#include "monitor/driftresult.h"
#include "monitor/driftstatistics.h"

#include <QJsonArray>
#include <QLocale>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>

using namespace churnlens;

namespace {

const double NaN = std::numeric_limits<double>::quiet_NaN();
const QString TelcoPath = QStringLiteral(CHURNLENS_SHARED "/data/telco/WA_Fn-UseC_-Telco-Customer-Churn.csv");

bool near(double a, double b, double tolerance = 1e-9)
{
    return std::abs(a - b) <= tolerance * std::max(1.0, std::abs(b));
}

#define QVERIFY_NEAR(actual, expected, tolerance)                                                                      \
    QVERIFY2(near((actual), (expected), (tolerance)),                                                                  \
             qPrintable(QStringLiteral("%1 = %2, expected %3").arg(QStringLiteral(#actual)).arg((actual), 0, 'g', 17)    \
                            .arg((expected), 0, 'g', 17)))

DataTable loadTelco()
{
    DataSource source = DataSource::fromPath(TelcoPath);
    source.targetHint = QStringLiteral("Churn");
    auto loaded = DataLoader::load(source);
    if (!loaded)
        qFatal("cannot load %s: %s", qPrintable(TelcoPath), qPrintable(loaded.error().toString()));
    return std::move(loaded->table);
}

//! The rows \a rows of \a table, same columns, types, roles and dictionaries.
DataTable subset(const DataTable &table, std::span<const qsizetype> rows)
{
    DataTable out;
    for (const Column &c : table.columns()) {
        Column copy;
        if (c.isNumericStorage()) {
            std::vector<double> v;
            v.reserve(rows.size());
            for (qsizetype r : rows)
                v.push_back(c.values()[size_t(r)]);
            copy = Column::numeric(c.name(), std::move(v), c.type());
        } else {
            std::vector<int32_t> codes;
            codes.reserve(rows.size());
            for (qsizetype r : rows)
                codes.push_back(c.codes()[size_t(r)]);
            copy = Column::coded(c.name(), std::move(codes), c.dictionary(), c.type());
        }
        copy.setRole(c.role());
        out.addColumn(std::move(copy));
    }
    return out;
}

//! Two random halves of 0..n−1 (each sorted).
std::pair<std::vector<qsizetype>, std::vector<qsizetype>> halves(qsizetype n, quint64 seed)
{
    std::vector<qsizetype> all(static_cast<size_t>(n));
    std::iota(all.begin(), all.end(), qsizetype(0));
    std::mt19937_64 random(seed);
    std::shuffle(all.begin(), all.end(), random);
    std::vector<qsizetype> a(all.begin(), all.begin() + n / 2);
    std::vector<qsizetype> b(all.begin() + n / 2, all.end());
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    return {a, b};
}

QStringList featureColumns(const DataTable &table)
{
    QStringList names;
    for (const Column &c : table.columns()) {
        if (c.role() == ColumnRole::Feature && c.name() != QLatin1String("customerID") && c.name() != QLatin1String("Churn"))
            names.append(c.name());
    }
    return names;
}

DataTable withColumn(const DataTable &table, Column column)
{
    DataTable out = table;
    const int index = out.indexOf(column.name());
    out.replaceColumn(index, std::move(column));
    return out;
}

Column coded(const QString &name, const QStringList &values)
{
    Dictionary d;
    std::vector<int32_t> codes;
    for (const QString &v : values)
        codes.push_back(v.isEmpty() ? Column::MissingCode : d.insert(v.toStdString()));
    return Column::coded(name, std::move(codes), std::move(d));
}

const FeatureDrift *featureOf(const DriftResult &r, const QString &name)
{
    for (const FeatureDrift &f : r.features) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

QString flaggedList(const DriftResult &r)
{
    QStringList out;
    for (const FeatureDrift &f : r.features) {
        if (f.flagged)
            out.append(f.name + QLatin1String(": ") + f.reasons.join(QLatin1String(", ")));
    }
    return out.join(QLatin1String("; "));
}

// PSI written out again, apart from DriftStatistics: shares with empty bins at 1e-4.
double psiByHand(const std::vector<double> &referenceCounts, const std::vector<double> &newCounts)
{
    const double rt = std::accumulate(referenceCounts.begin(), referenceCounts.end(), 0.0);
    const double nt = std::accumulate(newCounts.begin(), newCounts.end(), 0.0);
    double sum = 0.0;
    for (size_t i = 0; i < referenceCounts.size(); ++i) {
        const double p = referenceCounts[i] > 0 ? referenceCounts[i] / rt : 1e-4;
        const double q = newCounts[i] > 0 ? newCounts[i] / nt : 1e-4;
        sum += (q - p) * std::log(q / p);
    }
    return sum;
}

} // namespace

class TestDrift : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void measuresByHand();
    void sharesSmoothWithoutRenormalising();
    void chiSquareAsScipy_data();
    void chiSquareAsScipy();
    void pValuesAsScipy();
    void quantileBinsAsNumpy();
    void noShiftOnTelcoHalves();
    void noShiftOnAMillionGeneratedRows();
    void scaledColumnIsFlagged();
    void ksAndMeasuresAsTheAnchor();
    void categoryMixIsFlagged();
    void unseenLevels();
    void numericLevelsMatchText();
    void textWhereTrainingHadNumbers();
    void missingColumn();
    void predictionAndExplanation();
    void binLabels();
    void jsonRoundTrip();
    void damagedJsonIsRejected();
    void thresholdsFromJson();
    void cancel();

private:
    DataTable m_telco;
};

void TestDrift::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    m_telco = loadTelco();
    QCOMPARE(m_telco.rowCount(), qsizetype(7043));
}

void TestDrift::measuresByHand()
{
    // p = (0.5, 0.3, 0.2), q = (0.4, 0.4, 0.2):
    //   PSI = (−0.1) ln 0.8 + 0.1 ln(4/3) + 0 = 0.0223144 + 0.0287682 = 0.0510826
    //   KL  = 0.4 ln 0.8 + 0.4 ln(4/3) + 0 = −0.0892574 + 0.1150728 = 0.0258154
    //   JS: m = (0.45, 0.35, 0.2); ½ Σ [p ln(p/m) + q ln(q/m)] / ln 2, square root = 0.0958432
    // python3: the anchor's measures() on these: 0.051082562376599076, 0.025815408455028527,
    // 0.09584323377689273.
    const std::vector<double> p{0.5, 0.3, 0.2};
    const std::vector<double> q{0.4, 0.4, 0.2};
    QVERIFY_NEAR(DriftStatistics::psi(p, q), 0.051082562376599076, 1e-12);
    QVERIFY_NEAR(DriftStatistics::kl(p, q), 0.025815408455028527, 1e-12);
    QVERIFY_NEAR(DriftStatistics::jsDistance(p, q), 0.09584323377689273, 1e-12);
    // Same distributions: 0 everywhere; the JS distance is symmetric, KL is not.
    QCOMPARE(DriftStatistics::psi(p, p), 0.0);
    QCOMPARE(DriftStatistics::jsDistance(p, p), 0.0);
    QVERIFY_NEAR(DriftStatistics::jsDistance(q, p), DriftStatistics::jsDistance(p, q), 1e-15);
    QVERIFY(!near(DriftStatistics::kl(q, p), DriftStatistics::kl(p, q), 1e-6));
    // Mismatched lengths are no number, not a crash.
    QVERIFY(std::isnan(DriftStatistics::psi(p, std::vector<double>{1.0})));
}

void TestDrift::sharesSmoothWithoutRenormalising()
{
    // Counts (50, 30, 20, 0) and (40, 40, 10, 10): p = (0.5, 0.3, 0.2, 1e-4) (sums to 1.0001,
    // left so, as the anchor), q = (0.4, 0.4, 0.1, 0.1).
    //   PSI = 0.0223144 + 0.0287682 + 0.0693147 + 0.0999·ln(1000) = 0.8104820
    // python3 (anchor): psi 0.8104820328029091, kl 0.6472762182972477, js 0.26630156349223355.
    const std::vector<double> p = DriftStatistics::shares(std::vector<double>{50, 30, 20, 0});
    const std::vector<double> q = DriftStatistics::shares(std::vector<double>{40, 40, 10, 10});
    QCOMPARE(p, (std::vector<double>{0.5, 0.3, 0.2, 1e-4}));
    QCOMPARE(q, (std::vector<double>{0.4, 0.4, 0.1, 0.1}));
    QVERIFY_NEAR(DriftStatistics::psi(p, q), 0.8104820328029091, 1e-12);
    QVERIFY_NEAR(DriftStatistics::kl(p, q), 0.6472762182972477, 1e-12);
    QVERIFY_NEAR(DriftStatistics::jsDistance(p, q), 0.26630156349223355, 1e-12);
    QCOMPARE(DriftStatistics::shares(std::vector<double>{0, 0}), (std::vector<double>{1e-4, 1e-4}));
}

void TestDrift::chiSquareAsScipy_data()
{
    QTest::addColumn<std::vector<double>>("reference");
    QTest::addColumn<std::vector<double>>("fresh");
    QTest::addColumn<double>("statistic");
    QTest::addColumn<double>("pValue");
    QTest::addColumn<int>("degrees");
    // scipy.stats.chi2_contingency(np.vstack([r, n]) + 0.5) (scipy 1.10.1).
    QTest::newRow("3 levels") << std::vector<double>{120, 80, 50} << std::vector<double>{100, 110, 40}
                              << 7.620897734849075 << 0.022138239591886173 << 2;
    QTest::newRow("2 levels, Yates") << std::vector<double>{300, 200} << std::vector<double>{250, 260}
                                     << 11.810846910859333 << 0.0005888663995113018 << 1;
    QTest::newRow("empty cells") << std::vector<double>{5, 0, 7, 1} << std::vector<double>{2, 9, 0, 4}
                                 << 16.790588235294116 << 0.0007803973037719239 << 3;
    QTest::newRow("1 level") << std::vector<double>{10} << std::vector<double>{20} << 0.0 << 1.0 << 0;
}

void TestDrift::chiSquareAsScipy()
{
    QFETCH(std::vector<double>, reference);
    QFETCH(std::vector<double>, fresh);
    QFETCH(double, statistic);
    QFETCH(double, pValue);
    QFETCH(int, degrees);
    int dof = -1;
    const double x = DriftStatistics::chiSquare(reference, fresh, 0.5, &dof);
    QCOMPARE(dof, degrees);
    QVERIFY_NEAR(x, statistic, 1e-12);
    QVERIFY_NEAR(DriftStatistics::chiSquarePValue(x, dof), pValue, 1e-9);
}

void TestDrift::pValuesAsScipy()
{
    // scipy.stats.chi2.sf(x, df): both branches of the incomplete gamma, and many degrees.
    const struct { double x; int df; double p; } chi[] = {
        {3.5, 1, 0.0613688291394023},       {10.0, 4, 0.04042768199451279},  {250.0, 199, 0.008230113044724758},
        {0.01, 3, 0.9997348349413444},      {40.0, 2, 2.0611536224385566e-09}, {1200.0, 1000, 1.2255942330622893e-05}};
    for (const auto &c : chi)
        QVERIFY_NEAR(DriftStatistics::chiSquarePValue(c.x, c.df), c.p, 1e-9);
    // scipy.stats.kstwobign.sf(λ), the Kolmogorov distribution: with n1 = n2 = 20000, ne = 10000
    // and λ = (100 + 0.12 + 0.0011)·D.
    const struct { double lambda; double p; } ks[] = {{0.3, 0.9999906941986655}, {0.6, 0.8642827790506042},
                                                       {1.0, 0.26999967167735456}, {1.18, 0.1234538094297657},
                                                       {1.5, 0.022217962616525127}, {2.5, 7.453306344157342e-06}};
    for (const auto &k : ks)
        QVERIFY_NEAR(DriftStatistics::ksPValue(k.lambda / (100.0 + 0.12 + 0.0011), 20000, 20000), k.p, 1e-9);
    QCOMPARE(DriftStatistics::ksPValue(0.0, 10, 10), 1.0);
    QVERIFY(std::isnan(DriftStatistics::ksPValue(0.5, 0, 10)));
}

void TestDrift::quantileBinsAsNumpy()
{
    // np.unique(np.quantile(MonthlyCharges, np.linspace(0, 1, 11))) on the Telco file:
    //   18.25, 20.05, 25.05, 45.85, 58.83000000000002, 70.35, 79.1, 85.5, 94.25, 102.6, 118.75
    // (to the bit) and np.histogram with ±inf outside: 656 750 703 708 702 705 704 700 707 708.
    auto ref = DriftReference::build(m_telco, {QStringLiteral("MonthlyCharges")});
    QVERIFY(ref);
    const FeatureReference &f = ref->features.at(0);
    QCOMPARE(f.kind, FeatureReference::Kind::Numeric);
    QCOMPARE(f.edges, (std::vector<double>{20.05, 25.05, 45.85, 58.83000000000002, 70.35, 79.1, 85.5, 94.25, 102.6}));
    QCOMPARE(f.counts, (std::vector<double>{656, 750, 703, 708, 702, 705, 704, 700, 707, 708}));
    QCOMPARE(f.percentiles.size(), size_t(101));
    QCOMPARE(f.percentiles.front(), 18.25);
    QCOMPARE(f.percentiles.back(), 118.75);
    QCOMPARE(f.percentiles[50], 70.35);
    QCOMPARE(f.belowPercentile.front(), 0.0);
    QCOMPARE(f.atOrBelowPercentile.back(), 1.0);
    QVERIFY(f.atOrBelowPercentile[50] >= 0.5 && f.belowPercentile[50] <= 0.5);
    QCOMPARE(f.present, qint64(7043));
    QCOMPARE(f.missing, qint64(0));
}

void TestDrift::noShiftOnTelcoHalves()
{
    const auto [a, b] = halves(m_telco.rowCount(), 11);
    const QStringList columns = featureColumns(m_telco);
    QVERIFY(columns.size() >= 18);
    auto ref = DriftReference::build(m_telco, columns, a);
    QVERIFY(ref);
    QCOMPARE(ref->rows, qint64(a.size()));
    QCOMPARE(ref->features.size(), size_t(columns.size()));
    auto r = DriftResult::compute(*ref, subset(m_telco, b), {}, {}, {}, DriftThresholds{});
    QVERIFY(r);
    QCOMPARE(r->comparedFeatures, int(columns.size()));
    QVERIFY2(r->driftedFeatures == 0, qPrintable(flaggedList(*r)));
    QVERIFY(!r->drifted);
    QVERIFY(!r->predictionCompared);
    for (const FeatureDrift &f : r->features) {
        QVERIFY2(f.psi < 0.05 && f.js < 0.06, qPrintable(f.name));
        QVERIFY(f.reasons.isEmpty());
        QCOMPARE(f.binLabels.size(), qsizetype(f.newShares.size()));
        QCOMPARE(f.referenceShares.size(), f.newShares.size());
        if (f.numeric)
            QVERIFY2(f.ks < 0.05, qPrintable(f.name));
    }
}

void TestDrift::noShiftOnAMillionGeneratedRows()
{
    // The full million rows (about 5 s in a Release build on a busy 2-core machine, most of it
    // generating and parsing the CSV; the reference and the comparison take well under 1 s).
    constexpr qint64 Rows = 1000000;
    auto loaded = CsvReader::readBytes(SampleGenerator::generateCsv(Rows, 7), QStringLiteral("generated.csv"));
    QVERIFY(loaded);
    const DataTable &table = loaded->table;
    QCOMPARE(table.rowCount(), qsizetype(Rows));
    const QStringList columns = featureColumns(table);
    QVERIFY(columns.size() >= 19);
    const auto [a, b] = halves(table.rowCount(), 3);
    auto ref = DriftReference::build(table, columns, a);
    QVERIFY(ref);
    auto r = DriftResult::compute(*ref, subset(table, b), {}, {}, {}, DriftThresholds{});
    QVERIFY(r);
    QCOMPARE(r->comparedFeatures, int(columns.size()));
    QVERIFY2(r->driftedFeatures == 0, qPrintable(flaggedList(*r)));
    QVERIFY(!r->drifted);
    int numeric = 0;
    for (const FeatureDrift &f : r->features) {
        QVERIFY2(f.psi < 0.001 && f.js < 0.01, qPrintable(f.name));
        if (f.numeric) {
            ++numeric;
            QVERIFY2(f.ks < 0.01, qPrintable(f.name));
            QVERIFY2(f.ksPValue > 1e-4, qPrintable(f.name));
        }
        QCOMPARE(f.unseenShare, 0.0);
    }
    QVERIFY(numeric >= 3); // tenure, MonthlyCharges, TotalCharges at least
}

void TestDrift::scaledColumnIsFlagged()
{
    const QString name = QStringLiteral("MonthlyCharges");
    auto ref = DriftReference::build(m_telco, featureColumns(m_telco));
    QVERIFY(ref);
    const Column &charges = m_telco.column(m_telco.indexOf(name));
    std::vector<double> scaled(charges.values().begin(), charges.values().end());
    for (double &v : scaled)
        v *= 1.5;
    auto r = DriftResult::compute(*ref, withColumn(m_telco, Column::numeric(name, scaled)), {}, {}, {}, DriftThresholds{});
    QVERIFY(r);
    const FeatureDrift *f = featureOf(*r, name);
    QVERIFY(f);
    QVERIFY(f->flagged);
    QCOMPARE(r->driftedFeatures, 1);
    QVERIFY(!r->drifted); // one field of 19 is below the 30% share

    // By hand: the new values in the reference's bins (a value on an edge goes right).
    const FeatureReference *fr = ref->feature(name);
    QVERIFY(fr);
    std::vector<double> counts(fr->edges.size() + 1, 0.0);
    for (double v : scaled) {
        size_t bin = 0;
        while (bin < fr->edges.size() && v >= fr->edges[bin])
            ++bin;
        counts[bin] += 1;
    }
    // python3 (anchor): np.histogram(1.5·MonthlyCharges) = 0 0 1677 140 327 317 315 266 229 3772,
    // psi 2.6216947699706443, kl 0.8887611144808049, js 0.5522909979179746, ks 0.4452648019309953.
    QCOMPARE(counts, (std::vector<double>{0, 0, 1677, 140, 327, 317, 315, 266, 229, 3772}));
    QVERIFY_NEAR(f->psi, psiByHand(fr->counts, counts), 1e-12);
    QVERIFY_NEAR(f->psi, 2.6216947699706443, 1e-12);
    QVERIFY_NEAR(f->kl, 0.8887611144808049, 1e-12);
    QVERIFY_NEAR(f->js, 0.5522909979179746, 1e-12);
    QVERIFY(std::abs(f->ks - 0.4452648019309953) <= 0.01);
    QCOMPARE(f->reasons, (QStringList{QStringLiteral("PSI 2.62 > 0.2"), QStringLiteral("KL 0.89 > 0.3"),
                                      QStringLiteral("JS 0.55 > 0.1")}));
    QVERIFY_NEAR(f->newMean, 1.5 * f->referenceMean, 1e-12);
    QCOMPARE(f->newShares[0], 0.0); // raw shares for charts: the empty bin is empty
    QVERIFY_NEAR(f->newShares[2], 1677.0 / 7043.0, 1e-15);
}

void TestDrift::ksAndMeasuresAsTheAnchor()
{
    // Month-to-month customers (3875) as the reference, the others (3168) as the new file: a
    // real shift. Expected from the anchor's code and scipy.stats.ks_2samp on the same rows.
    std::vector<qsizetype> monthly, others;
    const Column &contract = m_telco.column(m_telco.indexOf(QStringLiteral("Contract")));
    for (qsizetype r = 0; r < m_telco.rowCount(); ++r)
        (contract.text(r) == QLatin1String("Month-to-month") ? monthly : others).push_back(r);
    QCOMPARE(monthly.size(), size_t(3875));
    auto ref = DriftReference::build(m_telco, {QStringLiteral("tenure"), QStringLiteral("MonthlyCharges")}, monthly);
    QVERIFY(ref);
    // tenure has heavy ties (1 month: 10%): inner edges 2 4 8 12 17 24 33 46, counts as numpy's.
    QCOMPARE(ref->features[0].edges, (std::vector<double>{2, 4, 8, 12, 17, 24, 33, 46}));
    QCOMPARE(ref->features[0].counts, (std::vector<double>{604, 421, 501, 382, 370, 395, 408, 384, 410}));
    auto r = DriftResult::compute(*ref, subset(m_telco, others), {}, {}, {}, DriftThresholds{});
    QVERIFY(r);
    const struct { double psi, kl, js, ks; } expected[] = {
        {2.218174858027975, 1.010016073540619, 0.5759055704980934, 0.5760456174649723},
        {0.2988829089077368, 0.14694491206624033, 0.22961365614192075, 0.1632855164548713}};
    for (size_t i = 0; i < 2; ++i) {
        const FeatureDrift &f = r->features[i];
        QVERIFY_NEAR(f.psi, expected[i].psi, 1e-12);
        QVERIFY_NEAR(f.kl, expected[i].kl, 1e-12);
        QVERIFY_NEAR(f.js, expected[i].js, 1e-12);
        QVERIFY2(std::abs(f.ks - expected[i].ks) <= 0.01, qPrintable(QString::number(f.ks, 'g', 17)));
        QCOMPARE(f.referencePresent, qint64(3875));
        QCOMPARE(f.newPresent, qint64(3168));
        QVERIFY(f.ksPValue < 1e-30); // scipy: 0 and 5.0e-41
        QVERIFY(f.flagged);
    }
    QVERIFY(r->drifted);

    // A reference without the stored shares at the percentiles (F_ref taken as k/100) is still
    // within 0.01 of scipy, even on tenure's ties.
    DriftReference bare = *ref;
    for (FeatureReference &f : bare.features) {
        f.belowPercentile.clear();
        f.atOrBelowPercentile.clear();
    }
    auto approximate = DriftResult::compute(bare, subset(m_telco, others), {}, {}, {}, DriftThresholds{});
    QVERIFY(approximate);
    for (size_t i = 0; i < 2; ++i)
        QVERIFY2(std::abs(approximate->features[i].ks - expected[i].ks) <= 0.01,
                 qPrintable(QString::number(approximate->features[i].ks, 'g', 17)));
}

void TestDrift::categoryMixIsFlagged()
{
    // The new file: every month-to-month customer and every 4th other row (4698 rows).
    std::vector<qsizetype> rows;
    const Column &contract = m_telco.column(m_telco.indexOf(QStringLiteral("Contract")));
    for (qsizetype r = 0; r < m_telco.rowCount(); ++r) {
        if (contract.text(r) == QLatin1String("Month-to-month") || r % 4 == 0)
            rows.push_back(r);
    }
    QCOMPARE(rows.size(), size_t(4698));
    auto ref = DriftReference::build(m_telco, featureColumns(m_telco));
    QVERIFY(ref);
    auto r = DriftResult::compute(*ref, subset(m_telco, rows), {}, {}, {}, DriftThresholds{});
    QVERIFY(r);
    const FeatureDrift *f = featureOf(*r, QStringLiteral("Contract"));
    QVERIFY(f);
    QVERIFY(!f->numeric);
    // Reference 3875 / 1473 / 1695 of 7043, new 3875 / 401 / 422 of 4698:
    //   PSI = Σ (q − p) ln(q / p) = 0.2746·0.4049 + (−0.1508)·(−0.9855) + (−0.1238)·(−0.8962)
    //       = 0.11120 + 0.14866 + 0.11094 = 0.37079
    // python3 (anchor): psi 0.3707919386486137, kl 0.16894550055888014, js 0.25505492705974114,
    // chi2 947.5590079997036, p 1.7385043192318355e-206.
    QCOMPARE(f->binLabels, (QStringList{QStringLiteral("Month-to-month"), QStringLiteral("Two year"), QStringLiteral("One year")}));
    QVERIFY_NEAR(f->psi, psiByHand({3875, 1695, 1473}, {3875, 422, 401}), 1e-12);
    QVERIFY_NEAR(f->psi, 0.3707919386486137, 1e-12);
    QVERIFY_NEAR(f->kl, 0.16894550055888014, 1e-12);
    QVERIFY_NEAR(f->js, 0.25505492705974114, 1e-12);
    QVERIFY_NEAR(f->chiSquare, 947.5590079997036, 1e-10);
    QVERIFY_NEAR(f->chiSquarePValue, 1.7385043192318355e-206, 1e-6);
    QVERIFY(f->flagged);
    QVERIFY(std::isnan(f->ks));
    QVERIFY_NEAR(f->newShares[0], 3875.0 / 4698.0, 1e-15);

    // A milder shift in the same rows: PaymentMethod below every threshold, SeniorCitizen (two
    // levels: Yates' correction) too. python3: payment psi 0.03888167964836222, chi2 p
    // 1.6544648608483252e-23; senior psi 0.00515073748065326, chi2 14.499287539603047,
    // p 0.0001402125619908213.
    const FeatureDrift *payment = featureOf(*r, QStringLiteral("PaymentMethod"));
    QVERIFY(payment && !payment->flagged);
    QVERIFY_NEAR(payment->psi, 0.03888167964836222, 1e-12);
    QVERIFY_NEAR(payment->chiSquarePValue, 1.6544648608483252e-23, 1e-6);
    const FeatureDrift *senior = featureOf(*r, QStringLiteral("SeniorCitizen"));
    QVERIFY(senior && !senior->flagged);
    QVERIFY_NEAR(senior->psi, 0.00515073748065326, 1e-12);
    QVERIFY_NEAR(senior->chiSquare, 14.499287539603047, 1e-10);
    QVERIFY_NEAR(senior->chiSquarePValue, 0.0001402125619908213, 1e-8);
}

void TestDrift::unseenLevels()
{
    QStringList reference, fresh;
    for (int i = 0; i < 100; ++i)
        reference.append(i < 50 ? QStringLiteral("A") : QStringLiteral("B"));
    for (int i = 0; i < 100; ++i)
        fresh.append(i < 40 ? QStringLiteral("A") : i < 80 ? QStringLiteral("B") : i < 95 ? QStringLiteral("C") : QStringLiteral("D"));
    fresh[0] = QString(); // one missing
    DataTable t;
    t.addColumn(coded(QStringLiteral("plan"), reference));
    auto ref = DriftReference::build(t, {QStringLiteral("plan")});
    QVERIFY(ref);
    DataTable n;
    n.addColumn(coded(QStringLiteral("plan"), fresh));
    auto r = DriftResult::compute(*ref, n, {}, {}, {}, DriftThresholds{});
    QVERIFY(r);
    const FeatureDrift &f = r->features.at(0);
    QCOMPARE(f.newPresent, qint64(99));
    QVERIFY_NEAR(f.newMissingShare, 0.01, 1e-15);
    QVERIFY_NEAR(f.unseenShare, 20.0 / 99.0, 1e-15);
    QCOMPARE(f.unseenLevels, (QStringList{QStringLiteral("C"), QStringLiteral("D")}));
    QCOMPARE(f.binLabels, (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")}));
    QCOMPARE(f.referenceShares, (std::vector<double>{0.5, 0.5, 0.0, 0.0}));
    // Reference (0.5, 0.5, 1e-4, 1e-4), new (39, 40, 15, 5) / 99.
    QVERIFY_NEAR(f.psi, psiByHand({50, 50, 0, 0}, {39, 40, 15, 5}), 1e-12);
    QVERIFY(f.flagged);
}

void TestDrift::numericLevelsMatchText()
{
    // SeniorCitizen is 0/1: compared by level; a new file that has it as text "0.0"/"1.0"
    // lands in the same levels, the level texts being made by one helper.
    DataTable t;
    t.addColumn(Column::numeric(QStringLiteral("senior"), {0, 1, 0, 0, 1, 0, NaN, 0}));
    auto ref = DriftReference::build(t, {QStringLiteral("senior")});
    QVERIFY(ref);
    const FeatureReference &f = ref->features.at(0);
    QCOMPARE(f.kind, FeatureReference::Kind::Levels);
    QCOMPARE(f.levels, (QStringList{QStringLiteral("0"), QStringLiteral("1")}));
    QCOMPARE(f.counts, (std::vector<double>{5, 2}));
    QCOMPARE(f.missing, qint64(1));
    DataTable n;
    n.addColumn(coded(QStringLiteral("senior"), {QStringLiteral("0.0"), QStringLiteral("1.0"), QStringLiteral("0"),
                                                 QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("0"),
                                                 QStringLiteral("0.0")}));
    auto r = DriftResult::compute(*ref, n, {}, {}, {}, DriftThresholds{});
    QVERIFY(r);
    QCOMPARE(r->features[0].unseenShare, 0.0);
    QCOMPARE(r->features[0].binLabels, (QStringList{QStringLiteral("0"), QStringLiteral("1")}));
    QVERIFY_NEAR(r->features[0].newShares[0], 5.0 / 7.0, 1e-15);
    QVERIFY_NEAR(r->features[0].psi, 0.0, 1e-15);
    // And a numeric new column produces the same texts.
    DataTable m;
    m.addColumn(Column::numeric(QStringLiteral("senior"), {1, 1, 0, 0}));
    auto s = DriftResult::compute(*ref, m, {}, {}, {}, DriftThresholds{});
    QVERIFY(s);
    QCOMPARE(s->features[0].newShares, (std::vector<double>{0.5, 0.5}));
    QCOMPARE(s->features[0].unseenShare, 0.0);
}

void TestDrift::textWhereTrainingHadNumbers()
{
    std::vector<double> values;
    QStringList texts;
    for (int i = 0; i < 200; ++i) {
        values.push_back(i);
        texts.append(i % 10 == 0 ? QStringLiteral("n/a") : QString::number(i));
    }
    DataTable t;
    t.addColumn(Column::numeric(QStringLiteral("x"), values));
    auto ref = DriftReference::build(t, {QStringLiteral("x")});
    QVERIFY(ref);
    QCOMPARE(ref->features[0].kind, FeatureReference::Kind::Numeric);
    DataTable n;
    n.addColumn(coded(QStringLiteral("x"), texts));
    auto r = DriftResult::compute(*ref, n, {}, {}, {}, DriftThresholds{});
    QVERIFY(r);
    const FeatureDrift &f = r->features[0];
    QVERIFY(f.typeChanged);
    QVERIFY(f.numeric);
    QCOMPARE(f.newPresent, qint64(180));
    QVERIFY_NEAR(f.newMissingShare, 0.1, 1e-15);
    QVERIFY(f.psi < 0.01);
    QVERIFY(!f.flagged);
}

void TestDrift::missingColumn()
{
    auto ref = DriftReference::build(m_telco, featureColumns(m_telco));
    QVERIFY(ref);
    DataTable without;
    for (const Column &c : m_telco.columns()) {
        if (c.name() != QLatin1String("tenure") && c.name() != QLatin1String("Contract"))
            without.addColumn(c);
    }
    auto r = DriftResult::compute(*ref, without, {}, {}, {}, DriftThresholds{});
    QVERIFY(r);
    QCOMPARE(r->comparedFeatures, int(ref->features.size()) - 2);
    const FeatureDrift *tenure = featureOf(*r, QStringLiteral("tenure"));
    QVERIFY(tenure && tenure->missingColumn && !tenure->flagged);
    QVERIFY(std::isnan(tenure->psi));
    QCOMPARE(tenure->referencePresent, qint64(7043));
    QVERIFY(featureOf(*r, QStringLiteral("Contract"))->missingColumn);
    QCOMPARE(r->driftedFeatures, 0);
    QVERIFY(!r->drifted);
    // A file without any of the fields: nothing compared, not drifted.
    DataTable other;
    other.addColumn(Column::numeric(QStringLiteral("unrelated"), {1, 2, 3}));
    auto none = DriftResult::compute(*ref, other, {}, {}, {}, DriftThresholds{});
    QVERIFY(none);
    QCOMPARE(none->comparedFeatures, 0);
    QVERIFY(!none->drifted);
    // Building skips columns the table lacks.
    auto partial = DriftReference::build(m_telco, {QStringLiteral("tenure"), QStringLiteral("nope")});
    QVERIFY(partial);
    QCOMPARE(partial->features.size(), size_t(1));
}

void TestDrift::predictionAndExplanation()
{
    std::vector<double> p(5000), shifted(5000);
    for (size_t i = 0; i < p.size(); ++i) {
        p[i] = double(i % 1000) / 1000.0 * 0.5;  // 0 .. 0.5
        shifted[i] = 0.3 + p[i];                 // 0.3 .. 0.8
    }
    DriftReference ref;
    ref.features.push_back(DriftReference::numeric(QStringLiteral("x"), p));
    ref.prediction = DriftReference::numeric(QStringLiteral("probability"), p);
    ref.shapFields = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    ref.shapMeanAbs = {0.5, 0.2, 0.3};
    DataTable t;
    t.addColumn(Column::numeric(QStringLiteral("x"), p));
    const QStringList fields{QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c")};
    const std::vector<double> meanAbs{0.6, 0.1, 0.3};

    auto same = DriftResult::compute(ref, t, p, fields, meanAbs, DriftThresholds{});
    QVERIFY(same);
    QVERIFY(same->predictionCompared);
    QVERIFY(!same->prediction.flagged);
    QVERIFY(!same->drifted);
    QCOMPARE(same->prediction.name, QStringLiteral("Predicted probability"));

    auto moved = DriftResult::compute(ref, t, shifted, fields, meanAbs, DriftThresholds{});
    QVERIFY(moved);
    QVERIFY(moved->prediction.flagged);
    QCOMPARE(moved->driftedFeatures, 0);
    QVERIFY(moved->drifted); // the predictions alone make the file drift
    QVERIFY(moved->prediction.ks > 0.55);

    // Reference ranks a 1, c 2, b 3; new b 1, c 2, a 3; listed in the reference's order.
    const std::vector<ExplanationDrift> &e = moved->explanation;
    QCOMPARE(e.size(), size_t(3));
    QCOMPARE(e[0].field, QStringLiteral("a"));
    QCOMPARE(e[0].referenceRank, 1);
    QCOMPARE(e[0].newRank, 3);
    QCOMPARE(e[0].newMeanAbs, 0.1);
    QCOMPARE(e[1].field, QStringLiteral("c"));
    QCOMPARE(e[1].newRank, 2);
    QCOMPARE(e[2].field, QStringLiteral("b"));
    QCOMPARE(e[2].referenceRank, 3);
    QCOMPARE(e[2].newRank, 1);

    // Without probabilities: not compared; the wrong count is an error.
    auto without = DriftResult::compute(ref, t, {}, {}, {}, DriftThresholds{});
    QVERIFY(without && !without->predictionCompared && without->explanation.empty());
    QVERIFY(!DriftResult::compute(ref, t, std::vector<double>(3, 0.5), {}, {}, DriftThresholds{}));
}

void TestDrift::binLabels()
{
    FeatureReference f;
    f.edges = {29.9, 70.4, 104.2};
    f.counts = {1, 1, 1, 1};
    QCOMPARE(f.binLabels(), (QStringList{QStringLiteral("< 29.9"), QStringLiteral("29.9 – 70.4"),
                                         QStringLiteral("70.4 – 104.2"), QStringLiteral("≥ 104.2")}));
    f.edges = {1234.5, 1234.7};
    QCOMPARE(f.binLabels().at(1), QStringLiteral("1234.5 – 1234.7")); // digits until the edges differ
    f.edges = {25000, 1500000};
    QCOMPARE(f.binLabels().at(1), QStringLiteral("25k – 1.5M"));
    f.edges = {19723}; // 2024-01-01 as days since 1970
    f.dates = true;
    QCOMPARE(f.binLabels(), (QStringList{QStringLiteral("< 2024-01-01"), QStringLiteral("≥ 2024-01-01")}));
    FeatureReference levels;
    levels.kind = FeatureReference::Kind::Levels;
    levels.levels = {QStringLiteral("Yes"), QStringLiteral("No")};
    levels.counts = {3, 2};
    QCOMPARE(levels.binLabels(), levels.levels);
    levels.otherCount = 1;
    QCOMPARE(levels.binLabels().size(), qsizetype(3));
    QCOMPARE(FeatureReference::levelText(2.0), QStringLiteral("2"));
    QCOMPARE(FeatureReference::levelText(0.1 + 0.2), QStringLiteral("0.3"));

    // More than 200 levels: the most frequent kept, the rest counted apart.
    QStringList many;
    for (int i = 0; i < 300; ++i) {
        for (int k = 0; k < (i < 10 ? 5 : 1); ++k)
            many.append(QStringLiteral("L%1").arg(i));
    }
    DataTable t;
    t.addColumn(coded(QStringLiteral("id"), many));
    auto ref = DriftReference::build(t, {QStringLiteral("id")});
    QVERIFY(ref);
    QCOMPARE(ref->features[0].levels.size(), qsizetype(FeatureReference::MaxLevels));
    QCOMPARE(ref->features[0].levels.first(), QStringLiteral("L0"));
    QCOMPARE(ref->features[0].otherCount, 100.0);
    QCOMPARE(ref->features[0].present, qint64(many.size()));
}

void TestDrift::jsonRoundTrip()
{
    auto ref = DriftReference::build(m_telco, featureColumns(m_telco));
    QVERIFY(ref);
    std::vector<double> p(size_t(m_telco.rowCount()));
    for (size_t i = 0; i < p.size(); ++i)
        p[i] = double(i % 97) / 97.0;
    ref->prediction = DriftReference::numeric(QStringLiteral("p"), p);
    ref->shapFields = {QStringLiteral("tenure"), QStringLiteral("Contract")};
    ref->shapMeanAbs = {0.4, 0.7};
    const QJsonObject json = ref->toJson();
    auto back = DriftReference::fromJson(json);
    QVERIFY2(back, back ? "" : qPrintable(back.error().toString()));
    QCOMPARE(back->toJson(), json);
    QCOMPARE(back->features.size(), ref->features.size());
    const FeatureReference *tenure = back->feature(QStringLiteral("tenure"));
    QVERIFY(tenure);
    QCOMPARE(tenure->edges, ref->feature(QStringLiteral("tenure"))->edges);
    QCOMPARE(tenure->percentiles, ref->feature(QStringLiteral("tenure"))->percentiles);
    QCOMPARE(back->prediction.counts, ref->prediction.counts);

    DriftThresholds thresholds;
    thresholds.psi = 0.25;
    auto r = DriftResult::compute(*ref, m_telco, p, ref->shapFields, ref->shapMeanAbs, thresholds);
    QVERIFY(r);
    const QJsonObject out = r->toJson();
    // NaN becomes null: a levels field has no KS.
    const QJsonObject contract = out.value(QStringLiteral("features")).toArray().at(
        int(std::find_if(r->features.begin(), r->features.end(), [](const FeatureDrift &f) { return f.name == QLatin1String("Contract"); })
            - r->features.begin())).toObject();
    QVERIFY(contract.value(QStringLiteral("ks")).isNull());
    QVERIFY(contract.value(QStringLiteral("chi_square")).isDouble());
    const DriftResult again = DriftResult::fromJson(out);
    QCOMPARE(again.toJson(), out);
    QCOMPARE(again.thresholds, thresholds);
    QCOMPARE(again.features.size(), r->features.size());
    QVERIFY(std::isnan(again.features[0].chiSquare) || again.features[0].chiSquare == r->features[0].chiSquare);
    QCOMPARE(again.explanation.size(), size_t(2));
    QCOMPARE(again.explanation[0].field, QStringLiteral("Contract"));
}

void TestDrift::damagedJsonIsRejected()
{
    auto ref = DriftReference::build(m_telco, {QStringLiteral("tenure"), QStringLiteral("Contract")});
    QVERIFY(ref);
    QJsonObject json = ref->toJson();
    QJsonArray features = json.value(QStringLiteral("features")).toArray();
    QJsonObject tenure = features[0].toObject();
    tenure.insert(QStringLiteral("counts"), QJsonArray{1, 2});
    features[0] = tenure;
    json.insert(QStringLiteral("features"), features);
    auto bad = DriftReference::fromJson(json);
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, ErrorCode::BadInput);
    QVERIFY(bad.error().message.contains(QStringLiteral("tenure")));

    QJsonObject newer = ref->toJson();
    newer.insert(QStringLiteral("version"), DriftReference::FormatVersion + 1);
    QVERIFY(!DriftReference::fromJson(newer));
}

void TestDrift::thresholdsFromJson()
{
    auto defaults = DriftThresholds::fromJson({});
    QVERIFY(defaults);
    QCOMPARE(*defaults, DriftThresholds{});
    auto some = DriftThresholds::fromJson({{QStringLiteral("kl"), 0.5}});
    QVERIFY(some);
    QCOMPARE(some->kl, 0.5);
    QCOMPARE(some->psi, 0.2);
    QVERIFY(!DriftThresholds::fromJson({{QStringLiteral("psi"), -0.1}}));
    QVERIFY(!DriftThresholds::fromJson({{QStringLiteral("js"), QStringLiteral("high")}}));
    DriftThresholds t;
    t.featureShare = 0.5;
    QCOMPARE(DriftThresholds::fromJson(t.toJson()).value(), t);
}

void TestDrift::cancel()
{
    const QStringList columns = featureColumns(m_telco);
    {
        Progress progress;
        progress.cancel();
        auto ref = DriftReference::build(m_telco, columns, {}, DriftReference::DefaultBins, &progress);
        QVERIFY(!ref);
        QCOMPARE(ref.error().code, ErrorCode::Canceled);
    }
    auto ref = DriftReference::build(m_telco, columns);
    QVERIFY(ref);
    {
        Progress progress;
        progress.cancel();
        auto r = DriftResult::compute(*ref, m_telco, {}, {}, {}, DriftThresholds{}, &progress);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Canceled);
    }
    {
        // Canceled after the first column: the rest are skipped and the result is Canceled.
        Progress progress;
        int reports = 0;
        progress.setCallback([&](double, const QString &) {
            ++reports;
            progress.cancel();
        });
        auto r = DriftResult::compute(*ref, m_telco, {}, {}, {}, DriftThresholds{}, &progress);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Canceled);
        QVERIFY(reports >= 1);
    }
    {
        Progress progress;
        auto r = DriftResult::compute(*ref, m_telco, {}, {}, {}, DriftThresholds{}, &progress);
        QVERIFY(r);
        QCOMPARE(progress.fraction(), 1.0);
    }
}

QTEST_GUILESS_MAIN(TestDrift)
#include "tst_drift.moc"
