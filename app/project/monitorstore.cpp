#include "monitorstore.h"

#include "projectfile.h"

#include <cmath>

namespace churnlens {

namespace {

constexpr const char *CheckColumns = "id, at, version, scoring_id, data_name, data_fingerprint, rows, drifted_share, prediction_psi, "
                                     "accuracy, accuracy_estimated, roc_auc, recommendation";
constexpr const char *ComparisonColumns = "id, at, champion, challenger, data_name, champion_auc, challenger_auc, p_value";

double realOrNaN(const Statement &s, int column)
{
    return s.isNull(column) ? std::nan("") : s.real(column);
}

void readCheck(const Statement &s, MonitorCheckRecord &c)
{
    c.id = s.integer(0);
    c.at = fromSqlTime(s.text(1));
    c.version = int(s.integer(2));
    c.scoringId = s.optionalInteger(3);
    c.dataName = s.text(4);
    c.dataFingerprint = s.text(5);
    c.rows = s.integer(6);
    c.driftedShare = realOrNaN(s, 7);
    c.predictionPsi = realOrNaN(s, 8);
    c.accuracy = realOrNaN(s, 9);
    c.accuracyEstimated = s.integer(10) != 0;
    c.rocAuc = realOrNaN(s, 11);
    c.recommendation = s.text(12);
}

void readComparison(const Statement &s, ComparisonRecord &c)
{
    c.id = s.integer(0);
    c.at = fromSqlTime(s.text(1));
    c.champion = int(s.integer(2));
    c.challenger = int(s.integer(3));
    c.dataName = s.text(4);
    c.championAuc = realOrNaN(s, 5);
    c.challengerAuc = realOrNaN(s, 6);
    c.pValue = realOrNaN(s, 7);
}

template <typename Record>
Result<Record> one(const SqliteDb &db, const QByteArray &sql, qint64 id, void (*read)(const Statement &, Record &), int reportColumn,
                   const QString &notFound)
{
    Statement s(db, sql.constData());
    s.bind(1, id);
    auto row = s.step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return makeError(ErrorCode::Usage, notFound);
    Record record;
    read(s, record);
    record.report = unpackJson(s.blob(reportColumn));
    return record;
}

} // namespace

MonitorStore::MonitorStore(const ProjectFile &project)
    : m_project(project)
{
}

Result<qint64> MonitorStore::addCheck(const MonitorCheckRecord &c)
{
    const SqliteDb &db = m_project.db();
    Statement s(db, "INSERT INTO monitor_checks(at, version, scoring_id, data_name, data_fingerprint, rows, drifted_share, "
                    "prediction_psi, accuracy, accuracy_estimated, roc_auc, recommendation, report) "
                    "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
    s.bind(1, sqlTime(c.at.isValid() ? c.at : QDateTime::currentDateTimeUtc()))
        .bind(2, c.version)
        .bind(3, c.scoringId)
        .bind(4, c.dataName)
        .bind(5, c.dataFingerprint)
        .bind(6, c.rows)
        .bindReal(7, c.driftedShare)
        .bindReal(8, c.predictionPsi)
        .bindReal(9, c.accuracy)
        .bind(10, c.accuracyEstimated ? 1 : 0)
        .bindReal(11, c.rocAuc)
        .bind(12, c.recommendation)
        .bindBlob(13, packJson(c.report));
    if (auto done = s.run(); !done)
        return std::unexpected(done.error());
    return db.lastInsertId();
}

Result<QList<MonitorCheckRecord>> MonitorStore::checks() const
{
    Statement s(m_project.db(), QByteArray("SELECT ").append(CheckColumns).append(" FROM monitor_checks ORDER BY at, id").constData());
    QList<MonitorCheckRecord> list;
    auto read = s.each([&]() { readCheck(s, list.emplace_back()); });
    if (!read)
        return std::unexpected(read.error());
    return list;
}

Result<MonitorCheckRecord> MonitorStore::check(qint64 id) const
{
    return one<MonitorCheckRecord>(m_project.db(), QByteArray("SELECT ").append(CheckColumns).append(", report FROM monitor_checks WHERE id = ?1"),
                                   id, &readCheck, 13, Tr::tr("The project has no monitor check %1.").arg(id));
}

Result<qint64> MonitorStore::addComparison(const ComparisonRecord &c)
{
    const SqliteDb &db = m_project.db();
    Statement s(db, "INSERT INTO comparisons(at, champion, challenger, data_name, champion_auc, challenger_auc, p_value, report) "
                    "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    s.bind(1, sqlTime(c.at.isValid() ? c.at : QDateTime::currentDateTimeUtc()))
        .bind(2, c.champion)
        .bind(3, c.challenger)
        .bind(4, c.dataName)
        .bindReal(5, c.championAuc)
        .bindReal(6, c.challengerAuc)
        .bindReal(7, c.pValue)
        .bindBlob(8, packJson(c.report));
    if (auto done = s.run(); !done)
        return std::unexpected(done.error());
    return db.lastInsertId();
}

Result<QList<ComparisonRecord>> MonitorStore::comparisons() const
{
    Statement s(m_project.db(), QByteArray("SELECT ").append(ComparisonColumns).append(" FROM comparisons ORDER BY at, id").constData());
    QList<ComparisonRecord> list;
    auto read = s.each([&]() { readComparison(s, list.emplace_back()); });
    if (!read)
        return std::unexpected(read.error());
    return list;
}

Result<ComparisonRecord> MonitorStore::comparison(qint64 id) const
{
    return one<ComparisonRecord>(m_project.db(), QByteArray("SELECT ").append(ComparisonColumns).append(", report FROM comparisons WHERE id = ?1"),
                                 id, &readComparison, 8, Tr::tr("The project has no comparison %1.").arg(id));
}

Result<std::optional<ComparisonRecord>> MonitorStore::latestFor(int challenger) const
{
    Statement s(m_project.db(), "SELECT id FROM comparisons WHERE challenger = ?1 ORDER BY at DESC, id DESC LIMIT 1");
    s.bind(1, challenger);
    auto row = s.step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<ComparisonRecord>();
    auto found = comparison(s.integer(0));
    if (!found)
        return std::unexpected(found.error());
    return std::optional<ComparisonRecord>(std::move(*found));
}

} // namespace churnlens
