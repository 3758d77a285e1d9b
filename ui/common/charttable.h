#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace churnlens {

//! The numbers behind a chart, for "Copy data as CSV". Cells are plain (locale-free) text.
struct ChartTable
{
    QStringList header;
    QList<QStringList> rows;

    bool isEmpty() const { return rows.isEmpty(); }
    /*!
     * RFC 4180 CSV with a header line. Text cells that a spreadsheet would run as a formula
     * (starting with = + - @ and not a number) get a leading apostrophe.
     */
    QString toCsv() const;
    //! Plain number text for cells: up to 10 significant digits, empty for NaN.
    static QString number(double v);
};

} // namespace churnlens
