#include "reportformat.h"

#include "common/error.h"

#include <algorithm>
#include <cmath>

namespace churnlens {

namespace {
QString dash()
{
    return QStringLiteral("—");
}

//! The fewest decimals (at most 6) that write \a value exactly: 0.5 → 1, 12.5 → 1, 20 → 0. Tick
//! values are multiples of a round step, so "0.5M, 1M, 1.5M" and "0%, 12.5%, 25%" come out.
int decimalsFor(double value)
{
    value = std::abs(value);
    for (int d = 0; d < 6; ++d) {
        const double scaled = value * std::pow(10.0, d);
        if (std::abs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, scaled))
            return d;
    }
    return 6;
}
} // namespace

ReportFormat::ReportFormat(QLocale locale, QString currency)
    : m_locale(std::move(locale))
    , m_currency(std::move(currency))
{
    // The C locale leaves out the thousands separators; a report needs them.
    m_locale.setNumberOptions(m_locale.numberOptions() & ~QLocale::OmitGroupSeparator);
}

QLocale ReportFormat::defaultLocale()
{
    const QLocale system;
    return system.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : system;
}

QString ReportFormat::withCurrency(const QString &number, bool negative) const
{
    QString s = number;
    if (!m_currency.isEmpty()) {
        // Where this locale puts the symbol ("¤1" or "1 ¤"), with our own digits in place of "1".
        QString pattern = m_locale.toCurrencyString(1.0, QStringLiteral("\u00a4"), 0);
        pattern.replace(QLatin1Char('1'), QStringLiteral("%1"));
        pattern.replace(QStringLiteral("\u00a4"), m_currency);
        s = pattern.arg(number);
    }
    return negative ? m_locale.negativeSign() + s : s;
}

QString ReportFormat::money(double value) const
{
    if (!std::isfinite(value))
        return dash();
    const double a = std::abs(value);
    const int decimals = a < 100.0 && std::round(a) != a ? 2 : 0;
    QString digits = m_locale.toString(a, 'f', decimals);
    const bool negative = digits != m_locale.toString(0.0, 'f', decimals) && value < 0.0;
    return withCurrency(digits, negative);
}

QString ReportFormat::moneyShort(double value) const
{
    if (!std::isfinite(value))
        return dash();
    const double a = std::abs(value);
    QString digits;
    // Three significant digits in the abbreviated forms: "1.67M", "13.9k", "139k".
    if (a >= 999.5e6) {
        const double v = a / 1e9;
        digits = Tr::tr("%1B", "billions, abbreviated (1.2B)").arg(m_locale.toString(v, 'f', v < 9.995 ? 2 : v < 99.95 ? 1 : 0));
    } else if (a >= 999.5e3) {
        const double v = a / 1e6;
        digits = Tr::tr("%1M", "millions, abbreviated (1.2M)").arg(m_locale.toString(v, 'f', v < 9.995 ? 2 : v < 99.95 ? 1 : 0));
    } else if (a >= 9999.5) {
        const double v = a / 1e3;
        digits = Tr::tr("%1k", "thousands, abbreviated (12k)").arg(m_locale.toString(v, 'f', v < 99.95 ? 1 : 0));
    } else {
        return money(std::round(value));
    }
    return withCurrency(digits, value < 0.0);
}

QString ReportFormat::moneyTick(double value, double step) const
{
    if (!std::isfinite(value))
        return dash();
    const double a = std::abs(value);
    if (a < step * 1e-6)
        return withCurrency(m_locale.toString(0), false);
    // The unit follows the step, so that 0, 500k, 1M, 1.5M read as 0, 0.5M, 1M, 1.5M.
    QString digits;
    if (step >= 1e5) {
        digits = Tr::tr("%1M", "millions, abbreviated (1.2M)").arg(m_locale.toString(a / 1e6, 'f', decimalsFor(a / 1e6)));
    } else if (step >= 1e3) {
        digits = Tr::tr("%1k", "thousands, abbreviated (12k)").arg(m_locale.toString(a / 1e3, 'f', decimalsFor(a / 1e3)));
    } else {
        digits = m_locale.toString(a, 'f', decimalsFor(a));
    }
    return withCurrency(digits, value < 0.0);
}

QString ReportFormat::count(double value) const
{
    if (!std::isfinite(value))
        return dash();
    return m_locale.toString(qint64(std::llround(value)));
}

QString ReportFormat::percent(double fraction, int decimals) const
{
    if (!std::isfinite(fraction))
        return dash();
    return m_locale.toString(fraction * 100.0, 'f', decimals) + m_locale.percent();
}

QString ReportFormat::percentTick(double fraction, double step) const
{
    Q_UNUSED(step)
    return percent(fraction, decimalsFor(fraction * 100.0));
}

QString ReportFormat::number(double value, int decimals) const
{
    if (!std::isfinite(value))
        return dash();
    return m_locale.toString(value, 'f', decimals);
}

} // namespace churnlens
