#include "common/progress.h"
#include "ml/binarymetrics.h"
#include "ml/logisticregression.h"
#include "ml/modelfitter.h"
#include "ml/treetrainer.h"
#include "ml/xgbbooster.h"
#include "ml/xgbdmatrix.h"

#include <QTest>

#include <cmath>

using namespace churnlens;

namespace {

/*
 * The data set of the XGBoost reference (scikit-learn wrapper of the same libxgboost 1.7.4):
 *   n, p = 500, 5
 *   X = np.array([[np.sin(0.37 * (i + 1) * (j + 1)) + 0.05 * j for j in range(p)] for i in range(n)], dtype=np.float32)
 *   for i in range(0, n, 17): X[i, 2] = np.nan
 *   z = X[:, 0] - 1.5 * X[:, 1] + np.nan_to_num(X[:, 2]) * 0.7 + 0.6 * np.sin(2.1 * np.arange(n))
 *   y = (z > 0.1).astype(int)                                     # 225 churners
 */
struct Data
{
    std::vector<float> x;
    std::vector<int8_t> y;
    QStringList names{"a", "b", "c", "d", "e"};
    TrainingSet set() const { return {x.data(), qsizetype(y.size()), 5, y, {}, false}; }
};

Data makeData()
{
    Data d;
    for (int i = 0; i < 500; ++i) {
        float row[5];
        for (int j = 0; j < 5; ++j)
            row[j] = float(std::sin(0.37 * (i + 1) * (j + 1)) + 0.05 * j);
        if (i % 17 == 0)
            row[2] = std::nanf("");
        d.x.insert(d.x.end(), row, row + 5);
        // numpy evaluates the float32 part in float32, then adds the float64 sine.
        const float part = (row[0] - 1.5f * row[1]) + (std::isnan(row[2]) ? 0.0f : row[2]) * 0.7f;
        d.y.push_back(double(part) + 0.6 * std::sin(2.1 * i) > 0.1 ? 1 : 0);
    }
    return d;
}

std::vector<double> predictFirst(const TrainedModel &m, const Data &d, int rows)
{
    auto p = m.predictProba(d.x.data(), rows, 5);
    return p ? *p : std::vector<double>();
}

} // namespace

class TestModelFitter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void xgboostMatchesPythonWrapper()
    {
        const Data d = makeData();
        QCOMPARE(d.set().positives(), qint64(225));
        // XGBClassifier(tree_method="hist", n_estimators=30, learning_rate=0.1, max_depth=3,
        //               random_state=42, n_jobs=1).fit(X, y).predict_proba(X[:6])[:, 1]
        const ModelSpec spec = ModelSpec::withDefaults(ModelKind::XGBoost, {{"n_estimators", 30}, {"learning_rate", 0.1}, {"max_depth", 3}});
        auto m = ModelFitter::fit(spec, d.set(), d.names, {1, 42, nullptr});
        QVERIFY2(m, m ? "" : qPrintable(m.error().message));
        const std::vector<double> expected{0.0557456836104393, 0.3128340542316437, 0.1416323333978653,
                                           0.20297642052173615, 0.9567247033119202, 0.9650095701217651};
        const std::vector<double> got = predictFirst(*m, d, 6);
        QCOMPARE(got.size(), expected.size());
        for (size_t i = 0; i < expected.size(); ++i)
            QVERIFY2(std::fabs(got[i] - expected[i]) < 1e-7, qPrintable(QString::number(got[i], 'g', 17)));
        QCOMPARE(int(m->importance().size()), 5);
        QVERIFY(m->importance()[0] > 0.0);
    }

    void xgboostWithWeightsAndSampling()
    {
        // ...XGBClassifier(n_estimators=20, learning_rate=0.2, max_depth=4, subsample=0.8,
        //    colsample_bytree=0.8, random_state=7, n_jobs=1).fit(X, y, sample_weight=where(y == 1, 3.0, 1.0))
        const Data d = makeData();
        std::vector<float> w;
        for (int8_t y : d.y)
            w.push_back(y == 1 ? 3.0f : 1.0f);
        TrainingSet set = d.set();
        set.weights = w;
        const ModelSpec spec = ModelSpec::withDefaults(ModelKind::XGBoost, {{"n_estimators", 20}, {"learning_rate", 0.2}, {"max_depth", 4},
                                                                             {"subsample", 0.8}, {"colsample_bytree", 0.8}});
        auto m = ModelFitter::fit(spec, set, d.names, {1, 7, nullptr});
        QVERIFY(m);
        const std::vector<double> expected{0.025512780994176865, 0.6976100206375122, 0.0874144658446312,
                                           0.21009647846221924, 0.9424465894699097, 0.9764220714569092};
        const std::vector<double> got = predictFirst(*m, d, 6);
        for (size_t i = 0; i < expected.size(); ++i)
            QVERIFY2(std::fabs(got[i] - expected[i]) < 1e-7, qPrintable(QString::number(got[i], 'g', 17)));
    }

    void ownGradientsGrowXgboostsTrees_data()
    {
        QTest::addColumn<bool>("weighted");
        QTest::addColumn<double>("subsample");
        QTest::newRow("plain") << false << 1.0;
        QTest::newRow("weights") << true << 1.0;
        QTest::newRow("subsample") << false << 0.7;
    }
    void ownGradientsGrowXgboostsTrees()
    {
        // One thread uses our log-loss gradients; they must give XGBoost's trees bit for bit.
        QFETCH(bool, weighted);
        QFETCH(double, subsample);
        const Data d = makeData();
        std::vector<float> w;
        for (size_t i = 0; weighted && i < d.y.size(); ++i)
            w.push_back(d.y[i] == 1 ? 2.5f : 0.75f + 0.001f * float(i % 7));
        TrainingSet set = d.set();
        set.weights = w;
        const ModelSpec spec = ModelSpec::withDefaults(ModelKind::XGBoost, {{"n_estimators", 60}, {"learning_rate", 0.3},
                                                                             {"max_depth", 6}, {"subsample", subsample}});
        auto train = [&](bool xgboostGradients) -> QByteArray {
            TreeTrainer::Options o;
            o.seed = 5;
            o.xgboostGradients = xgboostGradients;
            auto t = TreeTrainer::start(spec, set, nullptr, {}, o);
            if (!t)
                return {};
            while ((*t)->roundsDone() < (*t)->totalRounds()) {
                if (!(*t)->step())
                    return {};
            }
            auto m = (*t)->finish(d.names);
            if (!m)
                return {};
            auto json = m->booster()->toJson();
            return json ? *json : QByteArray();
        };
        const QByteArray ours = train(false);
        const QByteArray theirs = train(true);
        QVERIFY(!ours.isEmpty());
        QVERIFY(ours.contains("\"num_trees\":\"60\""));
        QCOMPARE(ours, theirs);
    }

    void deterministic_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("xgboost") << int(ModelKind::XGBoost);
        QTest::newRow("forest") << int(ModelKind::Forest);
        QTest::newRow("logistic") << int(ModelKind::Logistic);
    }
    void deterministic()
    {
        QFETCH(int, kind);
        Data d = makeData();
        if (ModelKind(kind) == ModelKind::Logistic) { // no missing values for the linear model
            for (float &v : d.x)
                v = std::isnan(v) ? 0.0f : v;
        }
        ModelSpec spec = ModelSpec::withDefaults(ModelKind(kind), ModelKind(kind) == ModelKind::XGBoost
                                                                     ? ParamSet{{"subsample", 0.7}, {"colsample_bytree", 0.6}}
                                                                     : ParamSet{{"n_estimators", 50}});
        if (ModelKind(kind) == ModelKind::Logistic)
            spec = ModelSpec::withDefaults(ModelKind::Logistic);
        auto a = ModelFitter::fit(spec, d.set(), d.names, {1, 11, nullptr});
        auto b = ModelFitter::fit(spec, d.set(), d.names, {2, 11, nullptr}); // thread count must not matter
        QVERIFY(a && b);
        QCOMPARE(predictFirst(*a, d, 500), predictFirst(*b, d, 500));
        if (ModelKind(kind) != ModelKind::Logistic) { // another seed, another model
            auto c = ModelFitter::fit(spec, d.set(), d.names, {1, 12, nullptr});
            QVERIFY(c);
            QVERIFY(predictFirst(*a, d, 500) != predictFirst(*c, d, 500));
        }
    }

    void forestIsARandomForest()
    {
        // One binary feature: churn share 30% where it is 0, 70% where it is 1. Every tree has the
        // two leaves, each predicting its in-bag share, so the forest gives about 0.3 and 0.7.
        std::vector<float> x;
        std::vector<int8_t> y;
        for (int i = 0; i < 4000; ++i) {
            const bool one = i % 2;
            x.push_back(one ? 1.0f : 0.0f);
            y.push_back((i / 2) % 10 < (one ? 7 : 3) ? 1 : 0);
        }
        const TrainingSet set{x.data(), 4000, 1, y, {}, false};
        auto m = ModelFitter::fit(ModelSpec::withDefaults(ModelKind::Forest, {{"n_estimators", 40}}), set, {"x"}, {1, 3, nullptr});
        QVERIFY(m);
        const float rows[] = {0.0f, 1.0f};
        auto p = m->predictProba(rows, 2, 1);
        QVERIFY(p);
        QVERIFY2(std::fabs((*p)[0] - 0.3) < 0.02, qPrintable(QString::number((*p)[0])));
        QVERIFY2(std::fabs((*p)[1] - 0.7) < 0.02, qPrintable(QString::number((*p)[1])));
        // Class weights move the shares towards balance: 0.3 -> 0.3*w1 / (0.3*w1 + 0.7*w0) with
        // w1 = n / (2 * 2000) = 1 here (50% churn), so nothing changes; check the weighted path on
        // a 25% churn variant instead: weights 2 and 2/3 turn a share of 0.25 into 0.5.
        std::vector<int8_t> y25;
        for (int i = 0; i < 4000; ++i)
            y25.push_back((i / 2) % 4 == 0 ? 1 : 0); // 25% churn in both groups of x
        TrainingSet weighted{x.data(), 4000, 1, y25, {}, true};
        auto mw = ModelFitter::fit(ModelSpec::withDefaults(ModelKind::Forest, {{"n_estimators", 40}}), weighted, {"x"}, {1, 3, nullptr});
        QVERIFY(mw);
        auto pw = mw->predictProba(rows, 2, 1);
        QVERIFY(pw);
        QVERIFY2(std::fabs((*pw)[0] - 0.5) < 0.03 && std::fabs((*pw)[1] - 0.5) < 0.03, qPrintable(QString::number((*pw)[0])));
    }

    void forestRanksWell()
    {
        const Data d = makeData();
        auto m = ModelFitter::fit(ModelSpec::withDefaults(ModelKind::Forest, {{"n_estimators", 100}}), d.set(), d.names, {2, 1, nullptr});
        QVERIFY(m);
        const std::vector<double> p = predictFirst(*m, d, 500);
        for (double v : p)
            QVERIFY(v >= 0.0 && v <= 1.0);
        std::vector<double> pf(p.begin(), p.end());
        QVERIFY(BinaryMetrics::rocAucScore(d.y, pf) > 0.95); // in-sample: deep trees fit it
    }

    void logisticImportanceIsStandardised()
    {
        Data d = makeData();
        for (float &v : d.x)
            v = std::isnan(v) ? 0.0f : v;
        auto m = ModelFitter::fit(ModelSpec::withDefaults(ModelKind::Logistic), d.set(), d.names, {1, 42, nullptr});
        QVERIFY(m);
        QCOMPARE(m->importanceKind(), QStringLiteral("standardized_coefficient"));
        double mean = 0, sq = 0;
        for (int i = 0; i < 500; ++i)
            mean += d.x[size_t(i) * 5];
        mean /= 500;
        for (int i = 0; i < 500; ++i)
            sq += (d.x[size_t(i) * 5] - mean) * (d.x[size_t(i) * 5] - mean);
        QVERIFY(std::fabs(m->importance()[0] - m->logistic()->coefficients()[0] * std::sqrt(sq / 500)) < 1e-9);
        // NaN never silently becomes a number.
        Data withNaN = makeData();
        auto bad = ModelFitter::fit(ModelSpec::withDefaults(ModelKind::Logistic), withNaN.set(), withNaN.names, {1, 42, nullptr});
        QVERIFY(!bad);
        QCOMPARE(int(bad.error().code), int(ErrorCode::BadInput));
    }

    void saveAndLoad_data()
    {
        deterministic_data();
    }
    void saveAndLoad()
    {
        QFETCH(int, kind);
        Data d = makeData();
        for (float &v : d.x)
            v = std::isnan(v) ? 0.25f : v;
        auto m = ModelFitter::fit(ModelSpec::withDefaults(ModelKind(kind), ModelKind(kind) == ModelKind::Logistic ? ParamSet{} : ParamSet{{"n_estimators", 25}}),
                                  d.set(), d.names, {1, 5, nullptr});
        QVERIFY(m);
        auto bytes = m->serialize();
        QVERIFY(bytes);
        QVERIFY(bytes->startsWith('{'));
        auto back = TrainedModel::deserialize(m->spec(), d.names, *bytes);
        QVERIFY2(back, back ? "" : qPrintable(back.error().message));
        QCOMPARE(predictFirst(*back, d, 500), predictFirst(*m, d, 500));
        // Wrong feature count and garbage are errors, not crashes.
        QVERIFY(!TrainedModel::deserialize(m->spec(), {"a"}, *bytes));
        QVERIFY(!TrainedModel::deserialize(m->spec(), d.names, QByteArray("{\"learner\": 3")));
        QVERIFY(!m->predictProba(d.x.data(), 10, 4));
    }

    void wrapperEvaluatesAndPredicts()
    {
        // The raw wrapper: XGBoost's own log loss equals ours on the same predictions, and
        // in-place prediction equals prediction through a DMatrix, also for a range of rounds.
        const Data d = makeData();
        auto dm = XgbDMatrix::fromDense(d.x.data(), 500, 5, 1);
        QVERIFY(dm);
        const std::vector<float> y = d.set().floatLabels();
        QVERIFY(dm->setLabels(y));
        const XgbDMatrix *cache[] = {&*dm};
        auto b = XgbBooster::create(cache);
        QVERIFY(b);
        QVERIFY(b->setParams({{"objective", "binary:logistic"}, {"eval_metric", "logloss"}, {"nthread", "1"}, {"max_depth", "3"}}));
        for (int i = 0; i < 10; ++i)
            QVERIFY(b->updateOneIter(i, *dm));
        QCOMPARE(*b->boostedRounds(), 10);
        auto eval = b->evalOneIter(9, cache);
        QVERIFY(eval);
        auto viaMatrix = b->predict(*dm);
        auto inPlace = b->predictDense(d.x.data(), 500, 5);
        QVERIFY(viaMatrix && inPlace);
        QCOMPARE(*viaMatrix, *inPlace);
        const std::vector<double> p(inPlace->begin(), inPlace->end());
        QVERIFY(std::fabs(eval->front() - BinaryMetrics::logLossScore(d.y, p)) < 1e-5);
        auto first3 = b->predictDense(d.x.data(), 500, 5, XgbBooster::Output::Probability, {0, 3});
        auto first3Matrix = b->predict(*dm, XgbBooster::Output::Probability, {0, 3});
        QVERIFY(first3 && first3Matrix);
        QCOMPARE(*first3, *first3Matrix);
        QVERIFY(*first3 != *inPlace);
        auto json = b->toJson();
        QVERIFY(json && json->contains("\"learner\""));
        QVERIFY(XgbBooster::libraryVersion().startsWith(QStringLiteral("1.")));
    }

    void quantisingInBatchesGivesTheSameModel_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("batchRows");
        // 500 rows: every value has its own bin. 40,000: the sketch summarises (more values than bins).
        QTest::newRow("xgboost") << int(ModelKind::XGBoost) << 500 << 37;
        QTest::newRow("forest") << int(ModelKind::Forest) << 500 << 37;
        QTest::newRow("xgboost, sketched") << int(ModelKind::XGBoost) << 40000 << 3001;
        QTest::newRow("forest, sketched") << int(ModelKind::Forest) << 40000 << 3001;
    }
    void quantisingInBatchesGivesTheSameModel()
    {
        // The training matrix goes to XGBoost in batches of rows (so a cancel is seen between two);
        // the bins, and so the trees, must be those of one batch: weighted, with missing values.
        QFETCH(int, kind);
        QFETCH(int, rows);
        QFETCH(int, batchRows);
        Data d = makeData();
        if (rows > 500) { // continuous values, every 17th missing in the third column
            d.x.clear();
            d.y.clear();
            for (int i = 0; i < rows; ++i) {
                float row[5];
                for (int j = 0; j < 5; ++j)
                    row[j] = float(std::sin(0.37 * (i + 1) * (j + 1) + 0.001 * i * j) + 0.05 * j);
                if (i % 17 == 0)
                    row[2] = std::nanf("");
                d.x.insert(d.x.end(), row, row + 5);
                d.y.push_back(row[0] - 1.5f * row[1] + 0.6f * float(std::sin(2.1 * i)) > 0.1f ? 1 : 0);
            }
        }
        std::vector<float> w;
        for (size_t i = 0; i < d.y.size(); ++i)
            w.push_back(1.0f + float(i % 3) * 0.5f + (d.y[i] == 1 ? 1.0f : 0.0f));
        TrainingSet set = d.set();
        set.weights = w;
        const std::vector<float> labels = set.floatLabels();
        XgbDMatrix::QuantiseStats oneStats, manyStats;
        auto one = XgbDMatrix::quantised(d.x.data(), rows, 5, 2, 256, nullptr, labels, w, {}, rows, &oneStats);
        auto many = XgbDMatrix::quantised(d.x.data(), rows, 5, 2, 256, nullptr, labels, w, {}, batchRows, &manyStats);
        QVERIFY(one && many);
        // The same passes of XGBoost over the data, each in ceil(rows / batchRows) batches.
        const qint64 perPass = (rows + batchRows - 1) / batchRows;
        QVERIFY(oneStats.batches >= 1);
        QCOMPARE(manyStats.batches, perPass * oneStats.batches);
        const ModelSpec spec = ModelSpec::withDefaults(ModelKind(kind), ModelKind(kind) == ModelKind::XGBoost
                                                                            ? ParamSet{{"n_estimators", 30}, {"subsample", 0.8}}
                                                                            : ParamSet{{"n_estimators", 30}});
        auto a = ModelFitter::fit(spec, set, d.names, {2, 5, &*one});
        auto b = ModelFitter::fit(spec, set, d.names, {2, 5, &*many});
        QVERIFY(a && b);
        auto pa = a->predictProba(d.x.data(), rows, 5);
        auto pb = b->predictProba(d.x.data(), rows, 5);
        QVERIFY(pa && pb);
        QCOMPARE(*pa, *pb);
    }

    void errorsAndCancel()
    {
        const Data d = makeData();
        auto unknown = ModelFitter::fit(ModelSpec{ModelKind::XGBoost, {{"depth", 3}}}, d.set(), d.names, {1, 42, nullptr});
        QVERIFY(!unknown);
        QCOMPARE(int(unknown.error().code), int(ErrorCode::Usage));
        // XGBoost's own parameter check surfaces as an Error with XGBoost's message.
        auto invalid = ModelFitter::fit(ModelSpec::withDefaults(ModelKind::XGBoost, {{"subsample", 3}}), d.set(), d.names, {1, 42, nullptr});
        QVERIFY(!invalid);
        QCOMPARE(int(invalid.error().code), int(ErrorCode::Model));
        QVERIFY(invalid.error().message.contains(QStringLiteral("XGBoost")));
        Progress p;
        int calls = 0;
        p.setCallback([&](double, const QString &) {
            if (++calls == 3)
                p.cancel();
        });
        auto canceled = ModelFitter::fit(ModelSpec::withDefaults(ModelKind::XGBoost), d.set(), d.names, {1, 42, nullptr}, &p);
        QVERIFY(!canceled);
        QCOMPARE(int(canceled.error().code), int(ErrorCode::Canceled));
        QCOMPARE(calls, 3); // stopped right after the round that saw the cancel
        std::vector<int8_t> oneClass(500, 0);
        TrainingSet single = d.set();
        single.labels = oneClass;
        QVERIFY(!ModelFitter::fit(ModelSpec::withDefaults(ModelKind::XGBoost), single, d.names, {1, 42, nullptr}));
    }
};

QTEST_GUILESS_MAIN(TestModelFitter)
#include "tst_modelfitter.moc"
