#pragma once

#include "../common/error.h"
#include "../common/progress.h"
#include "../prep/featurematrix.h"
#include "imbalanceoptions.h"

#include <cstdint>
#include <span>
#include <vector>

namespace churnlens {

//! Training rows after rebalancing.
struct ResampledData
{
    FeatureMatrix matrix;           //!< same columns and metadata as the input
    std::vector<int8_t> labels;     //!< 0/1 per row of matrix
    std::vector<float> weights;     //!< per row; empty = every row weighs 1
    //! neg/pos of the input (ClassWeights), 1 otherwise: XGBoost's scale_pos_weight.
    double scalePosWeight = 1.0;
    //! Per row: the input row it is (or, for synthetic rows, the minority row it grew from).
    std::vector<qsizetype> origin;
    qsizetype syntheticRows = 0;    //!< rows made by SMOTE (appended after the kept input rows)
    bool usedSmoteNc = false;
};

//! Class weights that make both classes weigh the same in total.
struct ClassWeights
{
    double negative = 1.0;
    double positive = 1.0;
    double scalePosWeight = 1.0; //!< negatives / positives
};

/*!
 * Rebalancing of a training FeatureMatrix: none, class weights, random undersampling,
 * SMOTE and SMOTE-NC. Deterministic for a seed (own PRNG; the same result on any number
 * of threads). Labels are 1 (churned) / 0; the minority class is whichever is rarer.
 * Stateless and thread-safe; long steps poll \a progress for cancel.
 */
class ImbalanceSampler
{
public:
    //! Dispatches on options.strategy. Takes the matrix by value: move it in when the
    //! caller no longer needs it (None and ClassWeights then cost nothing).
    static Result<ResampledData> apply(FeatureMatrix train, std::span<const int8_t> labels,
                                       const ImbalanceOptions &options, Progress *progress = nullptr);

    static ClassWeights classWeights(std::span<const int8_t> labels);
    //! The kept rows (sorted) of random undersampling: all minority rows and
    //! round(minority / ratio) random majority rows (all of them if there are fewer).
    static std::vector<qsizetype> undersampleRows(std::span<const int8_t> labels, double ratio, quint64 seed);
    //! Whether SMOTE-NC is needed: some feature is Binary, OneHot or Ordinal.
    static bool hasCategoricalFeatures(const FeatureMatrix &matrix);
};

} // namespace churnlens
