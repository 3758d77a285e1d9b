#pragma once

#include "data/datatable.h"
#include "data/fieldlabels.h"
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
 *
 * Fields are named by FieldLabels: a field the user gave a label is always called by that label
 * (its sentence then takes the plain "<label> is …" form, so the label is never lost to a fixed
 * wording such as "Long tenure"); known fields get their translated label, known values of known
 * fields their translated value ("Fiber optic" → "Glasfaser"), other values stay as in the file.
 * Every sentence is one translatable string with placeholders (Tr::tr), so a translation can
 * order and inflect the whole sentence; labels and known values are translated when the writer
 * is made, the sentences when they are written.
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
                          const QHash<QString, Semantic> &semantics = {}, const FieldLabels &labels = {});

    //! Names the fields of \a table (the table given at construction) by \a labels from now on.
    void setLabels(const DataTable &table, const FieldLabels &labels);
    //! The label of \a column (as in headings); empty for a column outside the table.
    QString label(int column) const;

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

    //! FieldLabels::humanName(): "OnlineSecurity" → "online security".
    static QString humanName(const QString &columnName) { return FieldLabels::humanName(columnName); }
    //! FieldLabels::humanLabel(): "OnlineSecurity" → "Online security".
    static QString humanLabel(const QString &columnName) { return FieldLabels::humanLabel(columnName); }

    //! One sentence in its three directions (translatable source text and disambiguation).
    struct Template;

private:
    enum class Kind { Generic, Tenure, MonthlyCharges, TotalCharges, SupportCalls, Contract, Payment, Service };
    struct Field
    {
        Kind kind = Kind::Generic;
        QString label;  //!< for the start of a sentence ("Online security")
        QString phrase; //!< inside a sentence ("online security")
        QHash<QString, QString> knownValues; //!< translated values by lower-case value in the file
        NumericReference reference;
        Semantic semantic = Semantic::None;
    };
    //! A sentence to write: its template and the texts for %1, %2, %3.
    struct Subject
    {
        Subject(const Template *t, QString x = {}, QString y = {}, QString z = {})
            : sentence(t), a(std::move(x)), b(std::move(y)), c(std::move(z))
        {
        }
        const Template *sentence;
        QString a, b, c; //!< null when the sentence has fewer placeholders
    };

    Subject subject(const Field &field, const Column &column, qsizetype row) const;
    Subject numericSubject(const Field &field, double value) const;
    Subject codedSubject(const Field &field, const Column &column, const QString &level) const;
    QString knownValue(const Field &field, const QString &level) const;

    std::vector<Field> m_fields; // per table column
};

} // namespace churnlens
