// Each service on its own, without the CLI or widgets: what it returns for good input, and the
// error it gives (kind, file) for bad input.
#include "data/datatable.h"
#include "ml/modelbundle.h"
#include "ml/trainer.h"
#include "ml/trainreport.h"
#include "ml/modellocator.h"
#include "score/campaignplanner.h"
#include "services/campaignservice.h"
#include "services/exportservice.h"
#include "services/impactservice.h"
#include "project/activitylog.h"
#include "common/progress.h"
#include "services/loadservice.h"
#include "services/modelsaver.h"
#include "services/scoringservice.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace churnlens;

namespace {
const QString Telco = QStringLiteral(CHURNLENS_TESTDATA "/telco.csv");
}

class TestServices : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<ModelBundle> m_model;
    std::optional<LoadResult> m_telco;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        auto model = ModelBundle::load(ModelLocator::defaultModelDirectory());
        QVERIFY2(model, "the shipped model (models/default) is needed");
        m_model = std::move(*model);
        auto telco = LoadService::load(DataSource::fromPath(Telco));
        QVERIFY(telco);
        m_telco = std::move(*telco);
    }

    void loadNamesAMissingFile()
    {
        const QString missing = m_dir.filePath(QStringLiteral("nowhere.csv"));
        auto r = LoadService::load(DataSource::fromPath(missing));
        QVERIFY(!r);
        QCOMPARE(int(r.error().code), int(ErrorCode::Io));
        QCOMPARE(r.error().file, missing);
        QCOMPARE(m_telco->table.rowCount(), qsizetype(7043));
    }

    void scoringKeepsOnlyTheNotesThatMatter()
    {
        Issue badRow;
        badRow.message = QStringLiteral("a bad value");
        badRow.line = 12;
        Issue onInput;
        onInput.message = QStringLiteral("about tenure");
        onInput.columnName = QStringLiteral("tenure");
        Issue training;
        training.message = QStringLiteral("customerID looks like an id");
        training.columnName = QStringLiteral("customerID");
        const QStringList inputs = m_model->preparation().inputColumns();
        QVERIFY(inputs.contains(QStringLiteral("tenure")));
        const QList<Issue> kept = ScoringService::scoringIssues({badRow, onInput, training}, inputs);
        QCOMPARE(kept.size(), qsizetype(2));
        QCOMPARE(kept[0].message, badRow.message);
        QCOMPARE(kept[1].message, onInput.message);

        auto scored = ScoringService::score(*m_model, m_telco->table, ScoreOptions{}, {badRow, training});
        QVERIFY(scored);
        QCOMPARE(scored->counts.scored(), qsizetype(7043));
        QVERIFY(!scored->issues.isEmpty());
        QCOMPARE(scored->issues.first().message, badRow.message); // the loader's notes lead
        for (const Issue &i : scored->issues)
            QVERIFY(i.message != training.message);
    }

    void campaignListsAgreeWithThePlanner()
    {
        auto scored = ScoringService::score(*m_model, m_telco->table, ScoreOptions{}, {});
        QVERIFY(scored);
        // No options: everyone, in file order.
        auto all = CampaignService::select(*scored, m_telco->table, std::nullopt);
        QVERIFY(all);
        QCOMPARE(qsizetype(all->rows.size()), qsizetype(7043));
        QCOMPARE(all->rows[5], qsizetype(5));
        // Top 300 by expected value, the CLI's way and the GUI's live planner: the same rows.
        CampaignOptions top;
        top.mode = CampaignOptions::Mode::TopN;
        top.topN = 300;
        auto list = CampaignService::select(*scored, m_telco->table, top);
        QVERIFY(list);
        QCOMPARE(qsizetype(list->rows.size()), qsizetype(300));
        auto planner = CampaignService::plan(*scored, m_telco->table, CustomerValue::Options{});
        QVERIFY(planner);
        QCOMPARE((*planner)->rows(top), list->rows);
        // Invalid options are an error, not an empty list.
        CampaignOptions bad = top;
        bad.acceptanceRate = 1.5;
        auto refused = CampaignService::select(*scored, m_telco->table, bad);
        QVERIFY(!refused);
        // A named value column that does not exist is an error too.
        CustomerValue::Options value;
        value.column = QStringLiteral("NoSuchColumn");
        QVERIFY(!CampaignService::select(*scored, m_telco->table, top, value));
    }

    void exportWritesAndLogs()
    {
        auto scored = ScoringService::score(*m_model, m_telco->table, ScoreOptions{}, {});
        QVERIFY(scored);
        ExportRequest request;
        request.path = m_dir.filePath(QStringLiteral("list.csv"));
        request.logPath = m_dir.filePath(QStringLiteral("log.jsonl"));
        request.context.model = QStringLiteral("default");
        QList<Issue> logWarnings;
        auto written = ExportService::write(*scored, m_telco->table, {0, 1, 2}, request, nullptr, &logWarnings);
        QVERIFY(written);
        QCOMPARE(*written, qsizetype(3));
        QVERIFY(logWarnings.isEmpty());
        QFile csv(request.path);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().count('\n'), 4); // header and three customers
        QFile log(request.logPath);
        QVERIFY(log.open(QIODevice::ReadOnly));
        QCOMPARE(log.readAll().count('\n'), 1);
        // A log that cannot be written: the list is still saved, and the caller is told.
        request.path = m_dir.filePath(QStringLiteral("list2.csv"));
        request.logPath = m_dir.filePath(QStringLiteral("list.csv/log.jsonl")); // a file used as a folder
        logWarnings.clear();
        written = ExportService::write(*scored, m_telco->table, {0}, request, nullptr, &logWarnings);
        QVERIFY(written);
        QVERIFY(QFile::exists(request.path));
        QCOMPARE(logWarnings.size(), qsizetype(1));
    }

    void impactReportOnTelco()
    {
        auto scored = ScoringService::score(*m_model, m_telco->table, ScoreOptions{}, {});
        QVERIFY(scored);
        ImpactRequest request;
        request.table = &m_telco->table;
        request.scores = &*scored;
        request.model = &*m_model;
        request.modelName = QStringLiteral("default");
        request.economics.acceptanceLow = 0.15;
        request.economics.acceptanceHigh = 0.35;
        ScoringRecord earlier;
        earlier.at = QDateTime::currentDateTimeUtc().addDays(-30);
        earlier.rows = 7000;
        earlier.high = 2000;
        earlier.monthlyRevenueAtRisk = 100000;
        request.history = {earlier};
        auto report = ImpactService::build(request);
        QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
        // The revenue at risk from the mapped MonthlyCharges column, added up here independently.
        const int charges = m_telco->table.indexOf(QStringLiteral("MonthlyCharges"));
        QVERIFY(charges >= 0);
        double atRisk = 0.0;
        for (qsizetype r = 0; r < m_telco->table.rowCount(); ++r)
            atRisk += scored->probabilities[size_t(r)] * m_telco->table.column(charges).values()[size_t(r)];
        QCOMPARE(report->valueColumn, QStringLiteral("MonthlyCharges"));
        QCOMPARE(report->kpis.scored, qsizetype(7043));
        QVERIFY(std::abs(report->kpis.monthlyRevenueAtRisk - atRisk) < 1e-6 * atRisk);
        QCOMPARE(report->kpis.risk.high, scored->counts.high);
        // Telco records the outcome: the realised churn rate is the file's.
        QVERIFY(std::abs(report->kpis.observedChurnRate - m_telco->table.churnRate()) < 1e-12);
        // The default model was trained on this very file.
        QVERIFY(report->inSample);
        // Contract and tenure come first among the segments; every segment adds up to the file.
        QVERIFY(report->segments.size() >= 2);
        QCOMPARE(report->segments[0].columnName, QStringLiteral("Contract"));
        QCOMPARE(report->segments[1].columnName, QStringLiteral("tenure"));
        for (const SegmentBreakdown &s : report->segments) {
            qsizetype customers = 0;
            for (const SegmentRow &row : s.rows)
                customers += row.customers;
            QCOMPARE(customers, qsizetype(7043));
        }
        // A campaign that pays, inside its band; the trend keeps the project's scorings.
        QVERIFY(report->curve.bestCustomers > 0);
        QVERIFY(report->curve.best.net > 0.0);
        QVERIFY(report->curve.bestNetLow < report->curve.best.net && report->curve.best.net < report->curve.bestNetHigh);
        QCOMPARE(report->trend.size(), size_t(1));
        QCOMPARE(report->trend[0].monthlyRevenueAtRisk, 100000.0);
        const QJsonObject json = report->toJson();
        QCOMPARE(json[QStringLiteral("campaign")][QStringLiteral("best_customers")].toDouble(), double(report->curve.bestCustomers));
        QVERIFY(json[QStringLiteral("kpis")][QStringLiteral("revenue_at_risk")].isDouble());
        QVERIFY(!ImpactService::howComputed(*report).isEmpty());

        // Named segments; an unknown one is an error naming it; a canceled build stops.
        request.segmentColumns = {QStringLiteral("PaymentMethod")};
        report = ImpactService::build(request);
        QVERIFY(report);
        QCOMPARE(report->segments.size(), size_t(1));
        request.segmentColumns = {QStringLiteral("Nope")};
        report = ImpactService::build(request);
        QVERIFY(!report);
        QVERIFY(report.error().message.contains(QStringLiteral("Nope")));
        request.segmentColumns.clear();
        Progress progress;
        progress.cancel();
        report = ImpactService::build(request, &progress);
        QVERIFY(!report);
        QCOMPARE(int(report.error().code), int(ErrorCode::Canceled));
        // A scoring record gets the same figures.
        ScoringRecord record;
        ImpactService::fillScoringRecord(&record, m_telco->table, *scored, *m_model);
        QVERIFY(std::abs(record.monthlyRevenueAtRisk - atRisk) < 1e-6 * atRisk);
        QVERIFY(std::abs(record.observedChurnRate - m_telco->table.churnRate()) < 1e-12);
    }

    void savedModelsAreVerifiedAndNeverMixedIn()
    {
        TrainOptions o;
        o.models = {ModelKind::Logistic};
        o.folds = 0;
        auto report = Trainer::run(m_telco->table, o);
        QVERIFY(report);
        // A new folder: saved, and it loads back (the save verifies that too).
        const QString fresh = m_dir.filePath(QStringLiteral("churn-model"));
        QVERIFY(ModelSaver::save(fresh, *report, report->best));
        auto loaded = ModelBundle::load(fresh);
        QVERIFY(loaded);
        QCOMPARE(loaded->threshold(), report->bestModel().threshold);
        // What the impact dashboard reads: the training churn rate and the test calibration error.
        QCOMPARE(loaded->meta()[QStringLiteral("train_churn_rate")].toDouble(),
                 double(report->trainPositives) / double(report->trainRows.size()));
        QCOMPARE(loaded->meta()[QStringLiteral("metrics")][QStringLiteral("test")][QStringLiteral("ece")].toDouble(),
                 report->bestModel().ece);
        // A folder with other files in it is refused, and nothing is written into it.
        const QString other = m_dir.filePath(QStringLiteral("holiday-photos"));
        QVERIFY(QDir().mkpath(other));
        QFile note(other + QStringLiteral("/note.txt"));
        QVERIFY(note.open(QIODevice::WriteOnly));
        note.write("keep me");
        note.close();
        auto saved = ModelSaver::save(other, *report, report->best);
        QVERIFY(!saved);
        QCOMPARE(int(saved.error().code), int(ErrorCode::Io));
        QCOMPARE(QDir(other).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{QStringLiteral("note.txt")});
    }
};

QTEST_GUILESS_MAIN(TestServices)
#include "tst_services.moc"
