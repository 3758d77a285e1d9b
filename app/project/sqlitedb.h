#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace churnlens {

/*!
 * One SQLite connection, for the project file: statements with bound values only, every
 * failure turned into an Error that says what happened to the file in plain words (disk full,
 * read-only, damaged, busy). Movable, not copyable; closes the connection when destroyed.
 * A connection is opened in serialized mode, so it may be used from a worker while the GUI
 * thread waits for it — but one Statement belongs to one thread.
 */
class SqliteDb
{
public:
    SqliteDb() = default;
    SqliteDb(SqliteDb &&other) noexcept;
    SqliteDb &operator=(SqliteDb &&other) noexcept;
    SqliteDb(const SqliteDb &) = delete;
    SqliteDb &operator=(const SqliteDb &) = delete;
    ~SqliteDb();

    //! Opens \a path (created when \a create); \a readOnly opens it for reading only.
    static Result<SqliteDb> open(const QString &path, bool readOnly, bool create);

    bool isOpen() const { return m_db != nullptr; }
    const QString &path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }
    void close();

    //! Runs one or more statements without results.
    Result<void> exec(const char *sql) const;
    //! The first column of the first row of \a sql as an integer (e.g. PRAGMA user_version).
    Result<qint64> queryInt(const char *sql) const;
    //! The first column of every row of \a sql as text (e.g. PRAGMA quick_check).
    Result<QStringList> queryTexts(const char *sql) const;
    qint64 lastInsertId() const;
    //! Rows changed by the last INSERT, UPDATE or DELETE.
    qint64 changes() const;

    //! The Error for the connection's last failure, \a what saying what was being done.
    Error error(int code, const QString &what) const;

private:
    sqlite3 *m_db = nullptr;
    QString m_path;
};

//! How the project stores a time: ISO 8601 in UTC with milliseconds, so text order is time order.
QString sqlTime(const QDateTime &when);
QDateTime fromSqlTime(const QString &text);
//! A JSON object as stored in a BLOB column: "Z1" + zlib of the compact JSON (reports compress well).
QByteArray packJson(const QJsonObject &object);
//! Reads packJson()'s form, and plain JSON (as schema 1 stored reports).
QJsonObject unpackJson(const QByteArray &bytes);

//! A prepared statement: bind by 1-based index, step, read columns of the current row.
class Statement
{
public:
    Statement(const SqliteDb &db, const char *sql);
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    //! Whether the statement was prepared; if not, step() returns the error.
    bool isValid() const { return m_stmt != nullptr; }

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);
    Statement &bindBlob(int index, const QByteArray &value);
    Statement &bindNull(int index);
    Statement &bind(int index, std::optional<qint64> value) { return value ? bind(index, *value) : bindNull(index); }
    //! NaN is stored as NULL.
    Statement &bindReal(int index, double value);

    //! true: a row is ready; false: done. Failures (and a failed prepare or bind) are returned.
    Result<bool> step();
    //! Runs a statement that returns no rows.
    Result<void> run();
    //! Steps through every row, calling \a row while the statement stands on it (read its columns).
    Result<void> each(const std::function<void()> &row);
    void reset();

    bool isNull(int column) const;
    qint64 integer(int column) const;
    std::optional<qint64> optionalInteger(int column) const;
    //! NULL reads as NaN.
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;

private:
    const SqliteDb &m_db;
    sqlite3_stmt *m_stmt = nullptr;
    int m_error = 0; //!< a prepare or bind failure, returned by the next step()
    QString m_sql;
};

/*!
 * BEGIN IMMEDIATE … COMMIT: every change to a project is one transaction. Rolled back when
 * destroyed without commit(), so an early return or a failure leaves the file as it was.
 */
class Transaction
{
public:
    explicit Transaction(const SqliteDb &db);
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();

    //! Whether BEGIN succeeded; if not, begun() holds why.
    const Result<void> &begun() const { return m_begun; }
    Result<void> commit();

private:
    const SqliteDb &m_db;
    Result<void> m_begun;
    bool m_open = false;
};

} // namespace churnlens
