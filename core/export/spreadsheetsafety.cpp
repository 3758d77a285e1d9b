#include "spreadsheetsafety.h"

namespace churnlens {

namespace {
// What a spreadsheet may skip before it reads a formula: white space (spaces, no-break spaces,
// line breaks) and double quotes, ASCII, typographic and full-width.
bool skippable(QChar c)
{
    switch (c.unicode()) {
    case u'"':
    case u'\u201C': // “
    case u'\u201D': // ”
    case u'\u201E': // „
    case u'\uFF02': // ＂
        return true;
    default:
        return c.isSpace();
    }
}

// Formula starts, with their full-width and small forms (Excel and LibreOffice fold them).
bool formulaStart(QChar c)
{
    switch (c.unicode()) {
    case u'=': case u'+': case u'-': case u'@':
    case u'\uFF1D': case u'\uFF0B': case u'\uFF0D': case u'\uFF20': // ＝ ＋ － ＠
    case u'\uFE66': case u'\uFE62': case u'\uFE63': case u'\uFE6B': // small = + - @
    case u'\u2212':                                                   // − minus sign
        return true;
    default:
        return false;
    }
}
} // namespace

bool SpreadsheetSafety::isDangerous(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.at(0);
    // OWASP: tab and carriage return (and line feed) at the start are dangerous by themselves.
    if (first == QLatin1Char('\t') || first == QLatin1Char('\r') || first == QLatin1Char('\n'))
        return true;
    // A leading apostrophe makes the whole cell text (it is the neutralisation itself).
    if (first == QLatin1Char('\''))
        return false;
    qsizetype i = 0;
    while (i < text.size() && skippable(text.at(i)))
        ++i;
    return i < text.size() && formulaStart(text.at(i));
}

QString SpreadsheetSafety::neutralise(const QString &text)
{
    return isDangerous(text) ? QLatin1Char('\'') + text : text;
}

} // namespace churnlens
