#pragma once

#include <QString>

namespace churnlens::format {

//! \a text shown as is in a menu or button: "&" doubled, so "Score & export" never becomes a mnemonic.
inline QString literalMenuText(QString text)
{
    return text.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

} // namespace churnlens::format
