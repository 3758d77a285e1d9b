// The project file: creating, opening, checking, locking and upgrading it; runs, the model
// registry, scorings and exports stored and read back exactly.
#include "data/dataloader.h"
#include "ml/modelbundle.h"
#include "project/activitylog.h"
#include "project/modelregistry.h"
#include "project/projectfile.h"
#include "project/projectschema.h"
#include "project/runstore.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

#include <sys/wait.h>
#include <unistd.h>

using namespace churnlens;

namespace {

ModelBundle::Files defaultModelFiles()
{
    const QString dir = QStringLiteral(CHURNLENS_TESTDATA "/../../models/default");
    ModelBundle::Files files;
    auto read = [&](const QString &name) {
        QFile f(dir + QLatin1Char('/') + name);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(f.fileName()));
        return f.readAll();
    };
    files.model = read(QStringLiteral("model.json"));
    files.preparation = read(QStringLiteral("preparation.json"));
    files.meta = read(QStringLiteral("meta.json"));
    return files;
}

RunRecord sampleRun(int n)
{
    RunRecord run;
    run.created = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC).addSecs(n * 60);
    run.dataName = QStringLiteral("telco.csv");
    run.dataFingerprint = QStringLiteral("abc%1").arg(n);
    run.target = QStringLiteral("Churn");
    run.trainRows = 5634;
    run.testRows = 1409;
    run.families = {QStringLiteral("xgboost")};
    run.bestFamily = QStringLiteral("xgboost");
    run.testAuc = 0.8 + n / 1000.0;
    run.cvAuc = 0.81;
    run.testF1 = std::nan("");
    run.seconds = 1.5;
    run.note = QStringLiteral("note %1").arg(n);
    run.tags = {QStringLiteral("baseline"), QStringLiteral("q1")};
    run.report = {{QStringLiteral("seed"), n}, {QStringLiteral("models"), QJsonArray{QJsonObject{{QStringLiteral("model"), QStringLiteral("xgboost")}}}}};
    run.settings = {{QStringLiteral("environment"), RunRecord::environment()}};
    run.models.push_back({0, QStringLiteral("xgboost"), defaultModelFiles()});
    return run;
}

QDateTime day(int d, int hour = 12)
{
    return QDateTime(QDate(2026, 3, d), QTime(hour, 0), Qt::UTC);
}

} // namespace

class TestProjectFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createAndReopen();
    void notAProject();
    void damagedFile();
    void newerSchema();
    void secondWriterIsTold();
    void readOnlyFile();
    void fullDiskLosesNothing();
    void upgradesOlderSchemaAfterBackup();
    void storedOlderProjectOpens();
    void runsRoundTrip();
    void modelsScoreIdentically();
    void annotateAndDelete();
    void registryPromoteRollbackHistory();
    void registryRefusesWhatItShould();
    void scoringsAndExports();
    void copyToIsComplete();
    void embeddedDataRoundTrip();
};

void TestProjectFile::createAndReopen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.churnlens"));
    {
        auto project = ProjectFile::create(path);
        QVERIFY2(project, project ? "" : qPrintable(project.error().toString()));
        QCOMPARE((*project)->name(), QStringLiteral("a"));
        QVERIFY((*project)->setState(QStringLiteral("workspace"), {{QStringLiteral("x"), 1}}));
    }
    auto project = ProjectFile::open(path);
    QVERIFY2(project, project ? "" : qPrintable(project.error().toString()));
    QCOMPARE((*project)->openedSchema(), ProjectSchema::Current);
    QVERIFY((*project)->backupPath().isEmpty());
    QCOMPARE((*project)->state(QStringLiteral("workspace"))->value(QStringLiteral("x")).toInt(), 1);
    QVERIFY((*project)->integrityCheck()->isEmpty());
    // No temporary files are left beside it.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral(".a.churnlens")).size(), 0);
}

void TestProjectFile::notAProject()
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("customers.churnlens"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("id,churn\n1,yes\n");
    f.close();
    ProjectFile::OpenProblem problem;
    auto project = ProjectFile::open(csv, ProjectFile::Access::ReadWrite, &problem);
    QVERIFY(!project);
    QCOMPARE(problem, ProjectFile::OpenProblem::NotAProject);
    QVERIFY(project.error().message.contains(QStringLiteral("not a ChurnLens project")));

    // A SQLite database of something else is named as such.
    const QString other = dir.filePath(QStringLiteral("other.db"));
    {
        auto db = SqliteDb::open(other, false, true);
        QVERIFY(db);
        QVERIFY(db->exec("CREATE TABLE customers(id INTEGER)"));
    }
    project = ProjectFile::open(other, ProjectFile::Access::ReadWrite, &problem);
    QVERIFY(!project);
    QCOMPARE(problem, ProjectFile::OpenProblem::NotAProject);
    QVERIFY(project.error().hint.contains(QStringLiteral("as data")));

    project = ProjectFile::open(dir.filePath(QStringLiteral("missing.churnlens")), ProjectFile::Access::ReadWrite, &problem);
    QVERIFY(!project);
    QVERIFY(project.error().message.contains(QStringLiteral("does not exist")));
}

void TestProjectFile::damagedFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("d.churnlens"));
    {
        auto project = ProjectFile::create(path);
        QVERIFY(project);
        RunStore runs(**project);
        for (int i = 0; i < 20; ++i)
            QVERIFY(runs.add(sampleRun(i)));
    }
    // Overwrite a page in the middle of the file with garbage.
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    QVERIFY(size > 16384);
    f.seek(size / 2 / 4096 * 4096);
    f.write(QByteArray(4096, '\x5a'));
    f.close();
    ProjectFile::OpenProblem problem;
    auto project = ProjectFile::open(path, ProjectFile::Access::ReadWrite, &problem);
    QVERIFY(!project);
    QVERIFY2(problem == ProjectFile::OpenProblem::Damaged || problem == ProjectFile::OpenProblem::NotAProject, qPrintable(project.error().toString()));
    QVERIFY(project.error().message.contains(QStringLiteral("damaged")));
    QVERIFY(!project.error().hint.isEmpty());
}

void TestProjectFile::newerSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("n.churnlens"));
    {
        auto project = ProjectFile::create(path);
        QVERIFY(project);
        QVERIFY((*project)->db().exec("PRAGMA user_version = 99"));
    }
    ProjectFile::OpenProblem problem;
    auto project = ProjectFile::open(path, ProjectFile::Access::ReadWrite, &problem);
    QVERIFY(!project);
    QCOMPARE(problem, ProjectFile::OpenProblem::Newer);
    QVERIFY(project.error().message.contains(QStringLiteral("newer")));
}

void TestProjectFile::secondWriterIsTold()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("l.churnlens"));
    auto first = ProjectFile::create(path);
    QVERIFY(first);
    ProjectFile::OpenProblem problem;
    auto second = ProjectFile::open(path, ProjectFile::Access::ReadWrite, &problem);
    QVERIFY(!second);
    QCOMPARE(problem, ProjectFile::OpenProblem::InUse);
    QVERIFY(second.error().hint.contains(QStringLiteral("read-only")));

    // Another process is refused too (flock is per open file, so this is what a second CLI sees).
    const pid_t child = fork();
    if (child == 0) {
        ProjectFile::OpenProblem p;
        auto other = ProjectFile::open(path, ProjectFile::Access::ReadWrite, &p);
        _exit(!other && p == ProjectFile::OpenProblem::InUse ? 0 : 1);
    }
    int status = 0;
    QCOMPARE(waitpid(child, &status, 0), child);
    QVERIFY(WIFEXITED(status));
    QCOMPARE(WEXITSTATUS(status), 0);

    // Reading is allowed beside the writer, and sees what it committed.
    QVERIFY(RunStore(**first).add(sampleRun(1)));
    auto reader = ProjectFile::open(path, ProjectFile::Access::ReadOnly);
    QVERIFY2(reader, reader ? "" : qPrintable(reader.error().toString()));
    QCOMPARE(*RunStore(**reader).count(), 1);
    // A read-only project refuses changes with a clear message and stays as it was.
    auto refused = RunStore(**reader).add(sampleRun(2));
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("read-only")), qPrintable(refused.error().message));

    // Once the writer closes, the lock is free.
    first->reset();
    QVERIFY(ProjectFile::open(path));
}

void TestProjectFile::readOnlyFile()
{
    if (geteuid() == 0)
        QSKIP("root may write read-only files");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.churnlens"));
    QVERIFY(ProjectFile::create(path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
    ProjectFile::OpenProblem problem;
    auto project = ProjectFile::open(path, ProjectFile::Access::ReadWrite, &problem);
    QVERIFY(!project);
    QCOMPARE(problem, ProjectFile::OpenProblem::ReadOnlyFile);
    QVERIFY(ProjectFile::open(path, ProjectFile::Access::ReadOnly));
}

void TestProjectFile::fullDiskLosesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("full.churnlens"));
    auto project = ProjectFile::create(path);
    QVERIFY(project);
    RunStore runs(**project);
    QVERIFY(runs.add(sampleRun(1)));
    // SQLite reports a full disk when the file may not grow (max_page_count): the same code path.
    const qint64 pages = *(*project)->db().queryInt("PRAGMA page_count");
    QVERIFY((*project)->db().exec(QByteArray("PRAGMA max_page_count = " + QByteArray::number(pages)).constData()));
    auto full = runs.add(sampleRun(2));
    QVERIFY(!full);
    QVERIFY2(full.error().message.contains(QStringLiteral("disk is full")), qPrintable(full.error().message));
    QVERIFY(!full.error().hint.isEmpty());
    auto version = ModelRegistry(**project).registerFiles(defaultModelFiles(), QStringLiteral("a"), QStringLiteral("b"));
    QVERIFY(!version);
    project->reset();
    // Reopened: the first run is complete, nothing of the second one or the version is there.
    auto reopened = ProjectFile::open(path);
    QVERIFY(reopened);
    QCOMPARE(*RunStore(**reopened).count(), qint64(1));
    QCOMPARE(*(*reopened)->db().queryInt("SELECT count(*) FROM run_models"), qint64(1));
    QCOMPARE(ModelRegistry(**reopened).versions()->size(), 0);
    QCOMPARE(ModelRegistry(**reopened).history()->size(), 0);
    QVERIFY((*reopened)->integrityCheck()->isEmpty());
}

void TestProjectFile::upgradesOlderSchemaAfterBackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.churnlens"));
    {
        auto db = SqliteDb::open(path, false, true);
        QVERIFY(db);
        QVERIFY(ProjectSchema::migrate(*db, 0, 1));
        QVERIFY(db->exec("INSERT INTO runs(created, data_name, data_fingerprint, target, train_rows, test_rows, families, best_family, seconds, status, report, settings) "
                         "VALUES('2026-01-01T00:00:00.000Z', 'old.csv', 'f', 'Churn', 10, 5, 'xgboost', 'xgboost', 1.0, 'finished', '{}', '{}')"));
        QVERIFY(db->exec("INSERT INTO exports(at, file, format, model, threshold, rows, selection, source) VALUES('2026-01-02T00:00:00.000Z', '/x.csv', 'csv', 'm', 0.5, 3, 'all', 'old.csv')"));
    }
    auto project = ProjectFile::open(path);
    QVERIFY2(project, project ? "" : qPrintable(project.error().toString()));
    QCOMPARE((*project)->openedSchema(), 1);
    QVERIFY(QFileInfo::exists((*project)->backupPath()));
    QCOMPARE(*(*project)->db().queryInt("PRAGMA user_version"), qint64(ProjectSchema::Current));
    auto runs = RunStore(**project).list();
    QVERIFY(runs);
    QCOMPARE(runs->size(), 1);
    QCOMPARE(runs->first().dataName, QStringLiteral("old.csv"));
    QVERIFY(runs->first().note.isEmpty());
    QVERIFY(RunStore(**project).annotate(runs->first().id, QStringLiteral("now with notes"), {}));
    auto exports = ActivityLog(**project).exports();
    QVERIFY(exports);
    QCOMPARE(exports->size(), 1);
    QVERIFY(!exports->first().version);
    // The backup is the old file, untouched: still schema 1.
    auto backup = SqliteDb::open((*project)->backupPath(), true, false);
    QVERIFY(backup);
    QCOMPARE(*backup->queryInt("PRAGMA user_version"), qint64(1));
}

void TestProjectFile::storedOlderProjectOpens()
{
    // A project file written by schema 1 (tests/data/project_schema1.churnlens), as shipped.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stored.churnlens"));
    QVERIFY(QFile::copy(QStringLiteral(CHURNLENS_TESTDATA "/project_schema1.churnlens"), path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    auto project = ProjectFile::open(path);
    QVERIFY2(project, project ? "" : qPrintable(project.error().toString()));
    QCOMPARE((*project)->openedSchema(), 1);
    QVERIFY(QFileInfo::exists((*project)->backupPath()));
    auto runs = RunStore(**project).list();
    QVERIFY(runs);
    QVERIFY(!runs->isEmpty());
    auto versions = ModelRegistry(**project).versions();
    QVERIFY(versions);
    QVERIFY(!versions->isEmpty());
    auto champion = ModelRegistry(**project).champion();
    QVERIFY(champion && *champion);
    auto files = ModelRegistry(**project).files((*champion)->version);
    QVERIFY(files);
    QVERIFY(ModelBundle::decode(*files));
}

void TestProjectFile::runsRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("runs.churnlens"));
    QList<qint64> ids;
    {
        auto project = ProjectFile::create(path);
        QVERIFY(project);
        for (int i = 0; i < 3; ++i) {
            auto id = RunStore(**project).add(sampleRun(i));
            QVERIFY2(id, id ? "" : qPrintable(id.error().toString()));
            ids << *id;
        }
    }
    auto project = ProjectFile::open(path);
    QVERIFY(project);
    auto list = RunStore(**project).list();
    QVERIFY(list);
    QCOMPARE(list->size(), 3);
    for (int i = 0; i < 3; ++i) {
        const RunRecord expected = sampleRun(i);
        auto run = RunStore(**project).get(ids[i], true);
        QVERIFY(run);
        QCOMPARE(run->id, ids[i]);
        QCOMPARE(run->created, expected.created);
        QCOMPARE(run->dataFingerprint, expected.dataFingerprint);
        QCOMPARE(run->testAuc, expected.testAuc);
        QVERIFY(std::isnan(run->testF1));
        QCOMPARE(run->note, expected.note);
        QCOMPARE(run->tags, expected.tags);
        QCOMPARE(run->report, expected.report);
        QCOMPARE(run->settings, expected.settings);
        QCOMPARE(run->models.size(), size_t(1));
        QCOMPARE(run->models[0].files.model, expected.models[0].files.model);
        QCOMPARE(run->models[0].files.preparation, expected.models[0].files.preparation);
        QCOMPARE(run->models[0].files.meta, expected.models[0].files.meta);
        QCOMPARE(list->at(i).testAuc, expected.testAuc);
        QCOMPARE(list->at(i).families, expected.families);
    }
    QVERIFY(!RunStore(**project).get(999));
}

void TestProjectFile::modelsScoreIdentically()
{
    QTemporaryDir dir;
    auto project = ProjectFile::create(dir.filePath(QStringLiteral("m.churnlens")));
    QVERIFY(project);
    auto v = ModelRegistry(**project).registerFiles(defaultModelFiles(), QStringLiteral("shipped default"), QStringLiteral("start"));
    QVERIFY2(v, v ? "" : qPrintable(v.error().toString()));
    auto stored = ModelRegistry(**project).files(v->version);
    QVERIFY(stored);
    auto fromProject = ModelBundle::decode(*stored);
    auto fromFolder = ModelBundle::load(QStringLiteral(CHURNLENS_TESTDATA "/../../models/default"));
    QVERIFY(fromProject && fromFolder);
    auto loaded = DataLoader::load(DataSource::fromPath(QStringLiteral(CHURNLENS_TESTDATA "/telco.csv")));
    QVERIFY(loaded);
    auto a = fromProject->predictProba(loaded->table);
    auto b = fromFolder->predictProba(loaded->table);
    QVERIFY(a && b);
    QCOMPARE(a->size(), size_t(7043));
    QVERIFY(std::memcmp(a->data(), b->data(), a->size() * sizeof(double)) == 0);
}

void TestProjectFile::annotateAndDelete()
{
    QTemporaryDir dir;
    auto project = ProjectFile::create(dir.filePath(QStringLiteral("a.churnlens")));
    QVERIFY(project);
    RunStore runs(**project);
    const qint64 a = *runs.add(sampleRun(1));
    const qint64 b = *runs.add(sampleRun(2));
    QVERIFY(runs.annotate(a, QStringLiteral("winter data"), {QStringLiteral(" q4 "), QStringLiteral("a,b"), QStringLiteral("q4")}));
    QCOMPARE(runs.get(a)->tags, (QStringList{QStringLiteral("q4"), QStringLiteral("ab")}));
    QVERIFY(!runs.annotate(77, QStringLiteral("x"), {}));
    // A version registered from a run outlives the run.
    auto v = ModelRegistry(**project).registerRun(b, 0, QStringLiteral("first"));
    QVERIFY(v);
    QVERIFY(runs.remove({b}));
    QCOMPARE(*runs.count(), qint64(1));
    QCOMPARE(*(*project)->db().queryInt("SELECT count(*) FROM run_models"), qint64(1));
    QVERIFY(ModelRegistry(**project).files(v->version));
}

void TestProjectFile::registryPromoteRollbackHistory()
{
    QTemporaryDir dir;
    auto project = ProjectFile::create(dir.filePath(QStringLiteral("r.churnlens")));
    QVERIFY(project);
    ModelRegistry registry(**project);
    const auto files = defaultModelFiles();
    auto v1 = registry.registerFiles(files, QStringLiteral("a"), QStringLiteral("first model"), day(1));
    QVERIFY(v1);
    QCOMPARE(v1->version, 1);
    QCOMPARE(v1->status, VersionStatus::Champion); // the first version becomes champion
    auto v2 = registry.registerFiles(files, QStringLiteral("b"), QStringLiteral("retrained"), day(2));
    auto v3 = registry.registerFiles(files, QStringLiteral("c"), QStringLiteral("retrained again"), day(3));
    QVERIFY(v2 && v3);
    QCOMPARE(v2->status, VersionStatus::Challenger);

    QVERIFY(registry.promote(2, QStringLiteral("better AUC"), day(4)));
    QVERIFY(registry.promote(3, QStringLiteral("even better"), day(6)));
    QCOMPARE((*registry.champion())->version, 3);
    QCOMPARE(registry.version(2)->status, VersionStatus::Archived);

    // Champion at a date: before anything, on each day, and at the exact moment of a change.
    QCOMPARE(*registry.championAt(QDateTime(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC)), std::optional<int>());
    QCOMPARE(*registry.championAt(day(1)), std::optional<int>(1));
    QCOMPARE(*registry.championAt(day(3, 23)), std::optional<int>(1));
    QCOMPARE(*registry.championAt(day(4)), std::optional<int>(2));
    QCOMPARE(*registry.championAt(day(5)), std::optional<int>(2));
    QCOMPARE(*registry.championAt(day(7)), std::optional<int>(3));

    // Roll back twice: 3 → 2 → 1, then nothing is left to roll back to.
    QCOMPARE(*registry.rollbackTarget(), 2);
    auto back = registry.rollback(QStringLiteral("v3 scores too many as high risk"), day(8));
    QVERIFY(back);
    QCOMPARE(back->version, 2);
    QCOMPARE(back->previousChampion, std::optional<int>(3));
    QCOMPARE((*registry.champion())->version, 2);
    QCOMPARE(registry.version(3)->status, VersionStatus::Archived);
    QVERIFY(registry.rollback(QStringLiteral("back to the start"), day(9)));
    QCOMPARE((*registry.champion())->version, 1);
    auto none = registry.rollback(QStringLiteral("again"), day(10));
    QVERIFY(!none);
    QVERIFY(none.error().message.contains(QStringLiteral("no earlier champion")));
    QCOMPARE(registry.rollbackTarget().error().message, none.error().message); // what a disabled button's tooltip says
    QCOMPARE(*registry.championAt(day(8, 13)), std::optional<int>(2));
    QCOMPARE(*registry.championAt(day(9, 13)), std::optional<int>(1));

    // The history is append-only and says who and why.
    auto history = registry.history();
    QVERIFY(history);
    QStringList actions;
    for (const RegistryEvent &e : *history) {
        actions << e.action;
        QVERIFY(!e.user.isEmpty());
        QVERIFY(!e.reason.isEmpty());
    }
    QCOMPARE(actions, (QStringList{QStringLiteral("register"), QStringLiteral("promote"), QStringLiteral("register"), QStringLiteral("register"),
                                   QStringLiteral("promote"), QStringLiteral("promote"), QStringLiteral("rollback"), QStringLiteral("rollback")}));
    QCOMPARE(history->at(4).reason, QStringLiteral("better AUC"));
    // Exactly one champion at all times.
    QCOMPARE(*(*project)->db().queryInt("SELECT count(*) FROM versions WHERE status = 'champion'"), qint64(1));
}

void TestProjectFile::registryRefusesWhatItShould()
{
    QTemporaryDir dir;
    auto project = ProjectFile::create(dir.filePath(QStringLiteral("x.churnlens")));
    QVERIFY(project);
    ModelRegistry registry(**project);
    const auto files = defaultModelFiles();
    QVERIFY(!registry.registerFiles(files, QStringLiteral("a"), QStringLiteral("  ")));   // a reason is required
    ModelBundle::Files broken = files;
    broken.model = "{ not a model";
    auto bad = registry.registerFiles(broken, QStringLiteral("a"), QStringLiteral("broken"));
    QVERIFY(!bad);
    QCOMPARE(registry.versions()->size(), 0);
    QVERIFY(registry.registerFiles(files, QStringLiteral("a"), QStringLiteral("ok")));
    QVERIFY(registry.registerFiles(files, QStringLiteral("b"), QStringLiteral("ok")));
    QVERIFY(!registry.promote(1, QStringLiteral("already")));
    QVERIFY(!registry.promote(9, QStringLiteral("missing")));
    QVERIFY(!registry.archive(1, QStringLiteral("is champion")));
    QVERIFY(!registry.rollback(QStringLiteral("nothing before v1")));
    QVERIFY(registry.archive(2, QStringLiteral("not needed")));
    QVERIFY(!registry.archive(2, QStringLiteral("twice")));
    QVERIFY(registry.promote(2, QStringLiteral("archived versions can come back")));
    QCOMPARE((*registry.champion())->version, 2);
}

void TestProjectFile::scoringsAndExports()
{
    QTemporaryDir dir;
    auto project = ProjectFile::create(dir.filePath(QStringLiteral("s.churnlens")));
    QVERIFY(project);
    ActivityLog log(**project);
    ScoringRecord scoring;
    scoring.at = day(5);
    scoring.source = QStringLiteral("march.csv");
    scoring.fingerprint = QStringLiteral("ff");
    scoring.version = 2;
    scoring.model = QStringLiteral("v2 (XGBoost)");
    scoring.threshold = 0.42;
    scoring.rows = 100;
    scoring.high = 10;
    scoring.medium = 20;
    scoring.low = 70;
    scoring.selection = {{QStringLiteral("rule"), QStringLiteral("top")}, {QStringLiteral("count"), 25}};
    scoring.meanProbability = 0.27;
    scoring.monthlyRevenueAtRisk = 1234.5; // observed churn stays unknown (NULL)
    auto id = log.addScoring(scoring);
    QVERIFY(id);
    ExportRecord record;
    record.when = day(5, 13);
    record.file = QStringLiteral("/tmp/list.xlsx");
    record.format = QStringLiteral("xlsx");
    record.model = scoring.model;
    record.threshold = 0.42;
    record.rows = 25;
    record.selection = QStringLiteral("top 25");
    record.source = QStringLiteral("march.csv");
    QVERIFY(log.addExport(record, 2, *id));
    auto scorings = log.scorings();
    auto exports = log.exports();
    QVERIFY(scorings && exports);
    QCOMPARE(scorings->size(), 1);
    QCOMPARE(scorings->first().version, std::optional<int>(2));
    QCOMPARE(scorings->first().selection, scoring.selection);
    QCOMPARE(scorings->first().high, qint64(10));
    QCOMPARE(scorings->first().meanProbability, 0.27);
    QCOMPARE(scorings->first().monthlyRevenueAtRisk, 1234.5);
    QVERIFY(std::isnan(scorings->first().observedChurnRate));
    QCOMPARE(exports->size(), 1);
    QCOMPARE(exports->first().version, std::optional<int>(2));
    QCOMPARE(exports->first().scoringId, std::optional<qint64>(*id));
    QCOMPARE(exports->first().record.toJson(), record.toJson());
}

void TestProjectFile::copyToIsComplete()
{
    QTemporaryDir dir;
    auto project = ProjectFile::create(dir.filePath(QStringLiteral("src.churnlens")));
    QVERIFY(project);
    QVERIFY(RunStore(**project).add(sampleRun(1)));
    QVERIFY(ModelRegistry(**project).registerFiles(defaultModelFiles(), QStringLiteral("a"), QStringLiteral("b")));
    const QString copy = dir.filePath(QStringLiteral("copy.churnlens"));
    QVERIFY((*project)->copyTo(copy));
    // Replacing an existing file works too.
    QVERIFY((*project)->copyTo(copy));
    auto opened = ProjectFile::open(copy);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().toString()));
    QCOMPARE(*RunStore(**opened).count(), qint64(1));
    QCOMPARE(ModelRegistry(**opened).versions()->size(), 1);
    auto bad = (*project)->copyTo(dir.filePath(QStringLiteral("no/such/folder/x.churnlens")));
    QVERIFY(!bad);
}

void TestProjectFile::embeddedDataRoundTrip()
{
    QTemporaryDir dir;
    auto project = ProjectFile::create(dir.filePath(QStringLiteral("mail.churnlens")));
    QVERIFY(project);
    QCOMPARE(*(*project)->embeddedDataName(), QString());
    QVERIFY(!(*project)->extractData(dir.filePath(QStringLiteral("none.csv"))));
    const QString telco = QStringLiteral(CHURNLENS_TESTDATA "/telco.csv");
    QVERIFY((*project)->embedData(telco));
    QCOMPARE(*(*project)->embeddedDataName(), QStringLiteral("telco.csv"));
    // Compressed: the project grows by much less than the file.
    const qint64 stored = (*project)->stateBlob(QStringLiteral("data/copy"))->size();
    QVERIFY(stored < QFileInfo(telco).size() / 3);
    const QString out = dir.filePath(QStringLiteral("telco-copy.csv"));
    QVERIFY((*project)->extractData(out));
    QFile a(telco), b(out);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(b.readAll(), a.readAll());
    QVERIFY((*project)->removeEmbeddedData());
    QCOMPARE(*(*project)->embeddedDataName(), QString());
}

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"
