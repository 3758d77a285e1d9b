#pragma once

#include "modelspec.h"

#include <QString>

#include <vector>

namespace churnlens {

//! How hyper-parameters are searched. Auto: successive halving over a prior (AutoSearch).
enum class Tuning { None, Grid, Random, Auto };
QString machineName(Tuning tuning); //!< "none", "grid", "random", "auto"
bool fromMachineName(const QString &name, Tuning *tuning);

/*!
 * The parameter sets tried for a family. Grids list every combination in scikit-learn's
 * ParameterGrid order (parameters sorted by name, the last one varying fastest), so ties are
 * broken the same way as GridSearchCV (first best wins). Default grids:
 *   xgboost:  learning_rate {0.05, 0.1, 0.2} x max_depth {3, 4, 6} x n_estimators {100, 200, 300}
 *   logistic: C {0.01, 0.1, 1, 10} x penalty {L1, L2}
 *   forest:   max_depth {6, 10, unlimited} x min_samples_leaf {1, 5}  (200 trees)
 * Random search draws \a iterations sets from wider ranges (log-uniform learning rate and C,
 * uniform integers for depths and tree counts), deterministically for a seed.
 */
struct SearchSpace
{
    using Grid = std::vector<std::pair<QString, std::vector<double>>>;

    static Grid defaultGrid(ModelKind kind);
    //! Every combination of \a grid on top of \a base (the family defaults fill the rest).
    static std::vector<ModelSpec> gridCandidates(ModelKind kind, const Grid &grid, const ParamSet &base = {});
    static std::vector<ModelSpec> randomCandidates(ModelKind kind, int iterations, quint64 seed, const ParamSet &base = {});
    //! The candidates for a tuning mode (None: the single default/base spec; Auto: AutoSearch's quick prior).
    static std::vector<ModelSpec> candidates(ModelKind kind, Tuning tuning, int randomIterations = 20, quint64 seed = 42,
                                             const ParamSet &base = {});
};

} // namespace churnlens
