#pragma once

#include <QString>

namespace churnlens {

/*!
 * Defence against spreadsheet formula injection (CSV injection): a text cell that starts with
 * '=', '+', '-', '@', a tab, a carriage return or a line feed may run as a formula when the file
 * is opened in Excel or LibreOffice, so it gets a leading single quote, as OWASP recommends.
 * Leading white space and double quotes are looked through, and the full-width and small forms
 * (＝＋－＠) count too: spreadsheets skip or fold them. Only text is
 * touched: numbers are written as numbers by the exporters and stay numbers (a negative number
 * is not a formula; the text "-1+1" is). Stateless.
 */
class SpreadsheetSafety
{
public:
    static bool isDangerous(const QString &text);
    //! \a text with a leading "'" when isDangerous(), else unchanged.
    static QString neutralise(const QString &text);
};

} // namespace churnlens
