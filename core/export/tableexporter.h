#pragma once

#include "common/error.h"
#include "exportoptions.h"
#include "exporttable.h"

namespace churnlens {

class Progress;

/*!
 * Writes an ExportTable to CSV or Excel (.xlsx, through libxlsxwriter), safely:
 *  - text cells that could run as formulas are neutralised (SpreadsheetSafety), numbers stay
 *    numbers;
 *  - the file appears atomically: it is written under a temporary name in the target's folder
 *    and renamed over the target only when complete, so a failure or a cancel leaves no partial
 *    file and an existing file with the target's name untouched; an Excel file is read back
 *    (every part inflated and CRC-checked) before the rename, because libxlsxwriter does not
 *    notice failed writes to its temporary files (a full disk would otherwise pass as success);
 *  - progress is reported and cancel polled every few thousand rows;
 *  - Excel gets what people read (ExportColumn's label, excelFormat, excelText, excelNumber,
 *    widths from the first rows' content, capped, and the table's notes as a second sheet); CSV
 *    stays the plain machine form (header, raw numbers, text) and leaves the notes out.
 * Excel sheets hold at most 1,048,575 data rows: larger exports fail with a hint to use CSV.
 * Stateless; run it on a worker thread for big tables.
 */
class TableExporter
{
public:
    static ExportOptions::Format formatFor(const QString &path, ExportOptions::Format requested = ExportOptions::Format::Auto);

    //! Writes \a table to \a path; returns the number of data rows written.
    static Result<qsizetype> write(const ExportTable &table, const QString &path, const ExportOptions &options = {},
                                   Progress *progress = nullptr);

    static constexpr qsizetype MaxXlsxRows = 1048575; // 2^20 rows per sheet, one for the header
};

} // namespace churnlens
