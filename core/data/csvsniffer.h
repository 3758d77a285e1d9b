#pragma once

#include "../common/error.h"
#include "csvdialect.h"

#include <QList>

#include <string>
#include <string_view>
#include <vector>

namespace churnlens {

/*!
 * Looks at the start of a file (and a few windows further in) to resolve what the options
 * leave open: the delimiter among , ; \t |, whether the first row is a header, the decimal
 * mark, the line ending, and a storage plan per column. Stateless; thread-safe.
 */
class CsvSniffer
{
public:
    //! \a text is the decoded file without BOM (UTF-8, or Latin-1 when dialect.latin1).
    static Result<CsvDialect> sniff(std::string_view text, const CsvOptions &options, bool latin1, const QString &file);

    //! Up to \a maxRows rows from the start of \a text as strings (for previews and the sniffer).
    struct Rows
    {
        std::vector<std::vector<std::string>> rows;
        std::vector<size_t> ends;   //!< offset after each row
        std::vector<qint64> lines;  //!< line ends consumed up to the end of each row
        bool truncated = false;     //!< stopped at the end of the sample inside a row
    };
    static Rows readRows(std::string_view text, bool atEnd, char delimiter, char quote, qint64 maxFieldBytes,
                         int maxRows);
};

} // namespace churnlens
