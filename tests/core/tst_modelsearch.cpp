#include "common/progress.h"
#include "ml/binarymetrics.h"
#include "ml/datasplit.h"
#include "ml/autosearch.h"
#include "ml/trainoptions.h"
#include "ml/modelfitter.h"
#include "ml/modelsearch.h"
#include "ml/searchfold.h"
#include "ml/searchspace.h"

#include <QTest>

#include <cmath>
#include <cstring>

using namespace churnlens;

namespace {

// 3000 rows, 6 features; churn depends on an interaction (x0 and x1 both high) plus x2, with noise.
struct Problem
{
    FeatureMatrix x;
    std::vector<int8_t> y;
};

Problem makeProblem(int rows = 3000)
{
    Problem p;
    p.x.rows = rows;
    p.x.cols = 6;
    for (int j = 0; j < 6; ++j)
        p.x.names << QStringLiteral("f%1").arg(j);
    quint64 state = 12345;
    auto uniform = [&] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return double(state >> 11) * 0x1.0p-53;
    };
    for (int i = 0; i < rows; ++i) {
        float v[6];
        for (float &f : v)
            f = float(uniform());
        p.x.values.insert(p.x.values.end(), v, v + 6);
        const double z = 3.0 * (v[0] > 0.5 && v[1] > 0.5) + 1.5 * v[2] - 1.2 + 0.8 * (uniform() - 0.5) * 4.0;
        p.y.push_back(z > 0 ? 1 : 0);
    }
    return p;
}

ModelSearch::Options options(int threads, int earlyStopping)
{
    ModelSearch::Options o;
    o.threads = threads;
    o.seed = 42;
    o.earlyStoppingRounds = earlyStopping;
    return o;
}

FeatureMatrix gather(const FeatureMatrix &m, const std::vector<qsizetype> &rows)
{
    FeatureMatrix out;
    out.rows = qsizetype(rows.size());
    out.cols = m.cols;
    out.names = m.names;
    for (qsizetype r : rows)
        out.values.insert(out.values.end(), m.row(r), m.row(r) + m.cols);
    return out;
}

std::vector<SearchFold> makeFolds(const Problem &p, int k, bool trees, bool logistic, bool reduce = true)
{
    auto splits = DataSplit::kFoldSplits(p.y, k, 42);
    std::vector<SearchFold> folds(splits->size());
    for (size_t f = 0; f < splits->size(); ++f) {
        const DataSplit &s = (*splits)[f];
        folds[f].train = gather(p.x, s.train);
        folds[f].valid = gather(p.x, s.test);
        for (qsizetype r : s.train)
            folds[f].trainLabels.push_back(p.y[size_t(r)]);
        for (qsizetype r : s.test)
            folds[f].validLabels.push_back(p.y[size_t(r)]);
        folds[f].validPositions = s.test;
        const auto ok = folds[f].build(trees, logistic, 1, reduce);
        Q_ASSERT(ok);
    }
    return folds;
}

} // namespace

class TestModelSearch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void gridOrderIsScikitLearns()
    {
        const std::vector<ModelSpec> grid = SearchSpace::candidates(ModelKind::XGBoost, Tuning::Grid);
        QCOMPARE(grid.size(), size_t(27));
        // ParameterGrid: keys sorted (learning_rate, max_depth, n_estimators), last fastest.
        QCOMPARE(grid[0].value("learning_rate"), 0.05);
        QCOMPARE(grid[0].intValue("n_estimators"), 100);
        QCOMPARE(grid[1].intValue("n_estimators"), 200);
        QCOMPARE(grid[3].intValue("max_depth"), 4);
        QCOMPARE(grid[26].value("learning_rate"), 0.2);
        QCOMPARE(grid[26].intValue("max_depth"), 6);
        QCOMPARE(grid[26].intValue("n_estimators"), 300);
        const auto random = SearchSpace::candidates(ModelKind::XGBoost, Tuning::Random, 10, 7);
        QCOMPARE(random.size(), size_t(10));
        QVERIFY(random[0].params != random[1].params);
        for (const ModelSpec &s : random) {
            QVERIFY(s.isValid());
            QVERIFY(s.value("learning_rate") >= 0.01 && s.value("learning_rate") <= 0.3);
        }
        QCOMPARE(SearchSpace::candidates(ModelKind::XGBoost, Tuning::Random, 10, 7)[3].params, random[3].params); // seeded
    }

    void autoPriorAndRungs()
    {
        const auto quick = AutoSearch::candidates(ModelKind::XGBoost, SearchEffort::Quick, 42);
        QCOMPARE(quick.size(), size_t(9));
        for (const ModelSpec &s : quick) {
            QVERIFY(s.isValid());
            QCOMPARE(s.value("learning_rate"), AutoSearch::LearningRate);
            QCOMPARE(s.intValue("n_estimators"), AutoSearch::MaxRounds);
            QVERIFY(s.intValue("max_depth") >= 2 && s.intValue("max_depth") <= 6);
            QCOMPARE(s.value("colsample_bytree"), 1.0); // the reduced fold matrices apply
        }
        const auto thorough = AutoSearch::candidates(ModelKind::XGBoost, SearchEffort::Thorough, 42);
        QCOMPARE(thorough.size(), size_t(27));
        for (size_t i = 0; i < quick.size(); ++i)
            QCOMPARE(thorough[i].params, quick[i].params); // thorough = quick + seeded draws
        const auto again = AutoSearch::candidates(ModelKind::XGBoost, SearchEffort::Thorough, 42);
        const auto other = AutoSearch::candidates(ModelKind::XGBoost, SearchEffort::Thorough, 43);
        bool differs = false;
        for (size_t i = 0; i < thorough.size(); ++i) {
            QCOMPARE(again[i].params, thorough[i].params);
            differs = differs || other[i].params != thorough[i].params;
        }
        QVERIFY(differs);
        QCOMPARE(AutoSearch::candidates(ModelKind::Logistic, SearchEffort::Quick).size(), size_t(7));
        QVERIFY(!AutoSearch::candidates(ModelKind::Forest, SearchEffort::Quick).empty());
        QCOMPARE(AutoSearch::rungFolds(SearchEffort::Quick, 5), (std::vector<int>{2, 5}));
        QCOMPARE(AutoSearch::rungFolds(SearchEffort::Thorough, 5), (std::vector<int>{1, 2, 5}));
        QCOMPARE(AutoSearch::rungFolds(SearchEffort::Quick, 2), (std::vector<int>{2}));
        QCOMPARE(AutoSearch::rungFolds(SearchEffort::Quick, 5, AutoSearch::LargeFile), (std::vector<int>{1, 5}));
        QCOMPARE(AutoSearch::candidates(ModelKind::XGBoost, SearchEffort::Quick, 42, {}, AutoSearch::LargeFile).front().value("learning_rate"),
                 AutoSearch::LargeFileLearningRate);
        QCOMPARE(AutoSearch::rungFolds(SearchEffort::Thorough, 3), (std::vector<int>{1, 2, 3}));
        QCOMPARE(Tuning::Auto, TrainOptions().tuning); // the default
    }

    void autoHalvesAndKeepsTheBest()
    {
        const Problem p = makeProblem(2000);
        const std::vector<SearchFold> folds = makeFolds(p, 5, true, true);
        const std::vector<std::vector<ModelSpec>> candidates{AutoSearch::candidates(ModelKind::XGBoost, SearchEffort::Quick),
                                                             AutoSearch::candidates(ModelKind::Logistic, SearchEffort::Quick)};
        AutoSearch::Options o;
        o.threads = 2;
        auto a = AutoSearch::run(folds, p.x.rows, candidates, o);
        QVERIFY2(a, a ? "" : qPrintable(a.error().message));
        for (size_t f = 0; f < a->size(); ++f) {
            const FamilySearchResult &family = (*a)[f];
            QCOMPARE(family.candidates.size(), candidates[f].size());
            // 9 (7) sets on 2 folds, the best third (3) on all 5.
            const size_t promoted = (candidates[f].size() + 2) / 3;
            size_t complete = 0, early = 0;
            for (const CandidateResult &c : family.candidates) {
                QVERIFY(c.foldsEvaluated == 5 || c.foldsEvaluated == 2);
                (c.foldsEvaluated == 5 ? complete : early) += 1;
                QVERIFY(!std::isnan(c.foldAuc[0]) && !std::isnan(c.foldAuc[1]));
            }
            QCOMPARE(complete, promoted);
            QCOMPARE(early, candidates[f].size() - promoted);
            // The promoted sets were the best on the first two folds.
            double worstPromoted = 1.0, bestDropped = 0.0;
            for (const CandidateResult &c : family.candidates) {
                const double firstTwo = (c.foldAuc[0] + c.foldAuc[1]) / 2.0;
                if (c.foldsEvaluated == 5)
                    worstPromoted = std::min(worstPromoted, firstTwo);
                else
                    bestDropped = std::max(bestDropped, firstTwo);
            }
            QVERIFY(worstPromoted >= bestDropped);
            // The best: complete, highest mean over all folds, with every out-of-fold prediction.
            const CandidateResult &best = family.bestCandidate();
            QCOMPARE(best.foldsEvaluated, 5);
            for (const CandidateResult &c : family.candidates) {
                if (c.foldsEvaluated == 5)
                    QVERIFY(best.meanAuc >= c.meanAuc);
            }
            for (float v : best.outOfFold)
                QVERIFY(!std::isnan(v));
            if (family.kind == ModelKind::XGBoost) {
                for (int r : best.foldRounds)
                    QVERIFY(r >= 1 && r < AutoSearch::MaxRounds); // early stopping chose the trees
                const ModelSpec final = AutoSearch::finalSpec(best, 1600);
                double mean = 0;
                for (int r : best.foldRounds)
                    mean += r;
                mean /= 5.0;
                QCOMPARE(final.value("learning_rate"), AutoSearch::LearningRate / AutoSearch::SmallFileShrink);
                QCOMPARE(final.intValue("n_estimators"), int(std::round(mean * AutoSearch::SmallFileShrink)));
                QCOMPARE(AutoSearch::finalSpec(best, AutoSearch::LargeFile).value("learning_rate"),
                         AutoSearch::LearningRate / AutoSearch::LargeFileShrink);
            }
        }
        // Reproducible: the same folds and seed give the same choice and scores, on any thread count.
        o.threads = 1;
        auto b = AutoSearch::run(folds, p.x.rows, candidates, o);
        QVERIFY(b);
        for (size_t f = 0; f < a->size(); ++f) {
            QCOMPARE((*b)[f].best, (*a)[f].best);
            for (size_t c = 0; c < (*a)[f].candidates.size(); ++c) {
                QCOMPARE((*b)[f].candidates[c].foldsEvaluated, (*a)[f].candidates[c].foldsEvaluated);
                QCOMPARE((*b)[f].candidates[c].meanAuc, (*a)[f].candidates[c].meanAuc);
            }
            QCOMPARE((*b)[f].bestCandidate().outOfFold, (*a)[f].bestCandidate().outOfFold);
        }
    }

    void autoBudgetStopsTheSearch()
    {
        const Problem p = makeProblem(2000);
        const std::vector<SearchFold> folds = makeFolds(p, 5, true, false);
        const std::vector<std::vector<ModelSpec>> candidates{AutoSearch::candidates(ModelKind::XGBoost, SearchEffort::Thorough)};
        AutoSearch::Options o;
        o.effort = SearchEffort::Thorough;
        o.threads = 2;
        // A budget spent before the first job: no set is tried beyond the prior's first guess, which
        // is still completed on every fold (the threshold and calibration need its predictions).
        o.budgetSeconds = 1e-6;
        auto cut = AutoSearch::run(folds, p.x.rows, candidates, o);
        QVERIFY2(cut, cut ? "" : qPrintable(cut.error().message));
        const FamilySearchResult &family = cut->front();
        QCOMPARE(family.best, 0);
        int jobs = 0;
        for (const CandidateResult &c : family.candidates)
            jobs += c.foldsEvaluated;
        QCOMPARE(jobs, 5);
        for (float v : family.bestCandidate().outOfFold)
            QVERIFY(!std::isnan(v));
        // Without a budget: 27 sets on 1 fold, 9 on 2, 3 on 5 = 27 + 9 + 9 fold fits.
        o.budgetSeconds = 0;
        auto full = AutoSearch::run(folds, p.x.rows, candidates, o);
        QVERIFY(full);
        jobs = 0;
        for (const CandidateResult &c : full->front().candidates)
            jobs += c.foldsEvaluated;
        QCOMPARE(jobs, 27 + 9 + 9);
        // Cancel stops it like any search.
        Progress progress;
        progress.cancel();
        auto canceled = AutoSearch::run(folds, p.x.rows, candidates, o, &progress);
        QVERIFY(!canceled);
        QCOMPARE(int(canceled.error().code), int(ErrorCode::Canceled));
    }

    void sharedTrainingEqualsSeparateFits_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("xgboost") << int(ModelKind::XGBoost);
        QTest::newRow("forest") << int(ModelKind::Forest);
    }
    void sharedTrainingEqualsSeparateFits()
    {
        // Scoring 20 and 60 trees from one 60-tree run must give exactly what two separate fits give.
        QFETCH(int, kind);
        const Problem p = makeProblem(1500);
        const std::vector<SearchFold> folds = makeFolds(p, 3, true, true);
        const SearchSpace::Grid grid{{QStringLiteral("max_depth"), {2, 4}}, {QStringLiteral("n_estimators"), {20, 60}}};
        const std::vector<ModelSpec> candidates = SearchSpace::gridCandidates(ModelKind(kind), grid);
        auto result = ModelSearch::run(folds, p.x.rows, {candidates}, options(1, 0));
        QVERIFY2(result, result ? "" : qPrintable(result.error().message));
        const FamilySearchResult &r = result->front();
        for (size_t c = 0; c < candidates.size(); ++c) {
            for (size_t f = 0; f < folds.size(); ++f) {
                auto m = ModelFitter::fit(candidates[c], folds[f].trainingSet(), folds[f].train.names, {1, 42, folds[f].trainMatrix.get()});
                QVERIFY(m);
                auto prob = m->predictProba(folds[f].valid);
                QVERIFY(prob);
                const double auc = BinaryMetrics::rocAucScore(folds[f].validLabels, *prob);
                QVERIFY2(std::fabs(auc - r.candidates[c].foldAuc[f]) < 1e-12,
                         qPrintable(QStringLiteral("%1 fold %2: %3 vs %4").arg(candidates[c].describe()).arg(f).arg(auc).arg(r.candidates[c].foldAuc[f])));
                for (size_t i = 0; i < prob->size(); ++i)
                    QVERIFY(std::fabs((*prob)[i] - r.candidates[c].outOfFold[size_t(folds[f].validPositions[i])]) < 1e-6);
            }
        }
    }

    void droppingCopiedColumnsChangesNothing()
    {
        // Add a copy of column 0 (after it), a constant column and a copy of column 2 (before it).
        const Problem base = makeProblem(2000);
        Problem p;
        p.y = base.y;
        p.x.rows = base.x.rows;
        p.x.cols = 9;
        for (qsizetype i = 0; i < base.x.rows; ++i) {
            const float *r = base.x.row(i);
            const float row[9] = {r[2], r[0], r[1], r[0], 7.0f, r[2], r[3], r[4], r[5]};
            p.x.values.insert(p.x.values.end(), row, row + 9);
        }
        for (int j = 0; j < 9; ++j)
            p.x.names << QStringLiteral("c%1").arg(j);
        QCOMPARE(SearchFold::distinctColumns(p.x.values.data(), p.x.rows, 9), (std::vector<int>{0, 1, 2, 6, 7, 8}));
        const std::vector<SearchFold> reduced = makeFolds(p, 3, true, false, true);
        const std::vector<SearchFold> full = makeFolds(p, 3, true, false, false);
        QVERIFY(reduced[0].reducedTrainMatrix);
        QCOMPARE(reduced[0].reducedTrainMatrix->cols(), 6);
        QVERIFY(!full[0].reducedTrainMatrix);
        const SearchSpace::Grid grid{{QStringLiteral("max_depth"), {2, 6}}, {QStringLiteral("n_estimators"), {30, 80}},
                                     {QStringLiteral("subsample"), {1.0, 0.7}}};
        const std::vector<ModelSpec> candidates = SearchSpace::gridCandidates(ModelKind::XGBoost, grid);
        auto a = ModelSearch::run(reduced, p.x.rows, {candidates}, options(2, 0));
        auto b = ModelSearch::run(full, p.x.rows, {candidates}, options(2, 0));
        QVERIFY(a && b);
        for (size_t c = 0; c < candidates.size(); ++c) {
            QCOMPARE(a->front().candidates[c].foldAuc, b->front().candidates[c].foldAuc);
            QVERIFY(std::memcmp(a->front().candidates[c].outOfFold.data(), b->front().candidates[c].outOfFold.data(),
                                a->front().candidates[c].outOfFold.size() * sizeof(float)) == 0);
        }
    }

    void picksTheKnownBest()
    {
        // The interaction needs depth >= 2: stumps (depth 1) cannot express "x0 and x1 both high",
        // and 1 tree is far from enough at a small learning rate. Known best: depth 3, 150 trees.
        const Problem p = makeProblem();
        const std::vector<SearchFold> folds = makeFolds(p, 5, true, false);
        const SearchSpace::Grid grid{{QStringLiteral("learning_rate"), {0.1}},
                                     {QStringLiteral("max_depth"), {1, 3}},
                                     {QStringLiteral("n_estimators"), {1, 150}}};
        auto result = ModelSearch::run(folds, p.x.rows, {SearchSpace::gridCandidates(ModelKind::XGBoost, grid)}, options(2, 0));
        QVERIFY(result);
        const FamilySearchResult &r = result->front();
        QCOMPARE(r.bestCandidate().spec.intValue("max_depth"), 3);
        QCOMPARE(r.bestCandidate().spec.intValue("n_estimators"), 150);
        QVERIFY(r.bestCandidate().meanAuc > r.candidates[1].meanAuc + 0.02); // depth 1, 150 trees
        // Every training row was predicted exactly once, out of fold.
        for (float v : r.bestCandidate().outOfFold)
            QVERIFY(!std::isnan(v));
        QCOMPARE(r.bestCandidate().foldAuc.size(), size_t(5));
    }

    void threadCountDoesNotChangeResults()
    {
        const Problem p = makeProblem(2000);
        const std::vector<SearchFold> folds = makeFolds(p, 4, true, true);
        const std::vector<std::vector<ModelSpec>> candidates{SearchSpace::candidates(ModelKind::XGBoost, Tuning::Random, 6, 3),
                                                             SearchSpace::candidates(ModelKind::Logistic, Tuning::Grid),
                                                             {ModelSpec::withDefaults(ModelKind::Forest, {{"n_estimators", 30}})}};
        auto one = ModelSearch::run(folds, p.x.rows, candidates, options(1, 0));
        auto two = ModelSearch::run(folds, p.x.rows, candidates, options(2, 0));
        QVERIFY(one && two);
        for (size_t f = 0; f < candidates.size(); ++f) {
            QCOMPARE((*one)[f].best, (*two)[f].best);
            for (size_t c = 0; c < candidates[f].size(); ++c) {
                QCOMPARE((*one)[f].candidates[c].foldAuc, (*two)[f].candidates[c].foldAuc);
                QVERIFY(std::memcmp((*one)[f].candidates[c].outOfFold.data(), (*two)[f].candidates[c].outOfFold.data(),
                                    (*one)[f].candidates[c].outOfFold.size() * sizeof(float)) == 0);
            }
        }
    }

    void earlyStoppingUsesFewerRounds()
    {
        // At a high learning rate the validation AUC peaks early and then decays with overfitting.
        const Problem p = makeProblem(1500);
        const std::vector<SearchFold> folds = makeFolds(p, 3, true, false);
        const std::vector<ModelSpec> candidates{ModelSpec::withDefaults(ModelKind::XGBoost, {{"learning_rate", 0.8}, {"max_depth", 6}, {"n_estimators", 400}})};
        auto result = ModelSearch::run(folds, p.x.rows, {candidates}, options(1, 10));
        QVERIFY(result);
        for (int rounds : result->front().candidates[0].foldRounds)
            QVERIFY2(rounds >= 1 && rounds < 100, qPrintable(QString::number(rounds)));
    }

    void cancelStopsTheSearch()
    {
        const Problem p = makeProblem(2000);
        const std::vector<SearchFold> folds = makeFolds(p, 3, true, false);
        Progress progress;
        int reports = 0;
        progress.setCallback([&](double, const QString &) {
            if (++reports == 2)
                progress.cancel();
        });
        auto result = ModelSearch::run(folds, p.x.rows, {SearchSpace::candidates(ModelKind::XGBoost, Tuning::Grid)}, options(2, 0), &progress);
        QVERIFY(!result);
        QCOMPARE(int(result.error().code), int(ErrorCode::Canceled));
        QVERIFY(progress.fraction() < 0.5);
    }
};

QTEST_GUILESS_MAIN(TestModelSearch)
#include "tst_modelsearch.moc"
