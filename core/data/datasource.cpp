#include "datasource.h"

#include "../common/error.h"

#include <QFile>
#include <QFileInfo>

namespace churnlens {

namespace {
// Every SQLite 3 database file starts with these 16 bytes.
constexpr char SqliteMagic[] = "SQLite format 3";

bool hasSqliteHeader(const QString &path)
{
    // Only a regular file is peeked at: reading from a pipe or FIFO would consume bytes that
    // the CSV reader then never sees.
    if (!QFileInfo(path).isFile())
        return false;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = f.read(16);
    return head.size() == 16 && head == QByteArray(SqliteMagic, 16);
}
} // namespace

DataSource DataSource::fromPath(const QString &path)
{
    DataSource s;
    s.path = path;
    if (path == QLatin1String("-"))
        return s; // standard input: CSV
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool sqliteName = suffix == QLatin1String("sqlite") || suffix == QLatin1String("sqlite3")
                            || suffix == QLatin1String("db") || suffix == QLatin1String("db3");
    // The name decides; a database saved under another name is still recognised by its header.
    s.kind = (sqliteName || hasSqliteHeader(path)) ? Kind::Sqlite : Kind::Csv;
    return s;
}

QString DataSource::displayName() const
{
    QString where;
    switch (kind) {
    case Kind::Csv:
        return path == QLatin1String("-") ? Tr::tr("standard input") : QFileInfo(path).fileName();
    case Kind::Sqlite:
        where = QFileInfo(path).fileName();
        break;
    case Kind::Sql:
        // Never the password.
        where = QStringLiteral("%1 (%2%3%4)")
                    .arg(sql.database,
                         sql.user.isEmpty() ? QString() : sql.user + QLatin1Char('@'),
                         sql.host.isEmpty() ? QStringLiteral("localhost") : sql.host,
                         sql.port > 0 ? QStringLiteral(":%1").arg(sql.port) : QString());
        break;
    }
    if (!table.isEmpty())
        return where + QStringLiteral(": ") + table;
    if (!query.isEmpty())
        return where + QStringLiteral(": ") + Tr::tr("query");
    return where;
}

} // namespace churnlens
