#include "riskdefaults.h"

#include "ml/modelbundle.h"

#include <cmath>

namespace churnlens {

double trainingChurnRate(const ModelBundle &model)
{
    const QJsonValue rate = model.meta().value(QLatin1String("train_churn_rate"));
    const double r = rate.isDouble() ? rate.toDouble() : std::nan("");
    return r > 0.0 && r < 1.0 ? r : std::nan("");
}

RiskThresholds defaultRiskThresholds(const ModelBundle &model, const RiskTierRule &rule)
{
    return rule.resolve(model.threshold(), trainingChurnRate(model));
}

} // namespace churnlens
