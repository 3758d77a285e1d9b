#include "data/column.h"
#include "explain/fieldattribution.h"
#include "explain/treeensemble.h"
#include "explain/treeshap.h"
#include "explaintestdata.h"
#include "prep/featurematrix.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace churnlens;

namespace {

// Features: 0 "tenure" (column 2), 1 "Contract=Month" (column 5), 2 "Contract=Year" (column 5),
// 3 "charges per month" (columns 2 and 7), 4 "constant" (no column), 5 "TotalCharges missing" (column 7).
FeatureMatrix smallMatrix()
{
    FeatureMatrix m;
    m.rows = 2;
    m.cols = 6;
    m.sourceColumn = {2, 5, 5, -1, -1, 7};
    m.sourceColumns = {{2}, {5}, {5}, {7, 2, 7}, {}, {7}};
    m.values.assign(12, 0.0f);
    return m;
}

ShapMatrix smallShap()
{
    ShapMatrix s;
    s.rows = 2;
    s.cols = 6;
    s.values = {0.5, 0.25, -0.125, 1.0, 0.0625, -2.0, /* base */ -1.0, //
                -0.5, 0.0, 0.75, -1.0, 0.0, 0.5, /* base */ -1.0};
    return s;
}

} // namespace

class TestFieldAttribution : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sumsFeaturesPerField()
    {
        const auto map = FieldAttribution::create(smallMatrix());
        QVERIFY2(map, qPrintable(map ? QString() : map.error().toString()));
        QCOMPARE(map->fields(), (std::vector<int>{2, 5, 7, -1}));
        QCOMPARE(map->fieldPosition(5), 1);
        QCOMPARE(map->fieldPosition(3), -1);

        const auto fields = map->aggregate(smallShap(), 2);
        QVERIFY(fields);
        QCOMPARE(fields->rows, 2);
        QCOMPARE(fields->cols, 4);
        // tenure = 0.5 + half of charges per month (1.0); contract = both one-hot columns;
        // column 7 = missing indicator + the other half; "other" = the constant feature.
        QCOMPARE(fields->at(0, 0), 0.5 + 0.5);
        QCOMPARE(fields->at(0, 1), 0.25 - 0.125);
        QCOMPARE(fields->at(0, 2), -2.0 + 0.5);
        QCOMPARE(fields->at(0, 3), 0.0625);
        QCOMPARE(fields->base(0), -1.0);
        QCOMPARE(fields->at(1, 0), -0.5 - 0.5);
        QCOMPARE(fields->at(1, 2), 0.5 - 0.5);
        for (qsizetype r = 0; r < 2; ++r)
            QCOMPARE(fields->margin(r), smallShap().margin(r));

        const std::vector<double> gain{10.0, 1.0, 2.0, 4.0, 0.0, 3.0};
        QCOMPARE(map->aggregateValues(gain), (std::vector<double>{12.0, 3.0, 5.0, 0.0}));
    }

    void meanAbsIsPerColumn()
    {
        const auto m = FieldAttribution::meanAbs(smallShap());
        QCOMPARE(m.size(), size_t(6));
        QCOMPARE(m[0], 0.5);
        QCOMPARE(m[2], (0.125 + 0.75) / 2.0);
        QCOMPARE(m[5], 1.25);
        QVERIFY(FieldAttribution::meanAbs(ShapMatrix{}).empty());
    }

    void dependenceData()
    {
        ShapMatrix s;
        s.rows = 5;
        s.cols = 1;
        s.values = {0.1, 0, 0.2, 0, 0.3, 0, 0.4, 0, 0.5, 0};
        const Column numeric = Column::numeric(QStringLiteral("tenure"),
                                               {1.0, 2.0, std::numeric_limits<double>::quiet_NaN(), 4.0, 5.0});
        const auto all = FieldAttribution::dependence(s, 0, numeric);
        QVERIFY(all);
        QCOMPARE(all->rows.size(), size_t(5));
        QCOMPARE(all->values[1], 2.0);
        QVERIFY(std::isnan(all->values[2]));
        QCOMPARE(all->contributions[4], 0.5);

        const auto sampled = FieldAttribution::dependence(s, 0, numeric, 2);
        QVERIFY(sampled);
        QCOMPARE(sampled->rows, (std::vector<qsizetype>{0, 2}));

        // SHAP row r is table row 4 - r; coded columns give their codes.
        Dictionary dict;
        dict.insert("Month-to-month");
        dict.insert("Two year");
        const Column coded = Column::coded(QStringLiteral("Contract"), {0, 1, 1, -1, 0}, dict);
        const std::vector<qsizetype> tableRows{4, 3, 2, 1, 0};
        const auto mapped = FieldAttribution::dependence(s, 0, coded, 0, tableRows);
        QVERIFY(mapped);
        QCOMPARE(mapped->values[0], 0.0);
        QVERIFY(std::isnan(mapped->values[1]));
        QCOMPARE(mapped->contributions[0], 0.1);

        QVERIFY(!FieldAttribution::dependence(s, 1, numeric));
        QVERIFY(!FieldAttribution::dependence(s, 0, numeric, 0, std::vector<qsizetype>{0, 1}));
        const std::vector<qsizetype> outside{0, 1, 2, 3, 9};
        QVERIFY(!FieldAttribution::dependence(s, 0, numeric, 0, outside));
    }

    void refusesMismatchedMaps()
    {
        QVERIFY(!FieldAttribution::create(3, {0, 1}));
        QVERIFY(!FieldAttribution::create(2, {0, -1}, {{0}}));
        QVERIFY(!FieldAttribution::create(1, {-1}, {{-4}}));
        const auto map = FieldAttribution::create(2, {0, 1});
        QVERIFY(map);
        ShapMatrix wrong;
        wrong.rows = 1;
        wrong.cols = 3;
        wrong.values.assign(4, 0.0);
        QVERIFY(!map->aggregate(wrong));
    }

    void telcoFieldsStayAdditive()
    {
        const auto data = explaintest::loadTelco(QStringLiteral(CHURNLENS_TESTDATA "/telco.csv"));
        QVERIFY2(data.error.isEmpty(), qPrintable(data.error));
        explaintest::Booster booster(data,
                                     {{QStringLiteral("objective"), QStringLiteral("binary:logistic")},
                                      {QStringLiteral("max_depth"), QStringLiteral("4")},
                                      {QStringLiteral("nthread"), QStringLiteral("2")}},
                                     60);
        QVERIFY2(booster.ok(), qPrintable(booster.error()));
        const auto model = TreeEnsemble::fromJson(booster.json());
        QVERIFY(model);
        const auto shap = TreeShap::create(*model);
        QVERIFY(shap);
        FeatureMatrix fm;
        fm.rows = data.rows;
        fm.cols = data.cols;
        fm.values = data.x;
        fm.names = data.names;
        fm.sourceColumn = data.sourceColumn;
        const auto features = shap->explain(fm);
        QVERIFY(features);
        const auto map = FieldAttribution::create(fm);
        QVERIFY(map);
        QCOMPARE(map->fields().size(), size_t(19)); // 21 CSV columns less id and target
        const auto fields = map->aggregate(*features);
        QVERIFY(fields);
        QCOMPARE(fields->cols, 19);
        for (qsizetype r = 0; r < fields->rows; ++r)
            QVERIFY(std::abs(fields->margin(r) - model->predictMargin(fm.row(r))) <= 1e-5);

        // Contract (one-hot, 3 columns) is the strongest field, as every Telco analysis finds.
        const auto importance = FieldAttribution::meanAbs(*fields);
        const int contract = map->fieldPosition(15);
        QVERIFY(contract >= 0);
        QCOMPARE(int(std::max_element(importance.begin(), importance.end()) - importance.begin()), contract);
        // Field-level |SHAP| is not the sum of the one-hot columns' |SHAP|: signs cancel inside a field.
        const auto perFeature = FieldAttribution::meanAbs(*features);
        double contractColumns = 0.0;
        for (int f = 0; f < fm.cols; ++f) {
            if (fm.sourceColumn[size_t(f)] == 15)
                contractColumns += perFeature[size_t(f)];
        }
        QVERIFY(importance[size_t(contract)] <= contractColumns + 1e-12);
    }
};

QTEST_GUILESS_MAIN(TestFieldAttribution)
#include "tst_fieldattribution.moc"
