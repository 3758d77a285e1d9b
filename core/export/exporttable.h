#pragma once

#include "data/datatable.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <limits>
#include <vector>

namespace churnlens {

/*!
 * One column of an export: a header and a way to read the cell of a row. Number columns are
 * written as numbers (NaN = empty cell), text columns as text (made safe against formula
 * injection by the exporters).
 */
struct ExportColumn
{
    enum class Kind { Number, Text };

    QString header;
    Kind kind = Kind::Text;
    std::function<double(qsizetype row)> number;
    std::function<QString(qsizetype row)> text;
    //! Number columns: fixed decimals in CSV and the Excel cell format; -1 = shortest exact text.
    int decimals = -1;

    // Excel is read by people, CSV by programs: a column may look different in Excel. CSV
    // always writes header, number and text as they are.
    QString label;            //!< Excel header ("Churn probability", translated); empty = header
    QByteArray excelFormat;   //!< Excel number format ("0.0%"); empty = from decimals
    //! Excel only: the number in the unit the screen shows (percentage points); empty = number.
    std::function<double(qsizetype row)> excelNumber;
    //! Excel only: the text as the screen spells it ("High"); empty = text.
    std::function<QString(qsizetype row)> excelText;

    static ExportColumn numbers(QString header, std::function<double(qsizetype)> read, int decimals = -1);
    static ExportColumn texts(QString header, std::function<QString(qsizetype)> read);
};

/*!
 * One line of a description sheet (Excel only): a label and a text or number value. Value type.
 */
struct ExportNote
{
    QString label;
    QString text;                 //!< written when number is not finite
    double number = std::numeric_limits<double>::quiet_NaN();
    QByteArray excelFormat;       //!< for a number; empty = General

    static ExportNote ofText(QString label, QString text);
    static ExportNote ofNumber(QString label, double number, QByteArray excelFormat = {});
};

/*!
 * What an export writes: columns, and the rows (in output order) whose cells they read.
 * The readers typically capture a DataTable or scoring result by reference: the caller keeps
 * those alive until the export is done. Readers are called from the exporting thread only.
 */
struct ExportTable
{
    std::vector<ExportColumn> columns;
    std::vector<qsizetype> rows;
    //! Excel only: a second sheet called notesSheet with one label/value line per note (what
    //! the list is and how it was made). CSV, the machine form, leaves it out.
    QString notesSheet;
    std::vector<ExportNote> notes;

    /*!
     * Appends column \a index of \a table: numeric columns as numbers, dates as ISO text
     * (YYYY-MM-DD), coded columns as their labels. \a table must outlive the export.
     */
    void addTableColumn(const DataTable &table, int index, const QString &header = {});
    /*!
     * Appends the columns of \a table called \a names (all columns when empty). Returns the
     * names that do not exist (nothing is added for them).
     */
    QStringList addTableColumns(const DataTable &table, const QStringList &names = {});

    QStringList headers() const;
};

} // namespace churnlens
