#pragma once

#include "common/error.h"
#include "modelspec.h"
#include "numpyrandom.h"
#include "trainingset.h"
#include "xgbbooster.h"
#include "xgbdmatrix.h"

#include <QStringList>

#include <memory>
#include <span>
#include <vector>

namespace churnlens {

class Progress;

class TrainedModel;

/*!
 * Trains an XGBoost or random-forest model one round at a time, so callers can report
 * progress, cancel, and score checkpoints (e.g. 100, 200, 300 trees from one run).
 *
 * XGBoost: the usual boosting rounds (objective binary:logistic, tree_method hist,
 * base_score 0.5, XGBClassifier's defaults for every parameter not in the spec).
 * Forest: one tree per round, each grown on a bootstrap sample (drawn here, so it does not
 * depend on the thread count) from the gradients at probability 0.5 with no L2 shrinkage and
 * learning rate 1/trees: a tree's leaf value is 4 * (its in-bag churn share - 0.5) / trees, so
 * the model's margin is 4 * (mean leaf share - 0.5) — a random forest (see TrainedModel).
 *
 * Not thread-safe; different trainers may run on different threads, also on one shared
 * quantised training matrix.
 */
class TreeTrainer
{
public:
    struct Options
    {
        int threads = 1;     //!< XGBoost's nthread for this booster
        quint64 seed = 42;
        int rounds = 0;      //!< rounds to plan for (0 = the spec's n_estimators)
        bool xgboostGradients = false; //!< always let XGBoost compute the gradients (tests compare both ways)
        const Progress *cancel = nullptr; //!< asked while start() builds its own matrix (see prepareMatrix)
    };

    /*!
     * \a train: the quantised training matrix with labels and weights set (see prepareMatrix),
     * or null to build one from \a data. \a evalSets are matrices predictProba() will be
     * asked about (kept in XGBoost's prediction cache, so checkpoints cost only new trees).
     */
    static Result<std::unique_ptr<TreeTrainer>> start(const ModelSpec &spec, const TrainingSet &data, const XgbDMatrix *train,
                                                      std::span<const XgbDMatrix *const> evalSets, const Options &options);

    /*!
     * The quantised training matrix for \a data: labels and (sampler) weights set. A cancel of
     * \a progress is seen between two batches of rows (XgbDMatrix::quantised): ErrorCode::Canceled.
     */
    static Result<XgbDMatrix> prepareMatrix(const TrainingSet &data, int threads, const Progress *progress = nullptr);

    Result<void> step();
    int roundsDone() const { return m_done; }
    int totalRounds() const { return m_total; }
    //! Wall time spent inside XGBoost's boosting calls so far (the tree building itself).
    double boostingSeconds() const { return double(m_boostingNs) / 1e9; }

    //! Churn probabilities of the model so far for a matrix given to start() in evalSets.
    Result<std::vector<double>> predictProba(const XgbDMatrix &evalSet);

    //! Probabilities of the first \a rounds rounds for dense rows (in-place, no DMatrix).
    Result<std::vector<double>> predictDense(const float *values, qsizetype rows, int cols, int rounds) const;

    //! The fitted model (with gain importance); the trainer is spent afterwards.
    Result<TrainedModel> finish(const QStringList &featureNames);

    /*!
     * XGBoost threads for a matrix of \a rows: 1 below 50,000 rows, where OpenMP's per-node
     * synchronisation costs more than it saves (and stalls badly when other processes load the
     * cores), else \a requested.
     */
    static int xgboostThreads(qsizetype rows, int requested);

    //! XGBoost parameters for \a spec (exposed for tests and the model metadata).
    static std::vector<std::pair<QString, QString>> boosterParams(const ModelSpec &spec, const TrainingSet &data, int cols,
                                                                  int rounds, int threads, quint64 seed);

private:
    TreeTrainer() = default;
    ModelSpec m_spec;
    TrainingSet m_data;
    std::unique_ptr<XgbDMatrix> m_ownMatrix;
    const XgbDMatrix *m_train = nullptr;
    XgbBooster m_booster;
    int m_done = 0;
    int m_total = 0;
    int m_requestedThreads = 1;
    qint64 m_boostingNs = 0;
    // Boosting with our own log-loss gradients (see step()):
    bool m_ownGradients = false;
    std::vector<float> m_labels;
    // Forest only:
    std::unique_ptr<NumpyRandom> m_bootstrap;
    // Both:
    std::vector<float> m_rowWeights;
    std::vector<float> m_gradients, m_hessians;
};

} // namespace churnlens
