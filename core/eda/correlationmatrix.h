#pragma once

#include <QStringList>

#include <vector>

namespace churnlens {

class Progress;
class DataTable;

/*!
 * Pearson correlations of numeric columns, each pair over the rows where both values are
 * present (pairwise complete, as pandas' DataFrame.corr()). Symmetric, row-major.
 */
struct CorrelationMatrix
{
    std::vector<int> columns; //!< table column indices
    QStringList names;
    std::vector<double> r;    //!< size()^2 values; NaN when a pair has < 2 rows or no spread
    std::vector<qsizetype> n; //!< rows used per pair

    int size() const { return int(columns.size()); }
    double at(int i, int j) const { return r[size_t(i) * size_t(size()) + size_t(j)]; }
    qsizetype pairs(int i, int j) const { return n[size_t(i) * size_t(size()) + size_t(j)]; }

    //! Computes the matrix of \a columns (numeric storage). Empty result when canceled.
    static CorrelationMatrix compute(const DataTable &table, const std::vector<int> &columns, Progress *progress);
};

} // namespace churnlens
