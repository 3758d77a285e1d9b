// The Workspace and its scoring state, without widgets: data generations, training runs kept
// and tagged with their data, the model in use with its threshold, scores that land only on the
// data they were computed from, and the settings remembered between sessions.
#include "data/dataloader.h"
#include "eda/profile.h"
#include "eda/profiler.h"
#include "ml/modelbundle.h"
#include "ml/modellocator.h"
#include "score/scoreresult.h"
#include "services/trainresults.h"
#include "services/trainrun.h"
#include "workspace/scoringcontext.h"
#include "workspace/projectsession.h"
#include "workspace/rememberedlabels.h"
#include "workspace/settingswriter.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <cmath>

using namespace churnlens;

namespace {
const QString Telco = QStringLiteral(CHURNLENS_TESTDATA "/telco.csv");

bool loadInto(Workspace &w, const QString &path = Telco)
{
    auto loaded = DataLoader::load(DataSource::fromPath(path));
    if (!loaded)
        return false;
    w.setLoaded(std::move(loaded->table), DataSource::fromPath(path), loaded->issues, loaded->seconds);
    return true;
}

TrainOptions quickLogistic()
{
    TrainOptions o;
    o.models = {ModelKind::Logistic};
    o.folds = 0;
    return o;
}
} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savedCutPointsAreKeptOnlyWhenChosen()
    {
        // A model choice saved with cut points the user set keeps them; one that an older version
        // saved with the cut points of the model's threshold (nobody chose them) follows the rule.
        ModelChoice chosen;
        chosen.threshold = 0.3;
        chosen.risk = RiskThresholds{0.2, 0.6};
        auto read = ModelChoice::fromJson(chosen.toJson());
        QVERIFY(read);
        QCOMPARE(read->risk, chosen.risk);
        ModelChoice legacy = chosen;
        legacy.risk = RiskThresholds::fromModelThreshold(0.3);
        read = ModelChoice::fromJson(legacy.toJson());
        QVERIFY(read);
        QVERIFY(!read->risk);
        QCOMPARE(read->threshold, 0.3);
        ModelChoice none = chosen;
        none.risk.reset();
        QVERIFY(!none.toJson().contains(QStringLiteral("risk_thresholds")));
    }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ChurnLens"));
        QCoreApplication::setApplicationName(QStringLiteral("ChurnLensWorkspaceTest"));
        QSettings().clear();
        QVERIFY2(!ModelLocator::defaultModelDirectory().isEmpty(), "the shipped model (models/default) is needed");
    }

    void generationsFollowLoadsNotEdits()
    {
        Workspace w;
        const quint64 start = w.dataGeneration();
        QVERIFY(loadInto(w));
        const quint64 loaded = w.dataGeneration();
        QVERIFY(loaded > start);
        w.setRole(0, ColumnRole::Ignore); // an edit: same data
        QCOMPARE(w.dataGeneration(), loaded);
        QVERIFY(loadInto(w)); // the same file again is new data
        QVERIFY(w.dataGeneration() > loaded);
        const quint64 again = w.dataGeneration();
        w.clear();
        QVERIFY(w.dataGeneration() > again);
    }

    void runsAreKeptAndTaggedWithTheirData()
    {
        Workspace w;
        QVERIFY(loadInto(w));
        QSignalSpy runs(&w, &Workspace::runsChanged);
        QSignalSpy finished(w.training(), &TrainRun::finished);
        QVERIFY(w.training()->start(w.table(), quickLogistic(), QStringLiteral("telco.csv"), w.dataGeneration()));
        QVERIFY(finished.wait(120000));
        QCOMPARE(w.runs().size(), qsizetype(1));
        QVERIFY(!w.runs().first()->running);
        QCOMPARE(w.runs().first()->runId, 1);
        QCOMPARE(w.runsOfCurrentData().size(), qsizetype(1));
        // The only family's snapshot is published once, already marked finished: the views
        // rebuild once per finished family, not once more when the run ends.
        QCOMPARE(runs.count(), 1);
        QCOMPARE(w.training()->publishedSnapshots(), 1);
        // Training does not put its model in use for scoring.
        QVERIFY(w.scoring()->origin() != ScoringContext::Origin::Trained);

        // A second run does not wipe the first.
        QVERIFY(w.training()->start(w.table(), quickLogistic(), QStringLiteral("telco.csv"), w.dataGeneration()));
        QVERIFY(finished.wait(120000));
        QCOMPARE(w.runs().size(), qsizetype(2));
        QCOMPARE(w.runs().last()->runId, 2);
        QCOMPARE(w.latestRunWithModel()->runId, 2);

        // New data: the runs stay in the workspace but are not results of the data loaded now.
        QVERIFY(loadInto(w));
        QCOMPARE(w.runs().size(), qsizetype(2));
        QVERIFY(w.runsOfCurrentData().isEmpty());
        QVERIFY(w.latestRunWithModel()); // it can still be put in use to score the new data
    }

    void settingsAreWrittenOffTheCallingThread()
    {
        // The campaign settings (written on every model change) go to the settings writer
        // thread: readable here at once, on disk once written, never an fsync on this thread.
        Workspace w;
        const int before = SettingsWriter::handedOver();
        QJsonObject campaign{{QStringLiteral("budget"), 12345}};
        w.setCampaignSettings(campaign);
        QCOMPARE(SettingsWriter::handedOver(), before + 1);
        QCOMPARE(w.campaignSettings(), campaign); // this process sees it before the file has it
        SettingsWriter::flush();
        QFile file(QSettings().fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("12345"));
        w.setCampaignSettings(campaign); // unchanged: nothing to write
        QCOMPARE(SettingsWriter::handedOver(), before + 1);
    }

    void eachFamilyIsPublishedOnce()
    {
        // Every finished family is one snapshot (merged on the worker): the views rebuild once
        // per family. The last comes marked finished; a cancel after it costs one more.
        Workspace w;
        QVERIFY(loadInto(w));
        TrainOptions o = quickLogistic();
        o.models = {ModelKind::Logistic, ModelKind::Forest};
        o.baseParams[ModelKind::Forest] = {{QStringLiteral("n_estimators"), 10}, {QStringLiteral("max_depth"), 3}};
        QList<bool> running;
        connect(&w, &Workspace::runsChanged, this, [&]() { running.append(w.runs().last()->running); });
        QSignalSpy finished(w.training(), &TrainRun::finished);
        QVERIFY(w.training()->start(w.table(), o, QStringLiteral("telco.csv"), w.dataGeneration()));
        QVERIFY(finished.wait(120000));
        QCOMPARE(running, (QList<bool>{true, false}));
        QCOMPARE(w.training()->publishedSnapshots(), 2);
        QCOMPARE(w.runs().last()->modelCount(), 2);

        // The second family canceled before it ends: the logistic snapshot, then "run over".
        running.clear();
        o.baseParams[ModelKind::Forest] = {{QStringLiteral("n_estimators"), 2000}, {QStringLiteral("max_depth"), 8}};
        connect(w.training(), &TrainRun::jobChanged, this, [&](int index) {
            if (index == 1 && w.training()->jobs()[1].state == TrainRun::JobState::Running)
                w.training()->cancelJob(1);
        });
        QVERIFY(w.training()->start(w.table(), o, QStringLiteral("telco.csv"), w.dataGeneration()));
        QVERIFY(finished.wait(120000));
        QVERIFY(w.training()->jobs()[1].state == TrainRun::JobState::Canceled);
        QCOMPARE(running, (QList<bool>{true, false}));
        QCOMPARE(w.training()->publishedSnapshots(), 2);
        QCOMPARE(w.runs().last()->modelCount(), 1);
    }

    void closingDataStopsTraining()
    {
        Workspace w;
        QVERIFY(loadInto(w));
        TrainOptions o;
        o.models = {ModelKind::Forest};
        o.folds = 5;
        o.tuning = Tuning::Grid;
        QSignalSpy finished(w.training(), &TrainRun::finished);
        QVERIFY(w.training()->start(w.table(), o, QStringLiteral("telco.csv"), w.dataGeneration()));
        QVERIFY(!w.jobsOnCurrentData().isEmpty());
        w.cancelJobsOnCurrentData();
        w.clear();
        QVERIFY(finished.wait(60000));
        // A run whose data was replaced without asking (a script, a test) goes on detached:
        // it is not "on the current data", so closing this data has nothing to ask about.
        QVERIFY(loadInto(w));
        QVERIFY(w.training()->start(w.table(), o, QStringLiteral("telco.csv"), w.dataGeneration()));
        QVERIFY(loadInto(w));
        QVERIFY(w.training()->isRunning());
        QVERIFY(w.jobsOnCurrentData().isEmpty());
        w.training()->cancelAll();
        QVERIFY(finished.wait(60000));
        QVERIFY(w.jobsOnCurrentData().isEmpty());
        QVERIFY(w.runsOfCurrentData().isEmpty());
        QVERIFY(w.scoring()->origin() != ScoringContext::Origin::Trained);
    }

    void trainedModelInUseAtAChosenThreshold()
    {
        Workspace w;
        QVERIFY(loadInto(w));
        QSignalSpy finished(w.training(), &TrainRun::finished);
        QVERIFY(w.training()->start(w.table(), quickLogistic(), QStringLiteral("telco.csv"), w.dataGeneration()));
        QVERIFY(finished.wait(120000));
        ScoringContext *scoring = w.scoring();
        const auto run = w.runs().last();
        scoring->useTrainedModel(run, 0, 0.35);
        QTRY_VERIFY_WITH_TIMEOUT(scoring->origin() == ScoringContext::Origin::Trained && scoring->scores() && !scoring->isBusy(), 60000);
        QCOMPARE(scoring->threshold(), 0.35);
        QCOMPARE(scoring->scores()->threshold, 0.35);
        QVERIFY(scoring->scoresSessionTable());
        // Predictions follow the threshold in use.
        const auto &p = scoring->scores()->probabilities;
        const auto &pred = scoring->scores()->predictions;
        for (size_t i = 0; i < p.size(); i += 97)
            QCOMPARE(int(pred[i]), p[i] >= 0.35 ? 1 : 0);
        // The same probabilities as the trained model's own (no trip through a folder needed).
        auto direct = run->report.models[0].model.predictProba(*run->report.models[0].preparation.transform(*w.table()));
        QVERIFY(direct);
        for (size_t i = 0; i < direct->size(); i += 101)
            QVERIFY(std::abs((*direct)[i] - p[i]) < 1e-12);

        // Another threshold: the customers are scored again with it.
        const auto before = scoring->scores();
        scoring->setThreshold(0.6);
        QTRY_VERIFY_WITH_TIMEOUT(scoring->scores() != before && scoring->scores() && !scoring->isBusy(), 60000);
        QCOMPARE(scoring->scores()->threshold, 0.6);
        QCOMPARE(scoring->origin(), ScoringContext::Origin::Trained);
    }

    void scoresLandOnlyOnTheirData()
    {
        Workspace w;
        ScoringContext *scoring = w.scoring();
        QTRY_VERIFY_WITH_TIMEOUT(scoring->model() && !scoring->isBusy(), 30000); // the shipped model
        QCOMPARE(scoring->origin(), ScoringContext::Origin::Default);
        QVERIFY(loadInto(w));
        QSignalSpy changed(scoring, &ScoringContext::scoresChanged);
        scoring->scoreSessionTable();
        const auto scored = w.table();
        // The data is replaced before the scores arrive: they must not be shown for the new data.
        w.setRole(0, ColumnRole::Ignore);
        QVERIFY(w.table() != scored);
        // (The job's result is delivered through the event loop, so it cannot have arrived yet.)
        QTRY_VERIFY_WITH_TIMEOUT(!scoring->isBusy(), 60000);
        QVERIFY(!scoring->scores());
        QVERIFY(!scoring->scoredTable());
        QVERIFY(changed.count() <= 1);
        // Asked again, the current snapshot is scored.
        scoring->ensureScored();
        QTRY_VERIFY_WITH_TIMEOUT(scoring->scores() && !scoring->isBusy(), 60000);
        QCOMPARE(scoring->scoredTable(), w.table());
        QVERIFY(scoring->scoresSessionTable());
    }

    void newerRequestsBuildOnUnfinishedOnes()
    {
        Workspace w;
        ScoringContext *scoring = w.scoring();
        QTRY_VERIFY_WITH_TIMEOUT(scoring->model() && !scoring->isBusy(), 30000);
        QVERIFY(loadInto(w));
        scoring->scoreSessionTable();
        QTRY_VERIFY_WITH_TIMEOUT(scoring->scores() && !scoring->isBusy(), 60000);
        // Open a model folder, and change the risk cut points before it is read: both happen.
        const QString folder = ModelLocator::defaultModelDirectory();
        scoring->openModel(folder);
        RiskThresholds risk;
        risk.high = 0.7;
        risk.medium = 0.4;
        scoring->setRiskThresholds(risk);
        QTRY_VERIFY_WITH_TIMEOUT(!scoring->isBusy(), 60000);
        QCOMPARE(scoring->origin(), ScoringContext::Origin::Folder);
        QVERIFY(scoring->scores());
        // The folder the user chose is remembered for the next session.
        QCOMPARE(QSettings().value(QStringLiteral("scoring/modelFolder")).toString(), QFileInfo(folder).absoluteFilePath());
        Workspace next;
        QTRY_VERIFY_WITH_TIMEOUT(next.scoring()->model() && !next.scoring()->isBusy(), 30000);
        QCOMPARE(next.scoring()->origin(), ScoringContext::Origin::Folder);
        // Going back to the shipped model forgets it.
        next.scoring()->useDefaultModel();
        QTRY_VERIFY_WITH_TIMEOUT(next.scoring()->origin() == ScoringContext::Origin::Default && !next.scoring()->isBusy(), 30000);
        QVERIFY(!QSettings().contains(QStringLiteral("scoring/modelFolder")));
    }

    void profileBelongsToItsData()
    {
        Workspace w;
        QVERIFY(loadInto(w));
        const quint64 generation = w.dataGeneration();
        const auto snapshot = w.table();
        auto profile = Profiler::run(*snapshot, ProfileOptions{});
        QVERIFY(profile);
        auto shared = std::make_shared<const Profile>(std::move(*profile));
        QSignalSpy changed(&w, &Workspace::profileChanged);
        QVERIFY(w.setProfile(generation, snapshot, shared));
        QVERIFY(w.profileIsCurrent());
        // An edit: the profile stays (shown while the new snapshot is profiled) but is not current.
        w.setRole(0, ColumnRole::Ignore);
        QCOMPARE(w.profile(), shared);
        QVERIFY(!w.profileIsCurrent());
        // New data: a profile computed for the old data is refused, and the old one is gone.
        QVERIFY(loadInto(w));
        QVERIFY(!w.profile());
        QVERIFY(!w.setProfile(generation, snapshot, shared));
        QVERIFY(!w.profile());
        QCOMPARE(changed.count(), 2); // set, then dropped
    }

    void settingsAreRemembered()
    {
        QJsonObject train{{QStringLiteral("models"), 2}, {QStringLiteral("seed"), 7}};
        QJsonObject campaign{{QStringLiteral("mode"), QStringLiteral("top")}, {QStringLiteral("top"), 250}};
        {
            Workspace w;
            w.setTrainSettings(train);
            w.setCampaignSettings(campaign);
        }
        Workspace later;
        QCOMPARE(later.trainSettings(), train);
        QCOMPARE(later.campaignSettings(), campaign);
    }

    void labelsWithoutAProjectComeBackWithTheirData()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("customers.csv"));
        QVERIFY(QFile::copy(Telco, copy));
        {
            Workspace w;
            QVERIFY(loadInto(w, copy));
            w.setFieldLabel(QStringLiteral("MonthlyCharges"), QStringLiteral("Monthly bill"));
            w.setFieldLabel(QStringLiteral("tenure"), QStringLiteral("Months with us"));
            w.setFieldLabel(QStringLiteral("tenure"), QString()); // taken back: forgotten too
        }
        // A restart: a new workspace reads the settings again.
        Workspace later;
        QVERIFY(later.fieldLabels().isEmpty());
        QVERIFY(loadInto(later, Telco)); // other data: its own labels (none)
        QVERIFY(later.fieldLabels().isEmpty());
        QSignalSpy changed(&later, &Workspace::fieldLabelsChanged);
        QVERIFY(loadInto(later, copy));
        QCOMPARE(later.fieldLabels().userLabel(QStringLiteral("MonthlyCharges")), QStringLiteral("Monthly bill"));
        QVERIFY(!later.fieldLabels().hasUserLabel(QStringLiteral("tenure")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(later.fieldLabels().label(QStringLiteral("MonthlyCharges")), QStringLiteral("Monthly bill"));

        // With a project open the project's labels win, and they are not remembered for work without one.
        {
            Workspace w;
            ProjectSession session(&w);
            QVERIFY(session.newProject(dir.filePath(QStringLiteral("work.churnlens"))));
            QVERIFY(loadInto(w, copy));
            QVERIFY(!w.fieldLabels().hasUserLabel(QStringLiteral("MonthlyCharges")));
            w.setFieldLabel(QStringLiteral("MonthlyCharges"), QStringLiteral("Charges (project)"));
        }
        Workspace again;
        QVERIFY(loadInto(again, copy));
        QCOMPARE(again.fieldLabels().userLabel(QStringLiteral("MonthlyCharges")), QStringLiteral("Monthly bill"));
    }

    void rememberedLabelsKeepTheLatestSources()
    {
        QVERIFY(RememberedLabels::keyOf(DataSource::fromPath(QStringLiteral("-"))).isEmpty());
        QCOMPARE(RememberedLabels::keyOf(DataSource::fromPath(QStringLiteral("a/../b.csv"))),
                 RememberedLabels::keyOf(DataSource::fromPath(QDir::current().filePath(QStringLiteral("b.csv")))));
        FieldLabels labels;
        labels.setUserLabel(QStringLiteral("x"), QStringLiteral("X"));
        for (int i = 0; i <= RememberedLabels::MaxSources; ++i)
            RememberedLabels::save(QStringLiteral("file:/data/%1.csv").arg(i), labels);
        QVERIFY(RememberedLabels::load(QStringLiteral("file:/data/0.csv")).isEmpty()); // the oldest went
        QCOMPARE(RememberedLabels::load(QStringLiteral("file:/data/1.csv")), labels);
        QCOMPARE(RememberedLabels::load(QStringLiteral("file:/data/%1.csv").arg(RememberedLabels::MaxSources)), labels);
        RememberedLabels::save(QStringLiteral("file:/data/1.csv"), {});
        QVERIFY(RememberedLabels::load(QStringLiteral("file:/data/1.csv")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
