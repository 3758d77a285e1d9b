#pragma once

#include "../common/error.h"
#include "column.h"
#include "csvoptions.h"

#include <QList>

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace churnlens {

class CsvLineMap;

/*!
 * Decides what a column's text means (number, yes/no, date, category, free text) and
 * converts it. Shared by the CSV reader, TableBuilder (databases) and convertColumn(),
 * so every source infers types the same way. Stateless; thread-safe.
 */
class TypeInference
{
public:
    //! Empty, whitespace-only (if enabled) and the configured missing tokens; compared trimmed.
    class MissingTokens
    {
    public:
        explicit MissingTokens(const CsvOptions &options);
        bool isMissing(std::string_view s) const
        {
            if (s.empty())
                return true;
            if (!isSpace(s.front()) && !isSpace(s.back())) {
                // Most cells: no token has this length, so no comparison at all.
                if (s.size() >= 64)
                    return m_hasLongToken && matchToken(s);
                if (!(m_lengths >> s.size() & 1u))
                    return false;
                return matchToken(s);
            }
            return checkTrimmed(s);
        }
        static bool isSpace(char c) { return c == ' ' || c == '\t'; }

    private:
        bool checkTrimmed(std::string_view s) const;
        bool matchToken(std::string_view s) const;
        std::vector<std::string> m_tokens;
        uint64_t m_lengths = 0; // bit n: a token of length n exists (n < 64)
        bool m_hasLongToken = false;
        bool m_whitespace = true;
    };

    //! Largest magnitude read as a number: beyond it a value is "too large" (a bad value, with its
    //! line and column). Squares, sums over rows, engineered ratios and XGBoost's 32-bit floats
    //! would overflow to infinity far below double's 1.8e308; no customer quantity comes near it.
    static constexpr double MaxMagnitude = 1e15;
    //! A decimal number, trimmed of spaces; '+', exponents and \a decimal ('.' or ',') allowed;
    //! no thousands separators, no "inf"/"nan", no hex. Finite values of at most MaxMagnitude only
    //! (the inline path takes at most 15 digits, so it never exceeds it).
    static bool parseNumber(std::string_view s, char decimal, double *out)
    {
        // The usual cell inline: [-]digits[.digits] with at most 15 digits. Those digits are exact
        // in a double and so is the power of ten: one correctly rounded division gives the same
        // double as the general parser.
        if (s.size() - 1 < 16) {
            static constexpr double powers[] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                                1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
            const char *p = s.data();
            const char *const e = p + s.size();
            const bool negative = *p == '-';
            p += negative ? 1 : 0;
            uint64_t m = 0;
            int digits = 0, fraction = 0;
            bool point = false;
            for (; p != e; ++p) {
                const unsigned d = unsigned(*p - '0');
                if (d < 10) {
                    m = m * 10 + d;
                    ++digits;
                    fraction += point ? 1 : 0;
                } else if (*p == decimal && !point) {
                    point = true;
                } else {
                    return parseNumberGeneral(s, decimal, out);
                }
            }
            if (digits == 0 || digits > 15)
                return parseNumberGeneral(s, decimal, out);
            const double v = double(m) / powers[fraction];
            *out = negative ? -v : v;
            return true;
        }
        return parseNumberGeneral(s, decimal, out);
    }

    //! A number in the syntax parseNumber() reads, but larger than MaxMagnitude.
    static bool isTooLarge(std::string_view s, char decimal);

    //! Yes/No words: returns 1 (true), 0 (false) or -1; \a family tells which pair (yes/no, y/n, …).
    static int boolWord(std::string_view s, int *family = nullptr);

    enum class DateOrder { Iso, DayMonthYear, MonthDayYear };
    //! One date in \a order as days since 1970-01-01; false if it is not a valid date.
    static bool parseDate(std::string_view s, DateOrder order, double *days);
    //! Which orders \a s could be in (bit per DateOrder); 0 if it is not a date.
    static unsigned dateOrders(std::string_view s);

    //! Too few non-numbers in a numeric column to make it text: they become missing values.
    static bool isRareText(qsizetype bad, qsizetype present);
    //! Many distinct labels: free text or ids rather than categories.
    static bool looksLikeText(qsizetype distinct, qsizetype present);

    //! Where a column came from, for messages.
    struct Context
    {
        QString file;
        QString columnName;
        int column = 0;                    //!< 1-based field number
        const CsvLineMap *lines = nullptr; //!< row → source line; null: line = row + 1
        char decimal = '.';
        bool lineNumbers = true;           //!< false: rows are reported as "row N" (no source lines)
    };
    struct BadValue
    {
        qint64 line = 0;
        std::string value;
    };

    //! A numeric column; whole numbers that are only 0 and 1 become a Boolean column.
    static Column fromNumbers(const QString &name, std::vector<double> values);
    //! Numbers, yes/no, dates, categories or text from coded labels; levels no row uses are dropped.
    //! \a counts (rows per level) may be given when known already, else they are counted.
    static Column fromCodes(std::vector<int32_t> codes, Dictionary dictionary, const Context &context,
                            QList<Issue> *issues, std::vector<uint32_t> counts = {});
    //! Issues for \a count values that were not numbers in a numeric column (some shown by line).
    static void reportNonNumeric(const Context &context, qint64 count, const std::vector<BadValue> &examples,
                                 QList<Issue> *issues);

    static constexpr int MaxExamples = 5;

private:
    static bool parseNumberGeneral(std::string_view s, char decimal, double *out, bool *tooLarge = nullptr);

};

} // namespace churnlens
