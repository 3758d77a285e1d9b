// TreeShap's precomputation: per-leaf paths, distinct-feature slots and the Fast TreeSHAP v2 tables.
#include "treeshap.h"

#include "explain/treeensemble.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <span>

namespace churnlens {

namespace {

constexpr int MaxSlots = TreeShap::MaxPathFeatures;

// Table entries (doubles) in use: leaf tables and group records count against one budget.
size_t tableEntries(const std::vector<double> &tables, const std::vector<TreeShap::Record> &records)
{
    return tables.size() + records.size() * size_t(TreeShap::RecordSlots);
}

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
    static bool addGroup(std::span<const TreeNode> nodes, int32_t root, const std::vector<int32_t> &parent,
                         const std::vector<std::vector<int32_t>> &pathFeatures,
                         const std::vector<std::vector<double>> &pathZ, const std::vector<int> &slotOf,
                         const TreeShapOptions &options, qsizetype &treeUsed, TreeShap &out,
                         std::vector<double> &scratch, std::vector<char> &inGroup);
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
    out.m_groupBegin.push_back(0);
    std::vector<double> scratch;
    for (int t = 0; t < model.treeCount(); ++t) {
        if (auto ok = addTree(model, t, options, out, scratch); !ok)
            return std::unexpected(ok.error());
        out.m_splitBegin.push_back(qsizetype(out.m_splits.size()));
        out.m_leafBegin.push_back(qsizetype(out.m_leaves.size()));
        out.m_groupBegin.push_back(qsizetype(out.m_groups.size()));
    }
    out.m_directLeaves = out.directLeafCount();
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

    // Distinct features of each node's path and their z, in order of first appearance (parents
    // come before children in preorder). A split's slot (its feature's position in that order)
    // depends only on the splits above it, so every leaf below agrees on it. z is multiplied in
    // path order, root first, so a leaf's z is the same whichever way it is reached here.
    std::vector<std::vector<int32_t>> pathFeatures(static_cast<size_t>(n));
    std::vector<std::vector<double>> pathZ(static_cast<size_t>(n));
    std::vector<int> slotOf(size_t(n), -1);
    for (int32_t i = 0; i < n; ++i) {
        const TreeNode &split = nodes[size_t(i)];
        if (split.isLeaf())
            continue;
        const std::vector<int32_t> &features = pathFeatures[size_t(i)];
        const auto it = std::find(features.begin(), features.end(), split.feature);
        const auto slot = int(it - features.begin());
        const bool added = it == features.end();
        if (added && slot >= MaxSlots)
            return makeError(ErrorCode::Model, Tr::tr("Tree %1 has a path with more than %2 distinct features; "
                                    "SHAP values are not supported for it.").arg(t).arg(MaxSlots));
        slotOf[size_t(i)] = slot;
        for (const int32_t child : {split.left, split.right}) {
            pathFeatures[size_t(child)] = features;
            pathZ[size_t(child)] = pathZ[size_t(i)];
            if (added) {
                pathFeatures[size_t(child)].push_back(split.feature);
                pathZ[size_t(child)].push_back(1.0);
            }
            pathZ[size_t(child)][size_t(slot)] *= nodes[size_t(child)].cover / split.cover;
        }
    }
    std::vector<int> height(size_t(n), 0);
    for (int32_t i = n - 1; i >= 0; --i) {
        const TreeNode &node = nodes[size_t(i)];
        if (!node.isLeaf())
            height[size_t(i)] = 1 + std::max(height[size_t(node.left)], height[size_t(node.right)]);
    }

    // Groups: the highest subtrees of at most groupHeight levels whose shared tables fit.
    // The per-tree budget counts a group at the size of its tables before records ((1 + features
    // split inside) entries per state), so deep trees keep as many table leaves as before; the
    // total budget counts the records' real size.
    qsizetype treeUsed = 0;
    std::vector<char> inGroup(size_t(n), 0);
    if (options.groupHeight > 0 && n > 1) {
        std::vector<int32_t> stack{0};
        while (!stack.empty()) {
            const int32_t i = stack.back();
            stack.pop_back();
            if (nodes[size_t(i)].isLeaf())
                continue;
            if (height[size_t(i)] <= options.groupHeight
                && addGroup(nodes, i, parent, pathFeatures, pathZ, slotOf, options, treeUsed, out, scratch, inGroup))
                continue;
            stack.push_back(nodes[size_t(i)].right);
            stack.push_back(nodes[size_t(i)].left);
        }
    }

    std::vector<PathLeaf> leaves;
    for (int32_t i = 0; i < n; ++i) {
        // A tree that is one leaf only moves the base value.
        if (nodes[size_t(i)].isLeaf() && !inGroup[size_t(i)] && !pathFeatures[size_t(i)].empty())
            leaves.push_back({i, pathFeatures[size_t(i)], pathZ[size_t(i)]});
    }

    for (int32_t i = 0; i < n; ++i) {
        const TreeNode &node = nodes[size_t(i)];
        if (!node.isLeaf() && !inGroup[size_t(i)])
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
        const auto used = qsizetype(tableEntries(out.m_tables, out.m_records));
        const qsizetype left = options.tableEntriesTotal - used;
        const qsizetype treeLeft = options.tableEntriesPerTree - treeUsed;
        if (entries <= std::min(treeLeft, left))
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

bool TreeShapBuilder::addGroup(std::span<const TreeNode> nodes, int32_t root, const std::vector<int32_t> &parent,
                               const std::vector<std::vector<int32_t>> &pathFeatures,
                               const std::vector<std::vector<double>> &pathZ, const std::vector<int> &slotOf,
                               const TreeShapOptions &options, qsizetype &treeUsed, TreeShap &out,
                               std::vector<double> &scratch, std::vector<char> &inGroup)
{
    // The subtree in preorder: its splits (one state bit each) and its leaves.
    std::vector<int32_t> splits;
    std::vector<int32_t> leaves;
    std::vector<int32_t> stack{root};
    while (!stack.empty()) {
        const int32_t i = stack.back();
        stack.pop_back();
        if (nodes[size_t(i)].isLeaf()) {
            leaves.push_back(i);
            continue;
        }
        splits.push_back(i);
        stack.push_back(nodes[size_t(i)].right);
        stack.push_back(nodes[size_t(i)].left);
    }
    const int above = int(pathFeatures[size_t(root)].size());
    const int bits = above + int(splits.size());
    if (bits > std::min(options.maxTableBits, 30))
        return false;
    for (const int32_t leaf : leaves) {
        // (1 - z) / z needs z > 0: a leaf no training row reached is left to the direct path.
        for (const double z : pathZ[size_t(leaf)]) {
            if (!(z > 0.0))
                return false;
        }
    }
    std::vector<int32_t> inner;
    for (const int32_t i : splits) {
        if (std::find(inner.begin(), inner.end(), nodes[size_t(i)].feature) == inner.end())
            inner.push_back(nodes[size_t(i)].feature);
    }
    // Features above the root not split inside: they read the leaves' summed T.
    const std::vector<int32_t> &rootFeatures = pathFeatures[size_t(root)];
    std::vector<int> outer; // their slots above the root
    for (int j = 0; j < above; ++j) {
        if (std::find(inner.begin(), inner.end(), rootFeatures[size_t(j)]) == inner.end())
            outer.push_back(j);
    }
    const size_t slots = outer.size() + inner.size();
    if (slots > size_t(TreeShap::RecordSlots))
        return false;
    const size_t states = size_t(1) << bits;
    const qsizetype entries = qsizetype(states) * TreeShap::RecordSlots;
    const auto counted = qsizetype((inner.size() + 1) * states);
    const auto used = qsizetype(tableEntries(out.m_tables, out.m_records));
    if (treeUsed + counted > options.tableEntriesPerTree || used + entries > options.tableEntriesTotal)
        return false;
    treeUsed += counted;

    TreeShap::Group group;
    group.node = root;
    group.bits = bits;
    group.splitBegin = int32_t(out.m_groupSplits.size());
    group.splitCount = int32_t(splits.size());
    group.slotCount = int32_t(slots);
    group.record = int64_t(out.m_records.size());
    for (size_t k = 0; k < splits.size(); ++k) {
        const TreeNode &split = nodes[size_t(splits[k])];
        out.m_groupSplits.push_back({split.feature, split.threshold, split.defaultLeft ? 1 : 0,
                                     uint32_t(1) << (above + int(k))});
    }
    for (size_t k = 0; k < size_t(TreeShap::RecordSlots); ++k) {
        const size_t at = std::min(k, slots - 1);
        out.m_groupSlotFeature.push_back(at < outer.size() ? rootFeatures[size_t(outer[at])]
                                                           : inner[at - outer.size()]);
    }

    // Per state: the leaves' summed T (shared[0]) and each inner feature's summed contribution.
    std::vector<double> shared((inner.size() + 1) * states, 0.0);
    std::vector<double> leafTable;
    struct Step
    {
        int slot;      // the split's feature in the leaf's slots
        int stateBit;  // the split's bit in the state
        bool right;    // the leaf is below the split's right child
    };
    std::vector<Step> steps;
    std::vector<int> innerSlot(inner.size());
    std::vector<double> factor;
    const uint32_t aboveMask = (uint32_t(1) << above) - 1;
    for (const int32_t leaf : leaves) {
        const std::vector<int32_t> &features = pathFeatures[size_t(leaf)];
        const std::vector<double> &z = pathZ[size_t(leaf)];
        const int d = int(features.size());
        leafTable.assign(size_t(1) << d, 0.0);
        fillTable(out, z, nodes[size_t(leaf)].value, leafTable.data(), scratch);
        factor.resize(size_t(d));
        for (int j = 0; j < d; ++j)
            factor[size_t(j)] = (1.0 - z[size_t(j)]) / z[size_t(j)];
        steps.clear();
        for (int32_t c = leaf; c != root; c = parent[size_t(c)]) {
            const int32_t q = parent[size_t(c)];
            const auto k = int(std::find(splits.begin(), splits.end(), q) - splits.begin());
            steps.push_back({slotOf[size_t(q)], above + k, nodes[size_t(q)].right == c});
        }
        for (size_t k = 0; k < inner.size(); ++k) {
            const auto it = std::find(features.begin(), features.end(), inner[k]);
            innerSlot[k] = it == features.end() ? -1 : int(it - features.begin());
        }
        for (size_t state = 0; state < states; ++state) {
            uint32_t failed = uint32_t(state) & aboveMask;
            for (const Step &step : steps) {
                const bool wentRight = (state >> step.stateBit) & 1u;
                if (wentRight != step.right)
                    failed |= uint32_t(1) << step.slot;
            }
            const double value = leafTable[failed];
            shared[state] += value;
            for (size_t k = 0; k < inner.size(); ++k) {
                const int j = innerSlot[k];
                if (j < 0)
                    continue;
                const uint32_t bit = uint32_t(1) << j;
                shared[(k + 1) * states + state] += (failed & bit) ? -value : factor[size_t(j)] * leafTable[failed | bit];
            }
        }
        inGroup[size_t(leaf)] = 1;
    }
    // The records: a failed feature above the root gets -T(F), a passed one T(F + i) (1 - z_i) / z_i
    // (the products the per-row reads computed before, so the values are the same to the bit).
    out.m_records.resize(out.m_records.size() + states, TreeShap::Record{});
    TreeShap::Record *records = out.m_records.data() + group.record;
    for (size_t state = 0; state < states; ++state) {
        double *r = records[state].value;
        for (size_t k = 0; k < outer.size(); ++k) {
            const int j = outer[k];
            const uint32_t bit = uint32_t(1) << j;
            const double z = pathZ[size_t(root)][size_t(j)];
            r[k] = (state & bit) ? shared[state] * -1.0 : shared[state | bit] * ((1.0 - z) / z);
        }
        for (size_t k = 0; k < inner.size(); ++k)
            r[outer.size() + k] = shared[(k + 1) * states + state];
    }
    for (const int32_t i : splits)
        inGroup[size_t(i)] = 1;
    out.m_groupedLeaves += qsizetype(leaves.size());
    out.m_groups.push_back(group);
    return true;
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
    return m_groupedLeaves + std::count_if(m_leaves.begin(), m_leaves.end(), [](const Leaf &l) { return l.table >= 0; });
}

qsizetype TreeShap::directLeafCount() const
{
    return std::count_if(m_leaves.begin(), m_leaves.end(), [](const Leaf &l) { return l.table < 0; });
}

size_t TreeShap::memoryBytes() const
{
    return m_splits.size() * sizeof(Split) + m_leaves.size() * sizeof(Leaf)
           + m_slotFeature.size() * sizeof(int32_t) + (m_slotZ.size() + m_slotFactor.size()) * sizeof(double)
           + m_tables.size() * sizeof(double) + m_weights.size() * sizeof(double)
           + m_groups.size() * sizeof(Group) + m_groupSplits.size() * sizeof(GroupSplit)
           + m_groupSlotFeature.size() * sizeof(int32_t) + m_records.size() * sizeof(Record);
}

} // namespace churnlens
