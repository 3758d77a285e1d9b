#include "explain/treeensemble.h"
#include "explaintestdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <functional>

using namespace churnlens;
using explaintest::Booster;
using explaintest::Dataset;

Q_DECLARE_METATYPE(explaintest::Booster::Params)

namespace {

Booster::Params params(int depth, std::initializer_list<std::pair<QString, QString>> extra = {})
{
    Booster::Params p{{QStringLiteral("objective"), QStringLiteral("binary:logistic")},
                      {QStringLiteral("max_depth"), QString::number(depth)},
                      {QStringLiteral("tree_method"), QStringLiteral("hist")},
                      {QStringLiteral("nthread"), QStringLiteral("2")}};
    p.insert(p.end(), extra.begin(), extra.end());
    return p;
}

//! Edits the first tree of a saved model.
QByteArray editFirstTree(const QByteArray &json, const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject root = QJsonDocument::fromJson(json).object();
    QJsonObject learner = root[QStringLiteral("learner")].toObject();
    QJsonObject booster = learner[QStringLiteral("gradient_booster")].toObject();
    QJsonObject model = booster[QStringLiteral("model")].toObject();
    QJsonArray trees = model[QStringLiteral("trees")].toArray();
    QJsonObject tree = trees[0].toObject();
    edit(tree);
    trees[0] = tree;
    model[QStringLiteral("trees")] = trees;
    booster[QStringLiteral("model")] = model;
    learner[QStringLiteral("gradient_booster")] = booster;
    root[QStringLiteral("learner")] = learner;
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QByteArray editLearner(const QByteArray &json, const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject root = QJsonDocument::fromJson(json).object();
    QJsonObject learner = root[QStringLiteral("learner")].toObject();
    edit(learner);
    root[QStringLiteral("learner")] = learner;
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

void setArrayValue(QJsonObject &tree, const char *key, int index, const QJsonValue &value)
{
    QJsonArray a = tree[QLatin1String(key)].toArray();
    a[index] = value;
    tree[QLatin1String(key)] = a;
}

} // namespace

class TestTreeEnsemble : public QObject
{
    Q_OBJECT
private:
    Dataset m_data = explaintest::makeSynthetic(2000, 9, 0.25, 5);
    QByteArray m_json;

private Q_SLOTS:
    void initTestCase()
    {
        Booster booster(m_data, params(4), 20);
        QVERIFY2(booster.ok(), qPrintable(booster.error()));
        m_json = booster.json();
        QVERIFY(!m_json.isEmpty());
    }

    void marginsEqualXgboost_data()
    {
        QTest::addColumn<Booster::Params>("params");
        QTest::addColumn<int>("rounds");
        QTest::addColumn<int>("parallel");
        QTest::addColumn<QString>("booster");
        QTest::newRow("gbtree depth 6") << params(6) << 80 << 1 << "gbtree";
        QTest::newRow("base_score 0.2") << params(3, {{QStringLiteral("base_score"), QStringLiteral("0.2")}}) << 40
                                        << 1 << "gbtree";
        QTest::newRow("random forest") << params(8, {{QStringLiteral("num_parallel_tree"), QStringLiteral("10")},
                                                     {QStringLiteral("subsample"), QStringLiteral("0.7")},
                                                     {QStringLiteral("colsample_bynode"), QStringLiteral("0.6")},
                                                     {QStringLiteral("eta"), QStringLiteral("1")}})
                                       << 2 << 10 << "gbtree";
        QTest::newRow("dart") << params(4, {{QStringLiteral("booster"), QStringLiteral("dart")},
                                            {QStringLiteral("rate_drop"), QStringLiteral("0.3")}})
                              << 25 << 1 << "dart";
        QTest::newRow("reg:logistic") << params(4, {{QStringLiteral("objective"), QStringLiteral("reg:logistic")}})
                                      << 20 << 1 << "gbtree";
        QTest::newRow("reg:squarederror")
            << params(4, {{QStringLiteral("objective"), QStringLiteral("reg:squarederror")},
                          {QStringLiteral("base_score"), QStringLiteral("0.7")}})
            << 20 << 1 << "gbtree";
    }

    void marginsEqualXgboost()
    {
        QFETCH(Booster::Params, params);
        QFETCH(int, rounds);
        QFETCH(int, parallel);
        QFETCH(QString, booster);
        Booster xgb(m_data, params, rounds);
        QVERIFY2(xgb.ok(), qPrintable(xgb.error()));
        const auto model = TreeEnsemble::fromJson(xgb.json());
        QVERIFY2(model, qPrintable(model ? QString() : model.error().toString()));
        QCOMPARE(model->featureCount(), m_data.cols);
        QCOMPARE(model->treeCount(), rounds * parallel);
        QCOMPARE(model->parallelTrees(), parallel);
        QCOMPARE(model->booster(), booster);

        const auto margins = xgb.predict(m_data.x.data(), m_data.rows, m_data.cols, 1);
        const auto outputs = xgb.predict(m_data.x.data(), m_data.rows, m_data.cols, 0);
        QVERIFY2(xgb.ok(), qPrintable(xgb.error()));
        for (int r = 0; r < m_data.rows; ++r) {
            const double margin = model->predictMargin(m_data.x.data() + size_t(r) * size_t(m_data.cols));
            if (std::abs(margin - margins[size_t(r)]) > 1e-5)
                QFAIL(qPrintable(QStringLiteral("row %1: %2 vs XGBoost %3").arg(r).arg(margin).arg(margins[size_t(r)])));
            QVERIFY(std::abs(model->transform(margin) - outputs[size_t(r)]) < 1e-6);
        }
    }

    void structureIsReadable()
    {
        const auto model = TreeEnsemble::fromJson(m_json);
        QVERIFY(model);
        QCOMPARE(model->objective(), QStringLiteral("binary:logistic"));
        QVERIFY(model->isLogistic());
        QCOMPARE(model->baseScore(), 0.5);
        QCOMPARE(model->baseMargin(), 0.0);
        QVERIFY(model->maxDepth() >= 1 && model->maxDepth() <= 4);
        for (int t = 0; t < model->treeCount(); ++t) {
            const auto tree = model->tree(t);
            QVERIFY(!tree.empty());
            for (qsizetype i = 0; i < qsizetype(tree.size()); ++i) {
                const TreeNode &node = tree[size_t(i)];
                if (node.isLeaf())
                    continue;
                // Preorder: children come after their parent, left subtree first.
                QCOMPARE(node.left, int32_t(i + 1));
                QVERIFY(node.right > node.left);
                QVERIFY(node.cover > 0.0);
                QVERIFY(std::abs(tree[size_t(node.left)].cover + tree[size_t(node.right)].cover - node.cover)
                        < 1e-3 * node.cover);
            }
        }
    }

    void readsBaseScoreAsVector()
    {
        // Newer XGBoost writes base_score as a one-element vector.
        const auto model = TreeEnsemble::fromJson(editLearner(m_json, [](QJsonObject &l) {
            QJsonObject p = l[QStringLiteral("learner_model_param")].toObject();
            p[QStringLiteral("base_score")] = QStringLiteral("[2E-1]");
            l[QStringLiteral("learner_model_param")] = p;
        }));
        QVERIFY2(model, qPrintable(model ? QString() : model.error().toString()));
        QCOMPARE(model->baseScore(), 0.2);
        QVERIFY(std::abs(model->baseMargin() - std::log(0.2 / 0.8)) < 1e-12);
    }

    void featureScoresEqualXgboost()
    {
        Booster xgb(m_data, params(5), 30);
        QVERIFY2(xgb.ok(), qPrintable(xgb.error()));
        const auto model = TreeEnsemble::fromJson(xgb.json());
        QVERIFY(model);
        const auto scores = model->featureScores();
        QCOMPARE(int(scores.size()), m_data.cols);
        const auto weight = xgb.featureScore("weight");
        const auto totalGain = xgb.featureScore("total_gain");
        const auto gain = xgb.featureScore("gain");
        QVERIFY(!weight.empty());
        for (int f = 0; f < m_data.cols; ++f) {
            const FeatureScore &s = scores[size_t(f)];
            QCOMPARE(s.splits, weight.contains(f) ? int(weight.at(f)) : 0);
            if (s.splits == 0)
                continue;
            QVERIFY(std::abs(s.totalGain - totalGain.at(f)) <= 1e-5 * totalGain.at(f));
            QVERIFY(std::abs(s.totalGain / s.splits - gain.at(f)) <= 1e-5 * gain.at(f));
        }
    }

    void readsFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile f(dir.filePath(QStringLiteral("model.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(m_json);
        f.close();
        QVERIFY(TreeEnsemble::fromFile(f.fileName()));
        const auto missing = TreeEnsemble::fromFile(dir.filePath(QStringLiteral("none.json")));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::Io);
        QVERIFY(missing.error().file.endsWith(QLatin1String("none.json")));
    }

    void refusesBadModels_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected"); // a word of the message
        QTest::newRow("not json") << QByteArray("{\"learner\": [1, 2") << "JSON";
        QTest::newRow("not a model") << QByteArray("{\"weights\": [1, 2]}") << "learner";
        QTest::newRow("empty") << QByteArray() << "JSON";
        QTest::newRow("objective") << editLearner(m_json, [](QJsonObject &l) {
            l[QStringLiteral("objective")] = QJsonObject{{QStringLiteral("name"), QStringLiteral("reg:gamma")}};
        }) << "reg:gamma";
        QTest::newRow("multi-class") << editLearner(m_json, [](QJsonObject &l) {
            QJsonObject p = l[QStringLiteral("learner_model_param")].toObject();
            p[QStringLiteral("num_class")] = QStringLiteral("3");
            l[QStringLiteral("learner_model_param")] = p;
        }) << "Multi-class";
        QTest::newRow("base_score") << editLearner(m_json, [](QJsonObject &l) {
            QJsonObject p = l[QStringLiteral("learner_model_param")].toObject();
            p[QStringLiteral("base_score")] = QStringLiteral("1.5");
            l[QStringLiteral("learner_model_param")] = p;
        }) << "probability";
        QTest::newRow("gblinear") << editLearner(m_json, [](QJsonObject &l) {
            l[QStringLiteral("gradient_booster")] = QJsonObject{{QStringLiteral("name"), QStringLiteral("gblinear")}};
        }) << "gblinear";
        QTest::newRow("categorical split") << editFirstTree(m_json, [](QJsonObject &t) {
            setArrayValue(t, "split_type", 0, 1);
        }) << "categorical";
        QTest::newRow("cycle") << editFirstTree(m_json, [](QJsonObject &t) {
            setArrayValue(t, "left_children", 1, 0);
            setArrayValue(t, "right_children", 1, 0);
        }) << "twice";
        QTest::newRow("child out of range") << editFirstTree(m_json, [](QJsonObject &t) {
            setArrayValue(t, "right_children", 0, 100000);
        }) << "child";
        QTest::newRow("half a leaf") << editFirstTree(m_json, [](QJsonObject &t) {
            setArrayValue(t, "right_children", 0, -1);
        }) << "child";
        QTest::newRow("unknown feature") << editFirstTree(m_json, [](QJsonObject &t) {
            setArrayValue(t, "split_indices", 0, 9);
        }) << "feature";
        QTest::newRow("short array") << editFirstTree(m_json, [](QJsonObject &t) {
            QJsonArray a = t[QStringLiteral("sum_hessian")].toArray();
            a.removeLast();
            t[QStringLiteral("sum_hessian")] = a;
        }) << "lengths";
        QTest::newRow("text value") << editFirstTree(m_json, [](QJsonObject &t) {
            setArrayValue(t, "split_conditions", 0, QStringLiteral("abc"));
        }) << "invalid value";
        QTest::newRow("negative cover") << editFirstTree(m_json, [](QJsonObject &t) {
            setArrayValue(t, "sum_hessian", 0, -3.0);
        }) << "invalid value";
        QTest::newRow("vector leaf") << editFirstTree(m_json, [](QJsonObject &t) {
            t[QStringLiteral("tree_param")] = QJsonObject{{QStringLiteral("size_leaf_vector"), QStringLiteral("2")}};
        }) << "vector";
    }

    void refusesBadModels()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const auto model = TreeEnsemble::fromJson(json);
        QVERIFY(!model);
        QCOMPARE(model.error().code, ErrorCode::Model);
        QVERIFY2(model.error().message.contains(expected, Qt::CaseInsensitive), qPrintable(model.error().message));
        QVERIFY(!model.error().hint.isEmpty());
    }

    void unreachableNodesAreDropped()
    {
        // A pruned tree keeps deleted nodes in its arrays; only the nodes reached from the root count.
        const QByteArray json = editFirstTree(m_json, [](QJsonObject &t) {
            for (const char *key : {"left_children", "right_children", "split_indices", "split_conditions",
                                    "default_left", "sum_hessian", "loss_changes", "split_type", "base_weights"}) {
                QJsonArray a = t[QLatin1String(key)].toArray();
                a.append(QString::fromLatin1(key).endsWith(QLatin1String("children")) ? QJsonValue(-1) : QJsonValue(0));
                t[QLatin1String(key)] = a;
            }
        });
        const auto edited = TreeEnsemble::fromJson(json);
        const auto original = TreeEnsemble::fromJson(m_json);
        QVERIFY2(edited, qPrintable(edited ? QString() : edited.error().toString()));
        QCOMPARE(edited->tree(0).size(), original->tree(0).size());
    }
};

QTEST_GUILESS_MAIN(TestTreeEnsemble)
#include "tst_treeensemble.moc"
