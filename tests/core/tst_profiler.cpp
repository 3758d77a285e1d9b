// The profiling engine on tables built in code: every expected number is counted by hand or
// recomputed here with a plain loop; Wilson bounds come from scipy's binomtest(...).proportion_ci.
#include "edatesttables.h"
#include "data/csvreader.h"
#include "data/schemaguess.h"
#include "eda/profiler.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

#include <cmath>
#include <limits>

using namespace churnlens;
using namespace churnlens::testing;

namespace {

bool close(double a, double b, double tol = 1e-12)
{
    return std::abs(a - b) <= tol;
}

Profile profileOf(const DataTable &t, const ProfileOptions &o = {})
{
    Result<Profile> r = Profiler::run(t, o);
    if (!r)
        qFatal("profile failed: %s", qPrintable(r.error().toString()));
    return std::move(*r);
}

bool hasWarning(const Profile &p, ProfileWarning::Kind kind, const QString &column)
{
    for (const ProfileWarning &w : p.warnings)
        if (w.kind == kind && w.column == column)
            return true;
    return false;
}

// 21 customers: Month 10 (6 churned), Year 8 (1), Two 2 (0), one with no contract (churned).
DataTable contractTable()
{
    QStringList contract;
    std::vector<int> churn;
    for (int i = 0; i < 10; ++i) {
        contract << QStringLiteral("Month");
        churn.push_back(i < 6);
    }
    for (int i = 0; i < 8; ++i) {
        contract << QStringLiteral("Year");
        churn.push_back(i == 0);
    }
    contract << QStringLiteral("Two") << QStringLiteral("Two") << QString();
    churn.insert(churn.end(), {0, 0, 1});
    DataTable t;
    t.addColumn(codedColumn(QStringLiteral("Contract"), contract));
    addChurn(t, churn);
    return t;
}

// A generated table with known structure: strong numeric driver, weak category, noise.
DataTable generated(int rows)
{
    std::vector<double> tenure, monthly, noise;
    QStringList plan, ids;
    std::vector<int> churn;
    uint32_t s = 12345;
    const auto next = [&s]() {
        s = s * 1664525u + 1013904223u;
        return double(s >> 8) / double(1u << 24);
    };
    for (int i = 0; i < rows; ++i) {
        const double ten = std::floor(next() * 73.0);
        const double u = next();
        const int churned = u < (ten < 12 ? 0.5 : ten < 24 ? 0.3 : 0.1) ? 1 : 0;
        tenure.push_back(ten);
        monthly.push_back(20.0 + 100.0 * next());
        noise.push_back(next());
        plan << (next() < 0.5 ? QStringLiteral("Basic") : QStringLiteral("Plus"));
        ids << QStringLiteral("C%1").arg(i);
        churn.push_back(churned);
    }
    DataTable t;
    Column id = codedColumn(QStringLiteral("customerID"), ids, ColumnType::Text);
    id.setRole(ColumnRole::Id);
    t.addColumn(std::move(id));
    Column ten = Column::numeric(QStringLiteral("tenure"), tenure);
    ten.setSemantic(Semantic::Tenure);
    t.addColumn(std::move(ten));
    Column mc = Column::numeric(QStringLiteral("MonthlyCharges"), monthly);
    mc.setSemantic(Semantic::MonthlyCharges);
    t.addColumn(std::move(mc));
    t.addColumn(Column::numeric(QStringLiteral("noise"), noise));
    t.addColumn(codedColumn(QStringLiteral("plan"), plan));
    addChurn(t, churn);
    return t;
}

// Telco loaded the way the product loads it: the CSV reader, then the schema guess.
const Profile &telco()
{
    static const Profile profile = [] {
        Result<LoadResult> loaded = CsvReader::read(QStringLiteral(CHURNLENS_TESTDATA "/telco.csv"));
        if (!loaded)
            qFatal("telco.csv: %s", qPrintable(loaded.error().toString()));
        DataTable &t = loaded->table;
        const QString problem = SchemaGuess::apply(t);
        if (!problem.isEmpty())
            qFatal("schema guess: %s", qPrintable(problem));
        return profileOf(t);
    }();
    return profile;
}

const ChurnGroup *group(const Profile &p, const QString &column, const QString &label, ChurnBreakdown::Kind kind)
{
    const ColumnProfile *c = p.column(column);
    if (!c)
        return nullptr;
    const ChurnBreakdown *b = kind == ChurnBreakdown::Kind::Levels ? p.levelBreakdown(c->index) : p.binBreakdown(c->index, kind);
    if (!b)
        return nullptr;
    for (const ChurnGroup &g : b->groups)
        if (g.label == label)
            return &g;
    return nullptr;
}

} // namespace

class TestProfiler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void overview()
    {
        const Profile p = profileOf(contractTable());
        QCOMPARE(p.rows, qsizetype(21));
        QCOMPARE(p.columnCount, 2);
        QCOMPARE(p.targetName, QStringLiteral("Churn"));
        QCOMPARE(p.churned, qsizetype(8));
        QCOMPARE(p.stayed, qsizetype(13));
        QCOMPARE(p.churnRate(), 8.0 / 21.0);
        QCOMPARE(p.rowsWithMissing, qsizetype(1));
        QCOMPARE(p.columns.size(), size_t(2));
        const ColumnProfile &c = p.columns[0];
        QCOMPARE(c.count, qsizetype(20));
        QCOMPARE(c.missing, qsizetype(1));
        QCOMPARE(c.distinct, qsizetype(3));
        QCOMPARE(c.levels.size(), size_t(3));
        QCOMPARE(c.levels[0].label, QStringLiteral("Month"));
        QCOMPARE(c.levels[0].count, qsizetype(10));
        QCOMPARE(c.levels[2].label, QStringLiteral("Two"));
    }

    void churnByLevelWithWilson()
    {
        const Profile p = profileOf(contractTable());
        QCOMPARE(p.churnByLevel.size(), size_t(1));
        const ChurnBreakdown &b = p.churnByLevel[0];
        QCOMPARE(b.kind, ChurnBreakdown::Kind::Levels);
        QCOMPARE(b.groups.size(), size_t(4));
        struct Expect { const char *label; qsizetype n, k; double low, high; };
        const Expect expected[] = {
            {"Month", 10, 6, 0.3126737697336583, 0.8318196702937639},
            {"Year", 8, 1, 0.02241749145005667, 0.4708881822128535},
            {"Two", 2, 0, 0.0, 0.6576197724933469},
        };
        for (int i = 0; i < 3; ++i) {
            const ChurnGroup &g = b.groups[size_t(i)];
            QCOMPARE(g.label, QLatin1String(expected[i].label));
            QCOMPARE(g.count, expected[i].n);
            QCOMPARE(g.churned, expected[i].k);
            QVERIFY2(close(g.ciLow, expected[i].low) && close(g.ciHigh, expected[i].high), expected[i].label);
        }
        QVERIFY(b.groups[3].isMissing);
        QCOMPARE(b.groups[3].count, qsizetype(1));
        QCOMPARE(b.groups[3].rate(), 1.0);
    }

    void tenureBandsIncludeZeroAndTwelve()
    {
        DataTable t;
        Column ten = Column::numeric(QStringLiteral("tenure"), {0, 0, 5, 12, 12, 13, 24, 24, 25, 72, Column::missingValue()});
        ten.setSemantic(Semantic::Tenure);
        t.addColumn(std::move(ten));
        addChurn(t, {1, 0, 1, 1, 0, 0, 1, 0, 0, 0, 1});
        const Profile p = profileOf(t);
        const ChurnBreakdown *b = p.binBreakdown(0, ChurnBreakdown::Kind::Tenure);
        QVERIFY(b);
        QCOMPARE(b->groups.size(), size_t(4));
        QCOMPARE(b->groups[0].count, qsizetype(5)); // 0, 0, 5, 12, 12
        QCOMPARE(b->groups[0].churned, qsizetype(3));
        QVERIFY(b->groups[0].lowerClosed);
        QCOMPARE(b->groups[0].lower, 0.0);
        QCOMPARE(b->groups[0].upper, 12.0);
        QVERIFY(close(b->groups[0].ciLow, 0.23072428127601297) && close(b->groups[0].ciHigh, 0.8823792257673521));
        QCOMPARE(b->groups[1].count, qsizetype(3)); // 13, 24, 24
        QCOMPARE(b->groups[1].churned, qsizetype(1));
        QVERIFY(!b->groups[1].lowerClosed);
        QCOMPARE(b->groups[2].count, qsizetype(2)); // 25, 72
        QCOMPARE(b->groups[2].churned, qsizetype(0));
        QVERIFY(std::isinf(b->groups[2].upper));
        QVERIFY(b->groups[3].isMissing);
        // No tenure semantic, no bands.
        DataTable u = t;
        u.column(0).setSemantic(Semantic::None);
        QVERIFY(!profileOf(u).binBreakdown(0, ChurnBreakdown::Kind::Tenure));
    }

    void quantileBinsMergeTiesAndCoverEveryone()
    {
        // 60 zeros, then 1..40: the lower deciles all sit on 0 and must merge into one bin.
        std::vector<double> v(60, 0.0);
        std::vector<int> churn;
        for (int i = 1; i <= 40; ++i)
            v.push_back(i);
        for (size_t i = 0; i < v.size(); ++i)
            churn.push_back(v[i] > 30 ? 1 : (i % 5 == 0));
        DataTable t;
        t.addColumn(Column::numeric(QStringLiteral("calls"), v));
        addChurn(t, churn);
        const Profile p = profileOf(t);
        const ChurnBreakdown *b = p.binBreakdown(0, ChurnBreakdown::Kind::Quantiles);
        QVERIFY(b);
        QCOMPARE(b->kind, ChurnBreakdown::Kind::Quantiles);
        // numpy.quantile(v, linspace(0, 1, 11)) = 0 (x6), 0.4, 10.3, 20.2, 30.1, 40
        std::vector<double> edges{b->groups.front().lower};
        qsizetype total = 0, churned = 0;
        for (const ChurnGroup &g : b->groups) {
            QVERIFY(g.upper > g.lower);
            QCOMPARE(g.lower, edges.back());
            edges.push_back(g.upper);
            total += g.count;
            churned += g.churned;
        }
        QCOMPARE(total, qsizetype(100));
        QCOMPARE(churned, qsizetype(std::count(churn.begin(), churn.end(), 1)));
        const std::vector<double> numpyEdges{0, 0.4, 10.3, 20.2, 30.1, 40};
        QCOMPARE(edges.size(), numpyEdges.size());
        for (size_t i = 0; i < edges.size(); ++i)
            QVERIFY(close(edges[i], numpyEdges[i], 1e-12));
        QCOMPARE(b->groups.front().count, qsizetype(60)); // [0, 0.4] holds exactly the zeros
        QVERIFY(b->groups.front().lowerClosed);
        QCOMPARE(b->groups[1].label, QStringLiteral("(0.4, 10.3]"));
        QCOMPARE(b->groups[1].count, qsizetype(10));
    }

    void fewValuesGetOneBinEach()
    {
        DataTable t;
        t.addColumn(Column::numeric(QStringLiteral("SeniorCitizen"), {0, 0, 0, 1, 1, 0, 1, 0}));
        addChurn(t, {0, 0, 1, 1, 1, 0, 0, 0});
        const Profile p = profileOf(t);
        const ChurnBreakdown *b = p.binBreakdown(0, ChurnBreakdown::Kind::Values);
        QVERIFY(b);
        QCOMPARE(b->kind, ChurnBreakdown::Kind::Values);
        QCOMPARE(b->groups.size(), size_t(2));
        QCOMPARE(b->groups[0].label, QStringLiteral("0"));
        QCOMPARE(b->groups[0].count, qsizetype(5));
        QCOMPARE(b->groups[0].churned, qsizetype(1));
        QCOMPARE(b->groups[1].label, QStringLiteral("1"));
        QCOMPARE(b->groups[1].churned, qsizetype(2));
    }

    void numericStatsAreExact()
    {
        const DataTable t = generated(5000);
        const Profile p = profileOf(t);
        const ColumnProfile *c = p.column(QStringLiteral("MonthlyCharges"));
        QVERIFY(c && c->numeric);
        std::vector<double> v(t.column(2).values().begin(), t.column(2).values().end());
        std::sort(v.begin(), v.end());
        // Order statistics the slow way: position (n-1)p, interpolated.
        const auto q = [&](double prob) {
            const double h = (v.size() - 1) * prob;
            const size_t lo = size_t(h);
            return v[lo] + (h - lo) * (v[std::min(lo + 1, v.size() - 1)] - v[lo]);
        };
        QCOMPARE(c->numeric->q1, q(0.25));
        QCOMPARE(c->numeric->median, q(0.5));
        QCOMPARE(c->numeric->q3, q(0.75));
        QCOMPARE(c->numeric->min, v.front());
        QCOMPARE(c->numeric->max, v.back());
        double mean = 0;
        for (double x : v)
            mean += x;
        mean /= double(v.size());
        QVERIFY(close(c->numeric->mean, mean, 1e-9));
    }

    void associationRanking()
    {
        const Profile p = profileOf(generated(5000));
        QCOMPARE(Profile::associationMethod(), QStringLiteral("cramers_v_bias_corrected"));
        QVERIFY(!p.association.empty());
        // tenure drives churn by construction; noise and plan do not.
        QCOMPARE(p.association.front().name, QStringLiteral("tenure"));
        const FeatureAssociation *ten = p.associationOf(1);
        const FeatureAssociation *noise = p.associationOf(3);
        QVERIFY(ten && noise);
        QVERIFY(ten->auc < 0.4); // longer tenure, less churn
        QVERIFY(ten->somersD() < -0.2);
        QVERIFY(std::abs(noise->auc - 0.5) < 0.05);
        QVERIFY(noise->cramersV < 0.06);
        QVERIFY(ten->cramersV > 0.2);
        for (size_t i = 1; i < p.association.size(); ++i)
            QVERIFY(p.association[i - 1].score() >= p.association[i].score());
        // The id column is neither ranked nor broken down.
        QVERIFY(!p.associationOf(0));
        QVERIFY(!p.levelBreakdown(0));
    }

    void leakageIsFlagged()
    {
        DataTable t = generated(2000);
        const std::vector<int8_t> labels = t.targetLabels();
        std::vector<double> leak;
        QStringList reason;
        for (size_t i = 0; i < labels.size(); ++i) {
            leak.push_back(labels[i] * 100.0 + double(i % 50)); // days since cancellation, say
            reason << (labels[i] ? QStringLiteral("Competitor") : (i % 2 ? QStringLiteral("None") : QStringLiteral("n/a")));
        }
        t.addColumn(Column::numeric(QStringLiteral("days_since_cancel"), leak));
        t.addColumn(codedColumn(QStringLiteral("reason"), reason));
        const Profile p = profileOf(t);
        QVERIFY(hasWarning(p, ProfileWarning::Kind::Leakage, QStringLiteral("days_since_cancel")));
        QVERIFY(hasWarning(p, ProfileWarning::Kind::Leakage, QStringLiteral("reason")));
        QVERIFY(!hasWarning(p, ProfileWarning::Kind::Leakage, QStringLiteral("tenure")));
        QVERIFY(!hasWarning(p, ProfileWarning::Kind::Leakage, QStringLiteral("plan")));
    }

    void qualityWarnings()
    {
        const double nan = Column::missingValue();
        const int n = 200;
        std::vector<double> constant(n, 7.0), rowNumber, sparse, monthly, total, tenure;
        QStringList many;
        std::vector<int> churn;
        for (int i = 0; i < n; ++i) {
            rowNumber.push_back(i + 1);
            sparse.push_back(i % 4 == 0 ? double(i) : nan);
            monthly.push_back(i == 10 ? -5.0 : 50.0 + i % 10);
            tenure.push_back(i < 4 ? 0.0 : double(i % 70));
            total.push_back(i < 2 ? 5000.0 : i < 4 ? 60.0 : 100.0 * (i % 70));
            many << QStringLiteral("city%1").arg(i % 60);
            churn.push_back(i % 3 == 0);
        }
        DataTable t;
        t.addColumn(Column::numeric(QStringLiteral("const"), constant));
        t.addColumn(Column::numeric(QStringLiteral("RowNumber"), rowNumber));
        t.addColumn(Column::numeric(QStringLiteral("sparse"), sparse));
        Column mc = Column::numeric(QStringLiteral("monthly"), monthly);
        mc.setSemantic(Semantic::MonthlyCharges);
        t.addColumn(std::move(mc));
        Column tc = Column::numeric(QStringLiteral("total"), total);
        tc.setSemantic(Semantic::TotalCharges);
        t.addColumn(std::move(tc));
        Column te = Column::numeric(QStringLiteral("tenure"), tenure);
        te.setSemantic(Semantic::Tenure);
        t.addColumn(std::move(te));
        t.addColumn(codedColumn(QStringLiteral("city"), many));
        addChurn(t, churn);
        const Profile p = profileOf(t);
        QVERIFY(hasWarning(p, ProfileWarning::Kind::Constant, QStringLiteral("const")));
        QVERIFY(hasWarning(p, ProfileWarning::Kind::IdLike, QStringLiteral("RowNumber")));
        QVERIFY(hasWarning(p, ProfileWarning::Kind::MostlyMissing, QStringLiteral("sparse")));
        QVERIFY(hasWarning(p, ProfileWarning::Kind::SuspiciousValue, QStringLiteral("monthly")));
        QVERIFY(hasWarning(p, ProfileWarning::Kind::SuspiciousValue, QStringLiteral("total")));
        QVERIFY(hasWarning(p, ProfileWarning::Kind::HighCardinality, QStringLiteral("city")));
        QVERIFY(!hasWarning(p, ProfileWarning::Kind::HighCardinality, QStringLiteral("tenure")));
        QVERIFY(!hasWarning(p, ProfileWarning::Kind::Constant, QStringLiteral("tenure")));
        QCOMPARE(p.constantColumns(), std::vector<int>{0});
        QCOMPARE(p.idLikeColumns(), std::vector<int>{1});
        // Exactly two new customers carry totals above two monthly bills (5000); the 60s do not.
        bool counted = false;
        for (const ProfileWarning &w : p.warnings)
            if (w.kind == ProfileWarning::Kind::SuspiciousValue && w.column == QLatin1String("total"))
                counted = w.message.startsWith(QLatin1String("2 "));
        if (!counted)
            for (const ProfileWarning &w : p.warnings)
                qInfo("%s", qPrintable(w.message));
        QVERIFY(counted);
        // 60 levels with the default cap of 50: 50 shown, 10 pooled.
        const ColumnProfile *city = p.column(QStringLiteral("city"));
        QCOMPARE(city->levels.size(), size_t(50));
        QCOMPARE(city->otherLevels, qsizetype(10));
        const ChurnBreakdown *b = p.levelBreakdown(6);
        QVERIFY(b && b->groups.back().isOther);
        qsizetype sum = 0;
        for (const ChurnGroup &g : b->groups)
            sum += g.count;
        QCOMPARE(sum, qsizetype(n));
        for (const ProfileWarning &w : p.warnings)
            QVERIFY2(!w.message.isEmpty(), qPrintable(ProfileWarning::machineName(w.kind)));
    }

    void duplicatesIgnoreTheId()
    {
        DataTable t = generated(300);
        // Copy row 5 into row 9 everywhere but the id.
        for (int c = 1; c < t.columnCount(); ++c) {
            Column &col = t.column(c);
            if (col.isNumericStorage()) {
                std::vector<double> v(col.values().begin(), col.values().end());
                v[9] = v[5];
                Column copy = Column::numeric(col.name(), v);
                copy.setSemantic(col.semantic());
                copy.setRole(col.role());
                t.replaceColumn(c, copy);
            } else {
                std::vector<int32_t> codes(col.codes().begin(), col.codes().end());
                codes[9] = codes[5];
                Column copy = Column::coded(col.name(), codes, col.dictionary(), col.type());
                copy.setRole(col.role());
                t.replaceColumn(c, copy);
            }
        }
        const Profile p = profileOf(t);
        QCOMPARE(p.duplicates.duplicateRows, qsizetype(1));
        QCOMPARE(p.duplicates.ignoredColumns, QStringList{QStringLiteral("customerID")});
        QVERIFY(hasWarning(p, ProfileWarning::Kind::Duplicates, QString()));
    }

    void noTarget()
    {
        DataTable t = generated(100);
        t.setTarget(-1);
        const Profile p = profileOf(t);
        QCOMPARE(p.target, -1);
        QVERIFY(std::isnan(p.churnRate()));
        QVERIFY(p.churnByLevel.empty());
        QVERIFY(p.churnByBin.empty());
        QVERIFY(p.association.empty());
        QVERIFY(p.columns[1].numeric.has_value());
        QVERIFY(hasWarning(p, ProfileWarning::Kind::TargetMissing, QString()));
        const QJsonObject j = p.toJson();
        QVERIFY(j.value(QLatin1String("target")).isNull());
        QVERIFY(j.value(QLatin1String("churn_rate")).isNull());
    }

    void emptyInputs()
    {
        QCOMPARE(Profiler::run(DataTable{}).error().code, ErrorCode::BadInput);
        DataTable t;
        t.addColumn(Column::numeric(QStringLiteral("x"), {}));
        t.addColumn(codedColumn(QStringLiteral("c"), {}));
        addChurn(t, {});
        const Result<Profile> p = Profiler::run(t);
        QVERIFY(p.has_value());
        QCOMPARE(p->rows, qsizetype(0));
        QVERIFY(std::isnan(p->columns[0].numeric->mean));
        QJsonDocument(p->toJson()).toJson(); // serialises without NaN trouble
    }

    // A 3-row file with 20,000 columns took 99 s and 6 GB: the correlation matrix is quadratic
    // in the columns. Past the cap only the first columns are correlated, and the profile says so.
    void wideTablesCapTheCorrelations()
    {
        DataTable t;
        const int columns = 450;
        for (int c = 0; c < columns; ++c)
            t.addColumn(Column::numeric(QStringLiteral("x%1").arg(c), {double(c % 7), double(c % 5), double(c % 3 + 1)}));
        addChurn(t, {1, 0, 1});
        const Result<Profile> p = Profiler::run(t);
        QVERIFY2(p.has_value(), p ? "" : qPrintable(p.error().toString()));
        QCOMPARE(p->columns.size(), size_t(columns + 1));
        QCOMPARE(p->correlation.size(), ProfileOptions{}.maxCorrelationColumns);
        QCOMPARE(p->correlation.names.first(), QStringLiteral("x0"));
        QVERIFY(hasWarning(*p, ProfileWarning::Kind::Capped, QString()));

        ProfileOptions small;
        small.maxCorrelationColumns = 500;
        const Result<Profile> all = Profiler::run(t, small);
        QCOMPARE(all->correlation.size(), columns);
        QVERIFY(!hasWarning(*all, ProfileWarning::Kind::Capped, QString()));
    }

    void extremeAndEmptyColumnsDoNotBreakAnything()
    {
        const double inf = std::numeric_limits<double>::infinity(), nan = Column::missingValue();
        DataTable t;
        t.addColumn(Column::numeric(QStringLiteral("wild"), {inf, -inf, 1e308, -1e308, 0, 1, 2, 3}));
        t.addColumn(Column::numeric(QStringLiteral("empty"), {nan, nan, nan, nan, nan, nan, nan, nan}));
        t.addColumn(codedColumn(QStringLiteral("blank"), {"", "", "", "", "", "", "", ""}));
        addChurn(t, {1, 0, 1, 0, 1, 0, 1, 0});
        const Result<Profile> p = Profiler::run(t);
        QVERIFY2(p.has_value(), p ? "" : qPrintable(p.error().toString()));
        QCOMPARE(p->columns[0].numeric->count, qsizetype(8));
        QCOMPARE(p->columns[0].numeric->min, -inf);
        QCOMPARE(p->columns[0].numeric->max, inf);
        QCOMPARE(p->columns[1].count, qsizetype(0));
        QVERIFY(hasWarning(*p, ProfileWarning::Kind::MostlyMissing, QStringLiteral("empty")));
        QVERIFY(hasWarning(*p, ProfileWarning::Kind::MostlyMissing, QStringLiteral("blank")));
        // Infinities never reach the JSON as numbers (JSON has none).
        const QByteArray json = QJsonDocument(p->toJson()).toJson(QJsonDocument::Compact);
        QJsonParseError error;
        QJsonDocument::fromJson(json, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        static const QRegularExpression nonNumber(QStringLiteral("[:\\[,]-?(inf|nan)"), QRegularExpression::CaseInsensitiveOption);
        QVERIFY2(!QString::fromUtf8(json).contains(nonNumber), json.constData());
    }

    void cancelAndProgress()
    {
        const DataTable t = generated(20000);
        Progress canceled;
        canceled.cancel();
        QCOMPARE(Profiler::run(t, {}, &canceled).error().code, ErrorCode::Canceled);

        // Cancel from inside the first progress report: the run must stop and say so.
        Progress midway;
        midway.setCallback([&midway](double f, const QString &) {
            if (f > 0)
                midway.cancel();
        });
        QCOMPARE(Profiler::run(t, {}, &midway).error().code, ErrorCode::Canceled);

        Progress watched;
        std::vector<double> seen;
        watched.setCallback([&seen](double f, const QString &) { seen.push_back(f); });
        QVERIFY(Profiler::run(t, {}, &watched).has_value());
        QVERIFY(seen.size() >= 3);
        QCOMPARE(seen.back(), 1.0);
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
    }

    void sameResultOnOneOrTwoThreads()
    {
        const DataTable t = generated(3000);
        ProfileOptions one, two;
        one.threads = 1;
        two.threads = 2;
        QJsonObject a = profileOf(t, one).toJson(), b = profileOf(t, two).toJson();
        a.remove(QLatin1String("profile_seconds"));
        b.remove(QLatin1String("profile_seconds"));
        QCOMPARE(a, b);
    }

    // Telco: the figures below were computed independently with pandas 1.5 on the original file
    // (groupby means, qcut, DataFrame.duplicated, Series.describe/skew, DataFrame.corr) and agree
    // with the published EDA facts in ../shared/anchors/README.md.
    void telcoOverview()
    {
        const Profile &p = telco();
        QCOMPARE(p.rows, qsizetype(7043));
        QCOMPARE(p.targetName, QStringLiteral("Churn"));
        QCOMPARE(p.churned, qsizetype(1869));
        QCOMPARE(p.stayed, qsizetype(5174));
        QCOMPARE(p.rowsWithMissing, qsizetype(11));
        QCOMPARE(p.duplicates.duplicateRows, qsizetype(22)); // df.drop(columns="customerID").duplicated().sum()
        QCOMPARE(p.duplicates.ignoredColumns, QStringList{QStringLiteral("customerID")});
        QVERIFY(p.column(QStringLiteral("customerID"))->idLike);
        QVERIFY(p.constantColumns().empty());
    }
    void telcoChurnByLevel_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("level");
        QTest::addColumn<qsizetype>("count");
        QTest::addColumn<double>("rate");
        QTest::newRow("month-to-month") << "Contract" << "Month-to-month" << qsizetype(3875) << 0.4270967741935484;
        QTest::newRow("one year") << "Contract" << "One year" << qsizetype(1473) << 0.11269517990495587;
        QTest::newRow("two year") << "Contract" << "Two year" << qsizetype(1695) << 0.02831858407079646;
        QTest::newRow("fiber optic") << "InternetService" << "Fiber optic" << qsizetype(3096) << 0.4189276485788114;
        QTest::newRow("electronic check") << "PaymentMethod" << "Electronic check" << qsizetype(2365) << 0.4528541226215645;
    }
    void telcoChurnByLevel()
    {
        QFETCH(QString, column);
        QFETCH(QString, level);
        QFETCH(qsizetype, count);
        QFETCH(double, rate);
        const ChurnGroup *g = group(telco(), column, level, ChurnBreakdown::Kind::Levels);
        QVERIFY(g);
        QCOMPARE(g->count, count);
        QVERIFY2(close(g->rate(), rate), qPrintable(QString::number(g->rate(), 'g', 17)));
        QVERIFY(g->ciLow < rate && rate < g->ciHigh);
    }
    void telcoTenureBands()
    {
        const Profile &p = telco();
        const ColumnProfile *tenure = p.column(QStringLiteral("tenure"));
        QVERIFY(tenure);
        QCOMPARE(int(tenure->semantic), int(Semantic::Tenure));
        const ChurnBreakdown *b = p.binBreakdown(tenure->index, ChurnBreakdown::Kind::Tenure);
        QVERIFY(b);
        QCOMPARE(b->groups.size(), size_t(3));
        // pandas: df[df.tenure <= 12] -> 2186 customers, churn 0.47438243366880145 (47.44%)
        QCOMPARE(b->groups[0].count, qsizetype(2186));
        QVERIFY(close(b->groups[0].rate(), 0.47438243366880145));
        QCOMPARE(b->groups[1].count, qsizetype(1024)); // 12 < tenure <= 24: 0.287109375
        QVERIFY(close(b->groups[1].rate(), 0.287109375));
        QCOMPARE(b->groups[2].count, qsizetype(3833)); // tenure > 24: 0.14036003130707017
        QVERIFY(close(b->groups[2].rate(), 0.14036003130707017));
        // Deciles as pandas.qcut(tenure, 10, duplicates="drop"): first bin (-0.001, 2], 862 customers.
        const ChurnBreakdown *q = p.binBreakdown(tenure->index, ChurnBreakdown::Kind::Quantiles);
        QVERIFY(q);
        QCOMPARE(q->groups.size(), size_t(10));
        QCOMPARE(q->groups[0].upper, 2.0);
        QCOMPARE(q->groups[0].count, qsizetype(862));
        QCOMPARE(q->groups[9].lower, 69.0);
    }
    void telcoNumericStats()
    {
        // pandas: pd.to_numeric(TotalCharges, errors="coerce").describe(), .skew()
        const ColumnProfile *tc = telco().column(QStringLiteral("TotalCharges"));
        QVERIFY(tc && tc->numeric);
        const NumericSummary &s = *tc->numeric;
        QCOMPARE(s.count, qsizetype(7032));
        QCOMPARE(tc->missing, qsizetype(11));
        QVERIFY(close(s.mean, 2283.3004408418656, 1e-9));
        QVERIFY(close(s.std, 2266.7713618831453, 1e-9));
        QCOMPARE(s.min, 18.8);
        QVERIFY(close(s.q1, 401.45, 1e-9));
        QVERIFY(close(s.median, 1397.475, 1e-9));
        QVERIFY(close(s.q3, 3794.7375, 1e-9));
        QCOMPARE(s.max, 8684.8);
        QVERIFY(close(s.skewness, 0.961642499724251, 1e-9));
        QCOMPARE(s.outliers(), qsizetype(0));
        const ColumnProfile *mc = telco().column(QStringLiteral("MonthlyCharges"));
        QVERIFY(close(mc->numeric->std, 30.09004709767854, 1e-9));
        QVERIFY(close(mc->numeric->skewness, -0.22052443394398033, 1e-9));
        // The 11 missing totals are all brand-new customers and none churned: a group of its own.
        const ChurnGroup *missing = group(telco(), QStringLiteral("TotalCharges"), QStringLiteral("(missing)"),
                                          ChurnBreakdown::Kind::Quantiles);
        QVERIFY(missing && missing->isMissing);
        QCOMPARE(missing->count, qsizetype(11));
        QCOMPARE(missing->churned, qsizetype(0));
    }
    void telcoAssociationAndCorrelation()
    {
        const Profile &p = telco();
        // Bias-corrected Cramér's V by hand from pandas crosstab + scipy chi2_contingency:
        // Contract 0.40979839182553446, tenure deciles 0.37332187712873777.
        QCOMPARE(p.association.front().name, QStringLiteral("Contract"));
        QVERIFY(close(p.association.front().cramersV, 0.40979839182553446, 1e-9));
        const FeatureAssociation *tenure = p.associationOf(p.column(QStringLiteral("tenure"))->index);
        QVERIFY(close(tenure->cramersV, 0.37332187712873777, 1e-9));
        QVERIFY(close(tenure->auc, 0.2601328244713711, 1e-12)); // sklearn roc_auc_score(churn, tenure)
        QVERIFY(p.associationOf(p.column(QStringLiteral("gender"))->index)->cramersV < 0.01);
        // DataFrame.corr(): tenure x TotalCharges over the 7032 rows with both.
        const CorrelationMatrix &m = p.correlation;
        const int a = int(m.names.indexOf(QStringLiteral("tenure"))), b = int(m.names.indexOf(QStringLiteral("TotalCharges")));
        QVERIFY(a >= 0 && b >= 0);
        QVERIFY(close(m.at(a, b), 0.8258804609332094, 1e-9));
        QCOMPARE(m.pairs(a, b), qsizetype(7032));
        for (const ProfileWarning &w : p.warnings)
            QVERIFY2(w.kind != ProfileWarning::Kind::Leakage, qPrintable(w.message));
    }

    void jsonKeys()
    {
        const Profile p = profileOf(generated(500));
        const QJsonObject j = p.toJson();
        for (const char *key : {"rows", "columns", "target", "positive_label", "churn_rate", "rows_with_missing",
                                "class_balance", "duplicates", "column_stats", "churn_by_level", "churn_by_bin",
                                "association", "correlation", "warnings", "constant_columns", "id_like_columns"})
            QVERIFY2(j.contains(QLatin1String(key)), key);
        QCOMPARE(j.value(QLatin1String("rows")).toInt(), 500);
        QCOMPARE(j.value(QLatin1String("target")).toString(), QStringLiteral("Churn"));
        QCOMPARE(j.value(QLatin1String("positive_label")).toString(), QStringLiteral("Yes"));
        const QJsonArray cols = j.value(QLatin1String("columns")).toArray();
        QCOMPARE(cols.size(), 6);
        const QJsonObject tenure = cols.at(1).toObject();
        for (const char *key : {"name", "type", "role", "missing", "unique", "mean", "median"})
            QVERIFY2(tenure.contains(QLatin1String(key)), key);
        QCOMPARE(tenure.value(QLatin1String("type")).toString(), QStringLiteral("numeric"));
        const QJsonObject stats = j.value(QLatin1String("column_stats")).toObject().value(QLatin1String("tenure")).toObject();
        QCOMPARE(stats.value(QLatin1String("q3")).toDouble(), p.columns[1].numeric->q3);
        QVERIFY(stats.value(QLatin1String("outliers")).toObject().contains(QLatin1String("upper_fence")));
        const QJsonObject assoc = j.value(QLatin1String("association")).toObject();
        QCOMPARE(assoc.value(QLatin1String("method")).toString(), QStringLiteral("cramers_v_bias_corrected"));
        QCOMPARE(assoc.value(QLatin1String("ranking")).toArray().at(0).toObject().value(QLatin1String("column")).toString(),
                 QStringLiteral("tenure"));
        const QJsonObject corr = j.value(QLatin1String("correlation")).toObject();
        QCOMPARE(corr.value(QLatin1String("columns")).toArray().size(), 3); // tenure, MonthlyCharges, noise
        // The tenure bands: the last one is open-ended (upper null).
        bool sawTenure = false;
        for (const QJsonValue &v : j.value(QLatin1String("churn_by_bin")).toArray()) {
            const QJsonObject b = v.toObject();
            if (b.value(QLatin1String("kind")).toString() != QLatin1String("tenure"))
                continue;
            sawTenure = true;
            const QJsonArray g = b.value(QLatin1String("groups")).toArray();
            QCOMPARE(g.size(), 3);
            QVERIFY(g.at(2).toObject().value(QLatin1String("upper")).isNull());
        }
        QVERIFY(sawTenure);
    }
};

QTEST_GUILESS_MAIN(TestProfiler)
#include "tst_profiler.moc"
