#include "format.h"

#include "common/currency.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace churnlens::format {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(churnlens::format)
};
} // namespace

QString count(qint64 n)
{
    return QLocale().toString(n);
}

QString percent(double fraction, int decimals)
{
    if (std::isnan(fraction))
        return missing();
    const QLocale locale;
    return locale.toString(fraction * 100.0, 'f', decimals) + locale.percent();
}

QString seconds(double s)
{
    const QLocale locale;
    if (std::isnan(s) || s < 0)
        return missing();
    if (s < 10)
        return Tr::tr("%1 s").arg(locale.toString(s, 'f', s < 1 ? 2 : 1));
    if (s < 60)
        return Tr::tr("%1 s").arg(locale.toString(qRound(s)));
    const qint64 total = qRound64(s);
    return Tr::tr("%1 min %2 s").arg(total / 60).arg(total % 60, 2, 10, QLatin1Char('0'));
}

QString eta(double s)
{
    if (std::isnan(s) || s < 0)
        return {};
    if (s < 5)
        return Tr::tr("a few seconds left");
    if (s < 60)
        return Tr::tr("about %1 s left").arg(qRound(s / 5.0) * 5);
    return Tr::tr("about %1 min left").arg(qRound(s / 60.0));
}

QString number(double value, int decimals)
{
    if (std::isnan(value))
        return missing();
    return QLocale().toString(value, 'f', decimals);
}

QString money(double value, int decimals)
{
    if (!std::isfinite(value))
        return missing();
    // -0 would print as "-$0" after rounding a small loss.
    const double scale = std::pow(10.0, decimals);
    const double rounded = std::round(value * scale) / scale;
    return Currency::current().format(rounded == 0.0 ? 0.0 : rounded, decimals);
}

std::pair<QString, QString> moneyAffixes()
{
    const QString one = Currency::current().format(1.0, 0);
    const qsizetype at = one.indexOf(QLatin1Char('1'));
    if (at < 0)
        return {QString(), QLatin1Char(' ') + one};
    return {one.left(at), one.mid(at + 1)};
}

QString missing()
{
    return QStringLiteral("—");
}

} // namespace churnlens::format
