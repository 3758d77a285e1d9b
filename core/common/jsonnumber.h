#pragma once

#include <QJsonArray>
#include <QJsonValue>

#include <cmath>
#include <limits>
#include <vector>

//! Numbers in the JSON that reports, models and projects store: JSON has no NaN or infinity.
namespace churnlens::json {

//! \a v as a JSON number; NaN and infinity become null.
inline QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

//! A number read back: null, or anything that is not a number, becomes \a fallback.
inline double toNumber(const QJsonValue &v, double fallback = std::numeric_limits<double>::quiet_NaN())
{
    return v.isDouble() ? v.toDouble() : fallback;
}

inline QJsonArray numbers(const std::vector<double> &values)
{
    QJsonArray a;
    for (double v : values)
        a.append(number(v));
    return a;
}

//! The array's numbers, null and non-numbers as NaN.
inline std::vector<double> toNumbers(const QJsonValue &array)
{
    std::vector<double> out;
    for (const QJsonValue &v : array.toArray())
        out.push_back(toNumber(v));
    return out;
}

} // namespace churnlens::json
