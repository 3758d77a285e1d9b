#include "treeensemble.h"

#include <QFile>

#include <cmath>

namespace churnlens {

Result<TreeEnsemble> TreeEnsemble::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Error e;
        e.code = ErrorCode::Io;
        e.message = Tr::tr("The model file could not be opened: %1").arg(file.errorString());
        e.file = path;
        return std::unexpected(e);
    }
    auto model = fromJson(file.readAll());
    if (!model)
        model.error().file = path;
    return model;
}

std::span<const TreeNode> TreeEnsemble::tree(int index) const
{
    const auto begin = m_treeBegin[size_t(index)];
    const auto end = m_treeBegin[size_t(index) + 1];
    return std::span<const TreeNode>(m_nodes.data() + begin, size_t(end - begin));
}

double TreeEnsemble::predictMargin(const float *row) const
{
    double margin = m_baseMargin;
    for (int t = 0; t < treeCount(); ++t) {
        const TreeNode *nodes = m_nodes.data() + m_treeBegin[size_t(t)];
        int n = 0;
        while (!nodes[n].isLeaf()) {
            const TreeNode &node = nodes[n];
            const float x = row[node.feature];
            const bool left = std::isnan(x) ? node.defaultLeft : x < node.threshold;
            n = left ? node.left : node.right;
        }
        margin += nodes[n].value;
    }
    return margin;
}

double TreeEnsemble::transform(double margin) const
{
    return m_logistic ? 1.0 / (1.0 + std::exp(-margin)) : margin;
}

std::vector<FeatureScore> TreeEnsemble::featureScores() const
{
    std::vector<FeatureScore> scores(static_cast<size_t>(m_featureCount));
    for (const TreeNode &node : m_nodes) {
        if (node.isLeaf())
            continue;
        FeatureScore &s = scores[size_t(node.feature)];
        ++s.splits;
        s.totalGain += node.gain;
        s.totalCover += node.cover;
    }
    return scores;
}

} // namespace churnlens
