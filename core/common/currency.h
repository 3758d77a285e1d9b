#pragma once

#include <QString>

namespace churnlens {

/*!
 * The currency of every money figure (screens, exports, reports). A value type plus one
 * process-wide current currency, set at start-up from the preferences (GUI) or an option (CLI)
 * and changed only from the GUI thread; reading it is thread-safe.
 */
struct Currency
{
    QString code;   //!< ISO 4217 ("EUR"); empty = the locale's
    QString symbol; //!< "€", "$", "CHF"

    //! The default locale's currency.
    static Currency fromLocale();
    //! \a code's currency (symbol from the locale that uses it, else the code itself);
    //! an empty code = fromLocale().
    static Currency fromCode(const QString &code);

    static Currency current();
    static void setCurrent(const Currency &currency);

    //! \a value in the default locale with \a decimals and the symbol ("€1,234.50", "1.234,50 €").
    QString format(double value, int decimals = 2) const;
    //! A column header or axis suffix: "Revenue at risk (€)".
    QString labelled(const QString &label) const;
};

} // namespace churnlens
