#pragma once

// Internal to the Trainer: preparing the rows of one fit (a CV fold or the final fit).

#include "common/error.h"
#include "prep/featurematrix.h"
#include "prep/fittedpreparation.h"
#include "searchfold.h"
#include "trainoptions.h"

#include <span>
#include <vector>

namespace churnlens {

class DataTable;
class Progress;

//! Training rows after the imbalance strategy (resampled, or flagged for class weights).
struct BalancedRows
{
    FeatureMatrix matrix;
    std::vector<int8_t> labels;
    std::vector<float> weights;
    bool balanceClasses = false;
};

//! Applies options.imbalance to prepared training rows (never to validation or test rows).
Result<BalancedRows> balanceRows(FeatureMatrix matrix, std::vector<int8_t> labels, const TrainOptions &options, int threads,
                                 Progress *progress);

//! The preparation for a family: the user's switches, scaling on for the linear model only.
PreparationOptions preparationFor(ModelKind kind, const TrainOptions &options, int threads);

/*!
 * One CV fold: preparation fitted on \a trainRows only, both parts transformed with it, the
 * imbalance strategy applied to the training part, XGBoost matrices built if \a trees (the
 * reduced ones only if \a reduced: some parameter set can use them, see SearchFold::build()).
 */
Result<SearchFold> buildSearchFold(const DataTable &table, std::span<const int8_t> tableLabels, const std::vector<qsizetype> &trainRows,
                                   const std::vector<qsizetype> &validRows, const std::vector<qsizetype> &validPositions,
                                   const PreparationOptions &preparation, const TrainOptions &options, bool trees, bool logistic,
                                   bool allColumns, bool reduced, int threads, Progress *progress);

} // namespace churnlens
