#include "activitylog.h"

#include "projectfile.h"

#include <QJsonDocument>

namespace churnlens {

ActivityLog::ActivityLog(ProjectFile &project)
    : m_project(project)
{
}

Result<qint64> ActivityLog::addScoring(const ScoringRecord &scoring)
{
    Statement s(m_project.db(), "INSERT INTO scorings(at, source, fingerprint, version, model, threshold, rows, high, medium, low, selection, "
                                "mean_probability, revenue_at_risk, observed_churn) "
                                "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
    s.bind(1, sqlTime(scoring.at.isValid() ? scoring.at : QDateTime::currentDateTimeUtc()))
        .bind(2, scoring.source).bind(3, scoring.fingerprint)
        .bind(4, scoring.version ? std::optional<qint64>(*scoring.version) : std::nullopt)
        .bind(5, scoring.model).bind(6, scoring.threshold).bind(7, scoring.rows)
        .bind(8, scoring.high).bind(9, scoring.medium).bind(10, scoring.low)
        .bind(11, QString::fromUtf8(QJsonDocument(scoring.selection).toJson(QJsonDocument::Compact)))
        .bindReal(12, scoring.meanProbability).bindReal(13, scoring.monthlyRevenueAtRisk)
        .bindReal(14, scoring.observedChurnRate);
    if (auto done = s.run(); !done)
        return std::unexpected(done.error());
    return m_project.db().lastInsertId();
}

Result<QList<ScoringRecord>> ActivityLog::scorings() const
{
    Statement s(m_project.db(), "SELECT id, at, source, fingerprint, version, model, threshold, rows, high, medium, low, selection, "
                                "mean_probability, revenue_at_risk, observed_churn FROM scorings ORDER BY id");
    QList<ScoringRecord> list;
    auto read = s.each([&]() {
        ScoringRecord &r = list.emplace_back();
        r.id = s.integer(0);
        r.at = fromSqlTime(s.text(1));
        r.source = s.text(2);
        r.fingerprint = s.text(3);
        if (auto v = s.optionalInteger(4))
            r.version = int(*v);
        r.model = s.text(5);
        r.threshold = s.real(6);
        r.rows = s.integer(7);
        r.high = s.integer(8);
        r.medium = s.integer(9);
        r.low = s.integer(10);
        r.selection = QJsonDocument::fromJson(s.text(11).toUtf8()).object();
        r.meanProbability = s.real(12);
        r.monthlyRevenueAtRisk = s.real(13);
        r.observedChurnRate = s.real(14);
    });
    if (!read)
        return std::unexpected(read.error());
    return list;
}

Result<qint64> ActivityLog::addExport(const ExportRecord &record, std::optional<int> version, std::optional<qint64> scoringId)
{
    Statement s(m_project.db(), "INSERT INTO exports(at, file, format, model, threshold, rows, selection, source, version, scoring_id) "
                                "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    s.bind(1, sqlTime(record.when.isValid() ? record.when : QDateTime::currentDateTimeUtc()))
        .bind(2, record.file).bind(3, record.format).bind(4, record.model).bindReal(5, record.threshold)
        .bind(6, qint64(record.rows)).bind(7, record.selection).bind(8, record.source)
        .bind(9, version ? std::optional<qint64>(*version) : std::nullopt).bind(10, scoringId);
    if (auto done = s.run(); !done)
        return std::unexpected(done.error());
    return m_project.db().lastInsertId();
}

Result<QList<ProjectExport>> ActivityLog::exports() const
{
    Statement s(m_project.db(), "SELECT id, at, file, format, model, threshold, rows, selection, source, version, scoring_id FROM exports ORDER BY id");
    QList<ProjectExport> list;
    auto read = s.each([&]() {
        ProjectExport &e = list.emplace_back();
        e.id = s.integer(0);
        e.record.when = fromSqlTime(s.text(1));
        e.record.file = s.text(2);
        e.record.format = s.text(3);
        e.record.model = s.text(4);
        e.record.threshold = s.real(5);
        e.record.rows = s.integer(6);
        e.record.selection = s.text(7);
        e.record.source = s.text(8);
        if (auto v = s.optionalInteger(9))
            e.version = int(*v);
        e.scoringId = s.optionalInteger(10);
    });
    if (!read)
        return std::unexpected(read.error());
    return list;
}

} // namespace churnlens
