#include "tablesearch.h"

#include "common/progress.h"
#include "datatable.h"

#include <QDate>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace churnlens {

namespace {
constexpr qint64 UnixEpochJulianDay = 2440588;
constexpr qsizetype BlockRows = 1 << 16;
// Below this many distinct values a number column is matched once per value (memo).
constexpr qsizetype MemoDistinct = 200000;

//! Every character a formatted number can hold: a needle with any other cannot be in a number.
QSet<QChar> numberCharacters(const QLocale &locale)
{
    QSet<QChar> chars;
    for (QChar c : QStringLiteral("0123456789.,+-eEinfa"))
        chars.insert(c.toLower());
    for (const QString &s : {locale.groupSeparator(), locale.decimalPoint(), locale.negativeSign(),
                             locale.positiveSign(), locale.exponential()})
        for (QChar c : s)
            chars.insert(c.toLower());
    return chars;
}

bool onlyFrom(const QString &needle, const QSet<QChar> &chars)
{
    return std::all_of(needle.cbegin(), needle.cend(), [&](QChar c) { return chars.contains(c.toLower()); });
}

//! One column's test of a present value, with the texts it is read as.
class ColumnMatcher
{
public:
    ColumnMatcher(const Column &column, const QString &needle, const QLocale &locale, int decimals, bool numbersPossible)
        : m_column(column), m_needle(needle), m_locale(locale), m_decimals(decimals)
    {
        if (column.isCoded()) {
            const Dictionary &d = column.dictionary();
            m_levels.resize(size_t(d.size()));
            for (int32_t l = 0; l < d.size(); ++l)
                m_levels[size_t(l)] = d.level(l).contains(needle, Qt::CaseInsensitive) ? 1 : 0;
            m_skip = std::find(m_levels.begin(), m_levels.end(), char(1)) == m_levels.end();
        } else {
            // A date may be written with month names in some locales: never skipped on characters.
            m_skip = column.type() == ColumnType::Numeric && !numbersPossible;
            m_memo = column.distinctCount() <= MemoDistinct;
        }
    }

    bool skips() const { return m_skip; }

    //! Sets hit[i] for the rows [begin, begin + n) that match.
    void mark(qsizetype begin, qsizetype n, std::vector<char> &hit)
    {
        if (m_skip)
            return;
        if (m_column.isCoded()) {
            const auto codes = m_column.codes();
            for (qsizetype i = 0; i < n; ++i) {
                const int32_t code = codes[size_t(begin + i)];
                hit[size_t(i)] |= code >= 0 && m_levels[size_t(code)];
            }
            return;
        }
        const auto values = m_column.values();
        for (qsizetype i = 0; i < n; ++i) {
            if (hit[size_t(i)])
                continue;
            const double v = values[size_t(begin + i)];
            if (std::isnan(v))
                continue;
            hit[size_t(i)] = valueMatches(v);
        }
    }

private:
    bool valueMatches(double v)
    {
        if (!m_memo)
            return textMatches(v);
        const auto found = m_seen.find(v);
        if (found != m_seen.end())
            return found->second;
        const bool match = textMatches(v);
        m_seen.emplace(v, match);
        return match;
    }

    bool textMatches(double v) const
    {
        if (m_column.type() == ColumnType::Date) {
            const QDate date = QDate::fromJulianDay(UnixEpochJulianDay + qint64(std::floor(v)));
            return date.toString(Qt::ISODate).contains(m_needle, Qt::CaseInsensitive)
                   || m_locale.toString(date, QLocale::ShortFormat).contains(m_needle, Qt::CaseInsensitive);
        }
        if (QString::number(v, 'g', 15).contains(m_needle, Qt::CaseInsensitive))
            return true;
        return m_decimals >= 0 && m_locale.toString(v, 'f', m_decimals).contains(m_needle, Qt::CaseInsensitive);
    }

    const Column &m_column;
    const QString &m_needle;
    const QLocale &m_locale;
    int m_decimals;
    bool m_skip = false;
    bool m_memo = false;
    std::vector<char> m_levels;
    std::unordered_map<double, bool> m_seen;
};
} // namespace

Result<std::vector<qsizetype>> TableSearch::find(const DataTable &table, const TableSearchQuery &query, Progress *progress)
{
    const QString needle = query.text.trimmed();
    const qsizetype rows = table.rowCount();
    std::vector<qsizetype> out;
    if (needle.isEmpty()) {
        out.resize(size_t(rows));
        for (qsizetype r = 0; r < rows; ++r)
            out[size_t(r)] = r;
        return out;
    }
    const bool numbersPossible = onlyFrom(needle, numberCharacters(query.locale));
    std::vector<ColumnMatcher> matchers;
    matchers.reserve(size_t(table.columnCount()));
    for (int c = 0; c < table.columnCount(); ++c) {
        if (isCanceled(progress))
            return std::unexpected(Error::canceled());
        const int decimals = size_t(c) < query.decimals.size() ? query.decimals[size_t(c)] : -1;
        ColumnMatcher m(table.column(c), needle, query.locale, decimals, numbersPossible);
        if (!m.skips())
            matchers.push_back(std::move(m));
    }
    if (matchers.empty())
        return out;
    std::vector<char> hit;
    for (qsizetype begin = 0; begin < rows; begin += BlockRows) {
        if (isCanceled(progress))
            return std::unexpected(Error::canceled());
        const qsizetype n = std::min(BlockRows, rows - begin);
        hit.assign(size_t(n), 0);
        for (ColumnMatcher &m : matchers)
            m.mark(begin, n, hit);
        for (qsizetype i = 0; i < n; ++i)
            if (hit[size_t(i)])
                out.push_back(begin + i);
        if (progress)
            progress->setProgress(double(begin + n) / double(rows));
    }
    return out;
}

} // namespace churnlens
