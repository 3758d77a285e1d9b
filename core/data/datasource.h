#pragma once

#include "csvoptions.h"

#include <QString>

namespace churnlens {

//! Connection to a server database through Qt's SQL drivers. The password is never saved.
struct SqlConnection
{
    QString driver = QStringLiteral("QPSQL"); //!< QPSQL, QSQLITE, QMYSQL, QODBC…
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString database;
    QString user;
    QString password;
};

//! Where customer data comes from.
struct DataSource
{
    enum class Kind { Csv, Sqlite, Sql };
    Kind kind = Kind::Csv;
    QString path;            //!< CSV/TSV or SQLite file
    CsvOptions csv;
    SqlConnection sql;       //!< for Kind::Sql
    QString table;           //!< a table name (quoted by the reader, never pasted) …
    QString query;           //!< … or a read-only SELECT
    QString targetHint;      //!< target column chosen by the user, empty = guess

    //! Csv or Sqlite from the file name (".sqlite", ".db", ".sqlite3" → Sqlite, else Csv);
    //! "-" is standard input (CSV). Only regular files are peeked at for a SQLite header.
    static DataSource fromPath(const QString &path);
    QString displayName() const;
};

} // namespace churnlens
