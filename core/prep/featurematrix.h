#pragma once

#include <QStringList>

#include <cmath>
#include <cstdint>
#include <vector>

namespace churnlens {

//! How a feature's values behave; SMOTE-NC interpolates Continuous features and votes the others.
enum class FeatureKind : uint8_t {
    Continuous, //!< a measured number (scaled or not)
    Binary,     //!< one 0/1 column: a Yes/No column, a two-level category, a missing indicator
    OneHot,     //!< one level of a categorical column; the levels of one column share a group id
    Ordinal     //!< whole-number codes of a category (ordinal encoding, contract as a number)
};

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
    //! One per feature: names of the original fields it uses (stable across tables, unlike indices;
    //! empty lists are allowed for matrices not made by FittedPreparation).
    std::vector<QStringList> sourceNames;
    //! One per feature (may be empty: then every feature is Continuous).
    std::vector<FeatureKind> kinds;
    //! One per feature (may be empty): OneHot features of one categorical column share an id >= 0;
    //! -1 for every other feature.
    std::vector<int> groups;

    float at(qsizetype row, int col) const { return values[size_t(row) * size_t(cols) + size_t(col)]; }
    float &at(qsizetype row, int col) { return values[size_t(row) * size_t(cols) + size_t(col)]; }
    const float *row(qsizetype r) const { return values.data() + size_t(r) * size_t(cols); }
    FeatureKind kind(int col) const { return kinds.empty() ? FeatureKind::Continuous : kinds[size_t(col)]; }
    int group(int col) const { return groups.empty() ? -1 : groups[size_t(col)]; }
};

} // namespace churnlens
