// The project lifecycle without widgets: what a session records into the open project (runs,
// scorings, exports linked to them), and save → reopen putting the work back: the data with its
// roles, types and meanings, the model in use (a registered version scores byte-identically) and
// its threshold, the risk cut points and the settings; missing and changed data; the sample
// project a first start opens.
#include "data/columnconvert.h"
#include "data/dataloader.h"
#include "export/exportlog.h"
#include "ml/modellocator.h"
#include "ml/trainer.h"
#include "project/project.h"
#include "score/scoreresult.h"
#include "services/exportservice.h"
#include "services/projectrecorder.h"
#include "services/sampleproject.h"
#include "services/trainresults.h"
#include "services/trainrun.h"
#include "workspace/columnroles.h"
#include "workspace/projectsession.h"
#include "workspace/scoringcontext.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <memory>

using namespace churnlens;

namespace {
const QString Telco = QStringLiteral(CHURNLENS_TESTDATA "/telco.csv");

bool loadInto(Workspace &w, const QString &path = Telco)
{
    auto loaded = DataLoader::load(DataSource::fromPath(path));
    if (!loaded)
        return false;
    DataSource source = DataSource::fromPath(path);
    source.csv = loaded->csvOptions;
    w.setLoaded(std::move(loaded->table), source, loaded->issues, loaded->seconds);
    // In a project the fingerprint is worked out next (a save needs it).
    return !w.project() || QTest::qWaitFor([&]() { return !w.dataFingerprint().isEmpty(); }, 60000);
}

TrainOptions quickLogistic()
{
    TrainOptions o;
    o.models = {ModelKind::Logistic};
    o.folds = 0;
    return o;
}

bool idle(const Workspace &w, const ProjectSession *s = nullptr)
{
    return QTest::qWaitFor([&]() {
        return !w.scoring()->isBusy() && !w.recorder()->isBusy() && !w.training()->isRunning() && (!s || !s->isRestoring());
    }, 120000);
}

bool sameBytes(const std::vector<double> &a, const std::vector<double> &b)
{
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0;
}

int indexOf(const Workspace &w, const QString &name)
{
    return w.table()->indexOf(name);
}
} // namespace

class TestProjectSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ChurnLens"));
        QCoreApplication::setApplicationName(QStringLiteral("ChurnLensProjectSessionTest"));
        QSettings().clear();
        QFile::remove(ExportLog::defaultPath());
        QVERIFY2(!ModelLocator::defaultModelDirectory().isEmpty(), "the shipped model (models/default) is needed");
    }

    void recordsRunsScoringsAndExports()
    {
        QTemporaryDir dir;
        Workspace w;
        ProjectSession session(&w);
        QVERIFY(idle(w));
        QVERIFY(session.newProject(dir.filePath(QStringLiteral("work.churnlens"))));
        Project *project = w.project();
        QVERIFY(project);
        QVERIFY(loadInto(w));

        // A training run that ends is recorded with its model and the columns it was trained on.
        QSignalSpy runRecorded(w.recorder(), &ProjectRecorder::runRecorded);
        QVERIFY(w.training()->start(w.table(), quickLogistic(), QStringLiteral("telco.csv"), w.dataGeneration()));
        QVERIFY(runRecorded.wait(120000));
        QCOMPARE(runRecorded.at(0).at(0).toInt(), w.training()->runId());
        const qint64 runId = runRecorded.at(0).at(1).toLongLong();
        QCOMPARE(w.recorder()->projectRunOf(w.training()->runId()), runId);
        auto runs = project->runs().list();
        QVERIFY(runs);
        QCOMPARE(runs->size(), qsizetype(1));
        QCOMPARE(runs->first().status, QStringLiteral("finished"));
        QCOMPARE(runs->first().families, QStringList{QStringLiteral("logistic")});
        QCOMPARE(runs->first().dataFingerprint, Trainer::fingerprint(*w.table()));
        auto run = project->runs().get(runId, true);
        QVERIFY(run);
        const QJsonObject roles = run->settings.value(QStringLiteral("roles")).toObject();
        QCOMPARE(roles.value(QStringLiteral("target")).toString(), QStringLiteral("Churn"));
        QCOMPARE(roles.value(QStringLiteral("positive_label")).toString(), QStringLiteral("Yes"));
        QCOMPARE(roles.value(QStringLiteral("columns")).toArray().size(), 21);
        QCOMPARE(run->models.size(), size_t(1));

        // A scoring is recorded with its counts per risk level and the fingerprint of what was scored.
        QSignalSpy scoringRecorded(w.recorder(), &ProjectRecorder::scoringRecorded);
        w.scoring()->scoreSessionTable();
        QVERIFY(scoringRecorded.wait(120000));
        auto scorings = project->activity().scorings();
        QVERIFY(scorings);
        QCOMPARE(scorings->size(), qsizetype(1));
        const ScoringRecord first = scorings->first();
        const auto scores = w.scoring()->scores();
        QCOMPARE(first.rows, qint64(7043));
        QCOMPARE(first.high, qint64(scores->counts.high));
        QCOMPARE(first.medium, qint64(scores->counts.medium));
        QCOMPARE(first.low, qint64(scores->counts.low));
        QVERIFY(first.high > 0 && first.low > 0);
        QCOMPARE(first.high + first.medium + first.low, qint64(scores->counts.scored()));
        QCOMPARE(first.fingerprint, Trainer::fingerprint(*w.table()));
        QCOMPARE(first.threshold, w.scoring()->threshold());
        QVERIFY(!first.version);
        QCOMPARE(first.source, QFileInfo(Telco).absoluteFilePath());

        // New risk cut points re-label the same scores: not a new scoring. Scoring the same data
        // with the same model again is not one either.
        w.scoring()->scoreSessionTable();
        QVERIFY(idle(w));
        QCOMPARE(project->activity().scorings()->size(), qsizetype(1));
        RiskThresholds cuts;
        cuts.high = 0.6;
        cuts.medium = 0.3;
        w.scoring()->setRiskThresholds(cuts);
        QVERIFY(idle(w));
        QCOMPARE(project->activity().scorings()->size(), qsizetype(1));

        // The run's model registered as v1 and put in use: the scoring names the version.
        auto v1 = project->registerRun(runId, 0, QStringLiteral("Good enough for the pilot"));
        QVERIFY2(v1, qPrintable(v1 ? QString() : v1.error().toString()));
        QCOMPARE(v1->version, 1);
        w.scoring()->useVersion(1);
        QVERIFY(scoringRecorded.wait(120000));
        QVERIFY(idle(w));
        QCOMPARE(w.scoring()->origin(), ScoringContext::Origin::Version);
        QCOMPARE(w.scoring()->version(), 1);
        QVERIFY(w.scoring()->modelTitle().contains(QStringLiteral("v1")));
        scorings = project->activity().scorings();
        QCOMPARE(scorings->size(), qsizetype(2));
        QCOMPARE(scorings->last().version, std::optional<int>(1));
        QCOMPARE(scorings->last().model, QStringLiteral("v1 (Logistic regression)"));

        // An export is recorded in the project, linked to the version and the scoring, and not in
        // the global log (which is for exports made without a project).
        ExportRequest request;
        request.path = dir.filePath(QStringLiteral("campaign.csv"));
        request.useLog = false;
        request.context.model = w.scoring()->modelName();
        ExportRecord record;
        std::vector<qsizetype> rows{0, 1, 2, 3, 4};
        auto written = ExportService::write(*w.scoring()->scores(), *w.scoring()->scoredTable(), rows, request, nullptr, nullptr, &record);
        QVERIFY(written);
        QSignalSpy exportRecorded(w.recorder(), &ProjectRecorder::exportRecorded);
        w.recorder()->recordExport(record);
        QVERIFY(exportRecorded.count() == 1 || exportRecorded.wait(30000));
        auto exports = project->activity().exports();
        QVERIFY(exports);
        QCOMPARE(exports->size(), qsizetype(1));
        QCOMPARE(exports->first().version, std::optional<int>(1));
        QCOMPARE(exports->first().scoringId, std::optional<qint64>(scorings->last().id));
        QCOMPARE(exports->first().record.rows, qsizetype(5));
        QCOMPARE(exports->first().record.model, QStringLiteral("v1 (Logistic regression)"));
        QVERIFY(!QFile::exists(ExportLog::defaultPath()));
    }

    void saveAndReopenPutsTheWorkBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("roundtrip.churnlens"));
        const QString data = dir.filePath(QStringLiteral("customers.csv"));
        QVERIFY(QFile::copy(Telco, data));
        std::vector<double> probabilities;
        QJsonObject columns;
        RiskThresholds cuts;
        cuts.high = 0.55;
        cuts.medium = 0.2;
        const QJsonObject train{{QStringLiteral("folds"), 3}};
        {
            Workspace w;
            ProjectSession session(&w);
            QVERIFY(idle(w));
            QVERIFY(session.newProject(path));
            QVERIFY(!session.isModified());
            QVERIFY(loadInto(w, data));
            QVERIFY(session.isModified()); // data loaded since the save

            // The columns as the user set them: a role, a meaning, a type, the positive value.
            w.setRole(indexOf(w, QStringLiteral("gender")), ColumnRole::Ignore);
            w.setSemantic(indexOf(w, QStringLiteral("PaymentMethod")), Semantic::Service);
            const int senior = indexOf(w, QStringLiteral("SeniorCitizen"));
            auto converted = convertColumn(w.table()->column(senior), ColumnType::Categorical, w.source().csv);
            QVERIFY(converted);
            w.replaceColumn(senior, std::move(*converted));
            QVERIFY(w.table()->column(senior).type() == ColumnType::Categorical);
            w.setTrainSettings(train);

            // A run, registered as v1, used at a threshold of our own with our own risk cut points.
            QSignalSpy runRecorded(w.recorder(), &ProjectRecorder::runRecorded);
            QVERIFY(w.training()->start(w.table(), quickLogistic(), QStringLiteral("customers.csv"), w.dataGeneration()));
            QVERIFY(runRecorded.wait(120000));
            QVERIFY(w.project()->registerRun(runRecorded.at(0).at(1).toLongLong(), 0, QStringLiteral("First model")));
            ModelChoice choice;
            choice.kind = ModelChoice::Kind::Version;
            choice.version = 1;
            choice.threshold = 0.37;
            choice.risk = cuts;
            w.scoring()->useModel(choice);
            QVERIFY(idle(w));
            w.scoring()->scoreSessionTable();
            QVERIFY(idle(w));
            QVERIFY(w.scoring()->scores());
            QCOMPARE(w.scoring()->threshold(), 0.37);
            QCOMPARE(w.scoring()->riskThresholds(), cuts);
            probabilities = w.scoring()->scores()->probabilities;
            columns = ColumnRoles::of(*w.table());

            // A label of the user's: the reasons are written with it at once, without scoring again.
            const int contract = indexOf(w, QStringLiteral("Contract"));
            const auto scored = w.scoring()->scores();
            QCOMPARE(scored->factorWriter.label(contract), QStringLiteral("Contract"));
            w.setFieldLabel(QStringLiteral("Contract"), QStringLiteral("Agreement"));
            QVERIFY(w.scoring()->scores() != scored);
            QCOMPARE(w.scoring()->scores()->factorWriter.label(contract), QStringLiteral("Agreement"));
            QVERIFY(sameBytes(w.scoring()->scores()->probabilities, probabilities));

            QVERIFY(session.isModified());
            QSignalSpy saved(&session, &ProjectSession::saved);
            QVERIFY(session.save());
            QCOMPARE(saved.count(), 1);
            QVERIFY(!session.isModified());
            // A change marks the project modified; changing it back does not.
            w.setRole(indexOf(w, QStringLiteral("Partner")), ColumnRole::Ignore);
            QVERIFY(session.isModified());
            w.setRole(indexOf(w, QStringLiteral("Partner")), ColumnRole::Feature);
            QVERIFY(!session.isModified());
        } // closed: the lock is released

        QSettings().remove(QStringLiteral("workspace/train"));
        Workspace w;
        ProjectSession session(&w);
        QSignalSpy finished(&session, &ProjectSession::restoreFinished);
        QSignalSpy missing(&session, &ProjectSession::dataMissing);
        QSignalSpy changed(&session, &ProjectSession::dataChanged);
        QSignalSpy problems(&session, &ProjectSession::restoreProblem);
        ProjectFile::OpenProblem problem = ProjectFile::OpenProblem::None;
        QVERIFY(session.open(path, ProjectFile::Access::ReadWrite, &problem));
        QVERIFY(session.isRestoring());
        QVERIFY(finished.wait(120000));
        QVERIFY(idle(w, &session));
        QCOMPARE(missing.count(), 0);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(problems.count(), 0);
        QVERIFY(w.hasTable());
        QCOMPARE(w.source().path, QFileInfo(data).absoluteFilePath());
        QCOMPARE(ColumnRoles::of(*w.table()), columns);
        QVERIFY(w.table()->column(indexOf(w, QStringLiteral("SeniorCitizen"))).type() == ColumnType::Categorical);
        QCOMPARE(w.trainSettings(), train);
        QCOMPARE(w.fieldLabels().userLabel(QStringLiteral("Contract")), QStringLiteral("Agreement"));
        QCOMPARE(w.scoring()->origin(), ScoringContext::Origin::Version);
        QCOMPARE(w.scoring()->version(), 1);
        QCOMPARE(w.scoring()->threshold(), 0.37);
        QCOMPARE(w.scoring()->riskThresholds(), cuts);
        QVERIFY(w.scoring()->scores());
        QVERIFY(w.scoring()->scoresSessionTable());
        QVERIFY(sameBytes(w.scoring()->scores()->probabilities, probabilities));
        QCOMPARE(w.scoring()->scores()->factorWriter.label(indexOf(w, QStringLiteral("Contract"))), QStringLiteral("Agreement"));
        QVERIFY2(!session.isModified(), qPrintable(QJsonDocument(session.currentState()).toJson()));
        // Opening scored the same data with the same model again: no new scoring in the history.
        QCOMPARE(w.project()->activity().scorings()->size(), qsizetype(1));
    }

    void sessionRunInUseIsSavedAsItsProjectRun()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("trained.churnlens"));
        std::vector<double> probabilities;
        {
            Workspace w;
            ProjectSession session(&w);
            QVERIFY(idle(w));
            QVERIFY(loadInto(w));
            // Trained before there was a project: a new project records the run and the model in use.
            QSignalSpy finished(w.training(), &TrainRun::finished);
            QVERIFY(w.training()->start(w.table(), quickLogistic(), QStringLiteral("telco.csv"), w.dataGeneration()));
            QVERIFY(finished.wait(120000));
            w.scoring()->useTrainedModel(w.runs().last(), 0, 0.42);
            QVERIFY(idle(w));
            probabilities = w.scoring()->scores()->probabilities;
            QVERIFY(session.newProject(path));
            QVERIFY(idle(w));
            QCOMPARE(w.project()->runs().count().value_or(0), qint64(1));
            QVERIFY(!session.isModified());
            const QJsonObject model = session.savedState().value(QStringLiteral("model")).toObject();
            QCOMPARE(model.value(QStringLiteral("kind")).toString(), QStringLiteral("run"));
            QCOMPARE(qint64(model.value(QStringLiteral("run")).toDouble()), w.recorder()->projectRunOf(w.runs().last()->runId));
        }
        Workspace w;
        ProjectSession session(&w);
        QSignalSpy finished(&session, &ProjectSession::restoreFinished);
        QVERIFY(session.open(path));
        QVERIFY(finished.wait(120000));
        QVERIFY(idle(w, &session));
        QCOMPARE(w.scoring()->origin(), ScoringContext::Origin::ProjectRun);
        QCOMPARE(w.scoring()->threshold(), 0.42);
        QVERIFY(sameBytes(w.scoring()->scores()->probabilities, probabilities));
        QVERIFY(w.runs().isEmpty()); // earlier sessions' runs are in the project, not in this session
        QVERIFY(!session.isModified());
    }

    void secondOpenIsToldAndMayReadOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.churnlens"));
        Workspace first;
        ProjectSession holder(&first);
        QVERIFY(idle(first));
        QVERIFY(holder.newProject(path));

        Workspace w;
        ProjectSession session(&w);
        QVERIFY(idle(w));
        ProjectFile::OpenProblem problem = ProjectFile::OpenProblem::None;
        auto refused = session.open(path, ProjectFile::Access::ReadWrite, &problem);
        QVERIFY(!refused);
        QCOMPARE(problem, ProjectFile::OpenProblem::InUse);
        QVERIFY(!w.project());
        QVERIFY(session.open(path, ProjectFile::Access::ReadOnly, &problem));
        QVERIFY(w.project()->isReadOnly());
        QVERIFY(idle(w, &session));
        QVERIFY(!session.save()); // Save As is the way out

        // What would be recorded cannot be: said once, with the store's words, and nothing is lost.
        QSignalSpy failed(w.recorder(), &ProjectRecorder::failed);
        QVERIFY(loadInto(w));
        w.scoring()->scoreSessionTable();
        QVERIFY(failed.wait(60000));
        QVERIFY(!failed.at(0).at(0).value<Error>().message.isEmpty());
        w.scoring()->setThreshold(0.3); // scored again: another write that fails, not another message
        QVERIFY(idle(w));
        QCOMPARE(failed.count(), 1);

        // Save As makes a copy that can be written, and continues there.
        const QString copy = dir.filePath(QStringLiteral("mine.churnlens"));
        QVERIFY(session.saveAs(copy));
        QCOMPARE(w.project()->path(), QFileInfo(copy).absoluteFilePath());
        QVERIFY(!w.project()->isReadOnly());
        QVERIFY(!session.isModified());
    }

    void missingAndChangedData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("moved.churnlens"));
        const QString data = dir.filePath(QStringLiteral("data/customers.csv"));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("data"))));
        QVERIFY(QFile::copy(Telco, data));
        {
            Workspace w;
            ProjectSession session(&w);
            QVERIFY(idle(w));
            QVERIFY(session.newProject(path));
            QVERIFY(loadInto(w, data));
            QVERIFY(session.save());
        }
        const QString elsewhere = dir.filePath(QStringLiteral("customers-march.csv"));
        QVERIFY(QFile::rename(data, elsewhere));
        {
            Workspace w;
            ProjectSession session(&w);
            QSignalSpy missing(&session, &ProjectSession::dataMissing);
            QSignalSpy finished(&session, &ProjectSession::restoreFinished);
            QVERIFY(session.open(path));
            QCOMPARE(missing.count(), 1);
            QCOMPARE(missing.at(0).at(0).toString(), QFileInfo(data).absoluteFilePath());
            QVERIFY(finished.wait(60000));
            QVERIFY(!w.hasTable());
            // Saving now would not forget the data the project is about.
            QVERIFY(!session.isModified());
            QVERIFY(session.currentState().value(QStringLiteral("data")).toObject() == session.savedState().value(QStringLiteral("data")).toObject());
            // The user finds it.
            QSignalSpy changed(&session, &ProjectSession::dataChanged);
            session.locateData(elsewhere);
            QVERIFY(QTest::qWaitFor([&]() { return w.hasTable() && !session.isRestoring(); }, 60000));
            QCOMPARE(changed.count(), 0);
            QCOMPARE(w.table()->rowCount(), qsizetype(7043));
            QVERIFY(session.isModified()); // the new place is to be saved
            QVERIFY(session.save());
        }
        // The file changes: it is read, and the user is told.
        QFile f(elsewhere);
        QVERIFY(f.open(QIODevice::Append));
        f.write("9999-ZZZZZ,Female,0,Yes,No,1,No,No phone service,DSL,No,Yes,No,No,No,No,Month-to-month,Yes,Electronic check,29.85,29.85,No\n");
        f.close();
        Workspace w;
        ProjectSession session(&w);
        QSignalSpy changed(&session, &ProjectSession::dataChanged);
        QSignalSpy finished(&session, &ProjectSession::restoreFinished);
        QVERIFY(session.open(path));
        QVERIFY(finished.wait(120000));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(w.table()->rowCount(), qsizetype(7044));
        QVERIFY(session.isModified()); // a save records the data as it is now
    }

    void sampleProjectScoresAtOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(SampleProject::fileName());
        const QString data = dir.filePath(QStringLiteral("sample-customers.csv"));
        auto made = SampleProject::create(path, data, 2000, ModelLocator::defaultModelDirectory());
        QVERIFY2(made, qPrintable(made ? QString() : made.error().toString()));
        QVERIFY(QFile::exists(data));
        Workspace w;
        ProjectSession session(&w);
        QSignalSpy finished(&session, &ProjectSession::restoreFinished);
        QVERIFY(session.open(path));
        QVERIFY(finished.wait(120000));
        QVERIFY(idle(w, &session));
        QCOMPARE(w.table()->rowCount(), qsizetype(2000));
        QCOMPARE(w.scoring()->origin(), ScoringContext::Origin::Version);
        QCOMPARE(w.scoring()->version(), 1);
        QVERIFY(w.scoring()->scores());
        auto champion = w.project()->registry().champion();
        QVERIFY(champion && *champion);
        QCOMPARE((*champion)->version, 1);
        auto history = w.project()->registry().history();
        QVERIFY(history && !history->isEmpty());
        QCOMPARE(history->first().reason, QStringLiteral("Shipped default model"));
        QVERIFY2(!session.isModified(), qPrintable(QJsonDocument(session.currentState()).toJson() + QJsonDocument(session.savedState()).toJson()));
        // Scoring the sample with v1 is in the project's history.
        QTRY_COMPARE_WITH_TIMEOUT(w.project()->activity().scorings()->size(), qsizetype(1), 30000);
        QCOMPARE(w.project()->activity().scorings()->first().version, std::optional<int>(1));
    }
};

QTEST_GUILESS_MAIN(TestProjectSession)
#include "tst_projectsession.moc"
