#pragma once

#include "common/error.h"
#include "common/progress.h"

#include <memory>

namespace churnlens {

class ModelBundle;
class TreeScorer;

/*!
 * Churn probabilities of prepared rows for a saved model, as fast as the machine allows: tree
 * models (xgboost, forest) run on ChurnLens's TreeScorer over the trees read from the saved
 * XGBoost JSON — about twice XGBoost's in-place prediction per core, equal to it within float
 * rounding (~1e-7) — and fall back to XGBoost when the trees cannot be read; the logistic
 * regression uses its own coefficients. The bundle's calibration maps every probability.
 * Progress and cancel every block of rows.
 * Immutable after create(); predict() may run on several threads at once. Holds a copy of the
 * bundle's model (shared, cheap).
 */
class ModelPredictor
{
public:
    ModelPredictor();
    ~ModelPredictor();
    ModelPredictor(const ModelPredictor &);
    ModelPredictor &operator=(const ModelPredictor &);

    static Result<ModelPredictor> create(const ModelBundle &bundle);

    //! \a rows rows of \a cols floats (row-major, NaN = missing) → \a out (rows probabilities).
    Result<void> predict(const float *data, qsizetype rows, int cols, double *out, int threads = 0,
                         Progress *progress = nullptr) const;

    //! True when the trees are scored by TreeScorer (false: XGBoost or the logistic regression).
    bool usesTreeScorer() const { return bool(m_trees); }

private:
    struct Model;
    std::shared_ptr<const Model> m_model;
    std::shared_ptr<const TreeScorer> m_trees;
    bool m_forest = false;
};

} // namespace churnlens
