#pragma once

#include "../common/error.h"
#include "datasource.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>

namespace churnlens {

/*!
 * One database connection for one read: a uniquely named QSqlDatabase created and used on
 * the calling thread, opened read-only (SQLite) or inside a read-only transaction, rolled
 * back, closed and removed in the destructor. Not copyable; never shared across threads.
 * Queries made on it must be destroyed before it is.
 */
class SqlSession
{
public:
    explicit SqlSession(const DataSource &source);
    ~SqlSession();
    SqlSession(const SqlSession &) = delete;
    SqlSession &operator=(const SqlSession &) = delete;

    Result<void> open();
    //! Starts a read-only transaction where the driver has one; ended by the destructor.
    Result<void> beginReadOnly();
    //! User tables and views, sorted; system tables are left out.
    Result<QStringList> tables();

    QSqlDatabase &database() { return m_db; }
    //! A SQLite file (or a Sql connection through QSQLITE).
    bool isSqlite() const;
    //! The source for messages ("customers.sqlite: churn", "crm (app@db:5432)"); never the password.
    QString where() const { return m_source.displayName(); }
    //! The driver's message in one line, with the password blanked should a driver echo it.
    QString errorText(const QSqlError &error) const;

private:
    QString sqlitePath() const;
    Result<void> openSqlite();

    enum class Transaction { None, Statement, Api };
    DataSource m_source;
    QString m_name;
    QSqlDatabase m_db;
    bool m_added = false;
    Transaction m_transaction = Transaction::None;
};

} // namespace churnlens
