#include "numericreference.h"

#include <algorithm>
#include <vector>

namespace churnlens {

NumericReference::Position NumericReference::position(double value) const
{
    if (std::isnan(value))
        return Position::Unknown;
    if (hasQuartiles())
        return value < q1 ? Position::Low : value > q3 ? Position::High : Position::Typical;
    if (hasMedian())
        return value < median ? Position::Low : value > median ? Position::High : Position::Typical;
    return Position::Unknown;
}

NumericReference NumericReference::fromColumn(const Column &column)
{
    NumericReference r;
    if (!column.isNumericStorage())
        return r;
    std::vector<double> v;
    v.reserve(size_t(column.size()));
    for (double x : column.values()) {
        if (!std::isnan(x))
            v.push_back(x);
    }
    if (v.empty())
        return r;
    auto quantile = [&v](double q) {
        const double pos = q * double(v.size() - 1);
        const size_t lo = size_t(pos);
        std::nth_element(v.begin(), v.begin() + qsizetype(lo), v.end());
        const double a = v[lo];
        if (lo + 1 >= v.size())
            return a;
        const double b = *std::min_element(v.begin() + qsizetype(lo) + 1, v.end());
        return a + (pos - double(lo)) * (b - a);
    };
    r.q1 = quantile(0.25);
    r.median = quantile(0.5);
    r.q3 = quantile(0.75);
    return r;
}

} // namespace churnlens
