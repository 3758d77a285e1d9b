// Reading XGBoost's JSON model format (schema of XGBoost 1.x, checked against 1.7.4 output).
#include "treeensemble.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <optional>

namespace churnlens {

namespace {

std::unexpected<Error> modelError(const QString &message)
{
    return makeError(ErrorCode::Model, message,
                     Tr::tr("Use a binary classification model saved by XGBoost in JSON format."));
}

//! XGBoost writes scalar parameters as strings ("5E-1") and arrays as numbers; accept both.
std::optional<double> number(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble();
    if (v.isBool())
        return v.toBool() ? 1.0 : 0.0;
    if (v.isString()) {
        QString text = v.toString().trimmed();
        if (text.startsWith(QLatin1Char('[')) && text.endsWith(QLatin1Char(']'))) // "[5E-1]" (XGBoost 2.1)
            text = text.mid(1, text.size() - 2).trimmed();
        bool ok = false;
        const double d = text.toDouble(&ok);
        if (ok)
            return d;
    }
    return std::nullopt;
}

} // namespace

class TreeEnsembleParser
{
public:
    static Result<TreeEnsemble> parse(const QByteArray &json);

private:
    static Result<void> parseTree(const QJsonObject &tree, int index, double weight, TreeEnsemble &out);
};

Result<TreeEnsemble> TreeEnsemble::fromJson(const QByteArray &json)
{
    return TreeEnsembleParser::parse(json);
}

Result<TreeEnsemble> TreeEnsembleParser::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull()) {
        auto e = modelError(Tr::tr("The model is not valid JSON: %1 at byte %2.")
                                .arg(parseError.errorString()).arg(parseError.offset));
        return e;
    }
    const QJsonObject learner = doc.object().value(QStringLiteral("learner")).toObject();
    if (learner.isEmpty())
        return modelError(Tr::tr("The model has no \"learner\" object; it is not an XGBoost JSON model."));

    TreeEnsemble out;
    const QJsonObject param = learner.value(QStringLiteral("learner_model_param")).toObject();
    const auto numFeature = number(param.value(QStringLiteral("num_feature")));
    const auto numClass = number(param.value(QStringLiteral("num_class")));
    const auto numTarget = number(param.value(QStringLiteral("num_target")));
    const auto baseScore = number(param.value(QStringLiteral("base_score")));
    if (!numFeature || *numFeature < 1 || *numFeature > 1e7 || !baseScore || !std::isfinite(*baseScore))
        return modelError(Tr::tr("The model parameters (num_feature, base_score) are missing or invalid."));
    if ((numClass && *numClass > 1) || (numTarget && *numTarget > 1))
        return modelError(Tr::tr("Multi-class and multi-target models are not supported."));
    out.m_featureCount = int(*numFeature);
    out.m_baseScore = *baseScore;

    out.m_objective = learner.value(QStringLiteral("objective")).toObject().value(QStringLiteral("name")).toString();
    if (out.m_objective == QLatin1String("binary:logistic") || out.m_objective == QLatin1String("reg:logistic")) {
        // XGBoost turns base_score into a margin with the logit.
        if (!(out.m_baseScore > 0.0 && out.m_baseScore < 1.0))
            return modelError(Tr::tr("base_score %1 is not a probability.").arg(out.m_baseScore));
        out.m_baseMargin = std::log(out.m_baseScore / (1.0 - out.m_baseScore));
        out.m_logistic = true;
    } else if (out.m_objective == QLatin1String("binary:logitraw")) {
        out.m_baseMargin = out.m_baseScore; // logitraw keeps base_score as a margin (checked against 1.7.4)
        out.m_logistic = false;
    } else if (out.m_objective == QLatin1String("reg:squarederror")) {
        out.m_baseMargin = out.m_baseScore;
        out.m_logistic = false;
    } else {
        return modelError(Tr::tr("The objective \"%1\" is not supported.").arg(out.m_objective));
    }

    const QJsonObject booster = learner.value(QStringLiteral("gradient_booster")).toObject();
    out.m_booster = booster.value(QStringLiteral("name")).toString();
    QJsonObject model;
    std::vector<double> weights;
    if (out.m_booster == QLatin1String("gbtree")) {
        model = booster.value(QStringLiteral("model")).toObject();
    } else if (out.m_booster == QLatin1String("dart")) {
        model = booster.value(QStringLiteral("gbtree")).toObject().value(QStringLiteral("model")).toObject();
        for (const QJsonValue &w : booster.value(QStringLiteral("weight_drop")).toArray()) {
            const auto d = number(w);
            if (!d || !std::isfinite(*d))
                return modelError(Tr::tr("A DART tree weight is not a number."));
            weights.push_back(*d);
        }
    } else {
        return modelError(Tr::tr("The booster \"%1\" has no trees (gbtree or dart expected).").arg(out.m_booster));
    }

    const QJsonArray trees = model.value(QStringLiteral("trees")).toArray();
    const QJsonArray treeInfo = model.value(QStringLiteral("tree_info")).toArray();
    if (trees.isEmpty())
        return modelError(Tr::tr("The model has no trees."));
    if (!treeInfo.isEmpty() && treeInfo.size() != trees.size())
        return modelError(Tr::tr("The model's tree_info does not match its trees."));
    for (const QJsonValue &g : treeInfo) {
        if (number(g).value_or(-1.0) != 0.0)
            return modelError(Tr::tr("Multi-class models are not supported."));
    }
    if (!weights.empty() && weights.size() != size_t(trees.size()))
        return modelError(Tr::tr("The DART weights do not match the trees."));
    const auto parallel = number(model.value(QStringLiteral("gbtree_model_param")).toObject()
                                     .value(QStringLiteral("num_parallel_tree")));
    out.m_parallelTrees = parallel && *parallel >= 1 ? int(*parallel) : 1;

    out.m_treeBegin.reserve(size_t(trees.size()) + 1);
    out.m_treeBegin.push_back(0);
    for (qsizetype t = 0; t < trees.size(); ++t) {
        const double weight = weights.empty() ? 1.0 : weights[size_t(t)];
        if (auto ok = parseTree(trees.at(t).toObject(), int(t), weight, out); !ok)
            return std::unexpected(ok.error());
        out.m_treeBegin.push_back(qsizetype(out.m_nodes.size()));
    }
    return out;
}

Result<void> TreeEnsembleParser::parseTree(const QJsonObject &tree, int index, double weight, TreeEnsemble &out)
{
    auto treeError = [index](const QString &what) {
        return modelError(Tr::tr("Tree %1: %2").arg(index).arg(what));
    };
    auto array = [&tree](const char *key) { return tree.value(QLatin1String(key)).toArray(); };
    const QJsonArray left = array("left_children");
    const QJsonArray right = array("right_children");
    const QJsonArray feature = array("split_indices");
    const QJsonArray condition = array("split_conditions");
    const QJsonArray defaultLeft = array("default_left");
    const QJsonArray cover = array("sum_hessian");
    const QJsonArray gain = array("loss_changes");
    const QJsonArray splitType = array("split_type");
    const qsizetype n = left.size();
    if (n == 0)
        return treeError(Tr::tr("no nodes."));
    if (right.size() != n || feature.size() != n || condition.size() != n || defaultLeft.size() != n
        || cover.size() != n || gain.size() != n || (!splitType.isEmpty() && splitType.size() != n))
        return treeError(Tr::tr("the node arrays have different lengths."));
    const QJsonObject treeParam = tree.value(QStringLiteral("tree_param")).toObject();
    if (number(treeParam.value(QStringLiteral("size_leaf_vector"))).value_or(0.0) != 0.0)
        return treeError(Tr::tr("vector leaves are not supported."));

    // Relayout in preorder from the root: deleted (unreachable) nodes drop out, and a node
    // reached twice means the arrays do not describe a tree.
    std::vector<int32_t> newIndex(size_t(n), -1);
    std::vector<int32_t> order;
    order.reserve(size_t(n));
    std::vector<std::pair<int32_t, int>> stack{{0, 0}};
    while (!stack.empty()) {
        const auto [old, depth] = stack.back();
        stack.pop_back();
        if (newIndex[size_t(old)] >= 0)
            return treeError(Tr::tr("node %1 is reached twice.").arg(old));
        newIndex[size_t(old)] = int32_t(order.size());
        order.push_back(old);
        const auto l = number(left.at(old));
        const auto r = number(right.at(old));
        if (!l || !r)
            return treeError(Tr::tr("node %1 has an invalid child.").arg(old));
        if (*l < 0 && *r < 0) {
            out.m_maxDepth = std::max(out.m_maxDepth, depth);
            continue;
        }
        if (*l < 0 || *r < 0 || *l >= double(n) || *r >= double(n))
            return treeError(Tr::tr("node %1 has an invalid child.").arg(old));
        stack.push_back({int32_t(*r), depth + 1});
        stack.push_back({int32_t(*l), depth + 1});
    }

    for (const int32_t old : order) {
        TreeNode node;
        const auto c = number(condition.at(old));
        const auto h = number(cover.at(old));
        const auto g = number(gain.at(old));
        if (!c || std::isnan(*c) || !h || !std::isfinite(*h) || *h < 0.0 || !g || !std::isfinite(*g))
            return treeError(Tr::tr("node %1 has an invalid value.").arg(old));
        node.cover = *h;
        const int32_t l = int32_t(*number(left.at(old)));
        if (l < 0) {
            if (!std::isfinite(*c))
                return treeError(Tr::tr("leaf %1 has an invalid value.").arg(old));
            node.value = double(float(*c)) * weight;
        } else {
            const auto f = number(feature.at(old));
            if (!f || *f < 0 || *f >= double(out.m_featureCount))
                return treeError(Tr::tr("node %1 splits on a feature the model does not have.").arg(old));
            if (!splitType.isEmpty() && number(splitType.at(old)).value_or(0.0) != 0.0)
                return treeError(Tr::tr("categorical splits are not supported; one-hot encode categories."));
            node.feature = int32_t(*f);
            node.threshold = float(*c);
            node.defaultLeft = number(defaultLeft.at(old)).value_or(0.0) != 0.0;
            node.gain = *g;
            node.left = newIndex[size_t(l)];
            node.right = newIndex[size_t(int32_t(*number(right.at(old))))];
        }
        out.m_nodes.push_back(node);
    }
    return {};
}

} // namespace churnlens
