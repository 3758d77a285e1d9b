#pragma once

#include "common/error.h"

#include <QList>
#include <QStringList>

#include <cstdint>
#include <span>
#include <vector>

namespace churnlens {

class DataTable;

/*!
 * Rows for training and rows for testing (indices into the labels or the table).
 * The splitters reproduce scikit-learn's with the same seed: stratifiedHoldout() is
 * train_test_split(stratify=y, test_size, random_state=seed) and stratifiedKFold() is
 * StratifiedKFold(k, shuffle=True, random_state=seed) — same rows, same order — so results
 * can be compared with the Python reference split for split.
 * Rows whose label is not 0/1 (missing target) are in neither part.
 */
struct DataSplit
{
    std::vector<qsizetype> train; //!< in scikit-learn's order (shuffled for the holdout)
    std::vector<qsizetype> test;

    static Result<DataSplit> stratifiedHoldout(std::span<const int8_t> labels, double testFraction, quint32 seed);

    /*!
     * Fold number (0..k-1) of each row, -1 for rows without a 0/1 label. Fails when a class
     * has fewer than k rows (a fold would have no churner to score).
     */
    static Result<std::vector<int>> stratifiedKFold(std::span<const int8_t> labels, int k, quint32 seed);
    //! The k train/test splits of stratifiedKFold(), each part in ascending row order.
    static Result<std::vector<DataSplit>> kFoldSplits(std::span<const int8_t> labels, int k, quint32 seed);

    /*!
     * Test rows = rows whose Id column value is one of \a ids (trimmed); the other labelled rows
     * train. Ids not found are reported in \a issues; none found is an error. An id equal to the
     * Id column's name (a header line) is ignored.
     */
    static Result<DataSplit> byTestIds(const DataTable &table, const QStringList &ids, QList<Issue> *issues = nullptr);
    //! One id per line; blank lines are skipped.
    static Result<QStringList> readIdFile(const QString &path);
};

} // namespace churnlens
