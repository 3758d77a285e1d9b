// The model's performance on a file: realised (with outcomes, with intervals) and estimated
// without outcomes (CBPE), by hand, on calibrated synthetic data and on Telco.
#include "common/xoshiro.h"
#include "data/dataloader.h"
#include "ml/binarymetrics.h"
#include "ml/trainer.h"
#include "monitor/modelcomparison.h"
#include "monitor/performancecheck.h"

#include <QJsonValue>
#include <QTest>

#include <cmath>
#include <limits>

using namespace churnlens;

namespace {

const double NaN = std::numeric_limits<double>::quiet_NaN();

bool near(double a, double b, double tolerance = 1e-12)
{
    return std::fabs(a - b) <= tolerance;
}

QByteArray pair(double a, double b)
{
    return QByteArray::number(a, 'g', 17) + " vs " + QByteArray::number(b, 'g', 17);
}

//! \a rows customers with probabilities spread over (0, 1) and labels drawn from them: a model
//! that is calibrated by construction.
void calibratedSample(qsizetype rows, quint64 seed, std::vector<int8_t> *labels, std::vector<double> *probabilities)
{
    Xoshiro256 rng(seed);
    labels->resize(size_t(rows));
    probabilities->resize(size_t(rows));
    for (qsizetype i = 0; i < rows; ++i) {
        // A logistic of a skewed score: most customers low, a tail of likely churners.
        const double score = -2.2 + 3.0 * rng.uniform() * rng.uniform() + 1.5 * rng.uniform();
        const double p = 1.0 / (1.0 + std::exp(-score));
        (*probabilities)[size_t(i)] = p;
        (*labels)[size_t(i)] = rng.chance(p) ? 1 : 0;
    }
}

DataTable loadTelco()
{
    DataSource source = DataSource::fromPath(QStringLiteral(CHURNLENS_TESTDATA "/telco.csv"));
    source.targetHint = QStringLiteral("Churn");
    auto loaded = DataLoader::load(source);
    if (!loaded)
        qFatal("cannot load telco.csv: %s", qPrintable(loaded.error().toString()));
    return std::move(loaded->table);
}

const QStringList IntervalNames{QStringLiteral("accuracy"), QStringLiteral("precision"), QStringLiteral("recall"),
                                QStringLiteral("f1"),       QStringLiteral("roc_auc"),   QStringLiteral("pr_auc"),
                                QStringLiteral("brier")};

} // namespace

class TestPerformanceCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realisedEqualsBinaryMetrics()
    {
        std::vector<int8_t> labels;
        std::vector<double> p;
        calibratedSample(3000, 3, &labels, &p);
        // Rows to leave out: a label that is not 0/1, a NaN probability.
        labels[10] = -1;
        labels[11] = 2;
        p[12] = NaN;
        const RealisedPerformance r = RealisedPerformance::compute(labels, p, 0.4);

        std::vector<int8_t> y;
        std::vector<double> q;
        for (size_t i = 0; i < labels.size(); ++i) {
            if ((labels[i] == 0 || labels[i] == 1) && !std::isnan(p[i])) {
                y.push_back(labels[i]);
                q.push_back(p[i]);
            }
        }
        const BinaryMetrics m = BinaryMetrics::compute(y, q, 0.4);
        QCOMPARE(r.rows, qint64(2997));
        QCOMPARE(r.positives, m.confusion.truePositives + m.confusion.falseNegatives);
        QCOMPARE(r.metrics.threshold, 0.4);
        for (const QString &name : BinaryMetrics::names())
            QVERIFY2(r.metrics.value(name) == m.value(name), qPrintable(name));
        QCOMPARE(r.metrics.confusion.truePositives, m.confusion.truePositives);
        QCOMPARE(r.metrics.confusion.trueNegatives, m.confusion.trueNegatives);

        // Every interval there, valid, inside [0, 1] and around its value; none for log loss.
        QCOMPARE(qsizetype(r.intervals.size()), IntervalNames.size());
        QVERIFY(!r.intervals.contains(QStringLiteral("log_loss")));
        for (const QString &name : IntervalNames) {
            const Interval &i = r.intervals.at(name);
            const double v = r.metrics.value(name);
            QVERIFY2(i.isValid(), qPrintable(name));
            QVERIFY2(0.0 <= i.low && i.low < v && v < i.high && i.high <= 1.0,
                     qPrintable(QStringLiteral("%1: %2 in [%3, %4]").arg(name).arg(v).arg(i.low).arg(i.high)));
            QVERIFY2(i.high - i.low < 0.1, qPrintable(name)); // 3000 rows: a few points wide, not the unit interval
        }
        // ROC AUC: ± 1.96 DeLong standard errors.
        double auc = 0, variance = 0;
        ModelComparison::aucVariance(y, q, &auc, &variance);
        QVERIFY(near(r.intervals.at(QStringLiteral("roc_auc")).low, m.rocAuc - 1.96 * std::sqrt(variance)));
        QVERIFY(near(r.intervals.at(QStringLiteral("roc_auc")).high, m.rocAuc + 1.96 * std::sqrt(variance)));
        // Brier: ± 1.96 standard errors of the squared errors.
        double sum = 0, squares = 0;
        for (size_t i = 0; i < y.size(); ++i) {
            const double e = (q[i] - y[i]) * (q[i] - y[i]);
            sum += e;
            squares += e * e;
        }
        const double n = double(y.size());
        const double sd = std::sqrt((squares - sum * sum / n) / (n - 1));
        QVERIFY(near(r.intervals.at(QStringLiteral("brier")).low, m.brier - 1.96 * sd / std::sqrt(n), 1e-10));
        QVERIFY(near(r.intervals.at(QStringLiteral("brier")).high, m.brier + 1.96 * sd / std::sqrt(n), 1e-10));

        const QJsonObject json = r.toJson();
        QCOMPARE(json.value(QStringLiteral("rows")).toInteger(), qint64(2997));
        QCOMPARE(json.value(QStringLiteral("metrics")).toObject().value(QStringLiteral("f1")).toDouble(), m.f1);
        QCOMPARE(json.value(QStringLiteral("intervals")).toObject().value(QStringLiteral("recall")).toObject()
                     .value(QStringLiteral("low")).toDouble(), r.intervals.at(QStringLiteral("recall")).low);
    }

    void wilsonByHand()
    {
        // 10 predicted positives (score >= 0.5), 8 of them churners: precision 8/10. Wilson at
        // z = 1.96: centre (0.8 + 1.96²/20) / (1 + 1.96²/10) = 0.716738…, half-width
        // 1.96 / 1.38416 · sqrt(0.016 + 1.96²/400) = 0.226581… (Python, same formula):
        // [0.49015684672072335, 0.9433190520193067]; scipy.stats.binomtest(8, 10)
        // .proportion_ci(method="wilson") with the exact z gives [0.490162, 0.943318].
        // Recall: 8 of the 12 churners (4 below the threshold).
        const std::vector<int8_t> y{1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0};
        const std::vector<double> p{.9, .9, .8, .8, .7, .7, .6, .6, .6, .5, .4, .3, .2, .1, .1, .2, .3, .4};
        const RealisedPerformance r = RealisedPerformance::compute(y, p, 0.5);
        QCOMPARE(r.metrics.precision, 0.8);
        const Interval &precision = r.intervals.at(QStringLiteral("precision"));
        QVERIFY2(near(precision.low, 0.49015684672072335), pair(precision.low, 0.49015684672072335));
        QVERIFY2(near(precision.high, 0.9433190520193067), pair(precision.high, 0.9433190520193067));
        QVERIFY(near(precision.low, 0.490162, 2e-5) && near(precision.high, 0.943318, 2e-5));
        // Recall 8/12 and accuracy 12/18 use their own counts.
        QCOMPARE(r.metrics.recall, 8.0 / 12.0);
        const Interval &recall = r.intervals.at(QStringLiteral("recall"));
        const Interval &accuracy = r.intervals.at(QStringLiteral("accuracy"));
        QVERIFY(recall.high - recall.low > accuracy.high - accuracy.low); // 12 trials against 18
        QVERIFY(recall.low < 8.0 / 12.0 && 8.0 / 12.0 < recall.high);
    }

    void undefinedIntervals()
    {
        // One class: no ROC / PR AUC, so no interval for them; nothing predicted positive: no precision interval.
        const std::vector<int8_t> y{0, 0, 0, 0};
        const std::vector<double> p{0.1, 0.2, 0.3, 0.05};
        const RealisedPerformance r = RealisedPerformance::compute(y, p, 0.5);
        QVERIFY(!r.intervals.at(QStringLiteral("roc_auc")).isValid());
        QVERIFY(!r.intervals.at(QStringLiteral("pr_auc")).isValid());
        QVERIFY(!r.intervals.at(QStringLiteral("precision")).isValid());
        QVERIFY(!r.intervals.at(QStringLiteral("recall")).isValid());
        QVERIFY(r.intervals.at(QStringLiteral("accuracy")).isValid());
        const QJsonObject json = r.intervals.at(QStringLiteral("roc_auc")).toJson();
        QVERIFY(json.value(QStringLiteral("low")).isNull() && json.value(QStringLiteral("high")).isNull());
        const RealisedPerformance empty = RealisedPerformance::compute({}, {}, 0.5);
        QCOMPARE(empty.rows, qint64(0));
        QVERIFY(!empty.intervals.at(QStringLiteral("f1")).isValid());
    }

    void bootstrapIsSeededAndScaled()
    {
        std::vector<int8_t> labels;
        std::vector<double> p;
        calibratedSample(400000, 21, &labels, &p);
        const RealisedPerformance all = RealisedPerformance::compute(labels, p, 0.35, 42);
        const RealisedPerformance again = RealisedPerformance::compute(labels, p, 0.35, 42);
        const RealisedPerformance other = RealisedPerformance::compute(labels, p, 0.35, 43);
        for (const char *name : {"f1", "pr_auc"}) {
            const Interval &i = all.intervals.at(QLatin1String(name));
            QCOMPARE(again.intervals.at(QLatin1String(name)).low, i.low);
            QCOMPARE(again.intervals.at(QLatin1String(name)).high, i.high);
            QVERIFY(other.intervals.at(QLatin1String(name)).low != i.low);
            const double v = all.metrics.value(QLatin1String(name));
            QVERIFY2(i.low < v && v < i.high, name);
        }
        // 400,000 rows: the bootstrap ran on 100,000 of them and its interval was narrowed by
        // sqrt(1/4). A file of the first 100,000 rows (bootstrapped whole) must give about twice the width.
        const std::span<const int8_t> firstLabels(labels.data(), 100000);
        const std::span<const double> firstP(p.data(), 100000);
        const RealisedPerformance quarter = RealisedPerformance::compute(firstLabels, firstP, 0.35, 42);
        for (const char *name : {"f1", "pr_auc"}) {
            const double wide = quarter.intervals.at(QLatin1String(name)).high - quarter.intervals.at(QLatin1String(name)).low;
            const double narrow = all.intervals.at(QLatin1String(name)).high - all.intervals.at(QLatin1String(name)).low;
            qInfo("%s: %.5f / %.5f = %.3f", name, narrow, wide, narrow / wide);
            QVERIFY2(narrow / wide > 0.35 && narrow / wide < 0.65,
                     qPrintable(QStringLiteral("%1: %2 / %3").arg(QLatin1String(name)).arg(narrow).arg(wide)));
        }
        // The Wilson intervals of the full file are about half as wide as the quarter's too.
        const auto width = [](const RealisedPerformance &r) {
            return r.intervals.at(QStringLiteral("accuracy")).high - r.intervals.at(QStringLiteral("accuracy")).low;
        };
        QVERIFY(std::fabs(width(all) / width(quarter) - 0.5) < 0.05);
    }

    void estimatedByHand()
    {
        // p = 0.9, 0.6, 0.6, 0.3, 0.1 (and a NaN row, skipped), threshold 0.5:
        //   E[TP] = 0.9 + 0.6 + 0.6 = 2.1   E[FP] = 0.1 + 0.4 + 0.4 = 0.9
        //   E[FN] = 0.3 + 0.1 = 0.4         E[TN] = 0.7 + 0.9 = 1.6
        // accuracy (2.1 + 1.6) / 5 = 0.74, precision 2.1 / 3 = 0.7, recall 2.1 / 2.5 = 0.84,
        // F1 4.2 / (4.2 + 0.9 + 0.4) = 4.2 / 5.5.
        // ROC AUC over the groups 0.9 (P .9, N .1), 0.6 tie (P 1.2, N .8), 0.3 (P .3, N .7), 0.1 (P .1, N .9):
        //   .1 (0 + .45) + .8 (.9 + .6) + .7 (2.1 + .15) + .9 (2.4 + .05) = .045 + 1.2 + 1.575 + 2.205 = 5.025,
        //   over ΣP ΣN = 2.5 · 2.5 = 6.25 -> 0.804.
        // Accuracy's interval: Σ p (1 − p) = .09 + .24 + .24 + .21 + .09 = 0.87,
        //   0.74 ± 1.96 sqrt(0.87) / 5 = 0.74 ± 0.365633… -> [0.374367…, 1] (clipped).
        const std::vector<double> p{0.9, 0.6, NaN, 0.6, 0.3, 0.1};
        const EstimatedPerformance e = EstimatedPerformance::compute(p, 0.5);
        QCOMPARE(e.rows, qint64(5));
        QCOMPARE(e.threshold, 0.5);
        QVERIFY2(near(e.accuracy, 0.74), pair(e.accuracy, 0.74));
        QVERIFY2(near(e.precision, 0.7), pair(e.precision, 0.7));
        QVERIFY2(near(e.recall, 0.84), pair(e.recall, 0.84));
        QVERIFY2(near(e.f1, 4.2 / 5.5), pair(e.f1, 4.2 / 5.5));
        QVERIFY2(near(e.rocAuc, 0.804), pair(e.rocAuc, 0.804));
        QVERIFY(near(e.expectedChurnRate, 0.5));
        QVERIFY2(near(e.accuracyInterval.low, 0.74 - 1.96 * std::sqrt(0.87) / 5), pair(e.accuracyInterval.low, 0.374367));
        QCOMPARE(e.accuracyInterval.high, 1.0);
        const QJsonObject json = e.toJson();
        QCOMPARE(json.value(QStringLiteral("rows")).toInteger(), qint64(5));
        QVERIFY(near(json.value(QStringLiteral("roc_auc")).toDouble(), 0.804));

        // Nothing to estimate from: NaN everywhere, null in JSON.
        const std::vector<double> none{NaN, NaN};
        const EstimatedPerformance empty = EstimatedPerformance::compute(none, 0.5);
        QCOMPARE(empty.rows, qint64(0));
        QVERIFY(std::isnan(empty.accuracy) && std::isnan(empty.rocAuc));
        QVERIFY(empty.toJson().value(QStringLiteral("accuracy")).isNull());
        // Everyone certain to stay: no expected churner, so no ROC AUC, and precision/recall 0.
        const std::vector<double> zeros{0.0, 0.0, 0.0};
        const EstimatedPerformance stay = EstimatedPerformance::compute(zeros, 0.5);
        QCOMPARE(stay.accuracy, 1.0);
        QCOMPARE(stay.recall, 0.0);
        QVERIFY(std::isnan(stay.rocAuc));
    }

    void estimatedMatchesRealisedWhenCalibrated()
    {
        // 200,000 customers whose outcomes are drawn from their probabilities: the estimate
        // without outcomes must land within 0.01 of what the outcomes give.
        std::vector<int8_t> labels;
        std::vector<double> p;
        calibratedSample(200000, 7, &labels, &p);
        for (double threshold : {0.3, 0.5}) {
            const EstimatedPerformance e = EstimatedPerformance::compute(p, threshold);
            const BinaryMetrics m = BinaryMetrics::compute(labels, p, threshold);
            qInfo("threshold %.1f: accuracy %.4f / %.4f, precision %.4f / %.4f, recall %.4f / %.4f, F1 %.4f / %.4f, "
                  "ROC AUC %.4f / %.4f (estimated / realised)",
                  threshold, e.accuracy, m.accuracy, e.precision, m.precision, e.recall, m.recall, e.f1, m.f1, e.rocAuc,
                  m.rocAuc);
            QVERIFY2(std::fabs(e.accuracy - m.accuracy) < 0.01, pair(e.accuracy, m.accuracy));
            QVERIFY2(std::fabs(e.precision - m.precision) < 0.01, pair(e.precision, m.precision));
            QVERIFY2(std::fabs(e.recall - m.recall) < 0.01, pair(e.recall, m.recall));
            QVERIFY2(std::fabs(e.f1 - m.f1) < 0.01, pair(e.f1, m.f1));
            QVERIFY2(std::fabs(e.rocAuc - m.rocAuc) < 0.01, pair(e.rocAuc, m.rocAuc));
            QVERIFY(e.accuracyInterval.low < m.accuracy && m.accuracy < e.accuracyInterval.high);
            // The fixture must not make this easy: a real spread of outcomes.
            QVERIFY(m.rocAuc > 0.6 && m.rocAuc < 0.9);
        }
        // An overconfident model (probabilities pushed away from 0.5) is caught out: the estimate
        // is then too optimistic, which is what CBPE cannot know without calibration.
        std::vector<double> sharp(p.size());
        for (size_t i = 0; i < p.size(); ++i)
            sharp[i] = 1.0 / (1.0 + std::exp(-3.0 * std::log(p[i] / (1.0 - p[i]))));
        const EstimatedPerformance over = EstimatedPerformance::compute(sharp, 0.5);
        const BinaryMetrics truth = BinaryMetrics::compute(labels, sharp, 0.5);
        QVERIFY2(over.rocAuc > truth.rocAuc + 0.05, pair(over.rocAuc, truth.rocAuc));
    }

    void estimatedMatchesRealisedOnTelco()
    {
        // XGBoost (family defaults, 5-fold CV so the calibration is fitted on out-of-fold
        // predictions) trained on a random half of Telco; CBPE on the calibrated probabilities of
        // the other half, without its outcomes, against the metrics its outcomes give.
        // Tolerances: 0.03 for accuracy and ROC AUC, 0.06 for precision and recall.
        const DataTable telco = loadTelco();
        TrainOptions o;
        o.models = {ModelKind::XGBoost};
        o.tuning = Tuning::None;
        o.folds = 5;
        o.testSize = 0.5;
        o.threads = 2;
        o.seed = 42;
        auto report = Trainer::run(telco, o);
        QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
        const ModelReport &model = report->bestModel();
        QCOMPARE(model.calibrationChoice.folds, 5); // the calibration was chosen on out-of-fold predictions
        QVERIFY(report->testRows.size() > 3400 && report->testRows.size() < 3650);

        const EstimatedPerformance e = EstimatedPerformance::compute(model.testScores, model.threshold);
        const RealisedPerformance r = RealisedPerformance::compute(report->testLabels, model.testScores, model.threshold);
        QCOMPARE(r.metrics.rocAuc, model.test.rocAuc);
        qInfo("Telco test half (%lld rows, threshold %.3f, calibration %s): estimated / realised  accuracy %.4f / %.4f, "
              "precision %.4f / %.4f, recall %.4f / %.4f, F1 %.4f / %.4f, ROC AUC %.4f / %.4f, churn rate %.4f / %.4f",
              qlonglong(r.rows), model.threshold, qPrintable(Calibration::machineName(model.calibration.method())),
              e.accuracy, r.metrics.accuracy, e.precision, r.metrics.precision, e.recall, r.metrics.recall, e.f1,
              r.metrics.f1, e.rocAuc, r.metrics.rocAuc, e.expectedChurnRate, double(r.positives) / double(r.rows));
        QVERIFY2(std::fabs(e.accuracy - r.metrics.accuracy) <= 0.03, pair(e.accuracy, r.metrics.accuracy));
        QVERIFY2(std::fabs(e.rocAuc - r.metrics.rocAuc) <= 0.03, pair(e.rocAuc, r.metrics.rocAuc));
        QVERIFY2(std::fabs(e.precision - r.metrics.precision) <= 0.06, pair(e.precision, r.metrics.precision));
        QVERIFY2(std::fabs(e.recall - r.metrics.recall) <= 0.06, pair(e.recall, r.metrics.recall));
        // The realised accuracy lies in the estimate's interval, and the estimate in the realised one.
        QVERIFY(e.accuracyInterval.low <= r.metrics.accuracy && r.metrics.accuracy <= e.accuracyInterval.high);
        const Interval &accuracy = r.intervals.at(QStringLiteral("accuracy"));
        QVERIFY(accuracy.low <= e.accuracy && e.accuracy <= accuracy.high);
    }
};

QTEST_GUILESS_MAIN(TestPerformanceCheck)
#include "tst_performancecheck.moc"
