#pragma once

#include "dictionary.h"

#include <QString>

#include <cmath>
#include <cstdint>
#include <limits>
#include <span>
#include <vector>

namespace churnlens {

//! What the values of a column mean.
enum class ColumnType {
    Numeric,     //!< numbers; stored as doubles (isInteger() tells whole numbers)
    Boolean,     //!< two values (Yes/No, True/False, 0/1); coded, code 0 = false, 1 = true
    Categorical, //!< a limited set of labels; coded
    Date,        //!< dates; stored as doubles = days since 1970-01-01 (UTC)
    Text         //!< free or unique text (ids, names); coded, usually one level per row
};

//! What a column is used for.
enum class ColumnRole { Feature, Target, Id, Ignore };

//! Business meaning, used by feature engineering. Guessed from names, editable.
enum class Semantic { None, Tenure, MonthlyCharges, TotalCharges, Contract, SupportCalls, Service };

QString toString(ColumnType type);
QString toString(ColumnRole role);
QString toString(Semantic semantic);
//! Stable machine names ("numeric", "target", "monthly_charges") for JSON and settings.
QString machineName(ColumnType type);
QString machineName(ColumnRole role);
QString machineName(Semantic semantic);
bool fromMachineName(const QString &name, ColumnType *type);
bool fromMachineName(const QString &name, ColumnRole *role);
bool fromMachineName(const QString &name, Semantic *semantic);

/*!
 * One column of a DataTable. Two storages:
 *  - numeric (Numeric, Date): contiguous doubles, a missing value is NaN (and nothing else is);
 *  - coded (Boolean, Categorical, Text): int32 codes into a Dictionary, a missing value is -1.
 * Value type: copy is deep; move is cheap. Concurrent reads are safe.
 */
class Column
{
public:
    static constexpr int32_t MissingCode = -1;
    static double missingValue() { return std::numeric_limits<double>::quiet_NaN(); }

    Column() = default;
    static Column numeric(QString name, std::vector<double> values, ColumnType type = ColumnType::Numeric);
    static Column coded(QString name, std::vector<int32_t> codes, Dictionary dictionary,
                        ColumnType type = ColumnType::Categorical);

    const QString &name() const { return m_name; }
    void setName(const QString &name) { m_name = name; }
    ColumnType type() const { return m_type; }
    ColumnRole role() const { return m_role; }
    void setRole(ColumnRole role) { m_role = role; }
    Semantic semantic() const { return m_semantic; }
    void setSemantic(Semantic semantic) { m_semantic = semantic; }

    bool isNumericStorage() const { return m_type == ColumnType::Numeric || m_type == ColumnType::Date; }
    bool isCoded() const { return !isNumericStorage(); }
    qsizetype size() const { return isNumericStorage() ? qsizetype(m_values.size()) : qsizetype(m_codes.size()); }

    bool isMissing(qsizetype row) const
    {
        return isNumericStorage() ? std::isnan(m_values[row]) : m_codes[row] < 0;
    }
    //! The number (numeric storage) or the code (coded storage); NaN when missing.
    double value(qsizetype row) const
    {
        if (isNumericStorage())
            return m_values[row];
        return m_codes[row] < 0 ? missingValue() : double(m_codes[row]);
    }
    int32_t code(qsizetype row) const { return m_codes[row]; }

    std::span<const double> values() const { return m_values; }
    std::span<const int32_t> codes() const { return m_codes; }
    const Dictionary &dictionary() const { return m_dictionary; }

    //! The value as a person reads it ("1,234.5" is not produced here: plain, locale-free text).
    QString text(qsizetype row) const;

    qsizetype missingCount() const { return m_missing; }
    qsizetype distinctCount() const { return m_distinct; }
    //! All present numeric values are whole numbers.
    bool isInteger() const { return m_integer; }
    //! Smallest and largest present value (numeric storage), NaN if none.
    double minimum() const { return m_min; }
    double maximum() const { return m_max; }

    size_t memoryBytes() const;

private:
    void computeStats();

    QString m_name;
    ColumnType m_type = ColumnType::Numeric;
    ColumnRole m_role = ColumnRole::Feature;
    Semantic m_semantic = Semantic::None;
    std::vector<double> m_values;
    std::vector<int32_t> m_codes;
    Dictionary m_dictionary;
    qsizetype m_missing = 0;
    qsizetype m_distinct = 0;
    bool m_integer = false;
    double m_min = missingValue();
    double m_max = missingValue();
};

} // namespace churnlens
