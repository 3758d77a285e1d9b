#include "column.h"

#include "../common/error.h"

#include <QDate>

#include <algorithm>
#include <bit>
#include <cstring>

namespace churnlens {

namespace {
struct Names
{
    const char *machine;
    const char *human;
};

constexpr Names typeNames[] = {
    {"numeric", QT_TRANSLATE_NOOP("churnlens", "Number")},
    {"boolean", QT_TRANSLATE_NOOP("churnlens", "Yes/No")},
    {"categorical", QT_TRANSLATE_NOOP("churnlens", "Category")},
    {"date", QT_TRANSLATE_NOOP("churnlens", "Date")},
    {"text", QT_TRANSLATE_NOOP("churnlens", "Text")},
};
constexpr Names roleNames[] = {
    {"feature", QT_TRANSLATE_NOOP("churnlens", "Feature")},
    {"target", QT_TRANSLATE_NOOP("churnlens", "Target (churn)")},
    {"id", QT_TRANSLATE_NOOP("churnlens", "Customer id")},
    {"ignore", QT_TRANSLATE_NOOP("churnlens", "Ignored")},
};
constexpr Names semanticNames[] = {
    {"none", QT_TRANSLATE_NOOP("churnlens", "—")},
    {"tenure", QT_TRANSLATE_NOOP("churnlens", "Tenure (months)")},
    {"monthly_charges", QT_TRANSLATE_NOOP("churnlens", "Monthly charges")},
    {"total_charges", QT_TRANSLATE_NOOP("churnlens", "Total charges")},
    {"contract", QT_TRANSLATE_NOOP("churnlens", "Contract")},
    {"support_calls", QT_TRANSLATE_NOOP("churnlens", "Support calls")},
    {"service", QT_TRANSLATE_NOOP("churnlens", "Service (add-on)")},
};

template<typename E, size_t N>
bool lookup(const Names (&names)[N], const QString &name, E *out)
{
    for (size_t i = 0; i < N; ++i) {
        if (name.compare(QLatin1String(names[i].machine), Qt::CaseInsensitive) == 0) {
            *out = static_cast<E>(i);
            return true;
        }
    }
    return false;
}

// Distinct count of doubles with an open-addressing set over their bit patterns
// (NaN is skipped by the caller; -0.0 is folded into 0.0). The set grows with the distinct
// values found, so a column with few of them (tenure: 73) stays small and in cache.
qsizetype countDistinct(std::span<const double> values)
{
    size_t buckets = 1024;
    std::vector<uint64_t> table(buckets, 0);
    bool hasZero = false;
    qsizetype distinct = 0;
    // Take the top bits of the product: short decimals and whole numbers have all-zero low
    // mantissa bits, and the low bits of a product depend only on the low bits of the input.
    auto slot = [](uint64_t bits, size_t size) {
        return size_t((bits * 0x9e3779b97f4a7c15ull) >> (64 - std::countr_zero(size)));
    };
    // Many distinct values make the set large: load each slot a few values ahead.
    constexpr size_t Ahead = 8;
    for (size_t i = 0; i < values.size(); ++i) {
        if (i + Ahead < values.size()) {
            uint64_t ahead;
            std::memcpy(&ahead, &values[i + Ahead], 8);
            __builtin_prefetch(&table[slot(ahead, buckets)]);
        }
        const double v = values[i];
        if (std::isnan(v))
            continue;
        if (v == 0.0) {
            distinct += hasZero ? 0 : 1;
            hasZero = true;
            continue;
        }
        uint64_t bits;
        std::memcpy(&bits, &v, 8);
        const size_t mask = buckets - 1;
        size_t b = slot(bits, buckets);
        while (table[b] != 0 && table[b] != bits)
            b = (b + 1) & mask;
        if (table[b] != 0)
            continue;
        table[b] = bits;
        if (size_t(++distinct) * 2 > buckets) {
            std::vector<uint64_t> larger(buckets * 2, 0);
            for (uint64_t t : table) {
                if (t == 0)
                    continue;
                size_t c = slot(t, larger.size());
                while (larger[c] != 0)
                    c = (c + 1) & (larger.size() - 1);
                larger[c] = t;
            }
            table.swap(larger);
            buckets = table.size();
        }
    }
    return distinct;
}
} // namespace

QString toString(ColumnType type) { return Tr::tr(typeNames[int(type)].human); }
QString toString(ColumnRole role) { return Tr::tr(roleNames[int(role)].human); }
QString toString(Semantic semantic) { return Tr::tr(semanticNames[int(semantic)].human); }
QString machineName(ColumnType type) { return QLatin1String(typeNames[int(type)].machine); }
QString machineName(ColumnRole role) { return QLatin1String(roleNames[int(role)].machine); }
QString machineName(Semantic semantic) { return QLatin1String(semanticNames[int(semantic)].machine); }
bool fromMachineName(const QString &name, ColumnType *type) { return lookup(typeNames, name, type); }
bool fromMachineName(const QString &name, ColumnRole *role) { return lookup(roleNames, name, role); }
bool fromMachineName(const QString &name, Semantic *semantic) { return lookup(semanticNames, name, semantic); }

Column Column::numeric(QString name, std::vector<double> values, ColumnType type)
{
    Column c;
    c.m_name = std::move(name);
    c.m_type = (type == ColumnType::Date) ? ColumnType::Date : ColumnType::Numeric;
    c.m_values = std::move(values);
    c.computeStats();
    return c;
}

Column Column::coded(QString name, std::vector<int32_t> codes, Dictionary dictionary, ColumnType type)
{
    Column c;
    c.m_name = std::move(name);
    c.m_type = (type == ColumnType::Numeric || type == ColumnType::Date) ? ColumnType::Categorical : type;
    c.m_codes = std::move(codes);
    c.m_dictionary = std::move(dictionary);
    c.computeStats();
    return c;
}

void Column::computeStats()
{
    m_missing = 0;
    if (isNumericStorage()) {
        bool integer = true;
        double lo = std::numeric_limits<double>::infinity();
        double hi = -lo;
        for (double v : m_values) {
            if (std::isnan(v)) {
                ++m_missing;
                continue;
            }
            lo = std::min(lo, v);
            hi = std::max(hi, v);
            integer = integer && v == std::trunc(v);
        }
        const bool any = m_missing < qsizetype(m_values.size());
        m_integer = any && integer;
        m_min = any ? lo : missingValue();
        m_max = any ? hi : missingValue();
        m_distinct = countDistinct(m_values);
        return;
    }
    std::vector<uint8_t> seen(size_t(m_dictionary.size()), 0);
    m_distinct = 0;
    for (int32_t c : m_codes) {
        if (c < 0) {
            ++m_missing;
        } else if (!seen[size_t(c)]) {
            seen[size_t(c)] = 1;
            ++m_distinct;
        }
    }
    m_integer = false;
    m_min = m_max = missingValue();
}

QString Column::text(qsizetype row) const
{
    if (isMissing(row))
        return {};
    if (m_type == ColumnType::Date) {
        const double days = m_values[row];
        return QDate::fromJulianDay(2440588 + qint64(std::floor(days))).toString(Qt::ISODate);
    }
    if (isNumericStorage())
        return QString::number(m_values[row], 'g', 15);
    return m_dictionary.level(m_codes[row]);
}

size_t Column::memoryBytes() const
{
    return m_values.capacity() * sizeof(double) + m_codes.capacity() * sizeof(int32_t) + m_dictionary.memoryBytes();
}

} // namespace churnlens
