#include "sqliterows.h"

#include "sqlrowsink.h"

#include <QSqlDriver>
#include <QStringDecoder>
#include <QVariant>

#include <sqlite3.h>

#include <charconv>
#include <cmath>
#include <memory>

namespace churnlens {

namespace {

void format(std::string &out, auto value)
{
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, value);
    out.assign(buf, size_t(r.ptr - buf));
}

bool isText(const char *data, int size)
{
    const QByteArrayView bytes(data, size);
    if (bytes.contains('\0'))
        return false;
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString decoded = utf8(bytes);
    return !utf8.hasError();
}

} // namespace

std::optional<Result<LoadResult>> SqliteRows::read(QSqlDatabase &db, const QString &sql, qint64 total,
                                                   const CsvOptions &options, const QString &where,
                                                   Progress *progress)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return std::nullopt;
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    if (!connection)
        return std::nullopt;

    const QByteArray text = sql.toUtf8();
    sqlite3_stmt *raw = nullptr;
    const int prepared = sqlite3_prepare_v2(connection, text.constData(), int(text.size()), &raw, nullptr);
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> statement(raw, sqlite3_finalize);
    if (prepared != SQLITE_OK)
        return std::unexpected(Error::make(ErrorCode::Database, Tr::tr("The query failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(connection))), where));
    if (!statement)
        return std::unexpected(Error::make(ErrorCode::Database, Tr::tr("The query is empty."), where));
    // The connection is read-only already; this names the problem before anything runs.
    if (!sqlite3_stmt_readonly(statement.get()))
        return std::unexpected(Error::make(ErrorCode::Database, Tr::tr("Only reading queries can be run."), where));
    const int n = sqlite3_column_count(statement.get());
    if (n == 0)
        return std::unexpected(Error::make(ErrorCode::Database, Tr::tr("The query returned no columns."), where));
    QStringList names;
    for (int i = 0; i < n; ++i)
        names << QString::fromUtf8(sqlite3_column_name(statement.get(), i));

    SqlRowSink sink(names, options, where, total, progress);
    for (;;) {
        const int step = sqlite3_step(statement.get());
        if (step == SQLITE_DONE)
            break;
        if (step != SQLITE_ROW)
            return std::unexpected(Error::make(ErrorCode::Database, Tr::tr("Reading stopped after %1 rows: %2")
                                               .arg(sink.rows())
                                               .arg(QString::fromUtf8(sqlite3_errmsg(connection))),
                                           where));
        for (int i = 0; i < n; ++i) {
            switch (sqlite3_column_type(statement.get(), i)) {
            case SQLITE_NULL:
                sink.setMissing(i);
                break;
            case SQLITE_INTEGER:
                format(sink.buffer(i), static_cast<long long>(sqlite3_column_int64(statement.get(), i)));
                sink.setText(i);
                break;
            case SQLITE_FLOAT: {
                const double d = sqlite3_column_double(statement.get(), i);
                if (std::isnan(d)) {
                    sink.setMissing(i);
                } else {
                    format(sink.buffer(i), d); // shortest text that reads back to the same double
                    sink.setText(i);
                }
                break;
            }
            case SQLITE_TEXT: {
                const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(statement.get(), i));
                sink.setText(i, std::string_view(p, size_t(sqlite3_column_bytes(statement.get(), i))));
                break;
            }
            default: { // BLOB: text stored as a blob is fine, binary data is not a value
                const auto *p = static_cast<const char *>(sqlite3_column_blob(statement.get(), i));
                const int size = sqlite3_column_bytes(statement.get(), i);
                if (isText(p, size))
                    sink.setText(i, std::string_view(p ? p : "", size_t(size)));
                else
                    sink.setBinary(i);
                break;
            }
            }
        }
        if (!sink.commitRow())
            return std::unexpected(Error::canceled());
    }
    return sink.finish();
}

} // namespace churnlens
