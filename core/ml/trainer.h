#pragma once

#include "common/error.h"
#include "trainoptions.h"
#include "trainreport.h"

namespace churnlens {

class DataTable;
class Progress;

/*!
 * The training pipeline: split (holdout, test ids or a separate test table), stratified k-fold
 * CV on the training rows with everything fitted inside each fold (preparation, imbalance
 * handling), the parameter search, the threshold chosen on out-of-fold predictions, then the
 * final fit of each family on all training rows and its evaluation on the untouched test rows.
 * Leakage-proof by construction: no statistic of a validation or test row reaches a model that
 * is scored on it. Synchronous; polls \a progress for cancel at every step (per boosting round).
 */
class Trainer
{
public:
    static Result<TrainReport> run(const DataTable &table, const TrainOptions &options, Progress *progress = nullptr,
                                   const DataTable *testTable = nullptr);

    //! SHA-256 over the table's column names, types and values (hex).
    static QString fingerprint(const DataTable &table);
};

} // namespace churnlens
