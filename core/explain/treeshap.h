#pragma once

#include "common/error.h"
#include "common/progress.h"
#include "explain/shapmatrix.h"

#include <cstdint>
#include <vector>

namespace churnlens {

class TreeEnsemble;
struct FeatureMatrix;

//! Memory/speed trade-off of TreeShap's precomputation.
struct TreeShapOptions
{
    //! Leaves with at most this many distinct features on their path get a table (2^n doubles).
    int maxTableBits = 12;
    //! Table entries (doubles) one tree may use; deeper leaves beyond it are computed directly.
    qsizetype tableEntriesPerTree = qsizetype(1) << 16;
    //! Table entries all trees together may use (256 MiB); later trees fall back to direct leaves.
    qsizetype tableEntriesTotal = qsizetype(1) << 25;
};

/*!
 * Exact path-dependent TreeSHAP (the algorithm of XGBoost's pred_contribs: node covers as the
 * background distribution, missing values follow the default direction), computed much faster.
 *
 * For a leaf l with value v whose path has d distinct features, with z_k the product of the
 * cover fractions of the path's splits on feature k and o_k whether the row satisfies all of
 * them, the leaf's share of feature i's Shapley value depends on the row only through the set
 * F of failed features. Precomputing per leaf, for every F, T(F) = v * prod_{k in F} z_k *
 * sum_{S in complement(F)} w(|S|, d) * prod_{k in complement(F) \ S} z_k (w = Shapley weight)
 * turns the row's work into O(d) table reads per leaf ("Fast TreeSHAP v2"): feature i gets
 * -T(F) when it failed and T(F + i) * (1 - z_i) / z_i when it passed. The tables cost 2^d per
 * leaf, so leaves with long paths (deep trees, random forests) are evaluated directly from the
 * polynomial Q(t) = v prod_k (z_k + o_k t) instead, in O(d^2) per leaf, which is as exact: a
 * failed feature gets -sum_m w(m, d) Q_m, a passed one (1 - z_i) sum_m w(m, d) [t^m] Q / (z_i + t).
 * XGBoost's own algorithm (Lundberg's TreeSHAP) costs O(d^2) for every leaf.
 *
 * Rows are processed in blocks, tree by tree, so one tree's tables stay in cache, with the rows
 * of a block as the inner, vectorised loop. A tree may not have more than MaxPathFeatures
 * distinct features on one path (create() says so).
 * Immutable after create(): explain() may run on several threads at once.
 */
class TreeShap
{
public:
    static Result<TreeShap> create(const TreeEnsemble &model, const TreeShapOptions &options = TreeShapOptions());

    int featureCount() const { return m_featureCount; }
    /*!
     * Work of one row, in steps (a split test, a path feature of a leaf): a depth-6 booster of
     * 100 trees is ~45,000, a forest grown to purity on a million rows tens of millions. For
     * callers that size a sample to a budget.
     */
    double workPerRow() const { return double(m_splits.size()) + double(m_slotFeature.size()) + 1.0; }
    //! The base value: expected margin over the training data (XGBoost's bias column).
    double expectedValue() const { return m_expectedValue; }

    /*!
     * SHAP values of \a rows rows of \a cols floats, row-major, NaN = missing; the result has
     * cols + 1 columns. \a cols must be at least featureCount(); columns past it (features XGBoost
     * did not count because no tree can use them) get 0. \a threads 0 = all cores. Polls cancel
     * and reports progress every block of rows.
     */
    Result<ShapMatrix> explain(const float *data, qsizetype rows, int cols, int threads = 0,
                               Progress *progress = nullptr) const;
    Result<ShapMatrix> explain(const FeatureMatrix &matrix, int threads = 0, Progress *progress = nullptr) const;
    //! As explain(), into \a out (rows * (cols + 1) doubles) owned by the caller.
    Result<void> explainInto(const float *data, qsizetype rows, int cols, double *out, int threads = 0,
                             Progress *progress = nullptr) const;
    //! One row, in double, on the calling thread (what-if); \a out holds featureCount() + 1 values.
    void explainRow(const float *row, double *out) const;

    qsizetype tableLeafCount() const;
    qsizetype directLeafCount() const;
    size_t memoryBytes() const;

    //! Distinct features one root-to-leaf path may have (the width of the per-node masks).
    static constexpr int MaxPathFeatures = 64;

private:
    struct Split
    {
        int32_t feature;
        float threshold;
        int32_t self;
        int32_t left;
        int32_t right;
        int32_t defaultLeft;
        uint64_t bit; // 1 << slot: the split's feature position among the distinct features above it
    };
    struct Leaf
    {
        int32_t node;      // node index within its tree
        int32_t slots;     // d: distinct features on the path
        int32_t slotBegin; // into m_slotFeature / m_slotZ / m_slotFactor
        int32_t padding = 0;
        int64_t table;     // into m_tables, -1 = evaluated directly
        double value;
    };

    friend class TreeShapBuilder;
    friend struct TreeShapKernel;

    int m_featureCount = 0;
    double m_expectedValue = 0.0;
    int m_maxNodes = 0;
    std::vector<qsizetype> m_splitBegin; // per tree + 1
    std::vector<qsizetype> m_leafBegin;  // per tree + 1
    std::vector<Split> m_splits;
    std::vector<Leaf> m_leaves;
    std::vector<int32_t> m_slotFeature;
    std::vector<double> m_slotZ;      // z_k
    std::vector<double> m_slotFactor; // table leaves: (1 - z) / z; direct leaves: 1 - z
    std::vector<double> m_tables;
    std::vector<double> m_weights;    // Shapley weights w(m, d) for d = 1..64, d-th row at d(d-1)/2
};

} // namespace churnlens
