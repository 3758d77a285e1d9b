#pragma once

#include "autosearch.h"
#include "imbalanceoptions.h"
#include "modelspec.h"
#include "prep/preparationoptions.h"
#include "searchspace.h"
#include "thresholdpolicy.h"

#include <QStringList>

#include <map>
#include <vector>

namespace churnlens {

/*!
 * Everything that decides a training run. With the same options, data and seed, a run gives
 * the same models and numbers (on any thread count, except the random forest's column draws
 * are XGBoost's and follow its seed only).
 */
struct TrainOptions
{
    //! Families to train; several = compare them with CV and pick the best ("auto" = all three).
    std::vector<ModelKind> models{ModelKind::XGBoost};
    ImbalanceStrategy imbalance = ImbalanceStrategy::None;
    //! Auto (the default) needs cross-validation; without it (folds < 2) the family defaults are trained.
    Tuning tuning = Tuning::Auto;
    SearchEffort effort = SearchEffort::Quick; //!< Auto only
    double budgetSeconds = 0.0;                //!< Auto only: the search's time budget, 0 = none
    int randomIterations = 20;
    //! Stratified k-fold CV on the training rows (>= 2), or 0/1 for none (then no tuning, and the
    //! threshold is chosen on the training rows' own predictions).
    int folds = 5;
    //! Stratified holdout share, used when neither test ids nor a test table are given.
    double testSize = 0.2;
    //! Test rows chosen by id (matched against the Id column), instead of a random holdout.
    QStringList testIds;
    quint64 seed = 42;
    int threads = 0; //!< 0 = all cores; see threadCount()
    //! Feature switches (imputation, indicators, engineered features, encoding). Scaling is
    //! turned on for the logistic regression and off for trees regardless of this value.
    PreparationOptions preparation;
    ThresholdPolicy threshold;
    //! Fit a calibration map on the out-of-fold predictions (kept only where it lowers CV log loss and Brier).
    bool calibrate = true;
    int earlyStoppingRounds = 0; //!< trees: stop a CV fit after this many rounds without AUC gain
    //! Fixed parameters per family (applied under the searched ones).
    std::map<ModelKind, ParamSet> baseParams;
    int smoteNeighbours = 5;
};

} // namespace churnlens
