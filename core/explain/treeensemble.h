#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <span>
#include <vector>

namespace churnlens {

//! One node of a parsed tree. Nodes of a tree are stored in depth-first preorder (root first).
struct TreeNode
{
    int32_t left = -1;        //!< index of the left child within the tree, -1 for a leaf
    int32_t right = -1;       //!< index of the right child within the tree, -1 for a leaf
    int32_t feature = -1;     //!< split feature, -1 for a leaf
    float threshold = 0.0f;   //!< a row goes left when x[feature] < threshold
    bool defaultLeft = false; //!< where a missing (NaN) value goes
    double value = 0.0;       //!< leaf output in margin units (learning rate and DART weight applied)
    double cover = 0.0;       //!< sum of hessians of the training rows that reached the node
    double gain = 0.0;        //!< loss reduction of the split (0 for leaves)

    bool isLeaf() const { return left < 0; }
};

//! Per-feature split statistics, as XGBoost's feature importance reports them.
struct FeatureScore
{
    int splits = 0;          //!< XGBoost's "weight"
    double totalGain = 0.0;  //!< XGBoost's "total_gain"; "gain" is totalGain / splits
    double totalCover = 0.0; //!< XGBoost's "total_cover"
};

/*!
 * A binary-classification tree ensemble read from XGBoost's JSON model format (1.x), kept in
 * compact arrays so that prediction and TreeSHAP do not need XGBoost.
 *
 * Supported: boosters gbtree and dart (DART weights are folded into the leaf values), random
 * forest mode (num_parallel_tree > 1: the saved leaf values are already scaled, so the margin is
 * base margin + the sum of all trees), objectives binary:logistic, reg:logistic,
 * binary:logitraw and reg:squarederror, numerical splits. Multi-class models, categorical
 * splits and vector leaves are refused with an Error, never approximated.
 *
 * Value type; immutable after parsing, so concurrent reads are safe.
 */
class TreeEnsemble
{
public:
    static Result<TreeEnsemble> fromJson(const QByteArray &json);
    static Result<TreeEnsemble> fromFile(const QString &path);

    int featureCount() const { return m_featureCount; }
    int treeCount() const { return int(m_treeBegin.size()) - 1; }
    std::span<const TreeNode> tree(int index) const;
    //! Longest root-to-leaf path (number of splits) over all trees.
    int maxDepth() const { return m_maxDepth; }

    const QString &objective() const { return m_objective; }
    const QString &booster() const { return m_booster; }
    int parallelTrees() const { return m_parallelTrees; }
    //! base_score as saved (a probability for the logistic objectives).
    double baseScore() const { return m_baseScore; }
    //! base_score in margin units: what every prediction starts from.
    double baseMargin() const { return m_baseMargin; }
    //! True when the output is a probability (sigmoid of the margin).
    bool isLogistic() const { return m_logistic; }

    //! Margin (log-odds for the logistic objectives) of one row of featureCount() floats.
    double predictMargin(const float *row) const;
    //! The model's output for a margin: the probability for logistic objectives, else the margin.
    double transform(double margin) const;

    //! Split statistics per feature (featureCount() entries).
    std::vector<FeatureScore> featureScores() const;

private:
    std::vector<TreeNode> m_nodes;        // all trees, each in preorder
    std::vector<qsizetype> m_treeBegin;   // treeCount() + 1 offsets into m_nodes
    int m_featureCount = 0;
    int m_maxDepth = 0;
    int m_parallelTrees = 1;
    QString m_objective;
    QString m_booster;
    double m_baseScore = 0.5;
    double m_baseMargin = 0.0;
    bool m_logistic = true;

    friend class TreeEnsembleParser;
};

} // namespace churnlens
