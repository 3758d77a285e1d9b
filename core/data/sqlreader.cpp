#include "sqlreader.h"

#include "sqlguard.h"
#include "sqliterows.h"
#include "sqlrowsink.h"
#include "sqlsession.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringDecoder>

#include <algorithm>
#include <charconv>
#include <optional>
#include <cmath>
#include <string>
#include <vector>

namespace churnlens {

namespace {

enum class Cell { Text, Missing, Binary };

void formatNumber(std::string &out, auto value)
{
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, value);
    out.assign(buf, size_t(r.ptr - buf));
}

// A database value as the text a CSV file would hold, so TableBuilder infers the same types.
Cell cellText(const QVariant &v, std::string &out)
{
    switch (v.metaType().id()) {
    case QMetaType::QString:
        out = v.toString().toStdString();
        return Cell::Text;
    case QMetaType::Bool:
        out = v.toBool() ? "true" : "false";
        return Cell::Text;
    case QMetaType::Int:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::Char:
    case QMetaType::SChar:
        formatNumber(out, v.toLongLong());
        return Cell::Text;
    case QMetaType::UInt:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
    case QMetaType::UShort:
    case QMetaType::UChar:
        formatNumber(out, v.toULongLong());
        return Cell::Text;
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = v.toDouble();
        if (std::isnan(d))
            return Cell::Missing;
        formatNumber(out, d); // shortest text that reads back to the same double
        return Cell::Text;
    }
    case QMetaType::QDate:
        out = v.toDate().toString(Qt::ISODate).toStdString();
        return Cell::Text;
    case QMetaType::QDateTime:
        out = v.toDateTime().toString(Qt::ISODate).toStdString();
        return Cell::Text;
    case QMetaType::QTime:
        out = v.toTime().toString(Qt::ISODate).toStdString();
        return Cell::Text;
    case QMetaType::QByteArray: {
        // SQLite stores whatever it is given; text in a BLOB is fine, binary data is not a value.
        const QByteArray bytes = v.toByteArray();
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString text = utf8(bytes);
        if (utf8.hasError() || bytes.contains('\0'))
            return Cell::Binary;
        out.assign(bytes.constData(), size_t(bytes.size()));
        return Cell::Text;
    }
    default:
        if (!v.canConvert<QString>())
            return Cell::Binary;
        out = v.toString().toStdString();
        return Cell::Text;
    }
}

// Resolves a user-given table name against the database's own list: exact, else a unique
// case-insensitive match. Only names the database reported are ever quoted into SQL.
Result<QString> resolveTable(const QStringList &tables, const QString &wanted, const QString &where)
{
    if (tables.contains(wanted))
        return wanted;
    QStringList matches;
    for (const QString &t : tables)
        if (t.compare(wanted, Qt::CaseInsensitive) == 0)
            matches << t;
    if (matches.size() == 1)
        return matches.first();
    const QStringList shown = tables.mid(0, 20);
    return std::unexpected(Error::make(ErrorCode::Database, 
        Tr::tr("There is no table or view called “%1”.").arg(wanted), where,
        tables.isEmpty() ? Tr::tr("The database has no tables.")
                         : Tr::tr("Tables: %1%2").arg(shown.join(QStringLiteral(", ")),
                                                      tables.size() > shown.size() ? QStringLiteral(", …") : QString())));
}

struct Statement
{
    QString sql;
    qint64 rows = -1;  // known row count, for progress
    QStringList names; // the table's column names (Qt's SQLite driver drops '"' from result names)
};

// PostgreSQL names a table outside "public" as "schema.table" in lists; the two parts are
// kept apart here (from the catalog), so a dot, a quote or a semicolon inside a name is never
// taken for syntax. Empty when the catalog cannot be read (then the driver's list is used).
struct PgTable
{
    QString display; // as SqlSession::tables() lists it
    QString schema;
    QString name;
};

std::vector<PgTable> postgresTables(QSqlDatabase &db)
{
    std::vector<PgTable> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT n.nspname, c.relname FROM pg_catalog.pg_class c "
                               "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                               "WHERE c.relkind IN ('r', 'v', 'm', 'f', 'p') "
                               "AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%' "
                               "ORDER BY n.nspname = 'public' DESC, n.nspname, c.relname")))
        return out;
    while (q.next()) {
        PgTable t;
        t.schema = q.value(0).toString();
        t.name = q.value(1).toString();
        t.display = t.schema == QLatin1String("public") ? t.name : t.schema + QLatin1Char('.') + t.name;
        out.push_back(t);
    }
    return out;
}

// The table's column names, asked without ever pasting the name into SQL text: SQLite's
// table_info with the name as a bound parameter, other databases from an empty result of the
// quoted name. (QSqlDatabase::record() pastes the name into a string literal: a quote in a
// table name broke the read, and SQL in it ran.)
Result<QStringList> columnNames(SqlSession &connection, const QString &name, const QString &quotedTable)
{
    QSqlQuery q(connection.database());
    q.setForwardOnly(true);
    QStringList names;
    if (connection.isSqlite()) {
        // Qt's SQLite driver drops '"' from result column names, so the schema is asked instead.
        q.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"));
        q.addBindValue(name);
        if (q.exec()) {
            while (q.next())
                names << q.value(0).toString();
            if (!names.isEmpty())
                return names;
        }
        q.finish();
    }
    if (!q.exec(QStringLiteral("SELECT * FROM %1 WHERE 1 = 0").arg(quotedTable)))
        return std::unexpected(Error::make(ErrorCode::Database, Tr::tr("Could not read the columns of “%1”: %2")
                                                 .arg(name, connection.errorText(q.lastError())),
                                             connection.where()));
    const QSqlRecord record = q.record();
    for (int i = 0; i < record.count(); ++i)
        names << record.fieldName(i);
    return names;
}

Result<Statement> tableStatement(SqlSession &connection, const QString &wanted)
{
    QSqlDatabase &db = connection.database();
    const auto tables = connection.tables();
    if (!tables)
        return std::unexpected(tables.error());
    const auto name = resolveTable(*tables, wanted, connection.where());
    if (!name)
        return std::unexpected(name.error());
    std::optional<QString> table;
    const std::vector<PgTable> pg = db.driverName() == QLatin1String("QPSQL") ? postgresTables(db) : std::vector<PgTable>();
    if (auto it = std::find_if(pg.begin(), pg.end(), [&](const PgTable &t) { return t.display == *name; }); it != pg.end()) {
        const auto schema = SqlGuard::quoted(db.driver(), it->schema, QSqlDriver::FieldName);
        const auto bare = SqlGuard::quoted(db.driver(), it->name, QSqlDriver::FieldName);
        if (schema && bare)
            table = *schema + QLatin1Char('.') + *bare;
    } else {
        // SQLite lists bare table names ("a.b" is one name); server databases list "schema.table".
        table = SqlGuard::quoted(db.driver(), *name, connection.isSqlite() ? QSqlDriver::FieldName : QSqlDriver::TableName);
    }
    if (!table)
        return std::unexpected(Error::make(ErrorCode::Database, Tr::tr("The table name “%1” cannot be quoted safely.").arg(*name),
                                             connection.where(), Tr::tr("Read it with a query instead.")));
    const auto names = columnNames(connection, *name, *table);
    if (!names)
        return std::unexpected(names.error());
    QStringList columns;
    for (const QString &n : *names) {
        const auto column = SqlGuard::quoted(db.driver(), n, QSqlDriver::FieldName);
        if (!column)
            return std::unexpected(Error::make(ErrorCode::Database, 
                Tr::tr("The column name “%1” in “%2” cannot be quoted safely.").arg(n, *name),
                connection.where(), Tr::tr("Read the table with a query instead.")));
        columns << *column;
    }
    Statement s;
    s.names = *names;
    s.sql = QStringLiteral("SELECT %1 FROM %2")
                .arg(columns.isEmpty() ? QStringLiteral("*") : columns.join(QStringLiteral(", ")), *table);
    QSqlQuery count(db);
    if (count.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(*table)) && count.next())
        s.rows = count.value(0).toLongLong();
    return s;
}

Result<LoadResult> readRows(SqlSession &connection, const DataSource &source, const Statement &statement,
                            Progress *progress)
{
    if (connection.isSqlite()) {
        auto fast = SqliteRows::read(connection.database(), statement.sql, statement.rows, source.csv,
                                     connection.where(), progress);
        if (fast)
            return std::move(*fast);
    }
    QSqlQuery q(connection.database());
    q.setForwardOnly(true);
    // Numbers arrive as the database prints them, so no digits are lost on the way to text.
    q.setNumericalPrecisionPolicy(QSql::HighPrecision);
    if (!q.exec(statement.sql))
        return std::unexpected(Error::make(ErrorCode::Database, 
            source.table.isEmpty() ? Tr::tr("The query failed: %1").arg(connection.errorText(q.lastError()))
                                   : Tr::tr("Could not read the table “%1”: %2")
                                         .arg(source.table, connection.errorText(q.lastError())),
            connection.where()));
    const qint64 total = statement.rows >= 0 ? statement.rows : (q.size() >= 0 ? qint64(q.size()) : -1);
    const QSqlRecord record = q.record();
    const int n = record.count();
    if (n == 0)
        return std::unexpected(Error::make(ErrorCode::Database, Tr::tr("The query returned no columns."), connection.where()));
    QStringList names = statement.names;
    if (names.size() != n) {
        names.clear();
        for (int i = 0; i < n; ++i)
            names << record.fieldName(i);
    }

    SqlRowSink sink(names, source.csv, connection.where(), total, progress);
    while (q.next()) {
        for (int i = 0; i < n; ++i) {
            const QVariant v = q.value(i);
            switch (v.isNull() ? Cell::Missing : cellText(v, sink.buffer(i))) {
            case Cell::Text:
                sink.setText(i);
                break;
            case Cell::Missing:
                sink.setMissing(i);
                break;
            case Cell::Binary:
                sink.setBinary(i);
                break;
            }
        }
        if (!sink.commitRow())
            return std::unexpected(Error::canceled());
    }
    if (q.lastError().isValid())
        return std::unexpected(Error::make(ErrorCode::Database, 
            Tr::tr("Reading stopped after %1 rows: %2").arg(sink.rows()).arg(connection.errorText(q.lastError())),
            connection.where()));
    q.finish();
    return sink.finish();
}

} // namespace

Result<QStringList> SqlReader::listTables(const DataSource &source)
{
    SqlSession connection(source);
    if (auto opened = connection.open(); !opened)
        return std::unexpected(opened.error());
    return connection.tables();
}

Result<LoadResult> SqlReader::read(const DataSource &source, Progress *progress)
{
    QElapsedTimer timer;
    timer.start();
    if (source.table.isEmpty() && source.query.trimmed().isEmpty())
        return makeError(ErrorCode::Usage, Tr::tr("Choose a table or write a query."));
    if (source.table.isEmpty()) {
        if (const QString problem = SqlGuard::readOnlyProblem(source.query); !problem.isEmpty())
            return makeError(ErrorCode::Usage, problem);
    }
    if (progress)
        progress->setText(Tr::tr("Connecting to %1").arg(source.displayName()));
    SqlSession connection(source);
    if (auto opened = connection.open(); !opened)
        return std::unexpected(opened.error());
    if (isCanceled(progress))
        return std::unexpected(Error::canceled());
    if (auto begun = connection.beginReadOnly(); !begun)
        return std::unexpected(begun.error());

    Statement statement;
    if (!source.table.isEmpty()) {
        auto s = tableStatement(connection, source.table);
        if (!s)
            return std::unexpected(s.error());
        statement = *s;
    } else {
        statement.sql = SqlGuard::withoutTrailingSemicolons(source.query);
    }
    if (progress)
        progress->setText(Tr::tr("Reading %1").arg(source.displayName()));
    auto result = readRows(connection, source, statement, progress);
    if (result) {
        result->table.setSourceName(connection.where());
        result->seconds = double(timer.nsecsElapsed()) / 1e9;
    }
    return result;
}

} // namespace churnlens
