#include "explain/linearshap.h"
#include "explaintestdata.h"
#include "prep/featurematrix.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <numeric>
#include <random>

using namespace churnlens;

class TestLinearShap : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void knownValues()
    {
        // margin = 0.5 + 2 x0 - 1 x1 + 0 x2, training means (1, 3, 7).
        const auto shap = LinearShap::create({2.0, -1.0, 0.0}, 0.5, {1.0, 3.0, 7.0});
        QVERIFY(shap);
        QCOMPARE(shap->featureCount(), 3);
        QCOMPARE(shap->expectedValue(), 0.5 + 2.0 - 3.0);
        const float rows[] = {1.0f, 3.0f, 7.0f, //
                              2.0f, 1.0f, -4.0f};
        const auto values = shap->explain(rows, 2, 3, 1);
        QVERIFY(values);
        QCOMPARE(values->cols, 3);
        // A customer at the means gets no contribution at all.
        QCOMPARE(values->at(0, 0), 0.0);
        QCOMPARE(values->at(0, 1), 0.0);
        QCOMPARE(values->at(0, 2), 0.0);
        QCOMPARE(values->base(0), -0.5);
        QCOMPARE(values->at(1, 0), 2.0);  // 2 * (2 - 1)
        QCOMPARE(values->at(1, 1), 2.0);  // -1 * (1 - 3)
        QCOMPARE(values->at(1, 2), 0.0);  // weight 0
        QCOMPARE(values->margin(1), shap->predictMargin(rows + 3));
        QCOMPARE(shap->predictMargin(rows + 3), 0.5 + 4.0 - 1.0);
    }

    void additiveOnTelco()
    {
        const auto data = explaintest::loadTelco(QStringLiteral(CHURNLENS_TESTDATA "/telco.csv"));
        QVERIFY2(data.error.isEmpty(), qPrintable(data.error));
        // Impute (TotalCharges has blanks), then a model with arbitrary weights and the data's means.
        std::vector<float> x = data.x;
        std::vector<double> means(size_t(data.cols), 0.0);
        for (int r = 0; r < data.rows; ++r) {
            for (int c = 0; c < data.cols; ++c) {
                float &v = x[size_t(r) * size_t(data.cols) + size_t(c)];
                if (std::isnan(v))
                    v = 0.0f;
                means[size_t(c)] += v / double(data.rows);
            }
        }
        std::mt19937 rng(3);
        std::normal_distribution<double> g(0.0, 0.05);
        std::vector<double> weights(size_t(data.cols));
        for (double &w : weights)
            w = g(rng);
        const auto shap = LinearShap::create(weights, -1.3, means);
        QVERIFY(shap);
        FeatureMatrix fm;
        fm.rows = data.rows;
        fm.cols = data.cols;
        fm.values = x;
        const auto values = shap->explain(fm, 2);
        QVERIFY(values);
        double worst = 0.0;
        std::vector<double> meanContribution(size_t(data.cols), 0.0);
        std::vector<double> row(size_t(data.cols) + 1);
        for (int r = 0; r < data.rows; ++r) {
            const double margin = shap->predictMargin(x.data() + size_t(r) * size_t(data.cols));
            worst = std::max(worst, std::abs(values->margin(r) - margin));
            for (int c = 0; c < data.cols; ++c)
                meanContribution[size_t(c)] += values->at(r, c) / double(data.rows);
            if (r % 1000 == 0) {
                shap->explainRow(x.data() + size_t(r) * size_t(data.cols), row.data());
                for (int c = 0; c <= data.cols; ++c)
                    QCOMPARE(row[size_t(c)], values->at(r, c));
            }
        }
        QVERIFY2(worst <= 1e-5, qPrintable(QString::number(worst)));
        // With training means as background, contributions average to zero over the training data.
        for (const double m : meanContribution)
            QVERIFY(std::abs(m) < 1e-5);
    }

    void refusesMissingValues()
    {
        const auto shap = LinearShap::create({1.0, 1.0}, 0.0, {0.0, 0.0});
        QVERIFY(shap);
        std::vector<float> rows(2 * 10000, 1.0f);
        rows[2 * 7000 + 1] = std::numeric_limits<float>::quiet_NaN();
        rows[2 * 9000] = std::numeric_limits<float>::quiet_NaN();
        const auto values = shap->explain(rows.data(), 10000, 2, 2);
        QVERIFY(!values);
        QCOMPARE(values.error().code, ErrorCode::BadInput);
        QCOMPARE(values.error().line, 7001); // the first bad row, whichever thread stopped first
        QCOMPARE(values.error().column, 2);
        QVERIFY(!values.error().hint.isEmpty());
    }

    void refusesBadModelsAndShapes()
    {
        QVERIFY(!LinearShap::create({}, 0.0, {}));
        QVERIFY(!LinearShap::create({1.0, 2.0}, 0.0, {1.0}));
        QVERIFY(!LinearShap::create({1.0}, std::numeric_limits<double>::quiet_NaN(), {1.0}));
        QVERIFY(!LinearShap::create({std::numeric_limits<double>::infinity()}, 0.0, {1.0}));
        const auto shap = LinearShap::create({1.0, 2.0}, 0.0, {0.0, 0.0});
        QVERIFY(shap);
        const float row[] = {1.0f, 2.0f, 3.0f};
        const auto wrong = shap->explain(row, 1, 3);
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, ErrorCode::BadInput);
        const auto empty = shap->explain(nullptr, 0, 2);
        QVERIFY(empty);
        QCOMPARE(empty->rows, 0);
    }

    void cancels()
    {
        const auto shap = LinearShap::create(std::vector<double>(8, 0.1), 0.0, std::vector<double>(8, 0.0));
        QVERIFY(shap);
        std::vector<float> rows(8 * 200000, 0.5f);
        Progress progress;
        progress.cancel();
        const auto values = shap->explain(rows.data(), 200000, 8, 2, &progress);
        QVERIFY(!values);
        QCOMPARE(values.error().code, ErrorCode::Canceled);
    }
};

QTEST_GUILESS_MAIN(TestLinearShap)
#include "tst_linearshap.moc"
