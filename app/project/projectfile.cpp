#include "projectfile.h"

#include "projectschema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <pwd.h>
#include <sys/file.h>
#include <unistd.h>

namespace churnlens {

namespace {

std::unexpected<Error> fail(ProjectFile::OpenProblem kind, ProjectFile::OpenProblem *problem, Error error)
{
    if (problem)
        *problem = kind;
    return std::unexpected(std::move(error));
}

//! A file name next to \a path that does not exist yet.
QString siblingName(const QString &path, const QString &tag)
{
    const QFileInfo info(path);
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QString candidate = info.dir().filePath(QStringLiteral(".%1.%2-%3").arg(info.fileName(), tag).arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
    return info.dir().filePath(QStringLiteral(".%1.%2").arg(info.fileName(), tag));
}

//! VACUUM INTO \a target: a complete, compacted copy of the database in one step.
Result<void> vacuumInto(const SqliteDb &db, const QString &target)
{
    Statement copy(db, "VACUUM INTO ?1");
    copy.bind(1, target);
    auto done = copy.run();
    if (!done) {
        QFile::remove(target);
        return done;
    }
    return {};
}

//! Moves \a from over \a to in one step (rename(2) replaces atomically on the same file system).
Result<void> replaceFile(const QString &from, const QString &to)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0) {
        const int err = errno;
        QFile::remove(from);
        return std::unexpected(Error::make(ErrorCode::Io, Tr::tr("The project could not be written to \"%1\" (%2).").arg(to, QString::fromLocal8Bit(strerror(err))),
                                           to, Tr::tr("Choose a folder you may write to, on a disk with free space.")));
    }
    return {};
}

} // namespace

ProjectFile::~ProjectFile()
{
    m_db.close();
    if (m_lockFd >= 0)
        ::close(m_lockFd); // after SQLite's own descriptors are closed: closing releases the flock
}

QString ProjectFile::name() const
{
    return QFileInfo(m_path).completeBaseName();
}

QString ProjectFile::userName()
{
    if (const passwd *pw = getpwuid(getuid()); pw && pw->pw_name && *pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? Tr::tr("unknown") : user;
}

Result<std::unique_ptr<ProjectFile>> ProjectFile::create(const QString &path)
{
    const QString target = QFileInfo(path).absoluteFilePath();
    const QString temp = siblingName(target, QStringLiteral("new"));
    {
        auto db = SqliteDb::open(temp, false, true);
        if (!db) {
            QFile::remove(temp);
            auto e = db.error();
            e.message = Tr::tr("A new project cannot be made in \"%1\".").arg(QFileInfo(target).absolutePath());
            e.file = target;
            e.hint = Tr::tr("Choose a folder you may write to, on a disk with free space.");
            return std::unexpected(e);
        }
        Result<void> made = db->exec("PRAGMA journal_mode = DELETE");
        if (made) {
            Transaction transaction(*db);
            made = transaction.begun();
            if (made)
                made = ProjectSchema::migrate(*db, 0);
            if (made)
                made = transaction.commit();
        }
        if (made)
            made = db->exec("PRAGMA journal_mode = WAL");
        if (!made) {
            db->close();
            QFile::remove(temp);
            return std::unexpected(made.error());
        }
    }
    if (auto moved = replaceFile(temp, target); !moved)
        return std::unexpected(moved.error());
    return open(target, Access::ReadWrite);
}

Result<std::unique_ptr<ProjectFile>> ProjectFile::open(const QString &path, Access access, OpenProblem *problem)
{
    if (problem)
        *problem = OpenProblem::None;
    const QFileInfo info(path);
    std::unique_ptr<ProjectFile> project(new ProjectFile);
    project->m_path = info.absoluteFilePath();
    project->m_readOnly = access == Access::ReadOnly;
    if (!info.exists())
        return fail(OpenProblem::Other, problem,
                    Error::make(ErrorCode::Io, Tr::tr("The project \"%1\" does not exist.").arg(info.fileName()), project->m_path,
                                Tr::tr("Check the name and folder, or make a new project.")));
    if (!info.isFile())
        return fail(OpenProblem::NotAProject, problem,
                    Error::make(ErrorCode::Io, Tr::tr("\"%1\" is not a file.").arg(info.fileName()), project->m_path));

    if (!project->m_readOnly) {
        // WAL needs the folder too: its -wal and -shm files live next to the project.
        if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())
            return fail(OpenProblem::ReadOnlyFile, problem, project->readOnlyError());
        project->m_lockFd = ::open(QFile::encodeName(project->m_path).constData(), O_RDWR | O_CLOEXEC);
        if (project->m_lockFd < 0)
            return fail(OpenProblem::ReadOnlyFile, problem, project->readOnlyError());
        if (flock(project->m_lockFd, LOCK_EX | LOCK_NB) != 0) {
            return fail(OpenProblem::InUse, problem,
                        Error::make(ErrorCode::Io, Tr::tr("The project \"%1\" is open in another ChurnLens window or command.").arg(info.fileName()),
                                    project->m_path, Tr::tr("Open it read-only to look at it, or close the other one and try again.")));
        }
    }

    auto db = SqliteDb::open(project->m_path, project->m_readOnly, false);
    if (!db)
        return fail(OpenProblem::Other, problem, db.error());
    project->m_db = std::move(*db);
    OpenProblem kind = OpenProblem::None;
    if (auto ready = project->prepare(&kind); !ready)
        return fail(kind, problem, ready.error());
    return project;
}

Error ProjectFile::readOnlyError() const
{
    return Error::make(ErrorCode::Io, Tr::tr("The project \"%1\" is read-only: it or its folder cannot be written.").arg(QFileInfo(m_path).fileName()),
                       m_path, Tr::tr("Open it read-only, or copy it to a folder you may write to."));
}

Result<void> ProjectFile::prepare(OpenProblem *problem)
{
    const QString fileName = QFileInfo(m_path).fileName();
    auto damaged = [&](const QString &detail) {
        *problem = OpenProblem::Damaged;
        return std::unexpected(Error::make(ErrorCode::Io, Tr::tr("The project \"%1\" is damaged: %2").arg(fileName, detail), m_path,
                                           Tr::tr("Open the backup copy of the project if there is one (a file next to it ending in -backup.churnlens), or start a new project.")));
    };

    // Reading the header fails on a file that is not SQLite at all.
    auto appId = m_db.queryInt("PRAGMA application_id");
    auto schema = appId ? m_db.queryInt("PRAGMA user_version") : appId;
    auto tables = schema ? m_db.queryInt("SELECT count(*) FROM sqlite_schema") : schema;
    if (!tables) {
        *problem = OpenProblem::NotAProject;
        return std::unexpected(Error::make(ErrorCode::Io, Tr::tr("\"%1\" is not a ChurnLens project, or it is damaged.").arg(fileName), m_path,
                                           Tr::tr("Open a file saved by ChurnLens (.churnlens), or make a new project.")));
    }
    if (*appId != ProjectSchema::ApplicationId) {
        *problem = OpenProblem::NotAProject;
        return std::unexpected(Error::make(ErrorCode::Io, Tr::tr("\"%1\" is a database, but not a ChurnLens project.").arg(fileName), m_path,
                                           Tr::tr("To read customer data from it, open it as data (File → Open Data), not as a project.")));
    }
    if (*schema > ProjectSchema::Current) {
        *problem = OpenProblem::Newer;
        return std::unexpected(Error::make(ErrorCode::Io, Tr::tr("The project \"%1\" was saved by a newer ChurnLens (project format %2; this version reads up to %3).").arg(fileName).arg(*schema).arg(ProjectSchema::Current),
                                           m_path, Tr::tr("Open it with the newer ChurnLens, or update this one.")));
    }
    auto check = m_db.queryTexts("PRAGMA quick_check");
    if (!check)
        return damaged(check.error().message);
    if (check->size() != 1 || check->first() != QLatin1String("ok"))
        return damaged(check->isEmpty() ? QString() : check->first());

    m_openedSchema = int(*schema);
    if (!m_readOnly) {
        for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL"}) {
            if (auto done = m_db.exec(pragma); !done) {
                *problem = OpenProblem::Other;
                return done;
            }
        }
    }
    if (auto done = m_db.exec("PRAGMA foreign_keys = ON"); !done) {
        *problem = OpenProblem::Other;
        return done;
    }
    if (m_openedSchema < ProjectSchema::Current) {
        if (m_readOnly) {
            *problem = OpenProblem::Other;
            return std::unexpected(Error::make(ErrorCode::Io, Tr::tr("The project \"%1\" was saved by an older ChurnLens and must be upgraded before it can be read.").arg(fileName),
                                               m_path, Tr::tr("Open it once for writing: a backup copy is kept before the upgrade.")));
        }
        if (auto upgraded = upgrade(m_openedSchema); !upgraded) {
            *problem = OpenProblem::Other;
            return upgraded;
        }
    }
    return {};
}

Result<void> ProjectFile::upgrade(int from)
{
    const QFileInfo info(m_path);
    QString backup = info.dir().filePath(QStringLiteral("%1.format%2-backup.%3").arg(info.completeBaseName()).arg(from).arg(QLatin1String(Suffix)));
    for (int n = 2; QFileInfo::exists(backup); ++n)
        backup = info.dir().filePath(QStringLiteral("%1.format%2-backup-%3.%4").arg(info.completeBaseName()).arg(from).arg(n).arg(QLatin1String(Suffix)));
    if (auto copied = vacuumInto(m_db, backup); !copied) {
        Error e = copied.error();
        e.message = Tr::tr("The project must be upgraded to this version's format, but its backup copy could not be written: %1").arg(e.message);
        return std::unexpected(e);
    }
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    if (auto migrated = ProjectSchema::migrate(m_db, from); !migrated)
        return migrated;
    if (auto done = transaction.commit(); !done)
        return done;
    m_backupPath = backup;
    return {};
}

Result<void> ProjectFile::copyTo(const QString &path) const
{
    const QString target = QFileInfo(path).absoluteFilePath();
    if (target == m_path)
        return {};
    const QString temp = siblingName(target, QStringLiteral("copy"));
    if (auto copied = vacuumInto(m_db, temp); !copied) {
        Error e = copied.error();
        e.file = target;
        return std::unexpected(e);
    }
    return replaceFile(temp, target);
}

Result<QStringList> ProjectFile::integrityCheck() const
{
    auto check = m_db.queryTexts("PRAGMA integrity_check");
    if (!check)
        return std::unexpected(check.error());
    if (check->size() == 1 && check->first() == QLatin1String("ok"))
        return QStringList();
    return *check;
}

Result<QByteArray> ProjectFile::stateBlob(const QString &key) const
{
    Statement s(m_db, "SELECT value FROM state WHERE key = ?1");
    s.bind(1, key);
    auto row = s.step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? s.blob(0) : QByteArray();
}

Result<void> ProjectFile::setStateBlob(const QString &key, const QByteArray &value)
{
    Statement s(m_db, "INSERT INTO state(key, value) VALUES(?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    s.bind(1, key).bindBlob(2, value);
    return s.run();
}

Result<void> ProjectFile::embedData(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(Error::make(ErrorCode::Io, Tr::tr("The data file cannot be read: %1").arg(file.errorString()), path));
    if (file.size() > MaxEmbeddedBytes)
        return std::unexpected(Error::make(ErrorCode::Io, Tr::tr("The data file is too large to keep inside the project (%1 MB; at most %2 MB).")
                                                              .arg(file.size() >> 20).arg(MaxEmbeddedBytes >> 20),
                                           path, Tr::tr("Keep the project next to its data file instead.")));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return std::unexpected(Error::make(ErrorCode::Io, Tr::tr("The data file cannot be read: %1").arg(file.errorString()), path));
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    if (auto done = setStateBlob(QStringLiteral("data/copy"), qCompress(bytes, 6)); !done)
        return done;
    if (auto done = setStateBlob(QStringLiteral("data/copy-name"), QFileInfo(path).fileName().toUtf8()); !done)
        return done;
    return transaction.commit();
}

Result<QString> ProjectFile::embeddedDataName() const
{
    auto name = stateBlob(QStringLiteral("data/copy-name"));
    if (!name)
        return std::unexpected(name.error());
    return QString::fromUtf8(*name);
}

Result<void> ProjectFile::extractData(const QString &path) const
{
    auto packed = stateBlob(QStringLiteral("data/copy"));
    if (!packed)
        return std::unexpected(packed.error());
    if (packed->isEmpty())
        return std::unexpected(Error::make(ErrorCode::Io, Tr::tr("The project holds no copy of its data."), m_path));
    const QByteArray bytes = qUncompress(*packed);
    if (bytes.isEmpty())
        return std::unexpected(Error::make(ErrorCode::Io, Tr::tr("The copy of the data inside the project is damaged."), m_path,
                                           Tr::tr("Open the data file itself instead.")));
    const QString temp = siblingName(path, QStringLiteral("part"));
    QFile out(temp);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.flush()) {
        const QString why = out.errorString();
        out.close();
        QFile::remove(temp);
        return std::unexpected(Error::make(ErrorCode::Io, Tr::tr("The data could not be written to \"%1\": %2").arg(path, why), path,
                                           Tr::tr("Choose a folder you may write to, on a disk with free space.")));
    }
    out.close();
    return replaceFile(temp, path);
}

Result<void> ProjectFile::removeEmbeddedData()
{
    Statement s(m_db, "DELETE FROM state WHERE key IN ('data/copy', 'data/copy-name')");
    return s.run();
}

Result<QJsonObject> ProjectFile::state(const QString &key) const
{
    auto bytes = stateBlob(key);
    if (!bytes)
        return std::unexpected(bytes.error());
    return QJsonDocument::fromJson(*bytes).object();
}

Result<void> ProjectFile::setState(const QString &key, const QJsonObject &value)
{
    return setStateBlob(key, QJsonDocument(value).toJson(QJsonDocument::Compact));
}

} // namespace churnlens
