#include "modelregistry.h"

#include "projectfile.h"
#include "runstore.h"

#include <QRegularExpression>

namespace churnlens {

namespace {

std::optional<int> optionalVersion(const Statement &s, int column)
{
    if (auto v = s.optionalInteger(column))
        return int(*v);
    return std::nullopt;
}

constexpr const char *VersionColumns = "version, created, run_id, model_index, family, status, threshold, test_auc, origin";

ModelVersion readVersion(const Statement &s)
{
    ModelVersion v;
    v.version = int(s.integer(0));
    v.created = fromSqlTime(s.text(1));
    v.runId = s.optionalInteger(2);
    v.modelIndex = int(s.integer(3));
    v.family = s.text(4);
    v.status = versionStatusFromName(s.text(5)).value_or(VersionStatus::Archived);
    v.threshold = s.real(6);
    v.testAuc = s.real(7);
    v.origin = s.text(8);
    return v;
}

} // namespace

QString machineName(VersionStatus status)
{
    switch (status) {
    case VersionStatus::Champion: return QStringLiteral("champion");
    case VersionStatus::Challenger: return QStringLiteral("challenger");
    case VersionStatus::Archived: return QStringLiteral("archived");
    }
    return {};
}

std::optional<VersionStatus> versionStatusFromName(const QString &name)
{
    for (VersionStatus s : {VersionStatus::Champion, VersionStatus::Challenger, VersionStatus::Archived}) {
        if (machineName(s) == name)
            return s;
    }
    return std::nullopt;
}

std::optional<int> ModelRegistry::parseVersion(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[vV]?([0-9]{1,9})$"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const int version = m.captured(1).toInt();
    return version > 0 ? std::optional<int>(version) : std::nullopt;
}

ModelRegistry::ModelRegistry(ProjectFile &project)
    : m_project(project)
{
}

Result<void> ModelRegistry::checkReason(const QString &reason) const
{
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::Usage, Tr::tr("Give a short reason: the registry's history records why every change was made."));
    return {};
}

Result<ModelVersion> ModelRegistry::registerRun(qint64 runId, int modelIndex, const QString &reason, const QDateTime &at)
{
    auto files = RunStore(m_project).modelFiles(runId, modelIndex);
    if (!files)
        return std::unexpected(files.error());
    return insert(*files, runId, modelIndex, Tr::tr("run %1").arg(runId), reason, at);
}

Result<ModelVersion> ModelRegistry::registerFiles(const ModelBundle::Files &files, const QString &origin, const QString &reason, const QDateTime &at)
{
    return insert(files, std::nullopt, 0, origin, reason, at);
}

Result<ModelVersion> ModelRegistry::insert(const ModelBundle::Files &files, std::optional<qint64> runId, int modelIndex,
                                           const QString &origin, const QString &reason, const QDateTime &at)
{
    if (auto ok = checkReason(reason); !ok)
        return std::unexpected(ok.error());
    // Only a model that loads is registered: the same checks as opening a model folder.
    auto bundle = ModelBundle::decode(files);
    if (!bundle)
        return std::unexpected(bundle.error());
    const QJsonObject test = bundle->meta().value(QStringLiteral("metrics")).toObject().value(QStringLiteral("test")).toObject();

    const SqliteDb &db = m_project.db();
    Transaction transaction(db);
    if (!transaction.begun())
        return std::unexpected(transaction.begun().error());
    auto champion = currentChampion();
    if (!champion)
        return std::unexpected(champion.error());

    ModelVersion v;
    v.created = at.toUTC();
    v.runId = runId;
    v.modelIndex = modelIndex;
    v.family = machineName(bundle->kind());
    v.status = *champion ? VersionStatus::Challenger : VersionStatus::Champion;
    v.threshold = bundle->threshold();
    v.testAuc = test.contains(QStringLiteral("roc_auc")) ? test.value(QStringLiteral("roc_auc")).toDouble() : std::nan("");
    v.origin = origin;
    Statement s(db, "INSERT INTO versions(created, run_id, model_index, family, status, threshold, test_auc, origin, model_file, model, preparation, meta) "
                    "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    s.bind(1, sqlTime(v.created)).bind(2, runId).bind(3, modelIndex).bind(4, v.family).bind(5, machineName(v.status))
        .bind(6, v.threshold).bindReal(7, v.testAuc).bind(8, origin).bind(9, files.modelFileName)
        .bindBlob(10, files.model).bindBlob(11, files.preparation).bindBlob(12, files.meta);
    if (auto done = s.run(); !done)
        return std::unexpected(done.error());
    v.version = int(db.lastInsertId());
    if (auto e = appendEvent(QStringLiteral("register"), v.version, *champion, *champion, reason, at); !e)
        return std::unexpected(e.error());
    if (!*champion) {
        if (auto e = appendEvent(QStringLiteral("promote"), v.version, std::nullopt, v.version,
                                 Tr::tr("The project's first model version becomes champion."), at); !e)
            return std::unexpected(e.error());
    }
    if (auto done = transaction.commit(); !done)
        return std::unexpected(done.error());
    return v;
}

Result<QList<ModelVersion>> ModelRegistry::versions() const
{
    Statement s(m_project.db(), QByteArray("SELECT ").append(VersionColumns).append(" FROM versions ORDER BY version").constData());
    QList<ModelVersion> list;
    auto read = s.each([&]() {
        list << readVersion(s);
    });
    if (!read)
        return std::unexpected(read.error());
    return list;
}

Result<ModelVersion> ModelRegistry::version(int version) const
{
    Statement s(m_project.db(), QByteArray("SELECT ").append(VersionColumns).append(" FROM versions WHERE version = ?1").constData());
    s.bind(1, version);
    auto row = s.step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::unexpected(Error::make(ErrorCode::Usage, Tr::tr("The project has no model version v%1.").arg(version), m_project.path(),
                                           Tr::tr("List the model versions to see their numbers.")));
    return readVersion(s);
}

Result<std::optional<int>> ModelRegistry::currentChampion() const
{
    Statement s(m_project.db(), "SELECT version FROM versions WHERE status = 'champion'");
    auto row = s.step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? std::optional<int>(int(s.integer(0))) : std::nullopt;
}

Result<std::optional<ModelVersion>> ModelRegistry::champion() const
{
    auto current = currentChampion();
    if (!current)
        return std::unexpected(current.error());
    if (!*current)
        return std::optional<ModelVersion>();
    auto v = version(**current);
    if (!v)
        return std::unexpected(v.error());
    return std::optional<ModelVersion>(*v);
}

Result<ModelBundle::Files> ModelRegistry::files(int version) const
{
    Statement s(m_project.db(), "SELECT model_file, model, preparation, meta FROM versions WHERE version = ?1");
    s.bind(1, version);
    auto row = s.step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::unexpected(Error::make(ErrorCode::Usage, Tr::tr("The project has no model version v%1.").arg(version), m_project.path()));
    ModelBundle::Files files;
    files.modelFileName = s.text(0);
    files.model = s.blob(1);
    files.preparation = s.blob(2);
    files.meta = s.blob(3);
    return files;
}

Result<void> ModelRegistry::setStatus(int version, VersionStatus status)
{
    Statement s(m_project.db(), "UPDATE versions SET status = ?2 WHERE version = ?1");
    s.bind(1, version).bind(2, machineName(status));
    return s.run();
}

Result<RegistryEvent> ModelRegistry::appendEvent(const QString &action, int version, std::optional<int> previous,
                                                 std::optional<int> champion, const QString &reason, const QDateTime &at)
{
    RegistryEvent e;
    e.at = at.toUTC();
    e.action = action;
    e.version = version;
    e.previousChampion = previous;
    e.champion = champion;
    e.user = ProjectFile::userName();
    e.reason = reason.trimmed();
    Statement s(m_project.db(), "INSERT INTO registry_events(at, action, version, previous_champion, champion, user, reason) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    s.bind(1, sqlTime(e.at)).bind(2, action).bind(3, version)
        .bind(4, previous ? std::optional<qint64>(*previous) : std::nullopt)
        .bind(5, champion ? std::optional<qint64>(*champion) : std::nullopt)
        .bind(6, e.user).bind(7, e.reason);
    if (auto done = s.run(); !done)
        return std::unexpected(done.error());
    e.id = m_project.db().lastInsertId();
    return e;
}

Result<RegistryEvent> ModelRegistry::promote(int version, const QString &reason, const QDateTime &at)
{
    if (auto ok = checkReason(reason); !ok)
        return std::unexpected(ok.error());
    Transaction transaction(m_project.db());
    if (!transaction.begun())
        return std::unexpected(transaction.begun().error());
    auto target = this->version(version);
    if (!target)
        return std::unexpected(target.error());
    if (target->status == VersionStatus::Champion)
        return std::unexpected(Error::make(ErrorCode::Usage, Tr::tr("v%1 is already the champion.").arg(version), m_project.path()));
    auto champion = currentChampion();
    if (!champion)
        return std::unexpected(champion.error());
    if (*champion) {
        if (auto done = setStatus(**champion, VersionStatus::Archived); !done)
            return std::unexpected(done.error());
    }
    if (auto done = setStatus(version, VersionStatus::Champion); !done)
        return std::unexpected(done.error());
    auto e = appendEvent(QStringLiteral("promote"), version, *champion, version, reason, at);
    if (!e)
        return e;
    // A promotion cites the latest champion-vs-challenger comparison of the version, if any.
    Statement cite(m_project.db(), "UPDATE registry_events SET comparison_id = (SELECT id FROM comparisons WHERE challenger = ?2 "
                                   "ORDER BY at DESC, id DESC LIMIT 1) WHERE id = ?1");
    cite.bind(1, e->id).bind(2, version);
    if (auto done = cite.run(); !done)
        return std::unexpected(done.error());
    Statement cited(m_project.db(), "SELECT comparison_id FROM registry_events WHERE id = ?1");
    cited.bind(1, e->id);
    if (auto row = cited.step(); !row)
        return std::unexpected(row.error());
    e->comparisonId = cited.optionalInteger(0);
    if (auto done = transaction.commit(); !done)
        return std::unexpected(done.error());
    return e;
}

Result<int> ModelRegistry::rollbackTarget() const
{
    auto events = history();
    if (!events)
        return std::unexpected(events.error());
    // The promotions still in effect, oldest first: a rollback undoes the latest of them.
    QList<int> promotions;
    for (const RegistryEvent &e : *events) {
        if (e.action == QLatin1String("promote"))
            promotions << e.version;
        else if (e.action == QLatin1String("rollback") && !promotions.isEmpty())
            promotions.removeLast();
    }
    auto champion = currentChampion();
    if (!champion)
        return std::unexpected(champion.error());
    if (!*champion || promotions.size() < 2)
        return std::unexpected(Error::make(ErrorCode::Usage, Tr::tr("There is no earlier champion to roll back to."), m_project.path(),
                                           Tr::tr("Promote another model version instead.")));
    return promotions[promotions.size() - 2];
}

Result<RegistryEvent> ModelRegistry::rollback(const QString &reason, const QDateTime &at)
{
    if (auto ok = checkReason(reason); !ok)
        return std::unexpected(ok.error());
    Transaction transaction(m_project.db());
    if (!transaction.begun())
        return std::unexpected(transaction.begun().error());
    auto back = rollbackTarget();
    if (!back)
        return std::unexpected(back.error());
    auto champion = currentChampion();
    if (!champion)
        return std::unexpected(champion.error());
    if (auto done = setStatus(**champion, VersionStatus::Archived); !done)
        return std::unexpected(done.error());
    if (auto done = setStatus(*back, VersionStatus::Champion); !done)
        return std::unexpected(done.error());
    auto e = appendEvent(QStringLiteral("rollback"), *back, *champion, *back, reason, at);
    if (!e)
        return e;
    if (auto done = transaction.commit(); !done)
        return std::unexpected(done.error());
    return e;
}

Result<RegistryEvent> ModelRegistry::archive(int version, const QString &reason, const QDateTime &at)
{
    if (auto ok = checkReason(reason); !ok)
        return std::unexpected(ok.error());
    Transaction transaction(m_project.db());
    if (!transaction.begun())
        return std::unexpected(transaction.begun().error());
    auto target = this->version(version);
    if (!target)
        return std::unexpected(target.error());
    if (target->status == VersionStatus::Champion)
        return std::unexpected(Error::make(ErrorCode::Usage, Tr::tr("v%1 is the champion and cannot be archived.").arg(version), m_project.path(),
                                           Tr::tr("Promote another version, or roll back; the champion is then archived.")));
    if (target->status == VersionStatus::Archived)
        return std::unexpected(Error::make(ErrorCode::Usage, Tr::tr("v%1 is archived already.").arg(version), m_project.path()));
    auto champion = currentChampion();
    if (!champion)
        return std::unexpected(champion.error());
    if (auto done = setStatus(version, VersionStatus::Archived); !done)
        return std::unexpected(done.error());
    auto e = appendEvent(QStringLiteral("archive"), version, *champion, *champion, reason, at);
    if (!e)
        return e;
    if (auto done = transaction.commit(); !done)
        return std::unexpected(done.error());
    return e;
}

Result<QList<RegistryEvent>> ModelRegistry::history() const
{
    Statement s(m_project.db(), "SELECT id, at, action, version, previous_champion, champion, user, reason, comparison_id FROM registry_events ORDER BY id");
    QList<RegistryEvent> events;
    auto read = s.each([&]() {
        RegistryEvent &e = events.emplace_back();
        e.id = s.integer(0);
        e.at = fromSqlTime(s.text(1));
        e.action = s.text(2);
        e.version = int(s.integer(3));
        e.previousChampion = optionalVersion(s, 4);
        e.champion = optionalVersion(s, 5);
        e.user = s.text(6);
        e.reason = s.text(7);
        e.comparisonId = s.optionalInteger(8);
    });
    if (!read)
        return std::unexpected(read.error());
    return events;
}

Result<std::optional<int>> ModelRegistry::championAt(const QDateTime &when) const
{
    Statement s(m_project.db(), "SELECT champion FROM registry_events WHERE at <= ?1 ORDER BY at DESC, id DESC LIMIT 1");
    s.bind(1, sqlTime(when));
    auto row = s.step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<int>();
    return optionalVersion(s, 0);
}

} // namespace churnlens
