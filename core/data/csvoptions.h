#pragma once

#include <QStringList>

namespace churnlens {

enum class TextEncoding { Auto, Utf8, Utf16LE, Utf16BE, Latin1 };
enum class HeaderMode { Auto, Yes, No };

//! How to read a delimited text file. Zero / Auto fields are sniffed from the data.
struct CsvOptions
{
    char delimiter = 0;                   //!< 0 = sniff among , ; \t |
    char quote = '"';
    char decimal = 0;                     //!< 0 = auto ('.'; ',' when the delimiter is ';' and numbers use it)
    TextEncoding encoding = TextEncoding::Auto;
    HeaderMode header = HeaderMode::Auto;
    QStringList missingTokens = {QStringLiteral("NA"), QStringLiteral("N/A"), QStringLiteral("null"),
                                 QStringLiteral("NULL"), QStringLiteral("?"), QStringLiteral("NaN")};
    bool whitespaceIsMissing = true;      //!< empty and whitespace-only cells are missing
    int threads = 0;                      //!< 0 = all cores
    qint64 maxFieldBytes = 16 * 1024 * 1024; //!< longer fields are an error
};

} // namespace churnlens
