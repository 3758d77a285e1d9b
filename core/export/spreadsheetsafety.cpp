#include "spreadsheetsafety.h"

namespace churnlens {

bool SpreadsheetSafety::isDangerous(const QString &text)
{
    if (text.isEmpty())
        return false;
    switch (text.at(0).unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

QString SpreadsheetSafety::neutralise(const QString &text)
{
    return isDangerous(text) ? QLatin1Char('\'') + text : text;
}

} // namespace churnlens
