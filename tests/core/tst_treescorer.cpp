#include "explain/treeensemble.h"
#include "explain/treescorer.h"
#include "explaintestdata.h"

#include <QTest>

#include <algorithm>
#include <cmath>

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
} // namespace

class TestTreeScorer : public QObject
{
    Q_OBJECT
private:
    Dataset m_telco;
    Dataset m_synthetic = explaintest::makeSynthetic(5000, 10, 0.3, 21);

private Q_SLOTS:
    void initTestCase()
    {
        m_telco = explaintest::loadTelco(QStringLiteral(CHURNLENS_TESTDATA "/telco.csv"));
        QVERIFY2(m_telco.error.isEmpty(), qPrintable(m_telco.error));
    }

    void equalsModelAndXgboost_data()
    {
        QTest::addColumn<bool>("telco");
        QTest::addColumn<Booster::Params>("params");
        QTest::addColumn<int>("rounds");
        QTest::addColumn<bool>("mixed"); //!< trees of both layouts (up to 64 leaves, and more) must occur
        QTest::newRow("telco depth 6") << true << params(6) << 100 << false;
        QTest::newRow("missing depth 4") << false << params(4) << 100 << false;
        QTest::newRow("lossguide, unbalanced")
            << false << params(0, {{QStringLiteral("grow_policy"), QStringLiteral("lossguide")},
                                   {QStringLiteral("max_leaves"), QStringLiteral("40")}})
            << 30 << false;
        QTest::newRow("random forest depth 12")
            << true << params(12, {{QStringLiteral("num_parallel_tree"), QStringLiteral("10")},
                                   {QStringLiteral("subsample"), QStringLiteral("0.8")},
                                   {QStringLiteral("eta"), QStringLiteral("1")}})
            << 1 << false;
        // Deep trees whose leaf counts straddle 64, as a forest trained without a depth limit
        // on a few hundred customers has: both layouts in one model (a crash until fixed).
        QTest::newRow("random forest, small and large trees")
            << true << params(8, {{QStringLiteral("num_parallel_tree"), QStringLiteral("40")},
                                  {QStringLiteral("subsample"), QStringLiteral("0.5")},
                                  {QStringLiteral("colsample_bynode"), QStringLiteral("0.5")},
                                  {QStringLiteral("min_child_weight"), QStringLiteral("4")},
                                  {QStringLiteral("eta"), QStringLiteral("1")}})
            << 1 << true;
        // A huge min_child_weight leaves single-leaf trees: the root itself is the leaf.
        QTest::newRow("stumps that never split")
            << false << params(3, {{QStringLiteral("min_child_weight"), QStringLiteral("1e9")}}) << 3 << false;
    }

    void equalsModelAndXgboost()
    {
        QFETCH(bool, telco);
        QFETCH(Booster::Params, params);
        QFETCH(int, rounds);
        QFETCH(bool, mixed);
        const Dataset &d = telco ? m_telco : m_synthetic;
        Booster booster(d, params, rounds);
        QVERIFY2(booster.ok(), qPrintable(booster.error()));
        const auto model = TreeEnsemble::fromJson(booster.json());
        QVERIFY2(model, qPrintable(model ? QString() : model.error().toString()));
        if (mixed) {
            int small = 0, large = 0;
            for (int t = 0; t < model->treeCount(); ++t) {
                const auto tree = model->tree(t);
                const auto leaves = std::count_if(tree.begin(), tree.end(), [](const TreeNode &n) { return n.isLeaf(); });
                (leaves <= 64 ? small : large) += 1;
            }
            QVERIFY2(small > 0 && large > 0, qPrintable(QStringLiteral("%1 small, %2 large trees").arg(small).arg(large)));
        }
        const auto scorer = TreeScorer::create(*model);
        QVERIFY(scorer);
        const auto xgb = booster.predict(d.x.data(), d.rows, d.cols, 0);
        QVERIFY2(booster.ok(), qPrintable(booster.error()));

        std::vector<double> p(size_t(d.rows));
        std::vector<double> m(size_t(d.rows));
        QVERIFY(scorer->predict(d.x.data(), d.rows, d.cols, p.data(), false, 2));
        QVERIFY(scorer->predict(d.x.data(), d.rows, d.cols, m.data(), true, 1));
        double worst = 0.0;
        for (int r = 0; r < d.rows; ++r) {
            const double margin = model->predictMargin(d.x.data() + size_t(r) * size_t(d.cols));
            if (m[size_t(r)] != margin) // same comparisons, same order of sums: bit for bit
                QFAIL(qPrintable(QStringLiteral("row %1: %2 vs %3").arg(r).arg(m[size_t(r)]).arg(margin)));
            QCOMPARE(p[size_t(r)], model->transform(margin));
            worst = std::max(worst, std::abs(p[size_t(r)] - double(xgb[size_t(r)])));
        }
        QVERIFY2(worst < 1e-6, qPrintable(QString::number(worst)));
    }

    void refusesBadInputAndCancels()
    {
        Booster booster(m_synthetic, params(3), 5);
        QVERIFY2(booster.ok(), qPrintable(booster.error()));
        const auto model = TreeEnsemble::fromJson(booster.json());
        QVERIFY(model);
        const auto scorer = TreeScorer::create(*model);
        QVERIFY(scorer);
        std::vector<double> out(size_t(m_synthetic.rows));
        const auto wrong = scorer->predict(m_synthetic.x.data(), 10, m_synthetic.cols + 1, out.data());
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, ErrorCode::BadInput);
        QVERIFY(scorer->predict(nullptr, 0, m_synthetic.cols, nullptr));
        Progress progress;
        progress.cancel();
        const auto canceled = scorer->predict(m_synthetic.x.data(), m_synthetic.rows, m_synthetic.cols, out.data(),
                                              false, 2, &progress);
        QVERIFY(!canceled);
        QCOMPARE(canceled.error().code, ErrorCode::Canceled);
    }
};

QTEST_GUILESS_MAIN(TestTreeScorer)
#include "tst_treescorer.moc"
