#include "sqlitedb.h"

#include <QFileInfo>
#include <QJsonDocument>

#include <sqlite3.h>

#include <cmath>
#include <utility>

namespace churnlens {

QString sqlTime(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromSqlTime(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

namespace {
const QByteArray PackedPrefix("Z1");
}

QByteArray packJson(const QJsonObject &object)
{
    return PackedPrefix + qCompress(QJsonDocument(object).toJson(QJsonDocument::Compact), 6);
}

QJsonObject unpackJson(const QByteArray &bytes)
{
    if (bytes.startsWith(PackedPrefix))
        return QJsonDocument::fromJson(qUncompress(bytes.mid(PackedPrefix.size()))).object();
    return QJsonDocument::fromJson(bytes).object();
}

SqliteDb::SqliteDb(SqliteDb &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path))
{
}

SqliteDb &SqliteDb::operator=(SqliteDb &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
    }
    return *this;
}

SqliteDb::~SqliteDb()
{
    close();
}

void SqliteDb::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

Result<SqliteDb> SqliteDb::open(const QString &path, bool readOnly, bool create)
{
    SqliteDb db;
    db.m_path = path;
    int flags = SQLITE_OPEN_FULLMUTEX | SQLITE_OPEN_NOFOLLOW;
    flags |= readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (create && !readOnly)
        flags |= SQLITE_OPEN_CREATE;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db.m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        Error e = db.error(rc, Tr::tr("opening the project"));
        db.close();
        return std::unexpected(e);
    }
    sqlite3_extended_result_codes(db.m_db, 1);
    // A second program writing (or checkpointing) the file makes readers wait, not fail.
    sqlite3_busy_timeout(db.m_db, 5000);
    return db;
}

Result<void> SqliteDb::exec(const char *sql) const
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        return std::unexpected(error(rc, Tr::tr("changing the project")));
    return {};
}

Result<qint64> SqliteDb::queryInt(const char *sql) const
{
    Statement s(*this, sql);
    auto row = s.step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? s.integer(0) : 0;
}

Result<QStringList> SqliteDb::queryTexts(const char *sql) const
{
    Statement s(*this, sql);
    QStringList texts;
    auto read = s.each([&]() {
        texts << s.text(0);
    });
    if (!read)
        return std::unexpected(read.error());
    return texts;
}

qint64 SqliteDb::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

qint64 SqliteDb::changes() const
{
    return sqlite3_changes64(m_db);
}

Error SqliteDb::error(int code, const QString &what) const
{
    const QString detail = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(code));
    const QString name = QFileInfo(m_path).fileName();
    switch (code & 0xff) {
    case SQLITE_FULL:
        return Error::make(ErrorCode::Io, Tr::tr("The disk is full while %1: nothing was changed, the project is as it was.").arg(what),
                           m_path, Tr::tr("Free some space on the disk and try again."));
    case SQLITE_READONLY:
        return Error::make(ErrorCode::Io, Tr::tr("The project \"%1\" cannot be changed: the file or its folder is read-only.").arg(name),
                           m_path, Tr::tr("Save the project under another name, or make the file writable."));
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Error::make(ErrorCode::Io, Tr::tr("\"%1\" is damaged or is not a ChurnLens project (%2).").arg(name, detail),
                           m_path, Tr::tr("Open a backup copy of the project, or start a new project."));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error::make(ErrorCode::Io, Tr::tr("The project \"%1\" is busy: another program is writing to it.").arg(name),
                           m_path, Tr::tr("Wait until the other program is done, then try again."));
    case SQLITE_CANTOPEN:
        return Error::make(ErrorCode::Io, Tr::tr("The project \"%1\" cannot be opened (%2).").arg(name, detail),
                           m_path, Tr::tr("Check that the file exists and that you may read it."));
    case SQLITE_IOERR:
        return Error::make(ErrorCode::Io, Tr::tr("Reading or writing the project \"%1\" failed while %2 (%3).").arg(name, what, detail),
                           m_path, Tr::tr("Check the disk; the project keeps its last complete state."));
    default:
        return Error::make(ErrorCode::Io, Tr::tr("The project \"%1\" failed while %2: %3.").arg(name, what, detail), m_path);
    }
}

Statement::Statement(const SqliteDb &db, const char *sql)
    : m_db(db)
    , m_sql(QString::fromUtf8(sql))
{
    m_error = sqlite3_prepare_v2(db.handle(), sql, -1, &m_stmt, nullptr);
    if (m_error == SQLITE_OK && !m_stmt)
        m_error = SQLITE_MISUSE;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, qint64 value)
{
    if (m_stmt && !m_error)
        m_error = sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    if (m_stmt && !m_error)
        m_error = sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bindReal(int index, double value)
{
    return std::isfinite(value) ? bind(index, value) : bindNull(index);
}

Statement &Statement::bind(int index, const QString &value)
{
    if (m_stmt && !m_error) {
        const QByteArray utf8 = value.toUtf8();
        m_error = sqlite3_bind_text64(m_stmt, index, utf8.constData(), sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
    }
    return *this;
}

Statement &Statement::bindBlob(int index, const QByteArray &value)
{
    if (m_stmt && !m_error)
        m_error = sqlite3_bind_blob64(m_stmt, index, value.constData(), sqlite3_uint64(value.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (m_stmt && !m_error)
        m_error = sqlite3_bind_null(m_stmt, index);
    return *this;
}

Result<bool> Statement::step()
{
    if (!m_stmt || m_error)
        return std::unexpected(m_db.error(m_error ? m_error : SQLITE_MISUSE, Tr::tr("preparing a query")));
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return std::unexpected(m_db.error(rc, Tr::tr("saving to the project")));
}

Result<void> Statement::run()
{
    auto r = step();
    if (!r)
        return std::unexpected(r.error());
    return {};
}

Result<void> Statement::each(const std::function<void()> &row)
{
    while (true) {
        auto next = step();
        if (!next)
            return std::unexpected(next.error());
        if (!*next)
            return {};
        row();
    }
}

void Statement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    m_error = m_stmt ? 0 : m_error;
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

std::optional<qint64> Statement::optionalInteger(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return integer(column);
}

double Statement::real(int column) const
{
    return isNull(column) ? std::nan("") : sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

Transaction::Transaction(const SqliteDb &db)
    : m_db(db)
    , m_begun(db.exec("BEGIN IMMEDIATE"))
    , m_open(m_begun.has_value())
{
}

Transaction::~Transaction()
{
    if (m_open)
        m_db.exec("ROLLBACK");
}

Result<void> Transaction::commit()
{
    if (!m_open)
        return m_begun;
    auto done = m_db.exec("COMMIT");
    if (!done)
        return done; // still open: the destructor rolls back
    m_open = false;
    return {};
}

} // namespace churnlens
