#pragma once

#include "common/error.h"
#include "modelspec.h"

#include <QDeadlineTimer>

#include <vector>

namespace churnlens {

class Progress;
struct SearchFold;

//! Cross-validated scores of one parameter set.
struct CandidateResult
{
    ModelSpec spec;
    std::vector<double> foldAuc;   //!< ROC AUC on each fold's validation rows
    double meanAuc = 0.0;
    double stdAuc = 0.0;           //!< population standard deviation, as GridSearchCV reports it
    std::vector<float> outOfFold;  //!< probability per out-of-fold position (NaN if never predicted)
    std::vector<int> foldRounds;   //!< trees used per fold (early stopping may use fewer)
    int foldsEvaluated = 0;        //!< folds with a score (all of them, unless Options::folds or a deadline left some out)
};

//! Every parameter set of one family, and the best by mean CV ROC AUC.
struct FamilySearchResult
{
    ModelKind kind = ModelKind::XGBoost;
    std::vector<CandidateResult> candidates;
    int best = -1; //!< -1 only when a deadline stopped the search before any candidate had all its folds
    double seconds = 0.0; //!< this family's share of the search's wall time
    double boostingSeconds = 0.0; //!< time spent inside XGBoost's tree building, summed over workers (trees only)

    const CandidateResult &bestCandidate() const { return candidates[size_t(best)]; }
};

/*!
 * Cross-validated search over parameter sets of one or more model families, scored by ROC AUC
 * on each fold's validation rows; the best has the highest mean (ties: the first, as GridSearchCV).
 *
 * Fast by construction:
 *  - each fold's quantised training matrix is built once (SearchFold) and shared by every
 *    parameter set;
 *  - tree parameter sets that differ only in n_estimators are trained once, up to the largest
 *    count, and scored at each smaller count from XGBoost's incremental prediction cache;
 *  - the (fold, parameter group) jobs run on `threads` workers with one XGBoost thread each,
 *    longest first (no OpenMP barriers between workers, so two cores are used fully).
 * Every job is deterministic, so results do not depend on the thread count.
 *
 * A subset of the folds (Options::folds) serves successive halving's cheap early rungs; a deadline
 * serves a time budget.
 *
 * Early stopping (optional, XGBoost only): a job stops when the validation AUC has not improved for
 * earlyStoppingRounds rounds; each parameter set is then scored at min(its trees, best round).
 * Progress is reported per round and cancel is honoured between rounds.
 */
class ModelSearch
{
public:
    struct Options
    {
        int threads = 1;
        quint64 seed = 42;
        int earlyStoppingRounds = 0; //!< 0 = off
        //! Folds to evaluate (indices into the folds given); empty = all. Means are over these.
        std::vector<size_t> folds;
        //! No job starts after this (the ones running finish); candidates left short of folds get NaN means.
        QDeadlineTimer deadline{QDeadlineTimer::Forever};
    };

    /*!
     * \a candidates: one list per family. \a outOfFoldRows: size of the out-of-fold vectors
     * (the folds' validPositions index into it).
     */
    static Result<std::vector<FamilySearchResult>> run(const std::vector<SearchFold> &folds, qsizetype outOfFoldRows,
                                                       const std::vector<std::vector<ModelSpec>> &candidates,
                                                       const Options &options, Progress *progress = nullptr);
};

} // namespace churnlens
