#pragma once

#include "../common/error.h"
#include "../common/progress.h"
#include "csvoptions.h"
#include "loadresult.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace churnlens {

//! What the import dialog shows before the real load: sniffed settings and the first rows.
struct CsvPreview
{
    CsvOptions options;          //!< sniffed options (delimiter, encoding, header, decimal resolved)
    QStringList header;          //!< column names (generated "Column 1".. when there is no header)
    QList<QStringList> rows;     //!< first rows, as text, after decoding
    bool hadBom = false;
    QString lineEnding;          //!< "CRLF", "LF" or "CR"
};

/*!
 * Fast reader for delimited text (CSV/TSV): read once into memory, parsed on all cores,
 * RFC 4180 quoting, encodings, sniffing, missing tokens, type inference.
 * Thread-safe (static, no shared state). Never throws; bad input is an Error or Issues.
 */
class CsvReader
{
public:
    static Result<CsvPreview> preview(const QString &path, const CsvOptions &options = {}, int maxRows = 200);
    //! \a path "-" reads standard input; pipes and FIFOs are read once (see CsvSource).
    static Result<LoadResult> read(const QString &path, const CsvOptions &options = {}, Progress *progress = nullptr);
    //! Same as read() for in-memory bytes (tests, fuzzing); \a sourceName is used in messages.
    static Result<LoadResult> readBytes(const QByteArray &bytes, const QString &sourceName,
                                        const CsvOptions &options = {}, Progress *progress = nullptr);
};

} // namespace churnlens
