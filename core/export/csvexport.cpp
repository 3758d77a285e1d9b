// The CSV writer behind TableExporter: RFC 4180 quoting, written through QSaveFile.
#include "exportwriters.h"

#include "common/progress.h"
#include "spreadsheetsafety.h"

#include <QSaveFile>

#include <cerrno>
#include <cstring>

namespace churnlens::exportwriters {

namespace {

void appendField(QByteArray *out, const QByteArray &field, char delimiter)
{
    const bool quote = field.contains(delimiter) || field.contains('"') || field.contains('\n')
        || field.contains('\r') || field.startsWith(' ') || field.endsWith(' ');
    if (!quote) {
        out->append(field);
        return;
    }
    out->append('"');
    for (char c : field) {
        if (c == '"')
            out->append('"');
        out->append(c);
    }
    out->append('"');
}

} // namespace

Result<qsizetype> writeCsv(const ExportTable &table, const QString &path, const ExportOptions &options, Progress *progress)
{
    const char delimiter = options.delimiter;
    if (delimiter == '"' || delimiter == '\n' || delimiter == '\r' || delimiter == '\0')
        return makeError(ErrorCode::Usage, Tr::tr("A CSV delimiter cannot be a quote or a line break."));

    QSaveFile file(path);
    // No direct-write fallback: a file we cannot replace atomically is an error, not a half-written file.
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly))
        return std::unexpected(Error::make(ErrorCode::Io, Tr::tr("Cannot write the file: %1.").arg(file.errorString()), path, Tr::tr("Check that the folder exists and that you may write to it.")));

    QByteArray buffer;
    buffer.reserve(1 << 20);
    int writeErrno = 0;
    auto flush = [&]() -> bool {
        errno = 0;
        if (file.write(buffer) != buffer.size()) {
            writeErrno = errno; // QFile reports a full disk as "Unknown error"; errno knows better
            return false;
        }
        buffer.clear();
        return true;
    };
    auto failed = [&]() {
        const QString reason = writeErrno != 0 ? QString::fromLocal8Bit(std::strerror(writeErrno)) : file.errorString();
        file.cancelWriting();
        return std::unexpected(Error::make(ErrorCode::Io, Tr::tr("Writing the file failed: %1.").arg(reason), path, Tr::tr("Check the free disk space; nothing was written.")));
    };

    if (options.utf8Bom)
        buffer.append("\xEF\xBB\xBF");
    for (size_t c = 0; c < table.columns.size(); ++c) {
        if (c)
            buffer.append(delimiter);
        appendField(&buffer, SpreadsheetSafety::neutralise(table.columns[c].header).toUtf8(), delimiter);
    }
    buffer.append("\r\n");

    const qsizetype total = qsizetype(table.rows.size());
    for (qsizetype i = 0; i < total; ++i) {
        if (i % RowsPerCheck == 0) {
            if (isCanceled(progress)) {
                file.cancelWriting();
                return std::unexpected(Error::canceled());
            }
            if (progress)
                progress->setProgress(double(i) / double(total));
        }
        const qsizetype row = table.rows[size_t(i)];
        for (size_t c = 0; c < table.columns.size(); ++c) {
            if (c)
                buffer.append(delimiter);
            const ExportColumn &column = table.columns[c];
            if (column.kind == ExportColumn::Kind::Number)
                buffer.append(formatNumber(column.number(row), column.decimals));
            else
                appendField(&buffer, SpreadsheetSafety::neutralise(column.text(row)).toUtf8(), delimiter);
        }
        buffer.append("\r\n");
        if (buffer.size() >= (1 << 20) && !flush())
            return failed();
    }
    if (!flush())
        return failed();
    if (isCanceled(progress)) {
        file.cancelWriting();
        return std::unexpected(Error::canceled());
    }
    errno = 0;
    if (!file.commit()) {
        const int err = errno;
        const QString reason = err != 0 ? QString::fromLocal8Bit(std::strerror(err)) : file.errorString();
        return std::unexpected(Error::make(ErrorCode::Io, Tr::tr("Could not finish the file: %1.").arg(reason), path, Tr::tr("Check the free disk space and that you may write to the folder.")));
    }
    if (progress)
        progress->setProgress(1.0);
    return total;
}

} // namespace churnlens::exportwriters
