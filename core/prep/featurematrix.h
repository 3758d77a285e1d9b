#pragma once

#include <QStringList>

#include <cmath>
#include <vector>

namespace churnlens {

/*!
 * Model input: a dense row-major float matrix (NaN = missing), the layout XGBoost's
 * XGDMatrixCreateFromMat and in-place prediction take without copies.
 * sourceColumn maps each feature back to the DataTable column it came from, so that
 * contributions of one-hot and engineered features can be summed per original field
 * (-1 when a feature combines several columns; see sourceColumns for those).
 */
struct FeatureMatrix
{
    qsizetype rows = 0;
    int cols = 0;
    std::vector<float> values;               //!< rows * cols, row-major
    QStringList names;                       //!< one per feature, e.g. "Contract=Month-to-month"
    std::vector<int> sourceColumn;           //!< one per feature; -1 = several (see sourceColumns)
    std::vector<std::vector<int>> sourceColumns; //!< one per feature: every DataTable column it uses

    float at(qsizetype row, int col) const { return values[size_t(row) * size_t(cols) + size_t(col)]; }
    float &at(qsizetype row, int col) { return values[size_t(row) * size_t(cols) + size_t(col)]; }
    const float *row(qsizetype r) const { return values.data() + size_t(r) * size_t(cols); }
};

} // namespace churnlens
