#include "numbertext.h"

#include <charconv>
#include <cmath>
#include <limits>

namespace churnlens {

double parseNumber(std::string_view text)
{
    constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r'))
        text.remove_suffix(1);
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    if (text.empty())
        return NaN;
    double v = NaN;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v, std::chars_format::general);
    if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(v))
        return NaN;
    return v;
}

int yesNoValue(const QString &text)
{
    const QString t = text.trimmed().toCaseFolded();
    if (t == QLatin1String("yes") || t == QLatin1String("y") || t == QLatin1String("true") || t == QLatin1String("t")
        || t == QLatin1String("1"))
        return 1;
    if (t == QLatin1String("no") || t == QLatin1String("n") || t == QLatin1String("false") || t == QLatin1String("f")
        || t == QLatin1String("0"))
        return 0;
    return -1;
}

} // namespace churnlens
