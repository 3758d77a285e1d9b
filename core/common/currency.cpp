#include "currency.h"

#include <QLocale>
#include <QReadWriteLock>

namespace churnlens {

namespace {

QReadWriteLock g_lock;
Currency g_current;
bool g_set = false;

} // namespace

Currency Currency::fromLocale()
{
    const QLocale locale;
    Currency c;
    c.code = locale.currencySymbol(QLocale::CurrencyIsoCode);
    c.symbol = locale.currencySymbol(QLocale::CurrencySymbol);
    if (c.code.isEmpty()) { // the C locale has none
        c.code = QStringLiteral("USD");
        c.symbol = QStringLiteral("$");
    }
    return c;
}

Currency Currency::fromCode(const QString &code)
{
    const QString wanted = code.trimmed().toUpper();
    if (wanted.isEmpty())
        return fromLocale();
    const QLocale here;
    if (here.currencySymbol(QLocale::CurrencyIsoCode) == wanted)
        return fromLocale();
    Currency c{wanted, wanted};
    // The symbol the currency's own locales use ("€", "£", "$"); prefer one of this language.
    const QList<QLocale> all = QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
    for (const QLocale &l : all) {
        if (l.currencySymbol(QLocale::CurrencyIsoCode) != wanted)
            continue;
        c.symbol = l.currencySymbol(QLocale::CurrencySymbol);
        if (l.language() == here.language())
            break;
    }
    return c;
}

Currency Currency::current()
{
    QReadLocker lock(&g_lock);
    return g_set ? g_current : fromLocale();
}

void Currency::setCurrent(const Currency &currency)
{
    QWriteLocker lock(&g_lock);
    g_current = currency;
    g_set = true;
}

QString Currency::format(double value, int decimals) const
{
    // The C locale (a server's LANG=C) writes "70.35$": format as English there.
    const QLocale locale = QLocale().language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : QLocale();
    return locale.toCurrencyString(value, symbol.isEmpty() ? code : symbol, decimals);
}

QString Currency::labelled(const QString &label) const
{
    return QStringLiteral("%1 (%2)").arg(label, symbol.isEmpty() ? code : symbol);
}

} // namespace churnlens
