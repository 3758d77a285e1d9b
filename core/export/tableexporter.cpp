#include "tableexporter.h"

#include "exportwriters.h"

#include <QFileInfo>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace churnlens {

namespace exportwriters {

QByteArray formatNumber(double value, int decimals)
{
    if (!std::isfinite(value))
        return {};
    char buffer[64];
    const auto r = decimals < 0 ? std::to_chars(buffer, buffer + sizeof buffer, value)
                                : std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed,
                                                std::min(decimals, 17));
    if (r.ec != std::errc())
        return QByteArray::number(value, 'g', 17);
    QByteArray text(buffer, int(r.ptr - buffer));
    // "-0.00" from a tiny negative (or -0) reads as a sign error: it is zero.
    if (text.startsWith('-') && std::all_of(text.cbegin() + 1, text.cend(), [](char c) { return c == '0' || c == '.'; }))
        text.remove(0, 1);
    return text;
}

} // namespace exportwriters

ExportOptions::Format TableExporter::formatFor(const QString &path, ExportOptions::Format requested)
{
    if (requested != ExportOptions::Format::Auto)
        return requested;
    return QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0
        ? ExportOptions::Format::Xlsx : ExportOptions::Format::Csv;
}

Result<qsizetype> TableExporter::write(const ExportTable &table, const QString &path, const ExportOptions &options,
                                       Progress *progress)
{
    if (path.isEmpty())
        return makeError(ErrorCode::Usage, Tr::tr("No file name given for the export."));
    if (table.columns.empty())
        return makeError(ErrorCode::Usage, Tr::tr("Choose at least one column to export."));
    for (const ExportColumn &c : table.columns) {
        if ((c.kind == ExportColumn::Kind::Number && !c.number) || (c.kind == ExportColumn::Kind::Text && !c.text))
            return makeError(ErrorCode::Internal, Tr::tr("Export column \"%1\" has no way to read its cells.").arg(c.header));
    }
    if (QFileInfo(path).isDir())
        return std::unexpected(Error::make(ErrorCode::Io, Tr::tr("This is a folder, not a file name."), path, Tr::tr("Choose a file name for the export.")));
    if (formatFor(path, options.format) == ExportOptions::Format::Xlsx)
        return exportwriters::writeXlsx(table, path, options, progress);
    return exportwriters::writeCsv(table, path, options, progress);
}

} // namespace churnlens
