#pragma once

#include "common/error.h"
#include "modelsearch.h"
#include "modelspec.h"

#include <QString>

#include <algorithm>
#include <vector>

namespace churnlens {

class Progress;
struct SearchFold;

//! How much an automatic search tries: the GUI's "Quick / Thorough".
enum class SearchEffort { Quick, Thorough };
QString machineName(SearchEffort effort); //!< "quick", "thorough"
bool fromMachineName(const QString &name, SearchEffort *effort);

/*!
 * The automatic search ("Auto" tuning): successive halving over a prior of parameter sets that
 * suits churn files of any size, so the time goes to the few promising sets.
 *
 * Rungs (k = the number of CV folds): Quick tries its 9 sets on 2 folds (1 from LargeFile training
 * rows, whose validation folds rank as well), keeps the best third and evaluates those on the other folds; Thorough tries 27 sets on 1 fold, keeps 9 for 2 folds,
 * then 3 for all k. A set promoted to the next rung keeps the folds it was already scored on
 * (only the new folds are trained). The chosen set is the best by mean ROC AUC over all k folds.
 *
 * XGBoost learns at rate 0.1 (0.2 from LargeFile training rows, where every round costs more)
 * with early stopping on each validation fold (patience 25 rounds, at most 600): the number of
 * trees is chosen by the data, not the grid (see finalSpec()). The prior leans to shallow trees, a minimum child weight
 * and row subsampling (small files overfit otherwise) but includes deeper trees for large files.
 * The logistic regression's C is chosen from 7 values on a log scale; the forest from depth and
 * leaf-size limits (unlimited depth is slow and rarely better on churn files).
 *
 * A time budget (seconds, 0 = none): before each rung the search estimates the rung's time from
 * the one before and keeps only as many sets as fit; when the budget runs out mid-rung no new job
 * starts, and the best set so far is completed on its missing folds (the threshold and the
 * calibration need out-of-fold predictions of every training row). Deterministic for a seed.
 */
class AutoSearch
{
public:
    static constexpr double LearningRate = 0.1;          //!< XGBoost's rate in the search
    static constexpr double LargeFileLearningRate = 0.2; //!< from LargeFile training rows
    static constexpr int MaxRounds = 600;
    static constexpr int Patience = 25;
    //! The final model learns this many times slower with as many times more trees (below LargeFile rows).
    static constexpr double SmallFileShrink = 4.0;
    static constexpr double LargeFileShrink = 2.0;
    static constexpr qsizetype LargeFile = 50000;

    struct Options
    {
        SearchEffort effort = SearchEffort::Quick;
        double budgetSeconds = 0.0; //!< for the whole search; 0 = no limit
        int threads = 1;
        quint64 seed = 42;
        qsizetype trainingRows = 0; //!< all the folds' rows together (the file size decides the prior and the rungs)
    };

    //! The parameter sets tried for \a kind (the first is the prior's best guess), on top of \a base, for a file of \a trainingRows.
    static std::vector<ModelSpec> candidates(ModelKind kind, SearchEffort effort, quint64 seed = 42, const ParamSet &base = {},
                                             qsizetype trainingRows = 0);

    /*!
     * The parameters of the final model from the chosen set: trees get the mean of the folds'
     * early-stopped rounds; XGBoost then learns SmallFileShrink times slower with as many times
     * more trees (LargeFileShrink from LargeFile training rows, where the fit costs more): the same
     * fit in smaller steps, which averages out more of the noise of single trees.
     */
    static ModelSpec finalSpec(const CandidateResult &best, qsizetype trainingRows);

    //! Folds per rung for \a folds CV folds (ascending, the last = \a folds).
    static std::vector<int> rungFolds(SearchEffort effort, int folds, qsizetype trainingRows = 0);
    //! How many of \a sets a rung promotes to the next without a time budget: the best third, at least one.
    static qsizetype promoted(qsizetype sets) { return std::max<qsizetype>(1, (sets + 2) / 3); }

    /*!
     * Runs the halving for the families of \a candidates (one list each, as ModelSearch::run()).
     * Every candidate appears in the result with the folds it was scored on (foldsEvaluated,
     * mean over those); best is complete on all folds.
     */
    static Result<std::vector<FamilySearchResult>> run(const std::vector<SearchFold> &folds, qsizetype outOfFoldRows,
                                                       const std::vector<std::vector<ModelSpec>> &candidates,
                                                       const Options &options, Progress *progress = nullptr);
};

} // namespace churnlens
