// The Excel writer behind TableExporter: libxlsxwriter in constant-memory mode (rows streamed
// to a temporary file, so a million rows do not sit in memory), written under a temporary name
// in the target's folder and renamed over the target when complete.
#include "exportwriters.h"

#include "common/progress.h"
#include "spreadsheetsafety.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <xlsxwriter.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <limits>
#include <system_error>
#include <unistd.h>

namespace churnlens::exportwriters {

namespace {

// Excel's limits for a cell's text and a sheet's name.
constexpr qsizetype MaxCellChars = 32767;
constexpr qsizetype MaxSheetNameChars = 31;

QString libraryMessage(lxw_error e)
{
    return QString::fromUtf8(lxw_strerror(e));
}

//! A name next to \a path that does not exist yet: "<dir>/.<name>.<pid>-<random>.part". The
//! process id tells a later export whether the part's writer is still alive.
QString temporaryPath(const QString &path)
{
    const QFileInfo info(path);
    for (;;) {
        const QString candidate = info.dir().filePath(QStringLiteral(".%1.%2-%3.part")
                                                          .arg(info.fileName())
                                                          .arg(qint64(::getpid()))
                                                          .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0')));
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
}

//! Removes parts of ours in \a dir whose writer is gone (a killed export left them behind).
//! Parts of running exports, and files that only look similar, are left alone.
void removeStaleParts(const QDir &dir)
{
    static const QRegularExpression part(QStringLiteral("^\\..+\\.(\\d+)-[0-9a-f]{16}\\.part$"));
    const QStringList names = dir.entryList({QStringLiteral(".*.part")}, QDir::Files | QDir::Hidden | QDir::NoSymLinks);
    for (const QString &name : names) {
        const QRegularExpressionMatch m = part.match(name);
        if (!m.hasMatch())
            continue;
        bool ok = false;
        const qint64 pid = m.captured(1).toLongLong(&ok);
        if (!ok || pid <= 0 || pid == qint64(::getpid()) || pid > std::numeric_limits<pid_t>::max())
            continue;
        if (::kill(pid_t(pid), 0) == -1 && errno == ESRCH)
            QFile::remove(dir.filePath(name));
    }
}

QString sheetName(const ExportOptions &options)
{
    QString name = options.sheetName.isEmpty() ? Tr::tr("Customers") : options.sheetName;
    // Characters Excel refuses in sheet names.
    for (QChar c : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        name.replace(c, QLatin1Char('_'));
    return name.left(MaxSheetNameChars);
}

QByteArray cellText(const QString &text)
{
    return SpreadsheetSafety::neutralise(text.left(MaxCellChars)).toUtf8();
}

//! Excel number format for \a decimals ("0.0000"), or empty for General.
QByteArray decimalsFormat(int decimals)
{
    if (decimals < 0)
        return {};
    return decimals == 0 ? QByteArray("0") : QByteArray("0.") + QByteArray(std::min(decimals, 15), '0');
}

//! A cell format with \a excelFormat (or the one for \a decimals); null for General.
lxw_format *numberFormat(lxw_workbook *workbook, const QByteArray &excelFormat, int decimals)
{
    const QByteArray fmt = excelFormat.isEmpty() ? decimalsFormat(decimals) : excelFormat;
    if (fmt.isEmpty())
        return nullptr;
    lxw_format *format = workbook_add_format(workbook);
    format_set_num_format(format, fmt.constData());
    return format;
}

// Column widths in characters: from the header and the first rows' cells, within bounds, so
// that ids, percentages and reasons read without widening columns by hand.
constexpr qsizetype WidthSampleRows = 500;
constexpr double MinWidth = 6.0;
constexpr double MaxWidth = 60.0;

//! Roughly how many characters Excel shows for \a v in \a column.
qsizetype shownLength(const ExportColumn &column, double v)
{
    if (!std::isfinite(v))
        return 0;
    if (column.excelFormat.contains('%'))
        return formatNumber(v * 100.0, 1).size() + 1;
    const qsizetype digits = formatNumber(v, column.decimals < 0 ? -1 : column.decimals).size();
    // Group separators of money formats ("#,##0.00").
    return digits + (column.excelFormat.contains(',') ? digits / 4 : 0) + (column.excelFormat.startsWith('+') ? 1 : 0);
}

std::vector<double> columnWidths(const ExportTable &table)
{
    std::vector<double> widths(table.columns.size(), MinWidth);
    const qsizetype sample = std::min<qsizetype>(WidthSampleRows, qsizetype(table.rows.size()));
    for (size_t c = 0; c < table.columns.size(); ++c) {
        const ExportColumn &column = table.columns[c];
        // The header is bold and carries the filter button.
        qsizetype longest = (column.label.isEmpty() ? column.header : column.label).size() + 3;
        for (qsizetype i = 0; i < sample; ++i) {
            const qsizetype row = table.rows[size_t(i)];
            if (column.kind == ExportColumn::Kind::Number)
                longest = std::max(longest, shownLength(column, column.excelNumber ? column.excelNumber(row) : column.number(row)));
            else
                longest = std::max(longest, (column.excelText ? column.excelText(row) : column.text(row)).size());
        }
        widths[c] = std::clamp(double(longest) + 1.0, MinWidth, MaxWidth);
    }
    return widths;
}

//! The notes sheet: one bold label and its value per line.
Result<void> writeNotes(lxw_workbook *workbook, const ExportTable &table, lxw_format *labelFormat)
{
    ExportOptions named;
    named.sheetName = table.notesSheet.isEmpty() ? Tr::tr("About") : table.notesSheet;
    const QByteArray name = sheetName(named).toUtf8();
    lxw_worksheet *ws = workbook_add_worksheet(workbook, name.constData());
    if (!ws)
        return makeError(ErrorCode::Io, Tr::tr("Cannot add a sheet to the Excel file."));
    qsizetype labelWidth = 10, valueWidth = 10;
    for (const ExportNote &note : table.notes) {
        labelWidth = std::max(labelWidth, note.label.size() + 2);
        valueWidth = std::max(valueWidth, std::isfinite(note.number) ? qsizetype(16) : note.text.size() + 2);
    }
    worksheet_set_column(ws, 0, 0, std::clamp(double(labelWidth), MinWidth, MaxWidth), nullptr);
    // Longer values run on into the empty column beside them.
    worksheet_set_column(ws, 1, 1, std::clamp(double(valueWidth), MinWidth, 1.5 * MaxWidth), nullptr);
    lxw_row_t row = 0;
    for (const ExportNote &note : table.notes) {
        lxw_error e = worksheet_write_string(ws, row, 0, cellText(note.label).constData(), labelFormat);
        if (e == LXW_NO_ERROR) {
            if (std::isfinite(note.number))
                e = worksheet_write_number(ws, row, 1, note.number, numberFormat(workbook, note.excelFormat, -1));
            else if (!note.text.isEmpty())
                e = worksheet_write_string(ws, row, 1, cellText(note.text).constData(), nullptr);
        }
        if (e != LXW_NO_ERROR)
            return makeError(ErrorCode::Io, Tr::tr("Writing the Excel file failed: %1.").arg(libraryMessage(e)));
        ++row;
    }
    return {};
}

} // namespace

Result<qsizetype> writeXlsx(const ExportTable &table, const QString &path, const ExportOptions &options, Progress *progress)
{
    const qsizetype total = qsizetype(table.rows.size());
    if (total > 1048575)
        return makeError(ErrorCode::Usage,
                         Tr::tr("An Excel sheet holds at most 1,048,575 rows; this export has %1.").arg(total),
                         Tr::tr("Export to CSV, or select fewer customers."));
    if (table.columns.size() > 16384)
        return makeError(ErrorCode::Usage, Tr::tr("An Excel sheet holds at most 16,384 columns."));
    const QFileInfo target(path);
    if (!target.dir().exists())
        return std::unexpected(Error::make(ErrorCode::Io, Tr::tr("The folder does not exist."), path, Tr::tr("Choose an existing folder.")));

    removeStaleParts(target.dir());
    const QString temp = temporaryPath(path);
    const QByteArray tempName = QFile::encodeName(temp);
    lxw_workbook_options wbOptions{};
    wbOptions.constant_memory = LXW_TRUE;
    // No zip64: Excel warns about zip64 packages under 4 GB, and a customer list never reaches that.
    wbOptions.use_zip64 = LXW_FALSE;
    lxw_workbook *workbook = workbook_new_opt(tempName.constData(), &wbOptions);
    if (!workbook)
        return std::unexpected(Error::make(ErrorCode::Io, Tr::tr("Cannot start the Excel file."), path));
    // Frees the workbook without writing anything, for every early return.
    struct Discard
    {
        lxw_workbook *&wb;
        ~Discard() { if (wb) lxw_workbook_free(wb); }
    } discard{workbook};
    auto abandon = [&](Error e) {
        lxw_workbook_free(workbook);
        workbook = nullptr;
        QFile::remove(temp);
        return std::unexpected(std::move(e));
    };

    const QByteArray sheet = sheetName(options).toUtf8();
    lxw_worksheet *ws = workbook_add_worksheet(workbook, sheet.constData());
    if (!ws)
        return abandon(Error::make(ErrorCode::Io, Tr::tr("Cannot add a sheet to the Excel file."), path));
    lxw_format *headerFormat = workbook_add_format(workbook);
    format_set_bold(headerFormat);
    std::vector<lxw_format *> formats(table.columns.size(), nullptr);
    const std::vector<double> widths = columnWidths(table);
    for (size_t c = 0; c < table.columns.size(); ++c) {
        const ExportColumn &column = table.columns[c];
        formats[c] = column.kind == ExportColumn::Kind::Number ? numberFormat(workbook, column.excelFormat, column.decimals) : nullptr;
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), widths[c], nullptr);
    }
    worksheet_freeze_panes(ws, 1, 0);

    for (size_t c = 0; c < table.columns.size(); ++c) {
        const ExportColumn &column = table.columns[c];
        const QString header = column.label.isEmpty() ? column.header : column.label;
        const lxw_error e = worksheet_write_string(ws, 0, lxw_col_t(c), cellText(header).constData(), headerFormat);
        if (e != LXW_NO_ERROR)
            return abandon(Error::make(ErrorCode::Io, Tr::tr("Writing the Excel file failed: %1.").arg(libraryMessage(e)), path));
    }
    for (qsizetype i = 0; i < total; ++i) {
        if (i % RowsPerCheck == 0) {
            if (isCanceled(progress))
                return abandon(Error::canceled());
            if (progress)
                progress->setProgress(0.95 * double(i) / double(total));
        }
        const qsizetype row = table.rows[size_t(i)];
        const lxw_row_t sheetRow = lxw_row_t(i + 1);
        for (size_t c = 0; c < table.columns.size(); ++c) {
            const ExportColumn &column = table.columns[c];
            lxw_error e = LXW_NO_ERROR;
            if (column.kind == ExportColumn::Kind::Number) {
                const double v = column.excelNumber ? column.excelNumber(row) : column.number(row);
                if (std::isfinite(v))
                    e = worksheet_write_number(ws, sheetRow, lxw_col_t(c), v, formats[c]);
            } else {
                const QString text = column.excelText ? column.excelText(row) : column.text(row);
                if (!text.isEmpty())
                    e = worksheet_write_string(ws, sheetRow, lxw_col_t(c), cellText(text).constData(), nullptr);
            }
            if (e != LXW_NO_ERROR)
                return abandon(Error::make(ErrorCode::Io, Tr::tr("Writing the Excel file failed: %1.").arg(libraryMessage(e)), path, Tr::tr("Check the free disk space; nothing was written.")));
        }
    }
    if (table.rows.size() > 0)
        worksheet_autofilter(ws, 0, 0, lxw_row_t(total), lxw_col_t(table.columns.size() - 1));
    if (!table.notes.empty()) {
        if (auto written = writeNotes(workbook, table, headerFormat); !written)
            return abandon(Error::make(ErrorCode::Io, written.error().message, path));
    }
    if (isCanceled(progress))
        return abandon(Error::canceled());
    if (progress)
        progress->setText(Tr::tr("Finishing the Excel file"));

    // workbook_close() writes the file and frees the workbook, whatever it returns.
    errno = 0;
    const lxw_error closed = workbook_close(workbook);
    const int closeErrno = errno;
    workbook = nullptr;
    if (closed != LXW_NO_ERROR) {
        QFile::remove(temp);
        // The library's "Zip generic error ZIP_ERRNO" hides the reason (a full disk, say).
        const QString reason = closeErrno != 0 ? QStringLiteral("%1 (%2)").arg(QString::fromLocal8Bit(std::strerror(closeErrno)),
                                                                              libraryMessage(closed))
                                               : libraryMessage(closed);
        return std::unexpected(Error::make(ErrorCode::Io, Tr::tr("Writing the Excel file failed: %1.").arg(reason), path, Tr::tr("Check the free disk space and that you may write to the folder.")));
    }
    if (isCanceled(progress)) {
        QFile::remove(temp);
        return std::unexpected(Error::canceled());
    }
    if (auto verified = verifyXlsx(temp); !verified) {
        QFile::remove(temp);
        Error e = verified.error();
        e.file = path;
        return std::unexpected(e);
    }
    // Keep the permissions of a file being replaced, as QSaveFile does for CSV.
    if (target.exists())
        QFile::setPermissions(temp, QFile::permissions(path));
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(tempName.constData()), std::filesystem::path(QFile::encodeName(path).constData()), ec);
    if (ec) {
        QFile::remove(temp);
        return std::unexpected(Error::make(ErrorCode::Io, Tr::tr("Could not put the Excel file in place: %1.")
                                                 .arg(QString::fromLocal8Bit(ec.message().c_str())), path));
    }
    if (progress)
        progress->setProgress(1.0);
    return total;
}

} // namespace churnlens::exportwriters
