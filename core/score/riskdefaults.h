#pragma once

#include "riskthresholds.h"
#include "risktierrule.h"

namespace churnlens {

class ModelBundle;

//! The churn rate of the data \a model was trained on (meta.json "train_churn_rate"); NaN when not recorded.
double trainingChurnRate(const ModelBundle &model);

/*!
 * The risk cut points \a rule gives for \a model: from the decision threshold it uses now and the
 * churn rate of its training data. What every scoring uses unless cut points were given
 * (a project's, a saved model choice's, the user's). Thread-safe.
 */
RiskThresholds defaultRiskThresholds(const ModelBundle &model, const RiskTierRule &rule = {});

} // namespace churnlens
