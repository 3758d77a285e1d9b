#include "format.h"

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

QString missing()
{
    return QStringLiteral("—");
}

} // namespace churnlens::format
