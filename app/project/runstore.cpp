#include "runstore.h"

#include "projectfile.h"

#include <QJsonDocument>

namespace churnlens {

namespace {

QStringList listOf(const QString &text)
{
    return text.isEmpty() ? QStringList() : text.split(QLatin1Char(','));
}

QString tagText(const QStringList &tags)
{
    QStringList clean;
    for (const QString &tag : tags) {
        const QString t = tag.simplified().remove(QLatin1Char(','));
        if (!t.isEmpty() && !clean.contains(t))
            clean << t;
    }
    return clean.join(QLatin1Char(','));
}

constexpr const char *SummaryColumns = "id, created, data_name, data_fingerprint, target, train_rows, test_rows, families, best_family, "
                                       "test_auc, cv_auc, test_f1, seconds, status, note, tags";

void readSummary(const Statement &s, RunSummary &r)
{
    r.id = s.integer(0);
    r.created = fromSqlTime(s.text(1));
    r.dataName = s.text(2);
    r.dataFingerprint = s.text(3);
    r.target = s.text(4);
    r.trainRows = s.integer(5);
    r.testRows = s.integer(6);
    r.families = listOf(s.text(7));
    r.bestFamily = s.text(8);
    r.testAuc = s.real(9);
    r.cvAuc = s.real(10);
    r.testF1 = s.real(11);
    r.seconds = s.real(12);
    r.status = s.text(13);
    r.note = s.text(14);
    r.tags = listOf(s.text(15));
}

Error noSuchRun(const ProjectFile &project, qint64 id)
{
    return Error::make(ErrorCode::Usage, Tr::tr("The project has no run %1.").arg(id), project.path(),
                       Tr::tr("List the runs to see their numbers."));
}

} // namespace

RunStore::RunStore(ProjectFile &project)
    : m_project(project)
{
}

Result<qint64> RunStore::add(const RunRecord &run)
{
    const SqliteDb &db = m_project.db();
    Transaction transaction(db);
    if (!transaction.begun())
        return std::unexpected(transaction.begun().error());
    Statement insert(db, "INSERT INTO runs(created, data_name, data_fingerprint, target, train_rows, test_rows, families, best_family, "
                         "test_auc, cv_auc, test_f1, seconds, status, note, tags) "
                         "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)");
    insert.bind(1, sqlTime(run.created.isValid() ? run.created : QDateTime::currentDateTimeUtc()))
        .bind(2, run.dataName)
        .bind(3, run.dataFingerprint)
        .bind(4, run.target)
        .bind(5, run.trainRows)
        .bind(6, run.testRows)
        .bind(7, run.families.join(QLatin1Char(',')))
        .bind(8, run.bestFamily)
        .bindReal(9, run.testAuc)
        .bindReal(10, run.cvAuc)
        .bindReal(11, run.testF1)
        .bind(12, run.seconds)
        .bind(13, run.status)
        .bind(14, run.note)
        .bind(15, tagText(run.tags));
    if (auto done = insert.run(); !done)
        return std::unexpected(done.error());
    const qint64 id = db.lastInsertId();
    Statement report(db, "INSERT INTO run_reports(run_id, report, settings) VALUES(?1, ?2, ?3)");
    report.bind(1, id).bindBlob(2, packJson(run.report)).bindBlob(3, packJson(run.settings));
    if (auto done = report.run(); !done)
        return std::unexpected(done.error());
    Statement model(db, "INSERT INTO run_models(run_id, idx, family, model_file, model, preparation, meta) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    for (const RunModel &m : run.models) {
        model.reset();
        model.bind(1, id).bind(2, m.index).bind(3, m.family).bind(4, m.files.modelFileName)
            .bindBlob(5, m.files.model).bindBlob(6, m.files.preparation).bindBlob(7, m.files.meta);
        if (auto done = model.run(); !done)
            return std::unexpected(done.error());
    }
    if (auto done = transaction.commit(); !done)
        return std::unexpected(done.error());
    return id;
}

Result<QList<RunSummary>> RunStore::list() const
{
    Statement s(m_project.db(), QByteArray("SELECT ") .append(SummaryColumns).append(" FROM runs ORDER BY id").constData());
    QList<RunSummary> runs;
    auto read = s.each([&]() {
        readSummary(s, runs.emplace_back());
    });
    if (!read)
        return std::unexpected(read.error());
    return runs;
}

Result<qint64> RunStore::count() const
{
    return m_project.db().queryInt("SELECT count(*) FROM runs");
}

Result<RunRecord> RunStore::get(qint64 id, bool withModels) const
{
    Statement s(m_project.db(), QByteArray("SELECT ").append(SummaryColumns).append(", report, settings FROM runs LEFT JOIN run_reports ON run_id = id WHERE id = ?1").constData());
    s.bind(1, id);
    auto row = s.step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::unexpected(noSuchRun(m_project, id));
    RunSummary summary;
    readSummary(s, summary);
    RunRecord run;
    run.id = summary.id;
    run.created = summary.created;
    run.dataName = summary.dataName;
    run.dataFingerprint = summary.dataFingerprint;
    run.target = summary.target;
    run.trainRows = summary.trainRows;
    run.testRows = summary.testRows;
    run.families = summary.families;
    run.bestFamily = summary.bestFamily;
    run.testAuc = summary.testAuc;
    run.cvAuc = summary.cvAuc;
    run.testF1 = summary.testF1;
    run.seconds = summary.seconds;
    run.status = summary.status;
    run.note = summary.note;
    run.tags = summary.tags;
    run.report = unpackJson(s.blob(16));
    run.settings = unpackJson(s.blob(17));
    if (withModels) {
        Statement m(m_project.db(), "SELECT idx, family, model_file, model, preparation, meta FROM run_models WHERE run_id = ?1 ORDER BY idx");
        m.bind(1, id);
        auto read = m.each([&]() {
            RunModel model;
            model.index = int(m.integer(0));
            model.family = m.text(1);
            model.files.modelFileName = m.text(2);
            model.files.model = m.blob(3);
            model.files.preparation = m.blob(4);
            model.files.meta = m.blob(5);
            run.models.push_back(std::move(model));
        });
        if (!read)
            return std::unexpected(read.error());
    }
    return run;
}

Result<ModelBundle::Files> RunStore::modelFiles(qint64 runId, int modelIndex) const
{
    Statement m(m_project.db(), "SELECT model_file, model, preparation, meta FROM run_models WHERE run_id = ?1 AND idx = ?2");
    m.bind(1, runId).bind(2, modelIndex);
    auto row = m.step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::unexpected(Error::make(ErrorCode::Usage, Tr::tr("Run %1 has no model %2.").arg(runId).arg(modelIndex + 1), m_project.path()));
    ModelBundle::Files files;
    files.modelFileName = m.text(0);
    files.model = m.blob(1);
    files.preparation = m.blob(2);
    files.meta = m.blob(3);
    return files;
}

Result<void> RunStore::annotate(qint64 id, const QString &note, const QStringList &tags)
{
    Statement s(m_project.db(), "UPDATE runs SET note = ?2, tags = ?3 WHERE id = ?1");
    s.bind(1, id).bind(2, note).bind(3, tagText(tags));
    if (auto done = s.run(); !done)
        return done;
    if (m_project.db().changes() == 0)
        return std::unexpected(noSuchRun(m_project, id));
    return {};
}

Result<void> RunStore::remove(const QList<qint64> &ids)
{
    Transaction transaction(m_project.db());
    if (!transaction.begun())
        return transaction.begun();
    Statement s(m_project.db(), "DELETE FROM runs WHERE id = ?1");
    for (qint64 id : ids) {
        s.reset();
        s.bind(1, id);
        if (auto done = s.run(); !done)
            return done;
    }
    return transaction.commit();
}

} // namespace churnlens
