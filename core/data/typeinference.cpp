#include "typeinference.h"

#include "csvlinemap.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

namespace churnlens {

namespace {
std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && TypeInference::MissingTokens::isSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && TypeInference::MissingTokens::isSpace(s.back()))
        s.remove_suffix(1);
    return s;
}

char lower(char c) { return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c; }

bool equalsNoCase(std::string_view a, std::string_view lowerB)
{
    if (a.size() != lowerB.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (lower(a[i]) != lowerB[i])
            return false;
    return true;
}

struct BoolPair
{
    std::string_view no;
    std::string_view yes;
};
constexpr BoolPair boolPairs[] = {{"no", "yes"}, {"n", "y"}, {"false", "true"}, {"f", "t"}};

QString shortened(std::string_view v)
{
    QString s = QString::fromUtf8(v.data(), qsizetype(std::min<size_t>(v.size(), 200)));
    if (v.size() > 200)
        s += QChar(0x2026);
    return s;
}
} // namespace

TypeInference::MissingTokens::MissingTokens(const CsvOptions &options)
    : m_whitespace(options.whitespaceIsMissing)
{
    for (const QString &t : options.missingTokens) {
        const QByteArray u = t.trimmed().toUtf8();
        if (u.isEmpty())
            continue;
        m_tokens.emplace_back(u.constData(), size_t(u.size()));
        if (u.size() < 64)
            m_lengths |= uint64_t(1) << u.size();
        else
            m_hasLongToken = true;
    }
}

bool TypeInference::MissingTokens::matchToken(std::string_view s) const
{
    for (const std::string &t : m_tokens)
        if (t == s)
            return true;
    return false;
}

bool TypeInference::MissingTokens::checkTrimmed(std::string_view s) const
{
    const std::string_view t = trimmed(s);
    if (t.empty())
        return m_whitespace;
    return matchToken(t);
}

bool TypeInference::parseNumberGeneral(std::string_view s, char decimal, double *out, bool *tooLarge)
{
    s = trimmed(s);
    if (s.empty())
        return false;
    const char *b = s.data();
    const char *e = b + s.size();
    const char *p = b;
    bool negative = false;
    if (*p == '-' || *p == '+') {
        negative = *p == '-';
        ++p;
    }
    if (p == e)
        return false;
    // Up to 15 significant digits, no exponent (nearly every cell): the digits are exact in a
    // double and so is the power of ten, so one correctly rounded division gives the same
    // double as the general parser.
    if (e - p <= 16) {
        static constexpr double powers[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
        uint64_t m = 0;
        int digits = 0, fraction = 0;
        const char *q = p;
        while (q != e && unsigned(*q - '0') < 10) {
            m = m * 10 + unsigned(*q++ - '0');
            ++digits;
        }
        if (q != e && *q == decimal) {
            ++q;
            while (q != e && unsigned(*q - '0') < 10) {
                m = m * 10 + unsigned(*q++ - '0');
                ++digits;
                ++fraction;
            }
        }
        if (q == e && digits > 0 && digits <= 15) {
            const double v = double(m) / powers[fraction];
            *out = negative ? -v : v;
            return true;
        }
    }
    // The general form must start with a digit or the decimal mark ("inf", "nan" are text).
    const bool digitFirst = unsigned(*p - '0') < 10;
    if (!digitFirst && !(*p == decimal && p + 1 != e && unsigned(p[1] - '0') < 10))
        return false;
    char buffer[96];
    const char *from = p;
    const char *to = e;
    if (decimal == ',' || negative) {
        // from_chars knows only '.', and no '+': rewrite into a small buffer.
        const size_t n = size_t(e - p);
        if (n + 1 > sizeof buffer)
            return false;
        size_t k = 0;
        if (negative)
            buffer[k++] = '-';
        for (const char *q = p; q != e; ++q) {
            char c = *q;
            if (decimal == ',') {
                if (c == '.')
                    return false; // a thousands separator or a mix: not a plain number
                if (c == ',')
                    c = '.';
            }
            buffer[k++] = c;
        }
        from = buffer;
        to = buffer + k;
    }
    double v = 0;
    const auto [ptr, ec] = std::from_chars(from, to, v, std::chars_format::general);
    if (ec == std::errc::result_out_of_range && ptr == to)
        v = HUGE_VAL; // beyond double: too large, like any value beyond MaxMagnitude
    else if (ec != std::errc() || ptr != to)
        return false;
    if (!(std::abs(v) <= MaxMagnitude)) {
        if (tooLarge)
            *tooLarge = true;
        return false;
    }
    *out = v;
    return true;
}

bool TypeInference::isTooLarge(std::string_view s, char decimal)
{
    double v = 0.0;
    bool tooLarge = false;
    return !parseNumberGeneral(s, decimal, &v, &tooLarge) && tooLarge;
}

int TypeInference::boolWord(std::string_view s, int *family)
{
    s = trimmed(s);
    if (s.empty() || s.size() > 5)
        return -1;
    for (int f = 0; f < int(std::size(boolPairs)); ++f) {
        if (equalsNoCase(s, boolPairs[f].no)) {
            if (family)
                *family = f;
            return 0;
        }
        if (equalsNoCase(s, boolPairs[f].yes)) {
            if (family)
                *family = f;
            return 1;
        }
    }
    return -1;
}

namespace {
// Days since 1970-01-01 of a proleptic Gregorian date (era-based civil calendar arithmetic).
int64_t daysFromCivil(int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + int64_t(doe) - 719468;
}

bool validDate(int y, int m, int d)
{
    static constexpr int monthDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1)
        return false;
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= monthDays[m - 1] + ((m == 2 && leap) ? 1 : 0);
}

// Splits "a?b?c" with one separator from "-/." used twice; digits only, widths 1..4.
bool splitDate(std::string_view s, int part[3], int width[3], char *separator)
{
    s = trimmed(s);
    if (s.size() < 6 || s.size() > 10)
        return false;
    int k = 0;
    int value = 0, w = 0;
    char sep = 0;
    for (char c : s) {
        if (unsigned(c - '0') < 10) {
            value = value * 10 + (c - '0');
            if (++w > 4)
                return false;
        } else if (c == '-' || c == '/' || c == '.') {
            if (w == 0 || k >= 2 || (sep && c != sep))
                return false;
            sep = c;
            part[k] = value;
            width[k++] = w;
            value = w = 0;
        } else {
            return false;
        }
    }
    if (k != 2 || w == 0)
        return false;
    part[2] = value;
    width[2] = w;
    *separator = sep;
    return true;
}
} // namespace

unsigned TypeInference::dateOrders(std::string_view s)
{
    int part[3], width[3];
    char sep = 0;
    if (!splitDate(s, part, width, &sep))
        return 0;
    unsigned orders = 0;
    if (width[0] == 4 && width[1] <= 2 && width[2] <= 2 && sep != '.' && validDate(part[0], part[1], part[2]))
        orders |= 1u << int(DateOrder::Iso);
    if (width[2] == 4 && width[0] <= 2 && width[1] <= 2) {
        if (validDate(part[2], part[1], part[0]))
            orders |= 1u << int(DateOrder::DayMonthYear);
        // "31.12.2020" is day first by convention; dots never mean month first.
        if (sep != '.' && validDate(part[2], part[0], part[1]))
            orders |= 1u << int(DateOrder::MonthDayYear);
    }
    return orders;
}

bool TypeInference::parseDate(std::string_view s, DateOrder order, double *days)
{
    int part[3], width[3];
    char sep = 0;
    if (!(dateOrders(s) >> int(order) & 1u) || !splitDate(s, part, width, &sep))
        return false;
    int y, m, d;
    switch (order) {
    case DateOrder::Iso: y = part[0], m = part[1], d = part[2]; break;
    case DateOrder::DayMonthYear: y = part[2], m = part[1], d = part[0]; break;
    case DateOrder::MonthDayYear: y = part[2], m = part[0], d = part[1]; break;
    default: return false;
    }
    *days = double(daysFromCivil(y, unsigned(m), unsigned(d)));
    return true;
}

bool TypeInference::isRareText(qsizetype bad, qsizetype present)
{
    // Up to 1% of the values, or a handful in a column that is otherwise clearly numeric.
    return bad * 100 <= present || (bad <= 3 && bad * 10 <= present);
}

bool TypeInference::looksLikeText(qsizetype distinct, qsizetype present)
{
    return distinct > 1000 || (distinct >= 20 && distinct * 2 > present);
}

Column TypeInference::fromNumbers(const QString &name, std::vector<double> values)
{
    bool zero = false, one = false;
    for (double v : values) {
        if (std::isnan(v))
            continue;
        if (v == 0.0)
            zero = true;
        else if (v == 1.0)
            one = true;
        else
            return Column::numeric(name, std::move(values));
    }
    if (!(zero && one))
        return Column::numeric(name, std::move(values));
    // Only 0 and 1: a yes/no column whose codes equal the numbers.
    Dictionary dictionary;
    dictionary.insert("0");
    dictionary.insert("1");
    std::vector<int32_t> codes(values.size());
    for (size_t i = 0; i < values.size(); ++i)
        codes[i] = std::isnan(values[i]) ? Column::MissingCode : int32_t(values[i]);
    values = {};
    return Column::coded(name, std::move(codes), std::move(dictionary), ColumnType::Boolean);
}

void TypeInference::reportNonNumeric(const Context &context, qint64 count, const std::vector<BadValue> &examples,
                                     QList<Issue> *issues)
{
    if (!issues || count <= 0)
        return;
    auto issueAt = [&](qint64 line) {
        Issue issue;
        issue.severity = Issue::Severity::Warning;
        issue.file = context.file;
        issue.line = context.lineNumbers ? line : 0;
        issue.column = context.column;
        issue.columnName = context.columnName;
        return issue;
    };
    for (size_t i = 0; i < examples.size() && i < size_t(MaxExamples); ++i) {
        Issue issue = issueAt(examples[i].line);
        if (isTooLarge(examples[i].value, context.decimal)) {
            issue.message = context.lineNumbers
                ? Tr::tr("\"%1\" is too large to use (beyond ±10^15; sums and ratios of it would overflow); it is "
                         "treated as a missing value.").arg(shortened(examples[i].value))
                : Tr::tr("Row %1: \"%2\" is too large to use (beyond ±10^15; sums and ratios of it would overflow); it "
                         "is treated as a missing value.").arg(examples[i].line).arg(shortened(examples[i].value));
            issues->append(issue);
            continue;
        }
        issue.message = context.lineNumbers
            ? Tr::tr("\"%1\" is not a number; it is treated as a missing value.").arg(shortened(examples[i].value))
            : Tr::tr("Row %1: \"%2\" is not a number; it is treated as a missing value.")
                  .arg(examples[i].line)
                  .arg(shortened(examples[i].value));
        issues->append(issue);
    }
    Issue summary = issueAt(examples.empty() ? 0 : examples.front().line);
    summary.message = count == 1
        ? Tr::tr("1 value in this numeric column is not a number and was treated as missing.")
        : Tr::tr("%1 values in this numeric column are not numbers and were treated as missing.").arg(count);
    issues->append(summary);
}

namespace {
// "No" for "Yes", "NO" for "YES", "no" for "yes": the missing half of a yes/no pair in the same style.
std::string counterpart(std::string_view present, std::string_view lowerWord)
{
    std::string out(lowerWord);
    const bool allUpper = std::all_of(present.begin(), present.end(), [](char c) { return !(c >= 'a' && c <= 'z'); });
    const bool firstUpper = !present.empty() && present.front() >= 'A' && present.front() <= 'Z';
    for (size_t i = 0; i < out.size(); ++i)
        if (allUpper || (i == 0 && firstUpper))
            out[i] = char(out[i] - 'a' + 'A');
    return out;
}
} // namespace

Column TypeInference::fromCodes(std::vector<int32_t> codes, Dictionary dictionary, const Context &context,
                                QList<Issue> *issues, std::vector<uint32_t> counts)
{
    const int32_t levels = dictionary.size();
    qsizetype present = 0;
    if (counts.size() == size_t(levels)) {
        for (uint32_t n : counts)
            present += n;
    } else {
        counts.assign(size_t(levels), 0);
        for (int32_t c : codes) {
            if (c >= 0) {
                ++counts[size_t(c)];
                ++present;
            }
        }
    }
    const QString &name = context.columnName;
    if (present == 0)
        return Column::numeric(name, std::vector<double>(codes.size(), Column::missingValue()));
    std::vector<int32_t> used;
    for (int32_t l = 0; l < levels; ++l)
        if (counts[size_t(l)] > 0)
            used.push_back(l);

    // Numbers, perhaps with a few stray words that become missing values.
    qsizetype badRows = 0;
    bool numeric = true;
    for (int32_t l : used) {
        double v;
        if (!parseNumber(dictionary.view(l), context.decimal, &v)) {
            badRows += counts[size_t(l)];
            if (!isRareText(badRows, present)) {
                numeric = false;
                break;
            }
        }
    }
    if (numeric) {
        std::vector<double> levelValue(size_t(levels), Column::missingValue());
        for (int32_t l : used)
            if (!parseNumber(dictionary.view(l), context.decimal, &levelValue[size_t(l)]))
                levelValue[size_t(l)] = Column::missingValue();
        std::vector<double> values(codes.size());
        std::vector<BadValue> examples;
        for (size_t i = 0; i < codes.size(); ++i) {
            const int32_t c = codes[i];
            values[i] = c < 0 ? Column::missingValue() : levelValue[size_t(c)];
            if (c >= 0 && std::isnan(values[i]) && examples.size() < size_t(MaxExamples)) {
                const qint64 row = qint64(i);
                const qint64 line = context.lines ? context.lines->line(row) : row + 1;
                examples.push_back({line, std::string(dictionary.view(c))});
            }
        }
        reportNonNumeric(context, badRows, examples, issues);
        codes = {};
        return fromNumbers(name, std::move(values));
    }

    // Yes/No words of one pair (yes/no, y/n, true/false, t/f).
    if (used.size() <= 2) {
        int family0 = -1, family1 = -1;
        const int b0 = boolWord(dictionary.view(used[0]), &family0);
        const int b1 = used.size() > 1 ? boolWord(dictionary.view(used[1]), &family1) : -1;
        // A lone "Y" or "F" may well be a grade or a gender: only whole words make a one-level yes/no column.
        const bool pair = used.size() == 2 ? (b0 >= 0 && b1 >= 0 && b0 != b1 && family0 == family1)
                                           : (b0 >= 0 && boolPairs[family0].no.size() > 1);
        if (pair) {
            std::string falseText, trueText;
            std::vector<int32_t> map(size_t(levels), Column::MissingCode);
            map[size_t(used[0])] = b0;
            if (used.size() == 2)
                map[size_t(used[1])] = b1;
            const std::string_view first = dictionary.view(used[0]);
            (b0 ? trueText : falseText) = std::string(first);
            if (used.size() == 2)
                (b1 ? trueText : falseText) = std::string(dictionary.view(used[1]));
            else
                (b0 ? falseText : trueText) = counterpart(first, b0 ? boolPairs[family0].no : boolPairs[family0].yes);
            Dictionary yesNo;
            yesNo.insert(falseText);
            yesNo.insert(trueText);
            for (int32_t &c : codes)
                c = c < 0 ? c : map[size_t(c)];
            return Column::coded(name, std::move(codes), std::move(yesNo), ColumnType::Boolean);
        }
    }

    // Dates in one order for the whole column.
    unsigned orders = ~0u;
    for (int32_t l : used) {
        orders &= dateOrders(dictionary.view(l));
        if (!orders)
            break;
    }
    if (orders) {
        const unsigned iso = 1u << int(DateOrder::Iso), dmy = 1u << int(DateOrder::DayMonthYear),
                       mdy = 1u << int(DateOrder::MonthDayYear);
        if (!(orders & iso) && (orders & dmy) && (orders & mdy)) {
            if (issues) {
                Issue issue;
                issue.severity = Issue::Severity::Info;
                issue.file = context.file;
                issue.column = context.column;
                issue.columnName = context.columnName;
                issue.message = Tr::tr("This column looks like dates, but day and month cannot be told apart "
                                       "(no day is above 12); it is kept as text. Change its type to Date to read "
                                       "it as month/day/year.");
                issues->append(issue);
            }
        } else {
            const DateOrder order = (orders & iso) ? DateOrder::Iso
                : (orders & dmy)                   ? DateOrder::DayMonthYear
                                                   : DateOrder::MonthDayYear;
            std::vector<double> levelDays(size_t(levels), Column::missingValue());
            for (int32_t l : used)
                parseDate(dictionary.view(l), order, &levelDays[size_t(l)]);
            std::vector<double> values(codes.size());
            for (size_t i = 0; i < codes.size(); ++i)
                values[i] = codes[i] < 0 ? Column::missingValue() : levelDays[size_t(codes[i])];
            return Column::numeric(name, std::move(values), ColumnType::Date);
        }
    }

    const ColumnType type = looksLikeText(qsizetype(used.size()), present) ? ColumnType::Text : ColumnType::Categorical;
    if (used.size() == size_t(levels))
        return Column::coded(name, std::move(codes), std::move(dictionary), type);
    // Drop levels no row uses (rows skipped after their labels were seen).
    Dictionary compact;
    compact.reserve(used.size(), 0);
    std::vector<int32_t> map(size_t(levels), Column::MissingCode);
    for (int32_t l : used)
        map[size_t(l)] = compact.insert(dictionary.view(l));
    for (int32_t &c : codes)
        c = c < 0 ? c : map[size_t(c)];
    return Column::coded(name, std::move(codes), std::move(compact), type);
}

} // namespace churnlens
