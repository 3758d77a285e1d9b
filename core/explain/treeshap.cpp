// TreeShap's precomputation: per-leaf paths, distinct-feature slots and the Fast TreeSHAP v2 tables.
#include "treeshap.h"

#include "explain/treeensemble.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace churnlens {

namespace {

constexpr int MaxSlots = TreeShap::MaxPathFeatures;

} // namespace

class TreeShapBuilder
{
public:
    static Result<TreeShap> build(const TreeEnsemble &model, const TreeShapOptions &options);

private:
    struct PathLeaf
    {
        int32_t node;
        std::vector<int32_t> features;
        std::vector<double> z;
    };
    static Result<void> addTree(const TreeEnsemble &model, int t, const TreeShapOptions &options, TreeShap &out,
                                std::vector<double> &scratch);
    static void fillTable(const TreeShap &shap, const std::vector<double> &z, double value, double *table,
                          std::vector<double> &scratch);
};

Result<TreeShap> TreeShap::create(const TreeEnsemble &model, const TreeShapOptions &options)
{
    return TreeShapBuilder::build(model, options);
}

Result<TreeShap> TreeShapBuilder::build(const TreeEnsemble &model, const TreeShapOptions &options)
{
    TreeShap out;
    out.m_featureCount = model.featureCount();
    out.m_expectedValue = model.baseMargin();
    out.m_weights.resize(size_t(MaxSlots) * (MaxSlots + 1) / 2);
    for (int d = 1; d <= MaxSlots; ++d) {
        // w(m, d) = m! (d - m - 1)! / d! = 1 / (d * C(d - 1, m))
        double binomial = 1.0;
        for (int m = 0; m < d; ++m) {
            out.m_weights[size_t(d) * size_t(d - 1) / 2 + size_t(m)] = 1.0 / (double(d) * binomial);
            binomial = binomial * double(d - 1 - m) / double(m + 1);
        }
    }
    out.m_splitBegin.push_back(0);
    out.m_leafBegin.push_back(0);
    std::vector<double> scratch;
    for (int t = 0; t < model.treeCount(); ++t) {
        if (auto ok = addTree(model, t, options, out, scratch); !ok)
            return std::unexpected(ok.error());
        out.m_splitBegin.push_back(qsizetype(out.m_splits.size()));
        out.m_leafBegin.push_back(qsizetype(out.m_leaves.size()));
    }
    return out;
}

Result<void> TreeShapBuilder::addTree(const TreeEnsemble &model, int t, const TreeShapOptions &options,
                                      TreeShap &out, std::vector<double> &scratch)
{
    const std::span<const TreeNode> nodes = model.tree(t);
    const auto n = int32_t(nodes.size());
    out.m_maxNodes = std::max(out.m_maxNodes, int(n));

    std::vector<int32_t> parent(size_t(n), -1);
    for (int32_t i = 0; i < n; ++i) {
        if (nodes[size_t(i)].isLeaf())
            continue;
        if (!(nodes[size_t(i)].cover > 0.0))
            return makeError(ErrorCode::Model, Tr::tr("Tree %1 has a split that no training row reached (zero cover); "
                                    "its SHAP values are undefined.").arg(t));
        parent[size_t(nodes[size_t(i)].left)] = i;
        parent[size_t(nodes[size_t(i)].right)] = i;
    }

    // Expected value of the tree: leaves weighted by cover fractions (children follow parents
    // in preorder, so a reverse sweep sees children first). Same recursion as XGBoost's bias.
    std::vector<double> mean(static_cast<size_t>(n));
    for (int32_t i = n - 1; i >= 0; --i) {
        const TreeNode &node = nodes[size_t(i)];
        mean[size_t(i)] = node.isLeaf() ? node.value
                                        : (mean[size_t(node.left)] * nodes[size_t(node.left)].cover
                                           + mean[size_t(node.right)] * nodes[size_t(node.right)].cover)
                                              / node.cover;
    }
    out.m_expectedValue += mean[0];

    // Distinct features of each leaf's path, in order of first appearance. A split's slot (its
    // feature's position in that order) depends only on the splits above it, so it is a
    // property of the node and every leaf below agrees on it.
    std::vector<int> slotOf(size_t(n), -1);
    std::vector<PathLeaf> leaves;
    std::vector<int32_t> path;
    for (int32_t i = 0; i < n; ++i) {
        if (!nodes[size_t(i)].isLeaf())
            continue;
        path.clear();
        for (int32_t c = i; c != 0; c = parent[size_t(c)])
            path.push_back(c);
        std::reverse(path.begin(), path.end()); // children on the path, root's child first
        PathLeaf leaf{i, {}, {}};
        int32_t above = 0;
        for (const int32_t child : path) {
            const TreeNode &split = nodes[size_t(above)];
            const auto it = std::find(leaf.features.begin(), leaf.features.end(), split.feature);
            const auto slot = int(it - leaf.features.begin());
            if (it == leaf.features.end()) {
                if (slot >= MaxSlots)
                    return makeError(ErrorCode::Model, Tr::tr("Tree %1 has a path with more than %2 distinct features; "
                                            "SHAP values are not supported for it.").arg(t).arg(MaxSlots));
                leaf.features.push_back(split.feature);
                leaf.z.push_back(1.0);
            }
            slotOf[size_t(above)] = slot;
            leaf.z[size_t(slot)] *= nodes[size_t(child)].cover / split.cover;
            above = child;
        }
        if (!leaf.features.empty()) // a tree that is one leaf only moves the base value
            leaves.push_back(std::move(leaf));
    }

    for (int32_t i = 0; i < n; ++i) {
        const TreeNode &node = nodes[size_t(i)];
        if (!node.isLeaf())
            out.m_splits.push_back({node.feature, node.threshold, i, node.left, node.right, node.defaultLeft ? 1 : 0,
                                    uint64_t(1) << slotOf[size_t(i)]});
    }

    // Largest path length whose leaves all fit the per-tree table budget.
    std::vector<qsizetype> countByLength(MaxSlots + 1, 0);
    for (const PathLeaf &leaf : leaves)
        ++countByLength[leaf.features.size()];
    int tableBits = std::min(options.maxTableBits, 30);
    for (; tableBits > 0; --tableBits) {
        qsizetype entries = 0;
        for (int d = 1; d <= tableBits; ++d)
            entries += countByLength[size_t(d)] << d;
        const qsizetype left = options.tableEntriesTotal - qsizetype(out.m_tables.size());
        if (entries <= std::min(options.tableEntriesPerTree, left))
            break;
    }

    for (const PathLeaf &leaf : leaves) {
        const int d = int(leaf.features.size());
        const bool table = d <= tableBits
                           && std::all_of(leaf.z.begin(), leaf.z.end(), [](double z) { return z > 0.0; });
        TreeShap::Leaf info{leaf.node, d, int32_t(out.m_slotFeature.size()), 0, -1, nodes[size_t(leaf.node)].value};
        for (int s = 0; s < d; ++s) {
            const double z = leaf.z[size_t(s)];
            out.m_slotFeature.push_back(leaf.features[size_t(s)]);
            out.m_slotZ.push_back(z);
            out.m_slotFactor.push_back(table ? (1.0 - z) / z : 1.0 - z);
        }
        if (table) {
            info.table = int64_t(out.m_tables.size());
            out.m_tables.resize(out.m_tables.size() + (size_t(1) << d));
            fillTable(out, leaf.z, info.value, out.m_tables.data() + info.table, scratch);
        }
        out.m_leaves.push_back(info);
    }
    return {};
}

void TreeShapBuilder::fillTable(const TreeShap &shap, const std::vector<double> &z, double value, double *table,
                                std::vector<double> &scratch)
{
    // T(F) = v * prod_{k in F} z_k * sum_j w(j, d) * [t^j] prod_{k in U} (z_k + t), U = complement of F.
    // The polynomials of all subsets U come from a subset recurrence: U = (U minus its lowest
    // element) times (z_low + t); d + 1 coefficients each.
    const int d = int(z.size());
    const size_t size = size_t(1) << d;
    const size_t width = size_t(d) + 1;
    scratch.assign(size * width + size, 0.0);
    double *poly = scratch.data();
    double *zProduct = scratch.data() + size * width;
    poly[0] = 1.0;
    zProduct[0] = 1.0;
    for (size_t u = 1; u < size; ++u) {
        const int low = std::countr_zero(u);
        const size_t rest = u & (u - 1);
        const double zl = z[size_t(low)];
        const double *from = poly + rest * width;
        double *to = poly + u * width;
        const int degree = std::popcount(rest);
        to[degree + 1] = from[degree];
        for (int j = degree; j >= 1; --j)
            to[j] = zl * from[j] + from[j - 1];
        to[0] = zl * from[0];
        zProduct[u] = zProduct[rest] * zl;
    }
    const double *w = shap.m_weights.data() + size_t(d) * size_t(d - 1) / 2;
    table[0] = 0.0; // F empty: no failed feature reads it
    for (size_t f = 1; f < size; ++f) {
        const size_t u = ~f & (size - 1);
        const double *p = poly + u * width;
        double h = 0.0;
        for (int j = std::popcount(u); j >= 0; --j)
            h += w[j] * p[j];
        table[f] = value * zProduct[f] * h;
    }
}

qsizetype TreeShap::tableLeafCount() const
{
    return std::count_if(m_leaves.begin(), m_leaves.end(), [](const Leaf &l) { return l.table >= 0; });
}

qsizetype TreeShap::directLeafCount() const
{
    return qsizetype(m_leaves.size()) - tableLeafCount();
}

size_t TreeShap::memoryBytes() const
{
    return m_splits.size() * sizeof(Split) + m_leaves.size() * sizeof(Leaf)
           + m_slotFeature.size() * sizeof(int32_t) + (m_slotZ.size() + m_slotFactor.size()) * sizeof(double)
           + m_tables.size() * sizeof(double) + m_weights.size() * sizeof(double);
}

} // namespace churnlens
