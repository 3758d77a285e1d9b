#include "treescorer.h"

#include "common/parallel.h"
#include "explain/treeensemble.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>

#if defined(__GNUC__) && defined(__x86_64__) && !defined(__SANITIZE_ADDRESS__)
#define CHURNLENS_SIMD_CLONES __attribute__((target_clones("avx512f", "avx2", "default")))
#else
#define CHURNLENS_SIMD_CLONES
#endif

namespace churnlens {

namespace {

// Rows per block: their inputs, row-major and transposed (~90 KB at 45 features), stay in L2
// while all trees pass; a block is well under a millisecond of work, so cancel is polled often.
constexpr int BlockRows = 256;
constexpr int MaxLeafSetLeaves = 64;

struct Workspace
{
    std::vector<float> x;       // cols x BlockRows (feature-major)
    std::vector<uint64_t> leaves;
    std::vector<int32_t> index;
};

} // namespace

struct TreeScorerKernel
{
    CHURNLENS_SIMD_CLONES
    static void run(const TreeScorer &scorer, int rows, int cols, const float *__restrict x,
                    const float *__restrict xt, Workspace &w, double *__restrict margin);
};

void TreeScorerKernel::run(const TreeScorer &scorer, int rows, int cols, const float *__restrict x,
                           const float *__restrict xt, Workspace &w, double *__restrict margin)
{
    constexpr size_t B = BlockRows;
    uint64_t *__restrict leaves = w.leaves.data();
    int32_t *__restrict index = w.index.data();
    std::fill(margin, margin + rows, scorer.m_baseMargin);
    const int trees = int(scorer.m_treeDepth.size());
    for (int t = 0; t < trees; ++t) {
        const double *__restrict values = scorer.m_values.data() + scorer.m_treeBegin[size_t(t)];
        if (scorer.m_treeDepth[size_t(t)] < 0) {
            // Leaf-set tree: every split for every row; a row keeps the leaves on its side.
            std::fill(leaves, leaves + rows, ~uint64_t(0));
            for (qsizetype i = scorer.m_splitBegin[size_t(t)]; i < scorer.m_splitBegin[size_t(t) + 1]; ++i) {
                const TreeScorer::Split &s = scorer.m_splits[size_t(i)];
                const float *__restrict v = xt + size_t(s.feature) * B;
                const float threshold = s.threshold;
                const bool defaultLeft = s.defaultLeft != 0;
                const uint64_t ifLeft = s.ifLeft;
                const uint64_t ifRight = s.ifRight;
                for (int r = 0; r < rows; ++r) {
                    const bool left = v[r] < threshold || (std::isnan(v[r]) && defaultLeft);
                    leaves[r] &= left ? ifLeft : ifRight;
                }
            }
            for (int r = 0; r < rows; ++r)
                margin[r] += values[std::countr_zero(leaves[r])];
            continue;
        }
        // Walked tree: every row takes the tree's depth in steps (leaves loop onto themselves);
        // the rows are independent, so their loads overlap instead of waiting on each other.
        // Leaf-set trees have values but no nodes: a walked tree's nodes have their own offset.
        const TreeScorer::Node *__restrict nodes = scorer.m_nodes.data() + scorer.m_nodeBegin[size_t(t)];
        std::fill(index, index + rows, 0);
        for (int step = scorer.m_treeDepth[size_t(t)]; step > 0; --step) {
            for (int r = 0; r < rows; ++r) {
                const TreeScorer::Node &n = nodes[index[r]];
                const float v = x[size_t(r) * size_t(cols) + size_t(n.feature)];
                // Integer arithmetic, not || and ?:, so the compiler emits no branch to mispredict.
                const int32_t left = int32_t(v < n.threshold) | (int32_t(std::isnan(v)) & n.defaultLeft);
                index[r] = n.left + 1 - left;
            }
        }
        for (int r = 0; r < rows; ++r)
            margin[r] += values[index[r]];
    }
}

Result<TreeScorer> TreeScorer::create(const TreeEnsemble &model)
{
    TreeScorer out;
    out.m_featureCount = model.featureCount();
    out.m_baseMargin = model.baseMargin();
    out.m_logistic = model.isLogistic();
    out.m_treeBegin.push_back(0);
    out.m_nodeBegin.push_back(0);
    out.m_splitBegin.push_back(0);
    std::vector<int32_t> newIndex;
    std::vector<int32_t> queue;
    std::vector<int32_t> depth;
    std::vector<int32_t> firstLeaf;
    std::vector<int32_t> endLeaf;
    for (int t = 0; t < model.treeCount(); ++t) {
        const auto tree = model.tree(t);
        const auto n = int32_t(tree.size());
        const auto leafCount = std::count_if(tree.begin(), tree.end(), [](const TreeNode &node) { return node.isLeaf(); });
        if (leafCount <= MaxLeafSetLeaves) {
            // Leaves numbered left to right (preorder meets them in that order); a subtree's
            // leaves are a contiguous range, found children first by a reverse sweep.
            firstLeaf.assign(size_t(n), 0);
            endLeaf.assign(size_t(n), 0);
            int32_t leaf = 0;
            for (int32_t i = 0; i < n; ++i) {
                if (tree[size_t(i)].isLeaf()) {
                    firstLeaf[size_t(i)] = leaf;
                    endLeaf[size_t(i)] = ++leaf;
                    out.m_values.push_back(tree[size_t(i)].value);
                }
            }
            for (int32_t i = n - 1; i >= 0; --i) {
                const TreeNode &node = tree[size_t(i)];
                if (node.isLeaf())
                    continue;
                firstLeaf[size_t(i)] = firstLeaf[size_t(node.left)];
                endLeaf[size_t(i)] = endLeaf[size_t(node.right)];
            }
            auto range = [&](int32_t node) {
                const int32_t a = firstLeaf[size_t(node)];
                const int32_t b = endLeaf[size_t(node)];
                const uint64_t upToB = b >= 64 ? ~uint64_t(0) : (uint64_t(1) << b) - 1;
                return upToB & ~((uint64_t(1) << a) - 1);
            };
            for (int32_t i = 0; i < n; ++i) {
                const TreeNode &node = tree[size_t(i)];
                if (!node.isLeaf())
                    out.m_splits.push_back({node.feature, node.threshold, node.defaultLeft ? 1 : 0, 0,
                                            ~range(node.right), ~range(node.left)});
            }
            out.m_treeDepth.push_back(-1);
        } else {
            // Breadth-first, allotting both children of a split two adjacent places.
            const auto base = qsizetype(out.m_nodes.size());
            newIndex.assign(size_t(n), -1);
            depth.assign(size_t(n), 0);
            queue.assign(1, 0);
            newIndex[0] = 0;
            int32_t next = 1;
            int maxDepth = 0;
            for (size_t q = 0; q < queue.size(); ++q) {
                const TreeNode &node = tree[size_t(queue[q])];
                maxDepth = std::max(maxDepth, depth[size_t(queue[q])]);
                if (node.isLeaf())
                    continue;
                newIndex[size_t(node.left)] = next++;
                newIndex[size_t(node.right)] = next++;
                depth[size_t(node.left)] = depth[size_t(node.right)] = depth[size_t(queue[q])] + 1;
                queue.push_back(node.left);
                queue.push_back(node.right);
            }
            out.m_nodes.resize(size_t(base) + size_t(next));
            out.m_values.resize(out.m_values.size() + size_t(next), 0.0);
            const size_t valueBase = out.m_values.size() - size_t(next);
            for (int32_t old = 0; old < n; ++old) {
                const int32_t i = newIndex[size_t(old)];
                const TreeNode &node = tree[size_t(old)];
                Node &dst = out.m_nodes[size_t(base + i)];
                if (node.isLeaf()) {
                    dst = {i - 1, 0, std::numeric_limits<float>::quiet_NaN(), 0};
                    out.m_values[valueBase + size_t(i)] = node.value;
                } else {
                    dst = {newIndex[size_t(node.left)], node.feature, node.threshold, node.defaultLeft ? 1 : 0};
                }
            }
            out.m_treeDepth.push_back(maxDepth);
        }
        out.m_treeBegin.push_back(qsizetype(out.m_values.size()));
        out.m_nodeBegin.push_back(qsizetype(out.m_nodes.size()));
        out.m_splitBegin.push_back(qsizetype(out.m_splits.size()));
    }
    return out;
}

Result<void> TreeScorer::predict(const float *data, qsizetype rows, int cols, double *out, bool margin, int threads,
                                 Progress *progress) const
{
    if (cols != m_featureCount)
        return makeError(ErrorCode::BadInput,
                         Tr::tr("The data has %1 features but the model expects %2.").arg(cols).arg(m_featureCount),
                         Tr::tr("Prepare the data with the preparation saved with the model."));
    if (rows < 0 || (rows > 0 && (!data || !out)))
        return makeError(ErrorCode::Internal, Tr::tr("Invalid buffers were given for predictions."));
    const int workers = parallelWorkers(rows, BlockRows, threads);
    std::vector<Workspace> spaces(static_cast<size_t>(workers));
    for (Workspace &w : spaces) {
        w.x.resize(size_t(cols) * BlockRows);
        w.leaves.resize(BlockRows);
        w.index.resize(BlockRows);
    }
    const bool probability = m_logistic && !margin;
    return parallelFor(rows, BlockRows, workers, progress, [&](qsizetype begin, qsizetype end, int worker) {
        Workspace &w = spaces[size_t(worker)];
        const int n = int(end - begin);
        const float *x = data + size_t(begin) * size_t(cols);
        for (int r = 0; r < n; ++r) {
            for (int c = 0; c < cols; ++c)
                w.x[size_t(c) * BlockRows + size_t(r)] = x[size_t(r) * size_t(cols) + size_t(c)];
        }
        double *o = out + begin;
        TreeScorerKernel::run(*this, n, cols, x, w.x.data(), w, o);
        if (probability) {
            for (int r = 0; r < n; ++r)
                o[r] = 1.0 / (1.0 + std::exp(-o[r]));
        }
        return true;
    });
}

} // namespace churnlens
