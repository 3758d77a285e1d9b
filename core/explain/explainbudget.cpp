#include "explainbudget.h"

#include "ml/trainedmodel.h"
#include "ml/xgbbooster.h"
#include "treeensemble.h"
#include "treeshap.h"

#include <algorithm>

namespace churnlens::ExplainBudget {

double stepsPerRow(const TrainedModel &model)
{
    const XgbBooster *booster = model.booster();
    if (!booster)
        return 0.0; // the linear model: a few steps per feature
    auto json = booster->toJson();
    if (!json)
        return 0.0;
    auto ensemble = TreeEnsemble::fromJson(*json);
    if (!ensemble)
        return 0.0;
    auto shap = TreeShap::create(*ensemble);
    return shap ? shap->workPerRow() : 0.0;
}

qsizetype affordableRows(const TrainedModel &model, qsizetype wanted, qsizetype floor, double budget)
{
    const double steps = stepsPerRow(model);
    if (!(steps > 0.0))
        return wanted;
    return std::min(wanted, std::max(floor, qsizetype(budget / steps)));
}

} // namespace churnlens::ExplainBudget
