#pragma once

#include "data/datatable.h"
#include "factor.h"
#include "score/numericreference.h"

#include <QHash>
#include <QString>

#include <span>
#include <vector>

namespace churnlens {

/*!
 * Turns per-field SHAP contributions into sentences a retention manager reads without help:
 * "Month-to-month contract raises churn risk", "Long tenure (58 months) lowers churn risk",
 * "High monthly charges ($104.80) raise churn risk", "No online security raises churn risk",
 * "Paying by electronic check raises churn risk", "Gender is Female, which lowers churn risk".
 *
 * The phrasing follows each column's semantic mapping (tenure in months, charges with two
 * decimals in Currency::current(), support calls, contract, services) and recognises payment-method
 * columns by name; other fields get a plain "<field> is <value>, which …". Numeric fields are
 * called high/low (long/short, many/few) against the training data's quartiles, or against its
 * median when only that is known ("…, above the usual 29, …"), and always show the value.
 * All text goes through Tr::tr, so it is translated with the rest of the application.
 *
 * Immutable after construction; safe to share between threads. Built for one table layout:
 * column indices passed later refer to the table given here.
 */
class FactorWriter
{
public:
    enum class Direction { Both, Raising, Lowering };

    FactorWriter() = default;
    /*!
     * \a references: training statistics of numeric fields by column name (optional).
     * \a semantics: meanings by column name that override the table's own (the model's training
     * mapping, so a file scored later is phrased as the model understood its columns).
     */
    explicit FactorWriter(const DataTable &table, const QHash<QString, NumericReference> &references = {},
                          const QHash<QString, Semantic> &semantics = {});

    //! The sentence for \a column of \a table at \a row with contribution \a contribution.
    QString sentence(const DataTable &table, int column, qsizetype row, double contribution) const;

    /*!
     * The \a count strongest factors of one customer, strongest first (by |contribution|).
     * \a columns[i] is the table column of \a contributions[i] (FieldAttribution::fields());
     * entries with column -1 (features without one field) and contributions below 1e-6 in size
     * are left out. \a direction keeps only risk-raising or only risk-lowering factors.
     */
    std::vector<Factor> topFactors(const DataTable &table, qsizetype row, std::span<const int> columns,
                                   std::span<const double> contributions, int count,
                                   Direction direction = Direction::Both) const;

    /*!
     * Positions of the \a count strongest entries of \a contributions (largest |contribution|
     * first, ties by position) into \a out, which is cleared first; the same entries, in the same
     * order, as a full sort would give, found in one pass (count is small: the top 3). Entries with
     * \a columns[i] < 0 (or >= \a columnLimit when it is not negative) or below 1e-6 in size
     * are left out; \a direction keeps only risk-raising or only risk-lowering ones.
     */
    static void strongest(std::span<const int> columns, std::span<const double> contributions, int count,
                          Direction direction, std::vector<size_t> &out, int columnLimit = -1);

    //! "OnlineSecurity" → "online security", "StreamingTV" → "streaming TV", "num_calls" → "num calls".
    static QString humanName(const QString &columnName);
    //! humanName() starting with a capital, for labels and headings: "Online security", "Streaming TV".
    static QString humanLabel(const QString &columnName);

private:
    enum class Kind { Generic, Tenure, MonthlyCharges, TotalCharges, SupportCalls, Contract, Payment, Service };
    struct Field
    {
        Kind kind = Kind::Generic;
        QString human;
        NumericReference reference;
    };
    struct Subject
    {
        QString text;
        enum class Form { Singular, Plural, Clause } form = Form::Singular;
    };

    Subject subject(const Field &field, const Column &column, qsizetype row) const;
    Subject numericSubject(const Field &field, double value) const;
    Subject codedSubject(const Field &field, const Column &column, const QString &level) const;

    std::vector<Field> m_fields; // per table column
};

} // namespace churnlens
