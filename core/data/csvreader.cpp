#include "csvreader.h"

#include "csvheader.h"
#include "csvloader.h"
#include "csvsniffer.h"

#include <new>

namespace churnlens {

namespace {
Result<CsvPreview> readPreview(const QString &path, const CsvOptions &options, int maxRows);
}

Result<CsvPreview> CsvReader::preview(const QString &path, const CsvOptions &options, int maxRows)
{
    try {
        return readPreview(path, options, maxRows);
    } catch (const std::bad_alloc &) {
        Error e;
        e.code = ErrorCode::Io;
        e.file = path;
        e.message = Tr::tr("There is not enough memory to read this file.");
        return std::unexpected(e);
    }
}

namespace {
// A preview looks at the start of a file only (sniffing, encoding and rows alike).
constexpr qsizetype PreviewBytes = qsizetype(32) << 20;

Result<CsvPreview> readPreview(const QString &path, const CsvOptions &options, int maxRows)
{
    Result<CsvSource> source = CsvSource::open(path, nullptr, PreviewBytes);
    if (!source)
        return std::unexpected(source.error());
    Result<CsvDialect> dialect = CsvLoader::prepare(*source, path, options);
    if (!dialect)
        return std::unexpected(dialect.error());
    // Enough bytes for the rows asked for, never the whole of a large file.
    const std::string_view text = source->bytes().substr(dialect->dataBegin);
    size_t window = size_t(std::max(1.0, dialect->bytesPerRow) * 4 * std::max(maxRows, 1)) + 64 * 1024;
    CsvSniffer::Rows rows;
    for (;;) {
        const std::string_view part = text.substr(0, window);
        const bool atEnd = part.size() == text.size();
        rows = CsvSniffer::readRows(part, atEnd, dialect->options.delimiter, dialect->options.quote,
                                    dialect->options.maxFieldBytes, maxRows);
        if (atEnd || int(rows.rows.size()) >= maxRows || !rows.truncated)
            break;
        window *= 4;
    }
    CsvPreview preview;
    preview.options = dialect->options;
    preview.hadBom = dialect->hadBom;
    preview.lineEnding = dialect->lineEnding;
    preview.header = dialect->hasHeader ? CsvHeader::uniqueNames(dialect->rawNames, path, 1, nullptr)
                                        : CsvHeader::generatedNames(dialect->columns);
    for (const auto &row : rows.rows) {
        QStringList cells;
        cells.reserve(qsizetype(row.size()));
        for (const std::string &cell : row) {
            cells << (dialect->latin1 ? QString::fromLatin1(cell.data(), qsizetype(cell.size()))
                                      : QString::fromUtf8(cell.data(), qsizetype(cell.size())));
        }
        preview.rows << cells;
    }
    return preview;
}
} // namespace

Result<LoadResult> CsvReader::read(const QString &path, const CsvOptions &options, Progress *progress)
{
    Result<CsvSource> source;
    try {
        source = CsvSource::open(path, progress);
    } catch (const std::bad_alloc &) {
        Error e;
        e.code = ErrorCode::Io;
        e.file = CsvSource::displayName(path);
        e.message = Tr::tr("There is not enough memory to read this file.");
        return std::unexpected(e);
    }
    if (!source)
        return std::unexpected(source.error());
    return CsvLoader::load(std::move(*source), CsvSource::displayName(path), options, progress);
}

Result<LoadResult> CsvReader::readBytes(const QByteArray &bytes, const QString &sourceName, const CsvOptions &options,
                                        Progress *progress)
{
    return CsvLoader::load(CsvSource::fromBytes(bytes), sourceName, options, progress);
}

} // namespace churnlens
