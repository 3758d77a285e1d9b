#include "data/dataloader.h"
#include "preptesttables.h"
#include "prep/fittedpreparation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <numeric>

using namespace churnlens;
using namespace churnlens::preptest;

namespace {

// Six customers with every kind of column the preparation handles; hand-computed values below.
DataTable basicTable()
{
    DataTable t;
    t.addColumn(withRole(coded(QStringLiteral("id"), {"a1", "a2", "a3", "a4", "a5", "a6"}, ColumnType::Text),
                         ColumnRole::Id));
    t.addColumn(numeric(QStringLiteral("tenure"), {1, 12, NA, 30, 13, 0}, Semantic::Tenure));
    t.addColumn(numeric(QStringLiteral("TotalCharges"), {20, 240, 100, NA, 260, NA}, Semantic::TotalCharges));
    t.addColumn(withSemantic(coded(QStringLiteral("Contract"), {"Month-to-month", "One year", "Two year",
                                                                "Month-to-month", "", "One year"}),
                             Semantic::Contract));
    t.addColumn(coded(QStringLiteral("Color"), {"red", "blue", "red", "green", "blue", "red"}));
    t.addColumn(coded(QStringLiteral("Partner"), {"Yes", "No", "Yes", "", "Yes", "No"}, ColumnType::Boolean));
    t.addColumn(coded(QStringLiteral("gender"), {"Male", "Female", "Female", "Male", "Male", "Female"}));
    t.addColumn(withSemantic(coded(QStringLiteral("PhoneService"), {"Yes", "Yes", "No", "Yes", "No", "Yes"},
                                   ColumnType::Boolean),
                             Semantic::Service));
    t.addColumn(withSemantic(coded(QStringLiteral("Internet"), {"DSL", "No", "Fiber optic", "No internet service",
                                                                "DSL", ""}),
                             Semantic::Service));
    t.addColumn(numeric(QStringLiteral("SupportCalls"), {2, 0, 5, NA, 1, 3}, Semantic::SupportCalls));
    t.addColumn(coded(QStringLiteral("Churn"), {"Yes", "No", "No", "Yes", "No", "No"}, ColumnType::Boolean));
    t.setTarget(t.columnCount() - 1);
    t.setPositiveLabel(QStringLiteral("Yes"));
    return t;
}

std::vector<float> column(const FeatureMatrix &m, const QString &name)
{
    const int f = feature(m, name);
    if (f < 0)
        return {};
    std::vector<float> out;
    for (qsizetype r = 0; r < m.rows; ++r)
        out.push_back(m.at(r, f));
    return out;
}

bool near(const std::vector<float> &got, const std::vector<double> &want, double tol = 1e-5)
{
    if (got.size() != want.size())
        return false;
    for (size_t i = 0; i < got.size(); ++i) {
        if (std::isnan(want[i]) ? !std::isnan(got[i]) : std::fabs(double(got[i]) - want[i]) > tol)
            return false;
    }
    return true;
}

QString dump(const std::vector<float> &v)
{
    QStringList s;
    for (float x : v)
        s << QString::number(x);
    return s.join(QLatin1Char(' '));
}

#define CHECK_FEATURE(m, name, ...)                                                                                   \
    do {                                                                                                             \
        const std::vector<float> got_ = column(m, QStringLiteral(name));                                             \
        QVERIFY2(near(got_, std::vector<double>{__VA_ARGS__}), qPrintable(QStringLiteral(name ": ") + dump(got_)));   \
    } while (false)

bool hasIssue(const QList<Issue> &issues, const QString &column, const QString &fragment)
{
    for (const Issue &i : issues) {
        if ((column.isEmpty() || i.columnName == column) && i.message.contains(fragment, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

FittedPreparation mustFit(const DataTable &t, std::span<const qsizetype> rows, const PreparationOptions &o,
                          QList<Issue> *issues = nullptr)
{
    Result<FittedPreparation> f = FittedPreparation::fit(t, rows, o, issues);
    if (!f)
        qFatal("fit failed: %s", qPrintable(f.error().toString()));
    return *f;
}

FeatureMatrix mustTransform(const FittedPreparation &p, const DataTable &t, QList<Issue> *issues = nullptr)
{
    Result<FeatureMatrix> m = p.transform(t, issues);
    if (!m)
        qFatal("transform failed: %s", qPrintable(m.error().toString()));
    return *m;
}

std::vector<qsizetype> allRows(const DataTable &t)
{
    std::vector<qsizetype> r(size_t(t.rowCount()));
    std::iota(r.begin(), r.end(), qsizetype(0));
    return r;
}

} // namespace

class TestFittedPreparation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void layoutAndNames()
    {
        const DataTable t = basicTable();
        QList<Issue> issues;
        const FittedPreparation p = mustFit(t, allRows(t), PreparationOptions{}, &issues);
        const QStringList expected = {
            "tenure", "tenure missing", "TotalCharges", "TotalCharges missing",
            "Contract=Month-to-month", "Contract=One year", "Contract=Two year", "Contract missing",
            "Color=blue", "Color=green", "Color=red", "Partner=Yes", "Partner missing", "gender=Male",
            "PhoneService=Yes", "Internet=DSL", "Internet=Fiber optic", "Internet=No", "Internet=No internet service",
            "Internet missing", "SupportCalls", "SupportCalls missing", "tenure bin 0-12", "tenure bin 12-24",
            "tenure bin 24+", "TotalCharges per month of tenure", "Contract as number",
            "SupportCalls per month of tenure", "number of services"};
        QCOMPARE(p.featureNames(), expected);
        // Id, target and nothing else is left out.
        QVERIFY(!p.inputColumns().contains(QStringLiteral("id")));
        QVERIFY(!p.inputColumns().contains(QStringLiteral("Churn")));
        QCOMPARE(p.engineeredFeatures().size(), 5);

        const FeatureMatrix m = mustTransform(p, t);
        QCOMPARE(m.rows, 6);
        QCOMPARE(m.cols, int(expected.size()));
        QCOMPARE(m.values.size(), size_t(6 * expected.size()));
        // Kinds and groups for SMOTE-NC, sources for summing SHAP per field.
        const int red = feature(m, QStringLiteral("Color=red"));
        const int blue = feature(m, QStringLiteral("Color=blue"));
        QVERIFY(m.kinds[size_t(red)] == FeatureKind::OneHot);
        QCOMPARE(m.groups[size_t(red)], m.groups[size_t(blue)]);
        QVERIFY(m.groups[size_t(red)] >= 0);
        QVERIFY(m.groups[size_t(red)] != m.groups[size_t(feature(m, QStringLiteral("Contract=Two year")))]);
        QVERIFY(m.kinds[size_t(feature(m, QStringLiteral("gender=Male")))] == FeatureKind::Binary);
        QVERIFY(m.kinds[size_t(feature(m, QStringLiteral("tenure missing")))] == FeatureKind::Binary);
        QVERIFY(m.kinds[size_t(feature(m, QStringLiteral("tenure")))] == FeatureKind::Continuous);
        QVERIFY(m.kinds[size_t(feature(m, QStringLiteral("Contract as number")))] == FeatureKind::Ordinal);
        QCOMPARE(m.sourceColumn[size_t(red)], t.indexOf(QStringLiteral("Color")));
        QCOMPARE(m.sourceColumn[size_t(feature(m, QStringLiteral("TotalCharges missing")))], 2);
        const int ratio = feature(m, QStringLiteral("TotalCharges per month of tenure"));
        QCOMPARE(m.sourceColumn[size_t(ratio)], -1);
        QCOMPARE(m.sourceColumns[size_t(ratio)], (std::vector<int>{2, 1}));
        QCOMPARE(m.sourceNames[size_t(ratio)], (QStringList{"TotalCharges", "tenure"}));
        QVERIFY(hasIssue(issues, QStringLiteral("id"), QString()) == false);
    }

    void imputationAndIndicators()
    {
        const DataTable t = basicTable();
        const FeatureMatrix m = mustTransform(mustFit(t, allRows(t), PreparationOptions{}), t);
        // Medians: tenure {0,1,12,13,30} → 12; TotalCharges {20,100,240,260} → (100+240)/2.
        CHECK_FEATURE(m, "tenure", 1, 12, 12, 30, 13, 0);
        CHECK_FEATURE(m, "tenure missing", 0, 0, 1, 0, 0, 0);
        CHECK_FEATURE(m, "TotalCharges", 20, 240, 100, 170, 260, 170);
        CHECK_FEATURE(m, "TotalCharges missing", 0, 0, 0, 1, 0, 1);
        CHECK_FEATURE(m, "SupportCalls", 2, 0, 5, 2, 1, 3);
        // Mode of Contract: a tie between Month-to-month and One year goes to the first level.
        CHECK_FEATURE(m, "Contract=Month-to-month", 1, 0, 0, 1, 1, 0);
        CHECK_FEATURE(m, "Contract=One year", 0, 1, 0, 0, 0, 1);
        CHECK_FEATURE(m, "Contract missing", 0, 0, 0, 0, 1, 0);
        // One-hot in sorted level order, Color has no missing value: no indicator.
        CHECK_FEATURE(m, "Color=blue", 0, 1, 0, 0, 1, 0);
        CHECK_FEATURE(m, "Color=green", 0, 0, 0, 1, 0, 0);
        CHECK_FEATURE(m, "Color=red", 1, 0, 1, 0, 0, 1);
        QCOMPARE(feature(m, QStringLiteral("Color missing")), -1);
        // Yes/No column: one 0/1 feature, missing → mode (Yes: 3 of 5).
        CHECK_FEATURE(m, "Partner=Yes", 1, 0, 1, 1, 1, 0);
        CHECK_FEATURE(m, "Partner missing", 0, 0, 0, 1, 0, 0);
        // Two-level category: one column for the second level.
        CHECK_FEATURE(m, "gender=Male", 1, 0, 0, 1, 1, 0);
        // Internet's mode is DSL (2 of 5).
        CHECK_FEATURE(m, "Internet=DSL", 1, 0, 0, 0, 1, 1);
    }

    void engineeredFeatureValues()
    {
        const DataTable t = basicTable();
        const FeatureMatrix m = mustTransform(mustFit(t, allRows(t), PreparationOptions{}), t);
        // Bins on the imputed tenure {1, 12, 12, 30, 13, 0}: 12 is in 0-12, 13 in 12-24.
        CHECK_FEATURE(m, "tenure bin 0-12", 1, 1, 1, 0, 0, 1);
        CHECK_FEATURE(m, "tenure bin 12-24", 0, 0, 0, 0, 1, 0);
        CHECK_FEATURE(m, "tenure bin 24+", 0, 0, 0, 1, 0, 0);
        // TotalCharges / max(tenure, 1), both imputed.
        CHECK_FEATURE(m, "TotalCharges per month of tenure", 20, 20, 100.0 / 12, 170.0 / 30, 20, 170);
        CHECK_FEATURE(m, "Contract as number", 0, 1, 2, 0, 0, 1);
        CHECK_FEATURE(m, "SupportCalls per month of tenure", 2, 0, 5.0 / 12, 2.0 / 30, 1.0 / 13, 3);
        // Phone {1,1,0,1,0,1} + Internet in use {DSL, No, Fiber, No internet, DSL, (DSL)}.
        CHECK_FEATURE(m, "number of services", 2, 1, 1, 1, 1, 2);
    }

    void engineeredSwitches()
    {
        const DataTable t = basicTable();
        PreparationOptions o;
        o.engineered = 0;
        o.setOn(EngineeredFeature::ContractNumber, true);
        const FittedPreparation p = mustFit(t, allRows(t), o);
        QVERIFY(p.engineeredFeatures() == QList<EngineeredFeature>{EngineeredFeature::ContractNumber});
        QCOMPARE(p.featureNames().last(), QStringLiteral("Contract as number"));
        QVERIFY(!p.featureNames().contains(QStringLiteral("tenure bin 0-12")));

        // Without the semantic mapping the feature is not made, and that is reported.
        DataTable u = basicTable();
        u.column(u.indexOf(QStringLiteral("tenure"))).setSemantic(Semantic::None);
        QList<Issue> issues;
        const FittedPreparation q = mustFit(u, allRows(u), PreparationOptions{}, &issues);
        QVERIFY(!q.engineeredFeatures().contains(EngineeredFeature::TenureBins));
        QVERIFY(!q.engineeredFeatures().contains(EngineeredFeature::ChargesPerMonth));
        QVERIFY(q.engineeredFeatures().contains(EngineeredFeature::ServiceCount));
        QVERIFY(hasIssue(issues, QString(), QStringLiteral("Tenure")));
    }

    void scalingUsesTrainingStatistics()
    {
        const DataTable t = basicTable();
        const std::vector<qsizetype> train = {0, 1, 3, 4};
        const FittedPreparation p = mustFit(t, train, PreparationOptions::forLinearModel());
        const FeatureMatrix m = mustTransform(p, t);
        // TotalCharges on the training rows {20, 240, NaN→median, 260}; median of {20,240,260} = 240.
        const std::vector<double> x = {20, 240, 240, 260};
        const double mean = std::accumulate(x.begin(), x.end(), 0.0) / 4.0;
        double ss = 0;
        for (double v : x)
            ss += (v - mean) * (v - mean);
        const double sd = std::sqrt(ss / 4.0);
        // Every row uses the training mean and sd, including rows 2 and 5 that were not used.
        CHECK_FEATURE(m, "TotalCharges", (20 - mean) / sd, (240 - mean) / sd, (100 - mean) / sd, (240 - mean) / sd,
                      (260 - mean) / sd, (240 - mean) / sd);
        // Over the training rows the scaled feature has mean 0 and population sd 1.
        const int f = feature(m, QStringLiteral("tenure"));
        double s = 0, s2 = 0;
        for (qsizetype r : train) {
            s += m.at(r, f);
            s2 += double(m.at(r, f)) * m.at(r, f);
        }
        QVERIFY(std::fabs(s / 4) < 1e-6);
        QVERIFY(std::fabs(s2 / 4 - 1.0) < 1e-5);
        // 0/1 features are not scaled.
        CHECK_FEATURE(m, "Color=red", 1, 0, 1, 0, 0, 1);
        CHECK_FEATURE(m, "TotalCharges missing", 0, 0, 0, 1, 0, 1);
    }

    void constantFeatureKeepsScaleOne()
    {
        DataTable t;
        t.addColumn(numeric(QStringLiteral("flat"), {5, 5, 5}));
        const FeatureMatrix m = mustTransform(mustFit(t, allRows(t), PreparationOptions::forLinearModel()), t);
        CHECK_FEATURE(m, "flat", 0, 0, 0);
    }

    void fittingUsesTrainingRowsOnly()
    {
        const DataTable t = basicTable();
        const std::vector<qsizetype> train = {0, 1, 2, 3};
        const QJsonObject before = mustFit(t, train, PreparationOptions::forLinearModel()).toJson();
        // Change every value of the other rows, including a new category and a missing value.
        DataTable u;
        for (const Column &c : t.columns()) {
            if (c.name() == QLatin1String("tenure"))
                u.addColumn(numeric(c.name(), {1, 12, NA, 30, 999, NA}, Semantic::Tenure));
            else if (c.name() == QLatin1String("Color"))
                u.addColumn(coded(c.name(), {"red", "blue", "red", "green", "purple", "purple"}));
            else if (c.name() == QLatin1String("SupportCalls"))
                u.addColumn(numeric(c.name(), {2, 0, 5, NA, 100, 200}, Semantic::SupportCalls));
            else
                u.addColumn(c);
        }
        u.setTarget(u.indexOf(QStringLiteral("Churn")));
        const QJsonObject after = mustFit(u, train, PreparationOptions::forLinearModel()).toJson();
        QCOMPARE(QJsonDocument(after).toJson(), QJsonDocument(before).toJson());
        // ...while using those rows does change the statistics.
        const QJsonObject all = mustFit(u, allRows(u), PreparationOptions::forLinearModel()).toJson();
        QVERIFY(QJsonDocument(all).toJson() != QJsonDocument(before).toJson());
    }

    void unseenCategoryAndMissingColumn()
    {
        const DataTable t = basicTable();
        const FittedPreparation p = mustFit(t, allRows(t), PreparationOptions{});
        DataTable s; // a scoring file: no TotalCharges, a new colour, Contract in other case
        s.addColumn(numeric(QStringLiteral("tenure"), {5, 40}, Semantic::Tenure));
        s.addColumn(coded(QStringLiteral("Contract"), {"month-to-month", "Two year"}));
        s.addColumn(coded(QStringLiteral("Color"), {"purple", "green"}));
        s.addColumn(coded(QStringLiteral("Partner"), {"Yes", "No"}, ColumnType::Boolean));
        s.addColumn(coded(QStringLiteral("gender"), {"Female", "Other"}));
        s.addColumn(coded(QStringLiteral("PhoneService"), {"No", "Yes"}, ColumnType::Boolean));
        s.addColumn(coded(QStringLiteral("Internet"), {"DSL", "Satellite"}));
        s.addColumn(numeric(QStringLiteral("SupportCalls"), {1, 4}));
        QList<Issue> issues;
        const FeatureMatrix m = mustTransform(p, s, &issues);
        QCOMPARE(m.cols, p.featureCount());
        QVERIFY(hasIssue(issues, QStringLiteral("TotalCharges"), QStringLiteral("missing")));
        QVERIFY(hasIssue(issues, QStringLiteral("Color"), QStringLiteral("purple")));
        QVERIFY(hasIssue(issues, QStringLiteral("Internet"), QStringLiteral("Satellite")));
        QVERIFY(hasIssue(issues, QStringLiteral("gender"), QStringLiteral("not seen")));
        // Missing column: imputed with the training median and flagged.
        CHECK_FEATURE(m, "TotalCharges", 170, 170);
        CHECK_FEATURE(m, "TotalCharges missing", 1, 1);
        // Unseen colour: no one-hot column set; known colour as usual.
        CHECK_FEATURE(m, "Color=blue", 0, 0);
        CHECK_FEATURE(m, "Color=green", 0, 1);
        CHECK_FEATURE(m, "Color=red", 0, 0);
        // Levels match case-insensitively.
        CHECK_FEATURE(m, "Contract=Month-to-month", 1, 0);
        CHECK_FEATURE(m, "Contract as number", 0, 2);
        // A one-column encoding treats an unseen level as missing (mode Male? Female 3 vs Male 3 → Female).
        CHECK_FEATURE(m, "gender=Male", 0, 0);
        // Engineered features still work: services = phone + internet in use (unseen → mode DSL).
        CHECK_FEATURE(m, "number of services", 1, 2);
        CHECK_FEATURE(m, "TotalCharges per month of tenure", 170.0 / 5, 170.0 / 40);
    }

    void changedColumnTypes()
    {
        const DataTable t = basicTable();
        const FittedPreparation p = mustFit(t, allRows(t), PreparationOptions{});
        DataTable s;
        // A numeric column arriving as text: numbers are used, the rest is missing and reported.
        s.addColumn(coded(QStringLiteral("TotalCharges"), {"15.5", "n/a", " 30 ", ""}));
        // A Yes/No column arriving as other words.
        s.addColumn(coded(QStringLiteral("Partner"), {"yes", "NO", "true", "0"}));
        // A category arriving as numbers (no level matches): unseen.
        s.addColumn(numeric(QStringLiteral("Color"), {1, 2, NA, 3}));
        QList<Issue> issues;
        const FeatureMatrix m = mustTransform(p, s, &issues);
        CHECK_FEATURE(m, "TotalCharges", 15.5, 170, 30, 170);
        CHECK_FEATURE(m, "TotalCharges missing", 0, 1, 0, 1);
        QVERIFY(hasIssue(issues, QStringLiteral("TotalCharges"), QStringLiteral("not numbers")));
        QVERIFY(hasIssue(issues, QStringLiteral("TotalCharges"), QStringLiteral("number column")));
        CHECK_FEATURE(m, "Partner=Yes", 1, 0, 1, 0);
        CHECK_FEATURE(m, "Color=red", 0, 0, 1, 0); // the missing one is imputed (red)
        QVERIFY(hasIssue(issues, QStringLiteral("Color"), QStringLiteral("not seen")));

        // Categories that are numbers in training ("0"/"1") match numbers at scoring time.
        DataTable a;
        a.addColumn(coded(QStringLiteral("Plan"), {"1", "2", "3", "1"}));
        const FittedPreparation q = mustFit(a, allRows(a), PreparationOptions{});
        DataTable b;
        b.addColumn(numeric(QStringLiteral("Plan"), {3, 1, 7}));
        QList<Issue> more;
        const FeatureMatrix n = mustTransform(q, b, &more);
        CHECK_FEATURE(n, "Plan=1", 0, 1, 0);
        CHECK_FEATURE(n, "Plan=3", 1, 0, 0);
        QVERIFY(hasIssue(more, QStringLiteral("Plan"), QStringLiteral("not seen")));
    }

    void withoutImputation()
    {
        const DataTable t = basicTable();
        PreparationOptions o;
        o.impute = false;
        const FeatureMatrix m = mustTransform(mustFit(t, allRows(t), o), t);
        CHECK_FEATURE(m, "tenure", 1, 12, NA, 30, 13, 0);
        CHECK_FEATURE(m, "tenure missing", 0, 0, 1, 0, 0, 0);
        CHECK_FEATURE(m, "Contract=One year", 0, 1, 0, 0, NA, 1);
        CHECK_FEATURE(m, "Partner=Yes", 1, 0, 1, NA, 1, 0);
        CHECK_FEATURE(m, "tenure bin 24+", 0, 0, NA, 1, 0, 0);
        CHECK_FEATURE(m, "TotalCharges per month of tenure", 20, 20, NA, NA, 20, NA);
        CHECK_FEATURE(m, "number of services", 2, 1, 1, 1, 1, NA);

        o.missingIndicators = false;
        const FittedPreparation p = mustFit(t, allRows(t), o);
        QVERIFY(!p.featureNames().contains(QStringLiteral("tenure missing")));
    }

    void ordinalEncoding()
    {
        DataTable t = basicTable();
        PreparationOptions o;
        o.encoding = CategoryEncoding::Ordinal;
        const FeatureMatrix m = mustTransform(mustFit(t, allRows(t), o), t);
        // Contract in its natural order, others in sorted order; one column each.
        CHECK_FEATURE(m, "Contract", 0, 1, 2, 0, 0, 1);
        CHECK_FEATURE(m, "Color", 2, 0, 2, 1, 0, 2);
        QVERIFY(m.kinds[size_t(feature(m, QStringLiteral("Color")))] == FeatureKind::Ordinal);
        QCOMPARE(feature(m, QStringLiteral("Color=red")), -1);
    }

    void rareLevelsArePooled()
    {
        DataTable t;
        t.addColumn(coded(QStringLiteral("City"), {"a", "a", "a", "b", "b", "c", "d", "a", "b"}));
        PreparationOptions o;
        o.maxCategories = 3;
        const FittedPreparation p = mustFit(t, allRows(t), o);
        QCOMPARE(p.featureNames(), (QStringList{"City=a", "City=b", "City=(other)"}));
        DataTable s;
        s.addColumn(coded(QStringLiteral("City"), {"c", "z", "b"}));
        QList<Issue> issues;
        const FeatureMatrix m = mustTransform(p, s, &issues);
        CHECK_FEATURE(m, "City=(other)", 1, 0, 0);
        CHECK_FEATURE(m, "City=a", 0, 0, 0);
        CHECK_FEATURE(m, "City=b", 0, 0, 1);
        QVERIFY(hasIssue(issues, QStringLiteral("City"), QStringLiteral("\"z\"")));
    }

    void jsonRoundTrip_data()
    {
        QTest::addColumn<int>("variant");
        QTest::newRow("trees") << 0;
        QTest::newRow("linear") << 1;
        QTest::newRow("ordinal") << 2;
        QTest::newRow("pooled, no imputation") << 3;
    }
    void jsonRoundTrip()
    {
        QFETCH(int, variant);
        const DataTable t = basicTable();
        PreparationOptions o = variant == 1 ? PreparationOptions::forLinearModel() : PreparationOptions{};
        if (variant == 2)
            o.encoding = CategoryEncoding::Ordinal;
        if (variant == 3) {
            o.maxCategories = 2;
            o.impute = false;
        }
        const FittedPreparation p = mustFit(t, std::vector<qsizetype>{0, 2, 3, 4, 5}, o);
        const QByteArray bytes = QJsonDocument(p.toJson()).toJson();
        Result<FittedPreparation> q = FittedPreparation::fromJson(QJsonDocument::fromJson(bytes).object());
        QVERIFY2(q.has_value(), qPrintable(q ? QString() : q.error().toString()));
        QCOMPARE(q->options(), o);
        QCOMPARE(q->featureNames(), p.featureNames());
        QVERIFY(q->engineeredFeatures() == p.engineeredFeatures());
        const FeatureMatrix a = mustTransform(p, t);
        const FeatureMatrix b = mustTransform(*q, t);
        QVERIFY(sameValues(a.values, b.values));
        QVERIFY(b.kinds == a.kinds);
        QCOMPARE(b.groups, a.groups);
        // Saving again gives the same text.
        QCOMPARE(QJsonDocument(q->toJson()).toJson(), bytes);
    }

    void jsonErrors()
    {
        const DataTable t = basicTable();
        const QJsonObject good = mustFit(t, allRows(t), PreparationOptions::forLinearModel()).toJson();
        QJsonObject newer = good;
        newer.insert(QStringLiteral("version"), FittedPreparation::FormatVersion + 1);
        QVERIFY(!FittedPreparation::fromJson(newer).has_value());
        QVERIFY(FittedPreparation::fromJson(newer).error().message.contains(QStringLiteral("version")));
        QJsonObject wrong = good;
        wrong.insert(QStringLiteral("format"), QStringLiteral("something else"));
        QVERIFY(!FittedPreparation::fromJson(wrong).has_value());
        QJsonObject noFeatures = good;
        noFeatures.remove(QStringLiteral("features"));
        QVERIFY(!FittedPreparation::fromJson(noFeatures).has_value());
        QJsonObject badLevel = good;
        QJsonArray cols = badLevel.value(QStringLiteral("columns")).toArray();
        QJsonObject c = cols[2].toObject(); // Contract
        c.insert(QStringLiteral("fill_level"), 17);
        cols[2] = c;
        badLevel.insert(QStringLiteral("columns"), cols);
        QVERIFY(!FittedPreparation::fromJson(badLevel).has_value());
        QVERIFY(!FittedPreparation::fromJson(QJsonObject()).has_value());
    }

    void rowSelection()
    {
        const DataTable t = basicTable();
        const FittedPreparation p = mustFit(t, allRows(t), PreparationOptions{});
        const FeatureMatrix all = mustTransform(p, t);
        const std::vector<qsizetype> rows = {5, 0, 5};
        Result<FeatureMatrix> some = p.transform(t, rows);
        QVERIFY(some.has_value());
        QCOMPARE(some->rows, 3);
        for (int f = 0; f < all.cols; ++f) {
            QCOMPARE(some->at(0, f), all.at(5, f));
            QCOMPARE(some->at(1, f), all.at(0, f));
        }
        Result<FeatureMatrix> none = p.transform(t, std::span<const qsizetype>{});
        QVERIFY(none.has_value());
        QCOMPARE(none->rows, 0);
        QVERIFY(!p.transform(t, std::vector<qsizetype>{6}).has_value());
        QVERIFY(!FittedPreparation::fit(t, std::vector<qsizetype>{-1}).has_value());
        QVERIFY(!FittedPreparation::fit(t, std::span<const qsizetype>{}).has_value());
        QVERIFY(!FittedPreparation().transform(t).has_value());
    }

    void unusableColumns()
    {
        DataTable t;
        t.addColumn(coded(QStringLiteral("note"), {"x", "y", "z"}, ColumnType::Text));
        t.addColumn(numeric(QStringLiteral("empty"), {NA, NA, NA}));
        t.addColumn(withRole(numeric(QStringLiteral("skip"), {1, 2, 3}), ColumnRole::Ignore));
        QList<Issue> issues;
        Result<FittedPreparation> p = FittedPreparation::fit(t, PreparationOptions{}, &issues);
        QVERIFY(!p.has_value());
        QVERIFY(p.error().code == ErrorCode::BadInput);
        QVERIFY(hasIssue(issues, QString(), QString()) == false); // issues are only added on success
        t.addColumn(numeric(QStringLiteral("ok"), {1, 2, 3}));
        p = FittedPreparation::fit(t, PreparationOptions{}, &issues);
        QVERIFY(p.has_value());
        QCOMPARE(p->inputColumns(), QStringList{QStringLiteral("ok")});
        QVERIFY(hasIssue(issues, QStringLiteral("note"), QStringLiteral("free text")));
        QVERIFY(hasIssue(issues, QStringLiteral("empty"), QStringLiteral("no values")));
    }

    void threadsGiveTheSameResult()
    {
        // 50 000 rows: several chunks per thread.
        DataTable t;
        std::vector<double> a, b;
        QStringList c;
        uint64_t x = 12345;
        for (int i = 0; i < 50000; ++i) {
            x = x * 6364136223846793005ull + 1442695040888963407ull;
            a.push_back((x >> 33) % 7 == 0 ? NA : double((x >> 20) % 1000) / 7.0);
            b.push_back(double((x >> 40) % 72));
            c << QStringLiteral("L%1").arg((x >> 50) % 5);
        }
        t.addColumn(numeric(QStringLiteral("a"), a, Semantic::TotalCharges));
        t.addColumn(numeric(QStringLiteral("b"), b, Semantic::Tenure));
        t.addColumn(coded(QStringLiteral("c"), c));
        PreparationOptions o = PreparationOptions::forLinearModel();
        o.threads = 1;
        const FittedPreparation one = mustFit(t, allRows(t), o);
        o.threads = 2;
        const FittedPreparation two = mustFit(t, allRows(t), o);
        QCOMPARE(QJsonDocument(two.toJson()).toJson(), QJsonDocument(one.toJson()).toJson());
        QVERIFY(sameValues(mustTransform(one, t).values, mustTransform(two, t).values));
    }

    void cancel()
    {
        const DataTable t = basicTable();
        Progress progress;
        progress.cancel();
        Result<FittedPreparation> f = FittedPreparation::fit(t, PreparationOptions{}, nullptr, &progress);
        QVERIFY(!f.has_value());
        QVERIFY(f.error().code == ErrorCode::Canceled);
        const FittedPreparation p = mustFit(t, allRows(t), PreparationOptions{});
        Result<FeatureMatrix> m = p.transform(t, nullptr, &progress);
        QVERIFY(!m.has_value());
        QVERIFY(m.error().code == ErrorCode::Canceled);
    }

    void telco()
    {
        Result<LoadResult> loaded = DataLoader::load(DataSource::fromPath(QStringLiteral(CHURNLENS_TESTDATA "/telco.csv")));
        QVERIFY2(loaded.has_value(), qPrintable(loaded ? QString() : loaded.error().toString()));
        const DataTable &t = loaded->table;
        PreparationOptions o = PreparationOptions::forLinearModel();
        o.engineered = 0;
        const FittedPreparation p = mustFit(t, allRows(t), o);
        const FeatureMatrix m = mustTransform(p, t);
        // As the Python reference: 41 features (one-hot, binary → one column, one indicator).
        QCOMPARE(m.cols, 41);
        QCOMPARE(m.rows, 7043);
        const int mtm = feature(m, QStringLiteral("Contract=Month-to-month"));
        QVERIFY(mtm >= 0);
        QCOMPARE(m.sourceColumn[size_t(mtm)], t.indexOf(QStringLiteral("Contract")));
        const int ind = feature(m, QStringLiteral("TotalCharges missing"));
        QVERIFY(ind >= 0);
        double flagged = 0, monthToMonth = 0;
        for (qsizetype r = 0; r < m.rows; ++r) {
            flagged += m.at(r, ind);
            monthToMonth += m.at(r, mtm);
        }
        QCOMPARE(flagged, 11.0);
        QCOMPARE(monthToMonth, 3875.0);
        // With the engineered features on, all but support calls (not in this file) are made.
        const FittedPreparation q = mustFit(t, allRows(t), PreparationOptions{});
        QCOMPARE(q.engineeredFeatures().size(), 4);
        QVERIFY(!q.engineeredFeatures().contains(EngineeredFeature::SupportCallsPerMonth));
    }
};

QTEST_GUILESS_MAIN(TestFittedPreparation)
#include "tst_fittedpreparation.moc"
