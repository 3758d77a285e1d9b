#pragma once

#include <QString>

#include <algorithm>
#include <cmath>

namespace churnlens {

/*!
 * A QValueAxis label format for ticks \a step apart: fixed decimals, as many as the step needs
 * ("%.0f" for 20, "%.1f" for 2.5, "%.2f" for 0.05), never an exponent ("1E+02").
 */
inline QString axisLabelFormat(double step)
{
    int decimals = 0;
    if (std::isfinite(step) && step > 0)
        decimals = std::clamp(int(std::ceil(-std::log10(step) - 1e-9)), 0, 6);
    // A step of 2.5 needs one decimal, 0.25 two: one more when the step is not a power-of-ten multiple.
    const double scaled = step * std::pow(10.0, decimals);
    if (std::isfinite(scaled) && decimals < 6 && std::abs(scaled - std::round(scaled)) > 1e-6)
        ++decimals;
    return QStringLiteral("%.%1f").arg(decimals);
}

} // namespace churnlens
