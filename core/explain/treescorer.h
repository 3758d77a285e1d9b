#pragma once

#include "common/error.h"
#include "common/progress.h"

#include <cstdint>
#include <vector>

namespace churnlens {

class TreeEnsemble;

/*!
 * Batch prediction from a TreeEnsemble without XGBoost, for scoring whole customer files.
 * Rows are scored in blocks, tree by tree, so a tree's nodes stay in L1. A tree with at most 64
 * leaves is scored without walking it: every split of the tree is tested for the whole block
 * (contiguous, vectorised), each test clearing from a 64-bit leaf set the leaves of the side
 * the row does not take; the one leaf left is the row's (the idea of QuickScorer). Bigger trees
 * are walked breadth-first-laid-out with branch-free steps (leaves loop onto themselves).
 * Results equal TreeEnsemble::predictMargin() exactly (same float comparisons, same double sums).
 * Immutable after create(): predict() may run on several threads at once.
 */
class TreeScorer
{
public:
    static Result<TreeScorer> create(const TreeEnsemble &model);

    int featureCount() const { return m_featureCount; }

    /*!
     * Model output of \a rows rows of \a cols (= featureCount()) floats, row-major, NaN = missing,
     * into \a out (rows doubles owned by the caller): probabilities for logistic models, or
     * margins when \a margin is true (or the model has no probability). \a threads 0 = all cores.
     */
    Result<void> predict(const float *data, qsizetype rows, int cols, double *out, bool margin = false,
                         int threads = 0, Progress *progress = nullptr) const;

private:
    struct Split
    {
        int32_t feature;
        float threshold;
        int32_t defaultLeft;
        int32_t padding = 0;
        uint64_t ifLeft;  // leaf set kept when the row goes left (the right subtree cleared)
        uint64_t ifRight; // and when it goes right
    };
    struct Node
    {
        int32_t left;       // children are left and left + 1; a leaf has left + 1 = itself
        int32_t feature;
        float threshold;    // NaN for a leaf: no comparison holds, so the row stays
        int32_t defaultLeft;
    };
    friend struct TreeScorerKernel;

    int m_featureCount = 0;
    double m_baseMargin = 0.0;
    bool m_logistic = true;
    std::vector<qsizetype> m_treeBegin;  // per tree + 1, into m_values
    std::vector<qsizetype> m_nodeBegin;  // per tree + 1, into m_nodes (empty range: leaf-set tree)
    std::vector<qsizetype> m_splitBegin; // per tree + 1, into m_splits (empty range: walked tree)
    std::vector<int32_t> m_treeDepth;    // steps to walk per walked tree; -1 = leaf-set tree
    std::vector<Split> m_splits;
    std::vector<Node> m_nodes;
    std::vector<double> m_values;        // walked trees: per node (0 for splits); leaf-set trees: per leaf
};

} // namespace churnlens
