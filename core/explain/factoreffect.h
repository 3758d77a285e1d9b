#pragma once

#include "ml/modelspec.h"

namespace churnlens {

/*!
 * A reason's push in words people read: percentage points of churn probability. A SHAP value
 * is in the model's margin units (log-odds for XGBoost and the logistic regression, a linear
 * margin for the random forest); the effect is the customer's probability minus the probability
 * with that push taken away, on the model's own margin-to-probability curve. The calibration
 * map is left out: it is monotone and near the identity, and the effect is a reading aid, not a
 * second score. Stateless.
 */
struct FactorEffect
{
    //! +12.3 = this reason raises the customer's \a probability (0..1) by 12.3 points. NaN when
    //! the probability or \a contribution is not a number.
    static double percentagePoints(double probability, double contribution, ModelKind kind);
};

} // namespace churnlens
