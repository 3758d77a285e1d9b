// Crash safety of the project file, as a tested property: churnlens-cli records runs and model
// versions into a project (train --project --register) and is killed with SIGKILL at random
// moments, 50 times. After every kill the project must open, pass PRAGMA integrity_check, and
// hold only complete runs (every model of each run, each one loading) and complete model
// versions (each loading; one champion; a history that agrees with the statuses).
//
// Half of the kills come at a random time over the whole run (weighted towards its end); the
// other half at a random time after the CLI starts writing (its -wal file grows), so that kills
// land inside and between the run's and the version's transactions. The seed is printed;
// CHURNLENS_CRASH_SEED repeats a sequence. Every wait is bounded; no time is asserted.
#include "ml/modelbundle.h"
#include "project/modelregistry.h"
#include "project/projectfile.h"
#include "project/runstore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/stat.h>

using namespace churnlens;

namespace {

constexpr int Iterations = 50;
constexpr int WaitMs = 120000; //!< a generous bound (ms, or 1-ms polls) on any one process before the test gives up on it

struct Counts
{
    qint64 runs = 0;
    qint64 versions = 0;
};

//! The error of a failed result, for QVERIFY2's message (which is evaluated even when the check passes).
template<typename T>
QByteArray why(const churnlens::Result<T> &result, const QString &context = {})
{
    return result ? QByteArray() : (context + result.error().toString()).toUtf8();
}

qint64 fileSize(const QByteArray &path)
{
    struct stat st;
    return ::stat(path.constData(), &st) == 0 ? qint64(st.st_size) : -1;
}

} // namespace

class TestProjectCrash : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_project;
    QStringList m_arguments;
    qint64 m_verifiedRun = 0;  //!< runs up to this id have had their models loaded
    int m_verifiedVersion = 0; //!< versions up to this one have been loaded

    void start(QProcess &p)
    {
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.setStandardOutputFile(QProcess::nullDevice());
        p.start(QStringLiteral(CHURNLENS_CLI), m_arguments);
    }

    /*!
     * Opens the project for writing (as the next run would) and checks everything in it; new
     * runs and versions have their models loaded. Fails the test on any problem.
     */
    void check(Counts *counts, bool loadAll = false);

private Q_SLOTS:
    void killedWhileRecording();
};

void TestProjectCrash::check(Counts *counts, bool loadAll)
{
    auto project = ProjectFile::open(m_project, ProjectFile::Access::ReadWrite);
    QVERIFY2(project, why(project).constData());
    auto problems = (*project)->integrityCheck();
    QVERIFY2(problems, why(problems).constData());
    QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));
    const SqliteDb &db = (*project)->db();

    // Runs: whole or not at all.
    // A run is its row, its report and settings (run_reports) and its models (run_models).
    Statement runs(db, "SELECT r.id, r.families, r.status, (SELECT length(report) FROM run_reports p WHERE p.run_id = r.id), "
                       "(SELECT count(*) FROM run_models m WHERE m.run_id = r.id) FROM runs r ORDER BY r.id");
    QList<qint64> runIds;
    while (true) {
        auto row = runs.step();
        QVERIFY2(row, why(row).constData());
        if (!*row)
            break;
        const qint64 id = runs.integer(0);
        const qsizetype families = runs.text(1).split(QLatin1Char(','), Qt::SkipEmptyParts).size();
        QVERIFY2(families == 1 && runs.integer(4) == families,
                 qPrintable(QStringLiteral("run %1: %2 families, %3 models").arg(id).arg(families).arg(runs.integer(4))));
        QCOMPARE(runs.text(2), QStringLiteral("finished"));
        QVERIFY2(runs.integer(3) > 2, qPrintable(QStringLiteral("run %1 has no report").arg(id))); // NULL reads 0
        runIds << id;
    }
    RunStore store(**project);
    for (qint64 id : std::as_const(runIds)) {
        if (id <= m_verifiedRun && !loadAll)
            continue;
        auto run = store.get(id, true);
        QVERIFY2(run, why(run).constData());
        QCOMPARE(run->models.size(), size_t(1));
        QVERIFY(!run->report.isEmpty());
        for (const RunModel &m : run->models) {
            auto bundle = ModelBundle::decode(m.files);
            QVERIFY2(bundle, why(bundle, QStringLiteral("run %1: ").arg(id)).constData());
        }
        m_verifiedRun = std::max(m_verifiedRun, id);
    }

    // Versions: each loads, comes from a recorded run, and at most one is champion (one once any exists).
    ModelRegistry registry(**project);
    auto versions = registry.versions();
    QVERIFY2(versions, why(versions).constData());
    QHash<int, VersionStatus> statuses;
    int champions = 0;
    for (const ModelVersion &v : std::as_const(*versions)) {
        statuses.insert(v.version, v.status);
        champions += v.status == VersionStatus::Champion ? 1 : 0;
        QVERIFY(v.runId && runIds.contains(*v.runId));
        if (v.version <= m_verifiedVersion && !loadAll)
            continue;
        auto files = registry.files(v.version);
        QVERIFY2(files, why(files).constData());
        auto bundle = ModelBundle::decode(*files);
        QVERIFY2(bundle, why(bundle, QStringLiteral("v%1: ").arg(v.version)).constData());
        m_verifiedVersion = std::max(m_verifiedVersion, v.version);
    }
    QCOMPARE(champions, versions->isEmpty() ? 0 : 1);

    // The history, replayed, gives the statuses the versions have.
    auto history = registry.history();
    QVERIFY2(history, why(history).constData());
    QHash<int, VersionStatus> replayed;
    std::optional<int> champion;
    for (const RegistryEvent &e : std::as_const(*history)) {
        QVERIFY2(statuses.contains(e.version), qPrintable(QStringLiteral("event %1 names v%2, which does not exist").arg(e.id).arg(e.version)));
        QCOMPARE(e.previousChampion, champion);
        if (e.action == QLatin1String("register")) {
            QVERIFY(!replayed.contains(e.version));
            replayed.insert(e.version, VersionStatus::Challenger);
        } else if (e.action == QLatin1String("promote") || e.action == QLatin1String("rollback")) {
            if (e.previousChampion)
                replayed[*e.previousChampion] = VersionStatus::Archived;
            replayed[e.version] = VersionStatus::Champion;
        } else if (e.action == QLatin1String("archive")) {
            replayed[e.version] = VersionStatus::Archived;
        } else {
            QFAIL(qPrintable(QStringLiteral("unknown action %1").arg(e.action)));
        }
        champion = e.champion;
    }
    QCOMPARE(replayed, statuses);
    auto current = registry.champion();
    QVERIFY(current);
    QCOMPARE(*current ? std::optional<int>((*current)->version) : std::nullopt, champion);

    counts->runs = runIds.size();
    counts->versions = versions->size();
}

void TestProjectCrash::killedWhileRecording()
{
    QVERIFY(m_dir.isValid());
    m_project = m_dir.filePath(QStringLiteral("crash.churnlens"));
    const QByteArray wal = QFile::encodeName(m_project + QStringLiteral("-wal"));
    const QString data = m_dir.filePath(QStringLiteral("customers.csv"));
    {
        QProcess generate;
        generate.start(QStringLiteral(CHURNLENS_CLI), {QStringLiteral("generate"), QStringLiteral("--rows"), QStringLiteral("300"),
                                                       QStringLiteral("--seed"), QStringLiteral("11"), QStringLiteral("--out"), data});
        QVERIFY(generate.waitForFinished(WaitMs));
        QCOMPARE(generate.exitCode(), 0);
    }
    QVERIFY(ProjectFile::create(m_project));
    m_arguments = {QStringLiteral("train"), data, QStringLiteral("--model"), QStringLiteral("xgboost"), QStringLiteral("--folds"),
                   QStringLiteral("2"), QStringLiteral("--tune"), QStringLiteral("none"), QStringLiteral("--threads"), QStringLiteral("1"),
                   QStringLiteral("--quiet"), QStringLiteral("--project"), m_project, QStringLiteral("--register"),
                   QStringLiteral("--reason"), QStringLiteral("crash test")};

    // Calibration: two runs to the end, timing the whole run and its writing phase (from the
    // first byte in the -wal file to the exit).
    qint64 runNs = 0, writeNs = 0;
    Counts counts;
    for (int i = 0; i < 2; ++i) {
        QProcess p;
        QElapsedTimer timer;
        timer.start();
        start(p);
        QVERIFY(p.waitForStarted(WaitMs));
        qint64 writing = -1;
        // Bounded by polls (each waits at most 1 ms), not by reading the clock.
        for (int polls = 0; !p.waitForFinished(1); ++polls) {
            if (writing < 0 && fileSize(wal) > 0)
                writing = timer.nsecsElapsed();
            QVERIFY2(polls < WaitMs, "the calibration run did not finish");
        }
        const qint64 total = timer.nsecsElapsed();
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        runNs = std::max(runNs, total);
        writeNs = std::max(writeNs, writing < 0 ? total / 5 : total - writing);
        check(&counts);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(counts.runs, qint64(i + 1));
        QCOMPARE(counts.versions, qint64(i + 1));
    }
    const double runMs = double(runNs) / 1e6, writeMs = double(writeNs) / 1e6;
    qInfo("one run takes %.0f ms, of which writing to the project %.1f ms", runMs, writeMs);

    bool seedOk = false;
    const quint32 seed = qEnvironmentVariableIntValue("CHURNLENS_CRASH_SEED", &seedOk);
    QRandomGenerator random(seedOk ? seed : 20261202u);
    qInfo("seed %u (set CHURNLENS_CRASH_SEED to repeat another)", seedOk ? seed : 20261202u);

    int killedBefore = 0, killedAfterRun = 0, killedAfterVersion = 0, finished = 0;
    for (int i = 0; i < Iterations; ++i) {
        const bool afterWrites = i % 2 == 1;
        QProcess p;
        QElapsedTimer timer;
        timer.start();
        start(p);
        QVERIFY(p.waitForStarted(WaitMs));
        if (afterWrites) {
            // Wait for the first write, then kill within the writing phase (or just after it).
            for (int polls = 0; fileSize(wal) <= 0 && !p.waitForFinished(1); ++polls)
                QVERIFY2(polls < WaitMs, "the CLI neither wrote nor finished");
            QThread::usleep(quint64(random.bounded(1.3 * writeMs) * 1000.0));
        } else {
            // A third anywhere in the run, the rest in its last fifth and a little beyond.
            const double at = random.bounded(1.0) < 0.35 ? random.bounded(runMs) : runMs * (0.8 + random.bounded(0.35));
            const qint64 until = qint64(at * 1e6);
            while (timer.nsecsElapsed() < until && p.state() != QProcess::NotRunning) {
                const qint64 leftUs = (until - timer.nsecsElapsed()) / 1000;
                if (leftUs > 2000)
                    p.waitForFinished(int(leftUs / 1000) - 1);
                else if (leftUs > 0)
                    QThread::usleep(quint64(leftUs));
            }
        }
        if (p.state() != QProcess::NotRunning) {
            p.kill(); // SIGKILL; nothing if it has exited meanwhile
            QVERIFY2(p.waitForFinished(WaitMs), "a killed CLI did not end");
        }
        const bool killed = p.exitStatus() == QProcess::CrashExit;
        if (!killed)
            QVERIFY2(p.exitCode() == 0, qPrintable(QStringLiteral("iteration %1: exit code %2").arg(i).arg(p.exitCode())));

        const Counts before = counts;
        check(&counts, i + 1 == Iterations);
        if (QTest::currentTestFailed()) {
            qWarning("iteration %d (%s) failed", i, afterWrites ? "after writes" : "timed");
            return;
        }
        const qint64 newRuns = counts.runs - before.runs, newVersions = counts.versions - before.versions;
        QVERIFY2(newRuns >= 0 && newRuns <= 1 && newVersions >= 0 && newVersions <= newRuns,
                 qPrintable(QStringLiteral("iteration %1: %2 new runs, %3 new versions").arg(i).arg(newRuns).arg(newVersions)));
        if (!killed) {
            QCOMPARE(newVersions, qint64(1));
            ++finished;
        } else if (newRuns == 0) {
            ++killedBefore;
        } else if (newVersions == 0) {
            ++killedAfterRun;
        } else {
            ++killedAfterVersion;
        }
    }
    qInfo("%d kills: %d before the run was recorded, %d after the run and before its version, %d after both; %d runs ended before the kill",
          Iterations - finished, killedBefore, killedAfterRun, killedAfterVersion, finished);
    qInfo("the project holds %lld runs and %lld model versions, all complete", counts.runs, counts.versions);
    // Kills landed on both sides of the writes: some before anything was recorded, some after.
    QVERIFY(killedBefore > 0);
    QVERIFY(killedAfterRun + killedAfterVersion > 0);
}

QTEST_GUILESS_MAIN(TestProjectCrash)
#include "tst_projectcrash.moc"
