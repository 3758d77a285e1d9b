#include "common/progress.h"
#include "data/dataloader.h"
#include "ml/autosearch.h"
#include "ml/datasplit.h"
#include "ml/modelbundle.h"
#include "ml/trainer.h"

#include <QJsonArray>
#include <QTemporaryDir>

#include <QTest>

#include <cmath>

using namespace churnlens;

namespace {

DataTable loadTelco()
{
    DataSource source = DataSource::fromPath(QStringLiteral(CHURNLENS_TESTDATA "/telco.csv"));
    source.targetHint = QStringLiteral("Churn");
    auto loaded = DataLoader::load(source);
    if (!loaded)
        qFatal("cannot load telco.csv: %s", qPrintable(loaded.error().toString()));
    return std::move(loaded->table);
}

QStringList telcoTestIds()
{
    auto ids = DataSplit::readIdFile(QStringLiteral(CHURNLENS_TESTDATA "/telco_test_ids.txt"));
    return ids ? *ids : QStringList();
}

} // namespace

class TestTrainer : public QObject
{
    Q_OBJECT
    DataTable m_telco;

private Q_SLOTS:
    void initTestCase()
    {
        m_telco = loadTelco();
        QCOMPARE(m_telco.rowCount(), qsizetype(7043));
        QVERIFY(m_telco.targetIndex() >= 0);
        QCOMPARE(m_telco.positiveLabel(), QStringLiteral("Yes"));
    }

    void logisticMatchesPythonReference()
    {
        // The Python reference's logistic regression (same rows, same 41 features, threshold 0.5):
        // accuracy 0.8055, precision 0.6572, recall 0.5588, F1 0.6040, ROC AUC 0.8420, PR AUC 0.6339.
        TrainOptions o;
        o.models = {ModelKind::Logistic};
        o.tuning = Tuning::None; // C = 1, as scikit-learn's default
        o.calibrate = false;     // the model's own probabilities, as Python's
        o.testIds = telcoTestIds();
        o.preparation.engineered = 0;
        o.threshold.kind = ThresholdPolicy::Kind::Fixed;
        o.threshold.fixed = 0.5;
        auto r = Trainer::run(m_telco, o);
        QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
        QCOMPARE(r->testRows.size(), size_t(1409));
        QCOMPARE(r->testPositives, qint64(374));
        QCOMPARE(r->featureNames.size(), 41);
        const BinaryMetrics &t = r->bestModel().test;
        QVERIFY2(std::fabs(t.rocAuc - 0.8420) < 0.0005, qPrintable(QString::number(t.rocAuc)));
        QVERIFY2(std::fabs(t.prAuc - 0.6339) < 0.0005, qPrintable(QString::number(t.prAuc)));
        QVERIFY2(std::fabs(t.f1 - 0.6040) < 0.0005, qPrintable(QString::number(t.f1)));
        QVERIFY2(std::fabs(t.accuracy - 0.8055) < 0.0005, qPrintable(QString::number(t.accuracy)));
        QCOMPARE(r->bestModel().cv.size(), size_t(8));
        QVERIFY(r->bestModel().cv.at("roc_auc").mean > 0.83);
        QCOMPARE(r->bestModel().importanceKind, QStringLiteral("standardized_coefficient"));
    }

    void tunedXGBoostReachesTheReference()
    {
        // Done-when: tuned XGBoost >= the Python reference's 0.8466 test ROC AUC within 0.005,
        // and the same result on a second run with the same seed.
        TrainOptions o;
        o.models = {ModelKind::XGBoost};
        o.tuning = Tuning::Grid;
        o.testIds = telcoTestIds();
        o.threads = 2;
        auto a = Trainer::run(m_telco, o);
        QVERIFY2(a, a ? "" : qPrintable(a.error().toString()));
        const ModelReport &m = a->bestModel();
        QCOMPARE(m.search.size(), size_t(27));
        QVERIFY2(m.test.rocAuc >= 0.8466 - 0.005, qPrintable(QString::number(m.test.rocAuc)));
        o.threads = 1;
        auto b = Trainer::run(m_telco, o);
        QVERIFY(b);
        QCOMPARE(b->bestModel().spec.params, m.spec.params);
        QCOMPARE(b->bestModel().testScores, m.testScores);
        QCOMPARE(b->bestModel().threshold, m.threshold);
    }

    void autoComparesAllFamilies()
    {
        TrainOptions o;
        o.models = {ModelKind::XGBoost, ModelKind::Logistic, ModelKind::Forest};
        o.folds = 3;
        o.baseParams[ModelKind::Forest] = {{"n_estimators", 60}};
        o.imbalance = ImbalanceStrategy::ClassWeights;
        o.threshold.kind = ThresholdPolicy::Kind::BestProfit;
        auto r = Trainer::run(m_telco, o);
        QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
        QCOMPARE(r->models.size(), size_t(3));
        double bestCv = -1;
        for (const ModelReport &m : r->models) {
            QVERIFY(m.model.isValid());
            QVERIFY(m.test.rocAuc > 0.8);
            QCOMPARE(m.testScores.size(), r->testRows.size());
            bestCv = std::max(bestCv, m.cv.at("roc_auc").mean);
        }
        QCOMPARE(r->bestModel().cv.at("roc_auc").mean, bestCv);
        // Class weights push the model's own probabilities up: their reliability curve lies below the
        // diagonal. The calibration fitted on out-of-fold predictions brings them back: the mean
        // calibrated test score is close to the churn rate, and the calibration error falls.
        const ModelReport &xgb = r->models[0];
        double own = 0, calibrated = 0;
        qint64 rows = 0;
        for (const auto &bin : xgb.uncalibrated.reliability) {
            own += bin.meanPredicted * double(bin.count);
            rows += bin.count;
        }
        for (double p : xgb.testScores)
            calibrated += p;
        const double churnRate = double(r->testPositives) / double(r->testRows.size());
        QCOMPARE(rows, qint64(r->testRows.size()));
        QVERIFY2(own / double(rows) > churnRate + 0.04, qPrintable(QString::number(own / double(rows))));
        QVERIFY(xgb.calibration.method() != Calibration::Method::None);
        QVERIFY2(std::fabs(calibrated / double(rows) - churnRate) < 0.03, qPrintable(QString::number(calibrated / double(rows))));
        QVERIFY2(xgb.ece < xgb.uncalibrated.ece, qPrintable(QStringLiteral("%1 %2").arg(xgb.ece).arg(xgb.uncalibrated.ece)));
        QVERIFY(xgb.test.brier < xgb.uncalibrated.brier);
        const QJsonObject json = r->toJson();
        QCOMPARE(json.value("models").toArray().size(), 3);
        QCOMPARE(json.value("best").toString(), machineName(r->bestModel().kind));
        const QJsonObject test = json.value("models").toArray().first().toObject().value("test").toObject();
        for (const char *key : {"accuracy", "precision", "recall", "f1", "roc_auc", "pr_auc", "log_loss", "brier", "threshold", "confusion"})
            QVERIFY2(test.contains(QLatin1String(key)), key);
    }

    void autoIsTheDefault()
    {
        // The default run: Auto's halving, the final refit in smaller steps, a calibration that only
        // stays when it helps, and the saved model scoring exactly the calibrated test scores.
        TrainOptions o;
        o.testIds = telcoTestIds();
        auto r = Trainer::run(m_telco, o);
        QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
        QCOMPARE(r->options.tuning, Tuning::Auto);
        const ModelReport &m = r->bestModel();
        QCOMPARE(m.search.size(), size_t(9));
        int complete = 0;
        for (const SearchEntry &e : m.search)
            complete += e.folds == 5 ? 1 : 0;
        QCOMPARE(complete, 3);
        QCOMPARE(m.spec.value("learning_rate"), AutoSearch::LearningRate / AutoSearch::SmallFileShrink);
        QVERIFY(m.spec.intValue("n_estimators") >= 4);
        QVERIFY2(m.test.rocAuc >= 0.8466 - 0.005, qPrintable(QString::number(m.test.rocAuc)));
        // Never worse than the model's own probabilities on the test rows by more than noise.
        QVERIFY(m.test.brier <= m.uncalibrated.brier + 0.002);
        QVERIFY(m.test.logLoss <= m.uncalibrated.logLoss + 0.005);
        QCOMPARE(m.calibrationChoice.folds, 5);
        QTemporaryDir dir;
        QVERIFY(ModelBundle::save(dir.path(), *r));
        auto bundle = ModelBundle::load(dir.path());
        QVERIFY2(bundle, bundle ? "" : qPrintable(bundle.error().toString()));
        QCOMPARE(bundle->calibration(), m.calibration);
        auto all = bundle->predictProba(m_telco);
        QVERIFY(all);
        for (size_t i = 0; i < r->testRows.size(); ++i)
            QVERIFY(std::fabs((*all)[size_t(r->testRows[i])] - m.testScores[i]) < 1e-12);
        // Same seed, same run.
        auto again = Trainer::run(m_telco, o);
        QVERIFY(again);
        QCOMPARE(again->bestModel().spec.params, m.spec.params);
        QCOMPARE(again->bestModel().testScores, m.testScores);
    }

    void calibratedModelScoresCalibrated()
    {
        // SMOTE inflates probabilities; the calibrated bundle's scores are the map of the model's own.
        TrainOptions o;
        o.tuning = Tuning::None;
        o.imbalance = ImbalanceStrategy::Smote;
        o.testIds = telcoTestIds();
        auto r = Trainer::run(m_telco, o);
        QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
        const ModelReport &m = r->bestModel();
        QVERIFY(m.calibration.method() != Calibration::Method::None);
        QVERIFY2(m.ece < m.uncalibrated.ece, qPrintable(QStringLiteral("%1 %2").arg(m.ece).arg(m.uncalibrated.ece)));
        auto bundle = ModelBundle::fromReport(*r);
        QVERIFY(bundle);
        auto features = bundle->preparation().transform(m_telco, r->testRows);
        QVERIFY(features);
        auto own = m.model.predictProba(*features);
        auto scored = bundle->predictProba(*features);
        QVERIFY(own && scored);
        for (size_t i = 0; i < own->size(); ++i)
            QCOMPARE((*scored)[i], m.calibration.apply((*own)[i]));
        // Without calibration the bundle's scores are the model's own.
        o.calibrate = false;
        auto plain = Trainer::run(m_telco, o);
        QVERIFY(plain);
        QVERIFY(plain->bestModel().calibration.isIdentity());
        QCOMPARE(plain->bestModel().ece, plain->bestModel().uncalibrated.ece);
    }

    void saveLoadScoresTheSame_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("xgboost") << int(ModelKind::XGBoost);
        QTest::newRow("logistic") << int(ModelKind::Logistic);
        QTest::newRow("forest") << int(ModelKind::Forest);
    }
    void saveLoadScoresTheSame()
    {
        QFETCH(int, kind);
        TrainOptions o;
        o.models = {ModelKind(kind)};
        o.folds = 0;
        o.baseParams[ModelKind::Forest] = {{"n_estimators", 40}};
        auto r = Trainer::run(m_telco, o);
        QVERIFY(r);
        QTemporaryDir dir;
        QVERIFY(ModelBundle::save(dir.path(), *r));
        auto bundle = ModelBundle::load(dir.path());
        QVERIFY2(bundle, bundle ? "" : qPrintable(bundle.error().toString()));
        QCOMPARE(bundle->kind(), ModelKind(kind));
        QCOMPARE(bundle->threshold(), r->bestModel().threshold);
        QCOMPARE(bundle->meta().value("data_fingerprint").toString(), Trainer::fingerprint(m_telco));
        auto all = bundle->predictProba(m_telco);
        QVERIFY(all);
        for (size_t i = 0; i < r->testRows.size(); ++i)
            QVERIFY(std::fabs((*all)[size_t(r->testRows[i])] - r->bestModel().testScores[i]) < 1e-12);
        QVERIFY(QFile::exists(dir.filePath(kind == int(ModelKind::Logistic) ? "logistic.json" : "model.json")));
        QVERIFY(QFile::exists(dir.filePath("preparation.json")));
        // A damaged directory is an error with the file named, not a crash.
        QFile meta(dir.filePath("meta.json"));
        QVERIFY(meta.open(QIODevice::WriteOnly));
        meta.write("{\"format\": \"churnlens-model\", \"version\": 1, \"model\": \"svm\"}");
        meta.close();
        auto broken = ModelBundle::load(dir.path());
        QVERIFY(!broken);
        QVERIFY(broken.error().file.endsWith("meta.json"));
        QVERIFY(!ModelBundle::load(dir.filePath("nope")));
    }

    void cancelAtEveryStage()
    {
        // Cancel once progress passes a mark: fold preparation, tree search, logistic search,
        // final XGBoost fit, final logistic fit. Each run must stop with "canceled", fast.
        TrainOptions o;
        o.models = {ModelKind::XGBoost, ModelKind::Logistic};
        o.folds = 3;
        o.threads = 2;
        QStringList stages;
        for (double mark : {0.0, 0.02, 0.2, 0.6, 0.88, 0.93}) {
            Progress p;
            QElapsedTimer afterCancel;
            p.setCallback([&](double fraction, const QString &text) {
                if (!p.isCanceled() && fraction >= mark) {
                    stages << text;
                    p.cancel();
                    afterCancel.start();
                }
            });
            auto r = Trainer::run(m_telco, o, &p);
            QVERIFY2(!r, qPrintable(QString::number(mark)));
            QCOMPARE(int(r.error().code), int(ErrorCode::Canceled));
            qInfo("stopped %lld ms after the cancel at %.2f", qlonglong(afterCancel.elapsed()), mark);
        }
        qInfo() << stages;
        QVERIFY2(stages.filter(QStringLiteral("fold")).size() >= 2, qPrintable(stages.join(QStringLiteral(" | "))));
        QVERIFY2(stages.filter(QStringLiteral("final")).size() >= 1, qPrintable(stages.join(QStringLiteral(" | "))));
    }

    void badOptionsAreErrors()
    {
        TrainOptions o;
        o.folds = 1;
        QCOMPARE(int(Trainer::run(m_telco, o).error().code), int(ErrorCode::Usage));
        o.folds = 0;
        o.tuning = Tuning::Grid;
        QCOMPARE(int(Trainer::run(m_telco, o).error().code), int(ErrorCode::Usage));
        o.tuning = Tuning::None;
        o.testIds = {QStringLiteral("no-such-id")};
        QCOMPARE(int(Trainer::run(m_telco, o).error().code), int(ErrorCode::BadInput));
        DataTable noTarget = m_telco;
        noTarget.setTarget(-1);
        QCOMPARE(int(Trainer::run(noTarget, TrainOptions()).error().code), int(ErrorCode::BadInput));
    }
};

QTEST_GUILESS_MAIN(TestTrainer)
#include "tst_trainer.moc"
