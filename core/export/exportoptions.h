#pragma once

#include <QString>

namespace churnlens {

//! How TableExporter writes a file. Value type.
struct ExportOptions
{
    enum class Format {
        Auto, //!< from the file name: .xlsx → Xlsx, anything else → Csv
        Csv,
        Xlsx
    };
    Format format = Format::Auto;
    char delimiter = ',';   //!< CSV only: ',' ';' or '\t'
    //! CSV only: start with a UTF-8 byte order mark, which Excel needs to read non-ASCII text right.
    bool utf8Bom = false;
    QString sheetName;      //!< Excel only; empty = "Customers" (translated)
};

} // namespace churnlens
