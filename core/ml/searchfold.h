#pragma once

#include "common/error.h"
#include "prep/featurematrix.h"
#include "modelspec.h"
#include "trainingset.h"
#include "xgbdmatrix.h"

#include <memory>
#include <vector>

namespace churnlens {

class Progress;

/*!
 * One cross-validation fold, ready for ModelSearch: the (possibly resampled) training part and
 * the untouched validation part, both already prepared by a preparation fitted on this fold's
 * training rows only. Trees get their quantised training matrix built once here and shared by
 * every parameter set; the validation matrix is shared for cached predictions.
 * After build() the object is read-only and may be used from several threads.
 */
struct SearchFold
{
    FeatureMatrix train;               //!< kept only when a logistic regression needs the values
    std::vector<int8_t> trainLabels;
    std::vector<float> trainWeights;   //!< empty = 1 each
    bool balanceClasses = false;
    FeatureMatrix valid;
    std::vector<int8_t> validLabels;
    std::vector<qsizetype> validPositions; //!< where each validation row goes in the out-of-fold vector

    std::unique_ptr<XgbDMatrix> trainMatrix; //!< quantised, for trees
    std::unique_ptr<XgbDMatrix> validMatrix; //!< raw, for trees

    /*!
     * The same without the columns no boosted tree can split on differently: constant columns
     * (one bin) and exact copies of an earlier column over the training rows (one-hot levels
     * such as "No internet service" repeated by six service columns). Copies get identical bins
     * and gains, and XGBoost breaks ties in favour of the lowest feature index, so without
     * column sampling the trees are the same and only cheaper to grow. Null when nothing drops.
     */
    std::unique_ptr<XgbDMatrix> reducedTrainMatrix;
    std::unique_ptr<XgbDMatrix> reducedValidMatrix;
    std::vector<float> reducedValidValues; //!< valid rows with the kept columns only
    std::vector<int> keptColumns;

    TrainingSet trainingSet() const;
    //! trainingSet() for the reduced matrices.
    TrainingSet reducedTrainingSet() const;

    /*!
     * Builds the XGBoost matrices when \a trees (the reduced ones too when \a reduce), and
     * drops the training values unless \a keepValues (the logistic regression reads them).
     * Without \a allColumns the all-column training matrix is skipped when a reduced one exists
     * (quantising it costs ~0.1 s per fold of 80K rows): for searches where every parameter set
     * can use the reduced matrices (see canUseReduced()); without \a reduce (no parameter set
     * can use them, as the forest's column draws) the reduced ones are skipped.
     * \a progress: one step per XGBoost matrix (each one call that cannot be interrupted, so
     * cancel is checked between them).
     */
    Result<void> build(bool trees, bool keepValues, int threads, bool reduce = true, bool allColumns = true,
                       Progress *progress = nullptr);

    //! Whether trees of \a spec grow the same on the reduced matrices (boosting without column sampling).
    static bool canUseReduced(const ModelSpec &spec);
    //! The training matrix for \a spec: the reduced one where it exists and applies, else the full one (null if not built).
    const XgbDMatrix *treeMatrix(const ModelSpec &spec) const;

    //! Columns of \a m (row-major, \a rows x \a cols) that are neither constant nor a copy of an earlier one.
    static std::vector<int> distinctColumns(const float *values, qsizetype rows, int cols);
};

} // namespace churnlens
