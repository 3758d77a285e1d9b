// Every long GUI job on a big file with the stall monitor on (issue 17): load, profile (Explore),
// score, explain, train a fast family and a random forest, score and explain with the forest,
// impact, monitor. Prints the worst stall of the event loop per phase and per job; times are
// printed, never asserted (shared machines are noisy). The work done is asserted: every phase
// ran its jobs, and the monitor ticked throughout.
// Rows: CHURNLENS_LONGJOBS_ROWS (default 20,000 for the test suite; scripts/bench.sh longjobs
// runs it on 1,000,000). CHURNLENS_LONGJOBS_UPTO=explain stops after that phase (a quick look at
// load, explore, score and explain on 1M rows without the half hour of training).
#include "data/datatable.h"
#include "data/samplegenerator.h"
#include "jobs/jobmanager.h"
#include "jobs/stallmonitor.h"
#include "jobs/taskrunner.h"
#include "services/trainrun.h"
#include "shell/areas.h"
#include "shell/dataopener.h"
#include "shell/mainwindow.h"
#include "workspace/scoringcontext.h"
#include "workspace/workspace.h"

#include <QElapsedTimer>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace churnlens;

namespace {

//! True once no job has been active for \a quietMs in a row.
bool waitIdle(int timeoutMs, int quietMs = 700)
{
    QElapsedTimer quiet;
    return QTest::qWaitFor([&]() {
        if (!JobManager::instance()->activeJobs().isEmpty()) {
            quiet.invalidate();
            return false;
        }
        if (!quiet.isValid())
            quiet.start();
        return quiet.elapsed() >= quietMs;
    }, timeoutMs);
}

} // namespace

class TestLongJobsGui : public QObject
{
    Q_OBJECT

private:
    struct Phase
    {
        QString name;
        int jobs = 0;
        double seconds = 0.0;
    };
    std::vector<Phase> m_phases;

    //! Runs \a action as phase \a name and waits until every job it caused is over.
    bool phase(StallMonitor &monitor, const QString &name, const std::function<void()> &action, int timeoutMs)
    {
        QSignalSpy started(JobManager::instance(), &JobManager::jobStarted);
        QElapsedTimer clock;
        clock.start();
        monitor.setPhase(name);
        action();
        const bool idle = waitIdle(timeoutMs);
        monitor.setPhase(QString());
        m_phases.push_back({name, int(started.count()), clock.elapsed() / 1000.0});
        std::fprintf(stderr, "phase %-14s %7.1f s, %d jobs, worst stall %lld ms\n", qPrintable(name), m_phases.back().seconds,
                     m_phases.back().jobs, static_cast<long long>(monitor.worstPerJob().count(name) ? monitor.worstPerJob().at(name) : 0));
        return idle;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QSettings().clear(); // no project or model remembered from other tests
    }

    void everyLongJobKeepsTheWindowResponsive()
    {
        const qint64 rows = qEnvironmentVariableIsSet("CHURNLENS_LONGJOBS_ROWS") ? qEnvironmentVariableIntValue("CHURNLENS_LONGJOBS_ROWS")
                                                                                 : 20000;
        const int timeout = int(std::max<qint64>(120000, rows / 10)); // ms per phase: 100 s per million rows, 2 min at least
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("customers.csv"));
        QVERIFY(SampleGenerator::writeCsv(path, rows, 17).has_value());

        MainWindow window;
        installAreas(window);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        StallMonitor monitor(50, true);
        connect(&window, &MainWindow::currentAreaChanged, &monitor, [&monitor](AreaId id) { monitor.setContext(machineName(id)); });
        Workspace *workspace = window.workspace();
        ScoringContext *scoring = workspace->scoring();

        QVERIFY(phase(monitor, QStringLiteral("load"), [&]() { window.opener()->openPath(path, false); }, timeout));
        QVERIFY(workspace->hasTable());
        QCOMPARE(workspace->table()->rowCount(), rows);
        QVERIFY(phase(monitor, QStringLiteral("explore"), [&]() { window.setCurrentArea(AreaId::Explore); }, timeout));
        QVERIFY(phase(monitor, QStringLiteral("score"), [&]() {
            window.setCurrentArea(AreaId::Score);
            scoring->ensureScored();
        }, timeout));
        QVERIFY(scoring->scores());
        QVERIFY(phase(monitor, QStringLiteral("explain"), [&]() { window.setCurrentArea(AreaId::Explain); }, timeout));
        if (qEnvironmentVariable("CHURNLENS_LONGJOBS_UPTO") == QLatin1String("explain")) {
            std::fprintf(stderr, "%s", qPrintable(monitor.report()));
            QVERIFY(monitor.ticks() > 100);
            return;
        }

        auto train = [&](ModelKind kind, ParamSet params) {
            window.setCurrentArea(AreaId::Train);
            TrainOptions options;
            options.models = {kind};
            options.folds = 0; // the defaults of the family, no search: this is about the window, not the model
            options.tuning = Tuning::None;
            options.baseParams[kind] = std::move(params);
            QVERIFY(workspace->training()->start(workspace->table(), options, QStringLiteral("customers.csv"), workspace->dataGeneration()));
        };
        QVERIFY(phase(monitor, QStringLiteral("train xgboost"), [&]() { train(ModelKind::XGBoost, {}); }, timeout * 3));
        QVERIFY(workspace->training()->results());
        // The job end publishes one finished snapshot, merged on the worker: one rebuild of the
        // views, and no copy of the test scores on the GUI thread to mark the run over.
        QCOMPARE(workspace->training()->publishedSnapshots(), 1);
        QVERIFY(!workspace->training()->results()->running);
        QVERIFY(phase(monitor, QStringLiteral("train forest"), [&]() {
            train(ModelKind::Forest, {{QStringLiteral("n_estimators"), 50}, {QStringLiteral("max_depth"), 6}});
        }, timeout * 3));
        QCOMPARE(workspace->training()->publishedSnapshots(), 1);
        QVERIFY(phase(monitor, QStringLiteral("score forest"), [&]() {
            window.setCurrentArea(AreaId::Score);
            scoring->useLatestTrainedModel();
        }, timeout * 3));
        QVERIFY(phase(monitor, QStringLiteral("explain forest"), [&]() { window.setCurrentArea(AreaId::Explain); }, timeout));
        QVERIFY(phase(monitor, QStringLiteral("impact"), [&]() { window.setCurrentArea(AreaId::Impact); }, timeout));
        QVERIFY(phase(monitor, QStringLiteral("monitor"), [&]() { window.setCurrentArea(AreaId::Monitor); }, timeout));

        std::fprintf(stderr, "%s", qPrintable(monitor.report()));
        // The phases that must start work did (others may find it done already: scoring can
        // follow the load by itself), and the monitor ticked through every phase.
        const QStringList working{QStringLiteral("load"), QStringLiteral("train xgboost"), QStringLiteral("train forest"),
                                  QStringLiteral("score forest")};
        for (const Phase &p : m_phases) {
            if (working.contains(p.name))
                QVERIFY2(p.jobs > 0, qPrintable(p.name));
            QVERIFY2(monitor.worstPerJob().count(p.name), qPrintable(p.name));
        }
        QVERIFY(monitor.ticks() > 100);
    }
};

QTEST_MAIN(TestLongJobsGui)
#include "tst_longjobsgui.moc"
