#include "impactformat.h"

#include "common/format.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace churnlens::impactformat {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(churnlens::impactformat)
};
} // namespace

QString money(double value)
{
    return format::money(value, 0);
}

QString moneyRange(double a, double b)
{
    return Tr::tr("%1 to %2").arg(money(std::min(a, b)), money(std::max(a, b)));
}

QString customers(double expected)
{
    if (!std::isfinite(expected))
        return format::missing();
    return format::count(qRound64(expected));
}

QString customersRange(double a, double b)
{
    return Tr::tr("%1 to %2").arg(customers(std::min(a, b)), customers(std::max(a, b)));
}

QString share(double fraction)
{
    if (!std::isfinite(fraction))
        return format::missing();
    return format::percent(fraction, std::abs(fraction) < 0.1 && fraction != 0.0 ? 1 : 0);
}

} // namespace churnlens::impactformat
