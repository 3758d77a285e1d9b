#pragma once

#include "sqlitedb.h"

#include <QJsonObject>
#include <QString>

#include <memory>

namespace churnlens {

/*!
 * A project file (.churnlens): one SQLite file holding the work on one customer base — the
 * data it comes from, every training run with its models, the model registry, every scoring
 * and export, and the saved workspace (SQLite as an application file format).
 *
 * Opening checks the file (PRAGMA quick_check), upgrades an older schema after writing a
 * backup copy next to it, and takes an advisory lock: a second ChurnLens or CLI that opens the
 * same project for writing is told it is in use (OpenProblem::InUse) and may open it read-only.
 * The lock is released by the system when the process ends, even on SIGKILL. Writes go through
 * the stores (RunStore, ModelRegistry, ActivityLog), each change one transaction in WAL mode,
 * so a crash at any moment leaves the last complete change. Not copyable; closes on destruction.
 */
class ProjectFile
{
public:
    enum class Access { ReadWrite, ReadOnly };
    //! Why open() failed, when the caller can offer something (open read-only, pick a backup).
    enum class OpenProblem { None, InUse, ReadOnlyFile, Damaged, NotAProject, Newer, Other };

    static constexpr const char *Suffix = "churnlens";

    ~ProjectFile();
    ProjectFile(const ProjectFile &) = delete;
    ProjectFile &operator=(const ProjectFile &) = delete;

    /*!
     * Makes a new, empty project at \a path, replacing a file there only once the new one is
     * complete, and opens it for writing.
     */
    static Result<std::unique_ptr<ProjectFile>> create(const QString &path);
    static Result<std::unique_ptr<ProjectFile>> open(const QString &path, Access access = Access::ReadWrite,
                                                     OpenProblem *problem = nullptr);

    const QString &path() const { return m_path; }
    //! The file name without folder and suffix, for window titles.
    QString name() const;
    bool isReadOnly() const { return m_readOnly; }
    //! The schema the file had when opened (older than ProjectSchema::Current when upgraded).
    int openedSchema() const { return m_openedSchema; }
    //! The copy written before an upgrade; empty when the file was not upgraded.
    const QString &backupPath() const { return m_backupPath; }

    //! The connection the stores use.
    const SqliteDb &db() const { return m_db; }

    /*!
     * Writes a complete, compacted copy of the project to \a path (replacing it atomically); this
     * project stays open where it is. Save As is copyTo() followed by opening the copy.
     */
    Result<void> copyTo(const QString &path) const;
    //! The full PRAGMA integrity_check; the messages of the problems found (empty: sound).
    Result<QStringList> integrityCheck() const;

    //! Saved values (the workspace, settings) by key.
    Result<QJsonObject> state(const QString &key) const;
    Result<void> setState(const QString &key, const QJsonObject &value);
    Result<QByteArray> stateBlob(const QString &key) const;
    Result<void> setStateBlob(const QString &key, const QByteArray &value);

    /*!
     * Keeps a compressed copy of the data file \a path inside the project, so that the project
     * can be mailed or moved without its data (replaces an earlier copy). Files above
     * MaxEmbeddedBytes are refused: the project would grow too large to mail.
     */
    Result<void> embedData(const QString &path);
    //! Writes the embedded copy to \a path (its original file name: embeddedDataName()).
    Result<void> extractData(const QString &path) const;
    //! The file name of the embedded copy; empty when the project holds none.
    Result<QString> embeddedDataName() const;
    Result<void> removeEmbeddedData();
    static constexpr qint64 MaxEmbeddedBytes = qint64(512) << 20;

    //! The operating-system user, recorded with registry changes.
    static QString userName();

private:
    ProjectFile() = default;
    Result<void> prepare(OpenProblem *problem);
    Result<void> upgrade(int from);
    Error readOnlyError() const;

    SqliteDb m_db;
    QString m_path;
    bool m_readOnly = false;
    int m_lockFd = -1;
    int m_openedSchema = 0;
    QString m_backupPath;
};

} // namespace churnlens
