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
    //! A group counts 1 + (features split inside it) entries per state here, its size before
    //! records, so its records may take up to RecordSlots per state (see tableEntriesTotal).
    qsizetype tableEntriesPerTree = qsizetype(1) << 16;
    //! Table entries all trees together may use (256 MiB), records at their real size
    //! (RecordSlots per state); later trees fall back to direct leaves.
    qsizetype tableEntriesTotal = qsizetype(1) << 25;
    //! Subtrees up to this height share their tables (0 = one table per leaf, the original layout).
    int groupHeight = 2;
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
 * Leaves that hang under one small subtree (height up to TreeShapOptions::groupHeight, by default
 * the 4 leaves under a node two levels above them) share tables: the row's state at the subtree is
 * its failed features above the subtree's root plus which way it went at each of the subtree's
 * splits, and per state the tables hold the leaves' summed T (for the features above the root,
 * which all its leaves share with the same z) and the summed contribution of each feature split
 * inside it. A depth-6 tree then costs 16 x (4 + 3) table reads per row instead of 64 x 6, with the
 * same values (only the order of the floating-point sums changes). Per state, everything a group
 * adds sits in one 64-byte Record (a feature above the root gets its -T(F) or T(F + i) (1 - z_i) / z_i
 * already chosen), so a row's reads for a group hit one cache line, and with AVX-512 eight rows'
 * records are read with eight vector loads and transposed in registers instead of gathered.
 *
 * Rows are processed in blocks of up to 256, tree by tree, so one tree's tables stay in cache (the
 * next tree's records are prefetched meanwhile), with the rows of a block as the inner, vectorised
 * loop. A subtree whose record would need more than RecordSlots values is not grouped (its leaves
 * keep their own tables). A tree may not have more than MaxPathFeatures distinct features on one
 * path (create() says so).
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

    //! Leaves evaluated from tables (alone or in a group), and directly from the polynomial.
    qsizetype tableLeafCount() const;
    qsizetype directLeafCount() const;
    //! Subtrees whose leaves share their tables, and the leaves in them.
    qsizetype groupCount() const { return qsizetype(m_groups.size()); }
    qsizetype groupedLeafCount() const { return m_groupedLeaves; }
    size_t memoryBytes() const;
    //! Whether blocks run the AVX-512 code (the CPU has it and CHURNLENS_NO_AVX512 is not set).
    static bool usesAvx512();

    //! Distinct features one root-to-leaf path may have (the width of the per-node masks).
    static constexpr int MaxPathFeatures = 64;

    //! What a group adds for one state: per slot (see Group::slotCount), the value for the slot's
    //! feature (m_groupSlotFeature): for a feature above the root -T(F) when the row failed it,
    //! else T(F + i) (1 - z_i) / z_i, the leaves' shares summed; for a feature split inside, the
    //! leaves' summed contributions. One cache line, so a row's reads for a group hit one line.
    static constexpr int RecordSlots = 8;
    struct alignas(64) Record
    {
        double value[RecordSlots];
    };

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

    //! A split inside a group: sets bit \a bit of the row's state when the row goes right.
    struct GroupSplit
    {
        int32_t feature;
        float threshold;
        int32_t defaultLeft;
        uint32_t bit;
    };
    //! A subtree whose leaves share tables (see the class comment).
    struct Group
    {
        int32_t node;       // the subtree's root within its tree
        int32_t bits;       // state bits: failed features above the root, then one per split inside
        int32_t splitBegin; // into m_groupSplits
        int32_t splitCount;
        int32_t slotCount;  // features above the root not split inside, then features split inside
        int32_t padding = 0;
        int64_t record;     // into m_records: 2^bits records, one per state
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
    std::vector<qsizetype> m_groupBegin; // per tree + 1
    std::vector<Group> m_groups;
    std::vector<GroupSplit> m_groupSplits;
    std::vector<int32_t> m_groupSlotFeature; // RecordSlots per group; unused slots repeat the last feature
    std::vector<Record> m_records;
    qsizetype m_groupedLeaves = 0;
    qsizetype m_directLeaves = 0;
};

} // namespace churnlens
