#pragma once

#include <QLocale>
#include <QString>

namespace churnlens {

/*!
 * Numbers as the impact charts and the report print them, in one locale and one currency:
 * "139,131", "$1.67M", "26.5%". The charts, the PDF and the tests that read the PDF back all
 * format through this class, so a figure looks the same wherever it appears. Value type.
 */
class ReportFormat
{
public:
    //! \a currency: a symbol placed as the locale places it ("$1,234", "1.234 €"); empty = plain numbers.
    explicit ReportFormat(QLocale locale = defaultLocale(), QString currency = {});

    //! QLocale(), or English when that is the C locale (LANG=C): "7,043", not "7043".
    static QLocale defaultLocale();

    const QLocale &locale() const { return m_locale; }
    const QString &currency() const { return m_currency; }

    //! A whole amount with thousands separators ("139,131"); two decimals below 100 ("12.50").
    QString money(double value) const;
    //! An amount for a label: "139k", "1.67M", "4,321" (translatable abbreviations); "—" when not finite.
    QString moneyShort(double value) const;
    //! Tick labels of a money axis whose ticks are \a step apart: every label with the same unit and decimals.
    QString moneyTick(double value, double step) const;
    QString count(double value) const; //!< rounded to a whole number: "1,869"
    QString percent(double fraction, int decimals = 1) const; //!< "26.5%"; "—" when not finite
    //! Tick labels of a share axis (0 to 1) whose ticks are \a step apart: "25%", "12.5%".
    QString percentTick(double fraction, double step) const;
    QString number(double value, int decimals) const;

private:
    QString withCurrency(const QString &number, bool negative) const;

    QLocale m_locale;
    QString m_currency;
};

} // namespace churnlens
