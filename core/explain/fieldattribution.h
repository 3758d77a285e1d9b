#pragma once

#include "common/error.h"
#include "common/progress.h"
#include "explain/shapmatrix.h"

#include <span>
#include <vector>

namespace churnlens {

class Column;
struct FeatureMatrix;

//! A field's value against its SHAP value, one point per (sampled) customer.
struct DependenceData
{
    int field = -1;                    //!< position in FieldAttribution::fields()
    std::vector<qsizetype> rows;       //!< rows of the SHAP matrix the points come from
    std::vector<double> values;        //!< number, or dictionary code of coded columns; NaN = missing
    std::vector<double> contributions; //!< the field's SHAP value (log-odds)
};

/*!
 * Sums SHAP values of model features back to the customer's original fields (DataTable columns),
 * which SHAP's additivity allows: one-hot columns, missing indicators and engineered features
 * built from one column add up to that column, so a factor reads "Contract", not
 * "Contract=Month-to-month". A feature built from several columns (e.g. charges per month of
 * tenure) has its contribution split equally among them: Shapley values of a feature cannot be
 * divided by the inputs that built it without re-running the model, and an equal split keeps
 * every field's sum additive and symmetric. Features with no source column are kept together
 * under the field -1 ("other"), listed last.
 * Immutable after create(); safe to share between threads.
 */
class FieldAttribution
{
public:
    static Result<FieldAttribution> create(const FeatureMatrix &matrix);
    static Result<FieldAttribution> create(int featureCount, const std::vector<int> &sourceColumn,
                                           const std::vector<std::vector<int>> &sourceColumns = {});

    int featureCount() const { return m_featureCount; }
    //! DataTable column per output field, ascending; -1 (features without a source) comes last.
    const std::vector<int> &fields() const { return m_fields; }
    //! Position of DataTable column \a tableColumn in fields(), or -1.
    int fieldPosition(int tableColumn) const;

    //! Feature-level SHAP (cols = featureCount()) to field-level (cols = fields().size()).
    Result<ShapMatrix> aggregate(const ShapMatrix &features, int threads = 0, Progress *progress = nullptr) const;
    //! One row: featureCount() + 1 values in, fields().size() + 1 out (the base value is kept).
    void aggregateRow(const double *features, double *fields) const;
    //! Any per-feature quantity (e.g. gain importance) summed per field with the same shares.
    std::vector<double> aggregateValues(std::span<const double> perFeature) const;

    //! Mean |SHAP| per column (the base column left out): global importance.
    static std::vector<double> meanAbs(const ShapMatrix &shap);
    /*!
     * Dependence data of column \a position of \a shap with the values of \a column. \a tableRows
     * maps SHAP rows to table rows (empty = the same rows). At most \a maxPoints evenly spread
     * rows (0 = all), so a plot of a million customers stays drawable.
     */
    static Result<DependenceData> dependence(const ShapMatrix &shap, int position, const Column &column,
                                             qsizetype maxPoints = 0, std::span<const qsizetype> tableRows = {});

private:
    struct Share
    {
        int field;    // position in m_fields
        double share; // 1 / number of source columns
    };
    int m_featureCount = 0;
    std::vector<int> m_fields;
    std::vector<qsizetype> m_shareBegin; // per feature + 1
    std::vector<Share> m_shares;
};

} // namespace churnlens
