#pragma once

#include <QtGlobal>

namespace churnlens {

class TrainedModel;

/*!
 * How many rows of a sample are worth explaining (SHAP) with a model. TreeSHAP's cost per row
 * grows with the trees' leaves and depth: a depth-6 booster of 100 trees takes ~45,000 steps a
 * row, a random forest grown to purity on a million rows tens of millions, so a 5,000-row sample
 * took many minutes at "98%". Returns \a wanted when \a budget steps (about 20 s on one core for
 * the default) cover it, else as many rows as they do, never under \a floor. Deterministic: the
 * same model always gets the same rows. Thread-safe.
 */
namespace ExplainBudget {

constexpr double DefaultSteps = 4e9;

//! Steps of explaining one row with \a model (0 when it cannot tell: no trees).
double stepsPerRow(const TrainedModel &model);
qsizetype affordableRows(const TrainedModel &model, qsizetype wanted, qsizetype floor = 500, double budget = DefaultSteps);

} // namespace ExplainBudget

} // namespace churnlens
