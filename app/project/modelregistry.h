#pragma once

#include "ml/modelbundle.h"

#include <QDateTime>
#include <QList>

#include <cmath>
#include <limits>
#include <optional>

namespace churnlens {

class ProjectFile;

enum class VersionStatus { Champion, Challenger, Archived };
QString machineName(VersionStatus status);
std::optional<VersionStatus> versionStatusFromName(const QString &name);

//! A registered model: v1, v2, … with the files it scores with.
struct ModelVersion
{
    int version = 0;
    QDateTime created;                //!< UTC
    std::optional<qint64> runId;      //!< the run it came from (none: imported)
    int modelIndex = 0;               //!< which model of that run
    QString family;
    VersionStatus status = VersionStatus::Challenger;
    double threshold = 0.5;
    double testAuc = std::numeric_limits<double>::quiet_NaN();
    QString origin;                   //!< "run 12", "imported from /path", "shipped default"

    QString label() const { return QStringLiteral("v%1").arg(version); }
};

//! One line of the registry's append-only history.
struct RegistryEvent
{
    qint64 id = 0;
    QDateTime at;                     //!< UTC
    QString action;                   //!< "register", "promote", "rollback", "archive"
    int version = 0;                  //!< the version acted on
    std::optional<int> previousChampion;
    std::optional<int> champion;      //!< the champion after the event
    QString user;
    QString reason;
    std::optional<qint64> comparisonId; //!< promote: the champion-vs-challenger comparison it cites (MonitorStore)
};

/*!
 * The project's model registry. Every version is challenger, champion or archived, and a
 * project has at most one champion (the first version registered becomes champion; after that
 * there is always exactly one). Promoting a version archives the champion; rolling back makes
 * the champion before the current one champion again (repeatable, back through the
 * promotions). Every change is one transaction that also appends to the history, with the
 * time, the operating-system user and a required reason — so "which model was champion on
 * 3 March?" has an answer (championAt()).
 */
class ModelRegistry
{
public:
    explicit ModelRegistry(ProjectFile &project);

    //! "3" or "v3" as a version number; nullopt for anything else.
    static std::optional<int> parseVersion(const QString &text);

    //! Registers model \a modelIndex of run \a runId as a new version (champion if there is none yet).
    Result<ModelVersion> registerRun(qint64 runId, int modelIndex, const QString &reason,
                                     const QDateTime &at = QDateTime::currentDateTimeUtc());
    //! Registers a model given as files (imported, or the shipped default); \a origin says where from.
    Result<ModelVersion> registerFiles(const ModelBundle::Files &files, const QString &origin, const QString &reason,
                                       const QDateTime &at = QDateTime::currentDateTimeUtc());

    Result<QList<ModelVersion>> versions() const;
    Result<ModelVersion> version(int version) const;
    Result<std::optional<ModelVersion>> champion() const;
    Result<ModelBundle::Files> files(int version) const;

    Result<RegistryEvent> promote(int version, const QString &reason, const QDateTime &at = QDateTime::currentDateTimeUtc());
    Result<RegistryEvent> rollback(const QString &reason, const QDateTime &at = QDateTime::currentDateTimeUtc());
    //! The version a rollback now would make champion; the error says why there is none.
    Result<int> rollbackTarget() const;
    Result<RegistryEvent> archive(int version, const QString &reason, const QDateTime &at = QDateTime::currentDateTimeUtc());

    //! Every event, oldest first.
    Result<QList<RegistryEvent>> history() const;
    //! The champion in effect at \a when (none before the first one).
    Result<std::optional<int>> championAt(const QDateTime &when) const;

private:
    Result<ModelVersion> insert(const ModelBundle::Files &files, std::optional<qint64> runId, int modelIndex,
                                const QString &origin, const QString &reason, const QDateTime &at);
    Result<std::optional<int>> currentChampion() const;
    Result<RegistryEvent> appendEvent(const QString &action, int version, std::optional<int> previous,
                                      std::optional<int> champion, const QString &reason, const QDateTime &at);
    Result<void> setStatus(int version, VersionStatus status);
    Result<void> checkReason(const QString &reason) const;

    ProjectFile &m_project;
};

} // namespace churnlens
