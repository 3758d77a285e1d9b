// The Monitor's application layer on the real Telco file: a model trained on one random half,
// checked against the other half (no action), against shifted copies (flagged, retrain), without
// outcomes (the estimate against the realised figures), a challenger trained and compared, and
// the checks and comparisons kept in a project.
#include "data/datatable.h"
#include "ml/modelbundle.h"
#include "ml/searchspace.h"
#include "ml/trainer.h"
#include "project/modelregistry.h"
#include "project/monitorstore.h"
#include "project/projectfile.h"
#include "project/runrecord.h"
#include "project/runstore.h"
#include "monitor/driftreference.h"
#include "services/challengerservice.h"
#include "services/loadservice.h"
#include "services/monitorservice.h"
#include "services/trainingreference.h"
#include "workspace/columnroles.h"
#include "../core/testtranslator.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

using namespace churnlens;

namespace {

const QString Telco = QStringLiteral(CHURNLENS_TESTDATA "/telco.csv");

//! \a table with column \a name's numbers multiplied by \a factor.
DataTable scaled(const DataTable &table, const QString &name, double factor)
{
    DataTable out = table.rows([&] {
        std::vector<qsizetype> all(size_t(table.rowCount()));
        std::iota(all.begin(), all.end(), qsizetype(0));
        return all;
    }());
    const int c = out.indexOf(name);
    std::vector<double> values(out.column(c).values().begin(), out.column(c).values().end());
    for (double &v : values)
        v *= factor;
    Column column = Column::numeric(name, std::move(values));
    column.setRole(out.column(c).role());
    column.setSemantic(out.column(c).semantic());
    out.replaceColumn(c, std::move(column));
    return out;
}

//! \a table with every second customer's \a name set to \a level (a changed category mix).
DataTable remixed(const DataTable &table, const QString &name, const QString &level)
{
    DataTable out = scaled(table, QStringLiteral("tenure"), 1.0);
    const int c = out.indexOf(name);
    const Column &old = out.column(c);
    const int32_t code = old.dictionary().find(level.toStdString());
    std::vector<int32_t> codes(old.codes().begin(), old.codes().end());
    for (size_t i = 0; i < codes.size(); i += 2)
        codes[i] = code;
    Column column = Column::coded(name, std::move(codes), old.dictionary(), old.type());
    column.setRole(old.role());
    column.setSemantic(old.semantic());
    out.replaceColumn(c, std::move(column));
    return out;
}

//! \a table without its churn column: a file whose outcomes are not known yet.
DataTable withoutOutcomes(const DataTable &table)
{
    DataTable out;
    for (const Column &c : table.columns()) {
        if (c.role() != ColumnRole::Target)
            out.addColumn(c);
    }
    return out;
}

} // namespace

class TestMonitor : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const DataTable> m_halfA;
    std::shared_ptr<const DataTable> m_halfB;
    std::optional<ModelBundle> m_model;
    TrainReport m_report;

    Result<MonitorReport> check(const DataTable &table, const MonitorSettings &settings = {}) const
    {
        MonitorRequest request;
        request.table = &table;
        request.model = &*m_model;
        request.dataName = QStringLiteral("half B");
        request.modelName = QStringLiteral("half A model");
        request.settings = settings;
        return MonitorService::check(request);
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto telco = LoadService::load(DataSource::fromPath(Telco));
        QVERIFY(telco);
        const DataTable &all = telco->table;
        std::vector<qsizetype> rows(size_t(all.rowCount()));
        std::iota(rows.begin(), rows.end(), qsizetype(0));
        std::mt19937_64 random(2026);
        std::shuffle(rows.begin(), rows.end(), random);
        const auto middle = rows.begin() + std::ptrdiff_t(rows.size() / 2);
        std::vector<qsizetype> a(rows.begin(), middle), b(middle, rows.end());
        m_halfA = std::make_shared<const DataTable>(all.rows(a));
        m_halfB = std::make_shared<const DataTable>(all.rows(b));
        TrainOptions options;
        options.models = {ModelKind::XGBoost};
        options.tuning = Tuning::None;
        options.folds = 3;
        auto report = Trainer::run(*m_halfA, options);
        QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
        QVERIFY(TrainingReference::attach(*report, *m_halfA));
        QVERIFY(!report->bestModel().reference.isEmpty());
        m_report = *report;
        auto bundle = ModelBundle::fromReport(*report);
        QVERIFY(bundle);
        m_model = std::move(*bundle);
    }

    void storedChallengerTextsShowTranslated()
    {
        // `churnlens-cli retrain` stores English ("training data + …", "Challenger to v2 (Logistic regression)");
        // German screens showed it in English. Shown, the known forms are translated; other text is kept.
        TestTranslator german;
        german.add("training data + %1", QStringLiteral("Trainingsdaten + %1"));
        german.add("Challenger to %1", QStringLiteral("Herausforderer für %1"));
        german.add("Challenger to %1, trained on %2", QStringLiteral("Herausforderer für %1, trainiert auf %2"));
        german.add("Logistic regression", QStringLiteral("Logistische Regression"));
        const InstalledTranslator installed(&german);
        QCOMPARE(ChallengerService::displayText(QStringLiteral("training data + proj/march-new.csv")),
                 QStringLiteral("Trainingsdaten + proj/march-new.csv"));
        QCOMPARE(ChallengerService::displayText(QStringLiteral("Challenger to v2 (Logistic regression)")),
                 QStringLiteral("Herausforderer für v2 (Logistische Regression)"));
        QCOMPARE(ChallengerService::displayText(QStringLiteral("Challenger to v2 (Logistic regression), trained on training data + m.csv")),
                 QStringLiteral("Herausforderer für v2 (Logistische Regression), trainiert auf Trainingsdaten + m.csv"));
        for (const QString &kept : {QStringLiteral("march.csv"), QStringLiteral("Kampagne Q1, neue Klassen"), QString(),
                                    QStringLiteral("training data + "), QStringLiteral("Herausforderer für v2")})
            QCOMPARE(ChallengerService::displayText(kept), kept);
    }

    void referenceTravelsWithTheModel()
    {
        auto files = ModelBundle::encode(m_report);
        QVERIFY(files);
        auto decoded = ModelBundle::decode(*files);
        QVERIFY(decoded);
        const QJsonObject reference = decoded->meta().value(QLatin1String("reference")).toObject();
        auto parsed = DriftReference::fromJson(reference);
        QVERIFY(parsed);
        QCOMPARE(parsed->rows, m_halfA->rowCount());
        QCOMPARE(parsed->features.size(), size_t(m_model->preparation().inputColumns().size()));
        QCOMPARE(parsed->prediction.present, qint64(m_report.testRows.size()));
        QVERIFY(!parsed->shapFields.isEmpty());
        QCOMPARE(parsed->shapFields.size(), qsizetype(parsed->shapMeanAbs.size()));
    }

    void otherHalfNeedsNoAction()
    {
        auto report = check(*m_halfB);
        QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
        QVERIFY(report->hasReference);
        QVERIFY(!report->inSample);
        QCOMPARE(report->drift.driftedFeatures, 0);
        QVERIFY(!report->drift.prediction.flagged);
        QVERIFY(!report->drift.drifted);
        QVERIFY(report->realised.has_value());
        QCOMPARE(report->recommendation.level, MonitorRecommendation::Level::NoAction);
        QVERIFY2(report->recommendation.headline().startsWith(QLatin1String("No action needed")),
                 qPrintable(report->recommendation.headline()));
        QVERIFY(!report->drift.explanation.empty());
    }

    void probabilitiesAlreadyScoredAreReused()
    {
        auto own = check(*m_halfB);
        QVERIFY(own);
        auto probabilities = m_model->predictProba(*m_halfB);
        QVERIFY(probabilities);
        MonitorRequest request;
        request.table = m_halfB.get();
        request.model = &*m_model;
        request.probabilities = *probabilities;
        auto reused = MonitorService::check(request);
        QVERIFY(reused);
        QCOMPARE(reused->drift.prediction.psi, own->drift.prediction.psi);
        QCOMPARE(reused->estimated.accuracy, own->estimated.accuracy);
        QCOMPARE(reused->accuracy(), own->accuracy());
        // Probabilities of another length are not this table's: the check scores it itself.
        std::vector<double> wrong(10, 0.5);
        request.probabilities = wrong;
        auto rescored = MonitorService::check(request);
        QVERIFY(rescored);
        QCOMPARE(rescored->drift.prediction.psi, own->drift.prediction.psi);
    }

    void estimateWithoutOutcomesIsCloseToRealised()
    {
        auto realised = check(*m_halfB);
        QVERIFY(realised && realised->realised);
        const DataTable blind = withoutOutcomes(*m_halfB);
        auto estimated = check(blind);
        QVERIFY2(estimated, estimated ? "" : qPrintable(estimated.error().toString()));
        QVERIFY(!estimated->realised);
        QVERIFY(estimated->accuracyIsEstimate());
        const BinaryMetrics &truth = realised->realised->metrics;
        qInfo("accuracy: estimated %.4f, realised %.4f; ROC AUC: estimated %.4f, realised %.4f", estimated->estimated.accuracy,
              truth.accuracy, estimated->estimated.rocAuc, truth.rocAuc);
        QVERIFY(std::abs(estimated->estimated.accuracy - truth.accuracy) <= 0.03);
        QVERIFY(std::abs(estimated->estimated.rocAuc - truth.rocAuc) <= 0.03);
        QCOMPARE(estimated->recommendation.level, MonitorRecommendation::Level::NoAction);
    }

    void scaledChargesAreFlagged()
    {
        const DataTable shifted = scaled(*m_halfB, QStringLiteral("MonthlyCharges"), 1.5);
        auto report = check(shifted);
        QVERIFY(report);
        const auto field = std::find_if(report->drift.features.begin(), report->drift.features.end(),
                                        [](const FeatureDrift &f) { return f.name == QLatin1String("MonthlyCharges"); });
        QVERIFY(field != report->drift.features.end());
        QVERIFY(field->flagged);
        QVERIFY(field->psi > 0.2);
        QVERIFY(report->recommendation.level != MonitorRecommendation::Level::NoAction);
        QVERIFY(report->recommendation.lines.join(QLatin1Char('\n')).contains(QLatin1String("MonthlyCharges drifted (PSI")));
    }

    void changedContractMixRecommendsRetraining()
    {
        const DataTable shifted = remixed(*m_halfB, QStringLiteral("Contract"), QStringLiteral("Month-to-month"));
        auto report = check(shifted);
        QVERIFY(report);
        QVERIFY(report->drift.prediction.flagged);
        QCOMPARE(report->recommendation.level, MonitorRecommendation::Level::Retrain);
        QVERIFY2(report->recommendation.headline().startsWith(QLatin1String("Retrain recommended:")),
                 qPrintable(report->recommendation.headline()));
    }

    void absoluteFloorIsOneSettingAway()
    {
        MonitorSettings settings;
        settings.rule = MonitorSettings::Rule::Absolute; // the original system's 85%: a Telco model reaches about 80%
        auto report = check(*m_halfB, settings);
        QVERIFY(report);
        QCOMPARE(report->recommendation.level, MonitorRecommendation::Level::Retrain);
        QVERIFY2(report->recommendation.headline().contains(QLatin1String("< 85.0% (the fixed floor)")),
                 qPrintable(report->recommendation.headline()));
        // Re-deciding under other settings needs no new check.
        const MonitorRecommendation relaxed = MonitorService::recommend(*report, MonitorSettings{});
        QCOMPARE(relaxed.level, MonitorRecommendation::Level::NoAction);
        // Stricter drift thresholds flag fields again from the stored measures, without a new pass.
        MonitorReport strict = *report;
        MonitorSettings tight;
        tight.drift.psi = 0.0;
        tight.drift.kl = 1.0;
        tight.drift.js = 1.0;
        MonitorService::reapply(strict, tight);
        QCOMPARE(strict.drift.driftedFeatures, strict.drift.comparedFeatures);
        QVERIFY(strict.drift.drifted);
        QCOMPARE(strict.recommendation.level, MonitorRecommendation::Level::Retrain);
        MonitorService::reapply(strict, MonitorSettings{});
        QCOMPARE(strict.drift.driftedFeatures, 0);
        QCOMPARE(strict.recommendation.level, MonitorRecommendation::Level::NoAction);
        auto json = MonitorSettings::fromJson(settings.toJson());
        QVERIFY(json);
        QVERIFY(*json == settings);
        QVERIFY(!MonitorSettings::fromJson(QJsonObject{{QStringLiteral("rule"), QStringLiteral("sometimes")}}));
    }

    void modelWithoutReferenceSaysWhatToDo()
    {
        TrainReport old = m_report;
        old.models[size_t(old.best)].reference = {};
        auto bundle = ModelBundle::fromReport(old);
        QVERIFY(bundle);
        MonitorRequest request;
        request.table = m_halfB.get();
        request.model = &*bundle;
        auto report = MonitorService::check(request);
        QVERIFY(!report);
        QCOMPARE(report.error().code, ErrorCode::Model);
        QVERIFY(report.error().hint.contains(QLatin1String("Train the model again")));
    }

    void challengerIsComparedRecordedAndCitedWhenPromoted()
    {
        QTemporaryDir folder;
        auto project = ProjectFile::create(folder.filePath(QStringLiteral("monitor.churnlens")));
        QVERIFY2(project, project ? "" : qPrintable(project.error().toString()));
        ProjectFile &file = **project;
        // The champion: the half-A model, registered from its run.
        auto run = RunRecord::fromReport(m_report, QStringLiteral("half A"), ColumnRoles::of(*m_halfA));
        QVERIFY(run);
        auto runId = RunStore(file).add(*run);
        QVERIFY(runId);
        auto champion = ModelRegistry(file).registerRun(*runId, m_report.best, QStringLiteral("first model"));
        QVERIFY(champion);
        QCOMPARE(champion->status, VersionStatus::Champion);

        ChallengerRequest request;
        request.champion = &*m_model;
        request.championName = champion->label();
        request.championVersion = champion->version;
        request.newData = m_halfB;
        request.referenceData = m_halfA;
        request.dataName = QStringLiteral("half B");
        auto result = ChallengerService::run(request);
        QVERIFY2(result, result ? "" : qPrintable(result.error().toString()));
        const ChallengerComparison &c = result->comparison;
        QCOMPARE(c.trainingRows, m_halfA->rowCount() + m_halfB->rowCount() - c.holdoutRows);
        QVERIFY(c.holdoutRows > 900 && c.holdoutRows < 1200); // 30% of half B
        QVERIFY(c.deLong.aucA > 0.75 && c.deLong.aucB > 0.75);
        QCOMPARE(c.deLong.difference, c.deLong.aucB - c.deLong.aucA);
        QVERIFY(c.deLong.pValue >= 0.0 && c.deLong.pValue <= 1.0);
        QVERIFY(c.overlap.n > 0 && c.overlap.share > 0.5);
        QVERIFY(c.summary.size() >= 3);
        QVERIFY(!result->report.bestModel().reference.isEmpty()); // the challenger can be monitored too

        auto comparisonId = ChallengerService::record(file, *result, ColumnRoles::of(*m_halfB));
        QVERIFY2(comparisonId, comparisonId ? "" : qPrintable(comparisonId.error().toString()));
        const int challenger = result->comparison.challengerVersion;
        auto registered = ModelRegistry(file).version(challenger);
        QVERIFY(registered);
        QCOMPARE(registered->status, VersionStatus::Challenger); // promotion is an explicit step
        auto stored = MonitorStore(file).latestFor(challenger);
        QVERIFY(stored && stored->has_value());
        QCOMPARE((*stored)->id, *comparisonId);
        auto back = ChallengerComparison::fromJson((*stored)->report);
        QVERIFY(back);
        QCOMPARE(back->summary, result->comparison.summary);

        auto promoted = ModelRegistry(file).promote(challenger, QStringLiteral("better on half B"));
        QVERIFY(promoted);
        QCOMPARE(promoted->comparisonId, std::optional<qint64>(*comparisonId));
        auto history = ModelRegistry(file).history();
        QVERIFY(history);
        QCOMPARE(history->last().comparisonId, std::optional<qint64>(*comparisonId));
    }

    void checksAreKeptForTheTrend()
    {
        QTemporaryDir folder;
        auto project = ProjectFile::create(folder.filePath(QStringLiteral("trend.churnlens")));
        QVERIFY(project);
        auto report = check(*m_halfB);
        QVERIFY(report);
        MonitorStore store(**project);
        for (int month = 0; month < 3; ++month) {
            MonitorCheckRecord record;
            record.at = QDateTime(QDate(2026, 9 + month, 1), QTime(8, 0), Qt::UTC);
            record.dataName = QStringLiteral("month %1").arg(month + 1);
            record.dataFingerprint = report->dataFingerprint;
            record.rows = report->drift.rows;
            record.driftedShare = report->drift.driftedShare;
            record.predictionPsi = report->drift.prediction.psi;
            record.accuracy = report->accuracy();
            record.accuracyEstimated = false;
            record.rocAuc = report->rocAuc();
            record.recommendation = MonitorRecommendation::machineName(report->recommendation.level);
            record.report = report->toJson();
            QVERIFY(store.addCheck(record));
        }
        auto checks = store.checks();
        QVERIFY(checks);
        QCOMPARE(checks->size(), 3);
        QCOMPARE(checks->first().dataName, QStringLiteral("month 1"));
        QVERIFY(checks->first().report.isEmpty());
        QCOMPARE(checks->last().accuracy, report->accuracy());
        QVERIFY(std::isnan(checks->first().accuracy) == false);
        auto full = store.check(checks->last().id);
        QVERIFY(full);
        auto restored = MonitorReport::fromJson(full->report);
        QVERIFY2(restored, restored ? "" : qPrintable(restored.error().toString()));
        QCOMPARE(restored->recommendation.lines, report->recommendation.lines);
        QCOMPARE(restored->drift.features.size(), report->drift.features.size());
        QCOMPARE(restored->accuracy(), report->accuracy());
        QVERIFY(!store.check(999));
    }
};

QTEST_GUILESS_MAIN(TestMonitor)
#include "tst_monitor.moc"
