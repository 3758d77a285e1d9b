#pragma once

#include <QtGlobal>

#include <vector>

namespace churnlens {

/*!
 * SHAP values in margin units (log-odds for logistic models): one row per customer, one column
 * per explained input (model feature, or original field after FieldAttribution), plus a last
 * column with the base value. Per row, the base value plus all contributions is the model's
 * margin. The layout (row-major, cols + 1 per row) is the one XGBoost's pred_contribs gives,
 * but in double rather than float: with float storage, large contributions (a linear model on
 * unscaled charges) would break "base + contributions = margin within 1e-5" by rounding alone.
 */
struct ShapMatrix
{
    qsizetype rows = 0;
    int cols = 0;               //!< explained inputs, without the base column
    std::vector<double> values; //!< rows * (cols + 1)

    int stride() const { return cols + 1; }
    double at(qsizetype row, int col) const { return values[size_t(row) * size_t(stride()) + size_t(col)]; }
    const double *row(qsizetype r) const { return values.data() + size_t(r) * size_t(stride()); }
    double *row(qsizetype r) { return values.data() + size_t(r) * size_t(stride()); }
    //! The base value (expected margin) of a row.
    double base(qsizetype r) const { return at(r, cols); }
    //! Base value plus all contributions of a row: the model's margin.
    double margin(qsizetype r) const
    {
        const double *p = row(r);
        double sum = 0.0;
        for (int c = 0; c <= cols; ++c)
            sum += p[c];
        return sum;
    }
};

} // namespace churnlens
