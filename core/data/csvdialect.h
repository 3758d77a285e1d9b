#pragma once

#include "csvoptions.h"

#include <QStringList>

#include <cstdint>
#include <vector>

namespace churnlens {

//! How the parser stores a column while reading, chosen from a sample (a guess that only
//! affects speed: inference after the read decides the type from all values).
enum class CsvPlan : uint8_t {
    Numeric, //!< doubles; a non-number is counted and kept as an example
    Coded,   //!< labels in a per-chunk dictionary
    Unique,  //!< labels kept in row order (ids: a per-chunk dictionary would not help)
    Skip     //!< not stored (second pass over only some columns)
};

//! Everything the parser needs to know about a file, sniffed or given.
struct CsvDialect
{
    CsvOptions options;       //!< delimiter, decimal, encoding and header resolved
    bool hasHeader = false;
    QStringList rawNames;     //!< header fields as written (empty without a header)
    int columns = 0;
    size_t dataBegin = 0;     //!< offset of the first data row in the text
    qint64 firstDataLine = 1; //!< its 1-based line
    QString lineEnding;       //!< "CRLF", "LF" or "CR"
    char rowEnd = '\n';       //!< the byte after which rows may be split for threads
    bool latin1 = false;      //!< the text is Latin-1 bytes (transcoded when labels are stored)
    bool hadBom = false;
    std::vector<CsvPlan> plans;
    double bytesPerRow = 0;   //!< from the sample, for size estimates
    std::vector<double> bytesPerLabel; //!< per column, average label size in the sample
};

} // namespace churnlens
