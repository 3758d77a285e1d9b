#pragma once

#include <QtGlobal>

#include <cstdint>
#include <span>
#include <vector>

namespace churnlens {

/*!
 * Rows to fit a model on: dense row-major features (as FeatureMatrix holds them), 0/1
 * labels, optional row weights, and whether to balance the classes. Views only: the owner
 * keeps the data alive while a fit runs.
 */
struct TrainingSet
{
    const float *values = nullptr;
    qsizetype rows = 0;
    int cols = 0;
    std::span<const int8_t> labels;
    std::span<const float> weights; //!< empty = every row weighs 1
    /*!
     * Class weights: XGBoost gets scale_pos_weight = negatives / positives (as the Python
     * reference); the logistic regression and the forest weight rows n / (2 * class count)
     * (scikit-learn's class_weight="balanced").
     */
    bool balanceClasses = false;

    qint64 positives() const;
    //! Per-row weights including the class balance (empty when all are 1).
    std::vector<float> effectiveWeights() const;
    //! 0/1 labels as floats, XGBoost's label type.
    std::vector<float> floatLabels() const;
};

} // namespace churnlens
