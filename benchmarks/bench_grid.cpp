// bench_grid: the default XGBoost grid (learning rate 3 x depth 3 x trees 3) with 5-fold CV on
// 100K rows, against scikit-learn's GridSearchCV on the same feature matrix and the same folds.
//   bench_grid [--rows N] [--csv FILE] [--threads N] [--no-python]
// Data: FILE, or tests/data/telco.csv grown by benchmarks/python/make_big.py, or (without pandas)
// the product's generator. Without scikit-learn the ratio uses benchmarks/anchors.json.
// Both sides get the identical matrix (written to .npy for Python) and identical folds
// (ChurnLens' stratified k-fold reproduces StratifiedKFold(5, shuffle=True, random_state=42)).
// Both times include the final refit of the best parameters on all rows (GridSearchCV refit=True).
// On a machine busy with other work, run with OMP_WAIT_POLICY=passive (inherited by the Python
// side): libgomp's default spin-waiting makes 2-thread XGBoost stall when a core is taken.
#include "benchdata.h"
#include "benchutil.h"
#include "common/progress.h"
#include "data/dataloader.h"
#include "ml/datasplit.h"
#include "ml/modelfitter.h"
#include "ml/modelsearch.h"
#include "ml/searchfold.h"
#include "ml/searchspace.h"
#include "prep/fittedpreparation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <algorithm>
#include <cmath>
#include <cstdio>


using namespace churnlens;

namespace {

const char *PythonScript = R"PY(
import json, sys, time, warnings
import numpy as np, xgboost as xgb
from sklearn.model_selection import GridSearchCV, StratifiedKFold
warnings.filterwarnings("ignore")
X = np.load(sys.argv[1]); y = np.load(sys.argv[2]).astype(int)
grid = {"learning_rate": [0.05, 0.1, 0.2], "max_depth": [3, 4, 6], "n_estimators": [100, 200, 300]}
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=42)
est = xgb.XGBClassifier(tree_method="hist", n_jobs=2, random_state=42, eval_metric="logloss")
t, c = time.perf_counter(), time.process_time()
g = GridSearchCV(est, grid, scoring="roc_auc", cv=cv, n_jobs=1, refit=True).fit(X, y)
dt, dc = time.perf_counter() - t, time.process_time() - c
print(json.dumps({"seconds": dt, "cpu": dc, "best": g.best_params_, "best_score": g.best_score_,
                  "params": g.cv_results_["params"], "mean": g.cv_results_["mean_test_score"].tolist()}))
)PY";

FeatureMatrix gather(const FeatureMatrix &m, const std::vector<qsizetype> &rows)
{
    FeatureMatrix out;
    out.rows = qsizetype(rows.size());
    out.cols = m.cols;
    out.names = m.names;
    out.values.resize(size_t(out.rows) * size_t(out.cols));
    for (size_t i = 0; i < rows.size(); ++i)
        std::copy_n(m.row(rows[i]), m.cols, out.values.begin() + qsizetype(i) * m.cols);
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    qint64 rows = 100000;
    int threads = 2;
    bool python = true;
    QString csv;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--rows") && i + 1 < args.size())
            rows = args[++i].toLongLong();
        else if (args[i] == QLatin1String("--threads") && i + 1 < args.size())
            threads = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--csv") && i + 1 < args.size())
            csv = args[++i];
        else if (args[i] == QLatin1String("--no-python"))
            python = false;
        else {
            std::fprintf(stderr, "usage: bench_grid [--rows N] [--csv FILE] [--threads N] [--no-python]\n");
            return 2;
        }
    }
    const bool havePython = python && bench::pythonHas({QStringLiteral("numpy"), QStringLiteral("sklearn"), QStringLiteral("xgboost")});
    const std::optional<bench::DataFile> data = bench::dataFile(csv, rows);
    if (!data)
        return 2;
    csv = data->path;
    auto loaded = DataLoader::load(DataSource::fromPath(csv));
    if (!loaded)
        return std::fprintf(stderr, "bench_grid: %s\n", qPrintable(loaded.error().toString())), 3;
    const DataTable &table = loaded->table;
    const std::vector<int8_t> labels = table.targetLabels();
    if (labels.empty())
        return std::fprintf(stderr, "bench_grid: no target column in %s\n", qPrintable(csv)), 3;
    auto prep = FittedPreparation::fit(table, PreparationOptions::forTrees());
    if (!prep)
        return std::fprintf(stderr, "bench_grid: %s\n", qPrintable(prep.error().toString())), 1;
    auto X = prep->transform(table);
    if (!X)
        return std::fprintf(stderr, "bench_grid: %s\n", qPrintable(X.error().toString())), 1;
    std::printf("data            %s: %lld rows x %d features, churn %.4f\n", qPrintable(csv), static_cast<long long>(X->rows), X->cols,
                table.churnRate());
    std::printf("  made from     %s\n", qPrintable(data->origin));

    // ChurnLens: folds, per-fold quantised matrices, the grid, and the refit of the best.
    QElapsedTimer clock;
    clock.start();
    const double cpuStart = cpuSeconds();
    auto splits = DataSplit::kFoldSplits(labels, 5, 42);
    if (!splits)
        return std::fprintf(stderr, "bench_grid: %s\n", qPrintable(splits.error().toString())), 1;
    const std::vector<ModelSpec> grid = SearchSpace::candidates(ModelKind::XGBoost, Tuning::Grid);
    const bool allColumns = std::any_of(grid.begin(), grid.end(), [](const ModelSpec &s) { return !SearchFold::canUseReduced(s); });
    std::vector<SearchFold> folds(splits->size());
    for (size_t f = 0; f < splits->size(); ++f) {
        const DataSplit &s = (*splits)[f];
        folds[f].train = gather(*X, s.train);
        folds[f].valid = gather(*X, s.test);
        for (qsizetype r : s.train)
            folds[f].trainLabels.push_back(labels[size_t(r)]);
        for (qsizetype r : s.test)
            folds[f].validLabels.push_back(labels[size_t(r)]);
        folds[f].validPositions = s.test;
        if (auto ok = folds[f].build(true, false, threads, true, allColumns); !ok)
            return std::fprintf(stderr, "bench_grid: %s\n", qPrintable(ok.error().toString())), 1;
    }
    const double foldSeconds = double(clock.nsecsElapsed()) / 1e9;
    ModelSearch::Options options;
    options.threads = threads;
    options.seed = 42;
    Progress progress;
    int lastDecile = -1;
    progress.setCallback([&](double fraction, const QString &text) {
        if (int(fraction * 10) > lastDecile) {
            lastDecile = int(fraction * 10);
            std::fprintf(stderr, "  %3d%% %s\n", lastDecile * 10, qPrintable(text));
        }
    });
    auto result = ModelSearch::run(folds, X->rows, {grid}, options, &progress);
    if (!result)
        return std::fprintf(stderr, "bench_grid: %s\n", qPrintable(result.error().toString())), 1;
    const double searchSeconds = double(clock.nsecsElapsed()) / 1e9;
    const FamilySearchResult &family = result->front();
    const ModelSpec best = family.bestCandidate().spec;
    TrainingSet all{X->values.data(), X->rows, X->cols, labels, {}, false};
    auto refit = ModelFitter::fit(best, all, X->names, {threads, 42, nullptr});
    if (!refit)
        return std::fprintf(stderr, "bench_grid: %s\n", qPrintable(refit.error().toString())), 1;
    const double ours = double(clock.nsecsElapsed()) / 1e9;
    const double oursCpu = cpuSeconds() - cpuStart;
    std::printf("churnlens       %.2f s (folds %.2f s, search %.2f s, refit %.2f s), %d threads, %.1f CPU s\n", ours, foldSeconds,
                searchSeconds - foldSeconds, ours - searchSeconds, threads, oursCpu);
    // XGBoost's own tree building is the part no code around the library can shorten: spread
    // perfectly over the workers and added to the folds and the refit, it bounds the whole run.
    const double floorSeconds = foldSeconds + family.boostingSeconds / double(threads) + (ours - searchSeconds);
    std::printf("tree building   %.1f s inside XGBoost's boosting calls (summed over workers): the run cannot beat %.2f s here\n",
                family.boostingSeconds, floorSeconds);
    std::printf("best            %s  CV ROC AUC %.6f\n", qPrintable(best.describe()), family.bestCandidate().meanAuc);

    const bench::StoredFigure stored = bench::storedFigure("gridsearch_27x5_100k");
    double pySeconds = stored.seconds;
    QString source = QStringLiteral("not measured: %1; %2")
                         .arg(python ? QStringLiteral("needs /usr/bin/python3 with scikit-learn and xgboost") : QStringLiteral("--no-python"),
                              stored.origin);
    if (rows != 100000)
        source += QStringLiteral(", for 100,000 rows: not comparable");
    if (python && havePython) {
        const QString xPath = QStringLiteral("/tmp/churnlens_bench_grid_X.npy"), yPath = QStringLiteral("/tmp/churnlens_bench_grid_y.npy");
        std::vector<qint8> y(labels.begin(), labels.end());
        if (!writeNpy(xPath, "<f4", {X->rows, X->cols}, X->values.data(), qint64(X->values.size() * sizeof(float)))
            || !writeNpy(yPath, "|i1", {qint64(y.size())}, y.data(), qint64(y.size())))
            return std::fprintf(stderr, "bench_grid: cannot write the .npy files\n"), 1;
        std::printf("python          GridSearchCV running (about 2 minutes)...\n");
        std::fflush(stdout);
        QProcess py;
        py.start(bench::PythonExe, {QStringLiteral("-c"), QString::fromUtf8(PythonScript), xPath, yPath});
        py.waitForFinished(-1);
        const QByteArray out = py.readAllStandardOutput().trimmed();
        const QJsonObject o = QJsonDocument::fromJson(out.mid(out.lastIndexOf('\n') + 1)).object();
        if (py.exitCode() != 0 || o.isEmpty()) {
            std::fprintf(stderr, "bench_grid: the Python side failed (python3-sklearn/xgboost installed?):\n%s\n",
                         py.readAllStandardError().constData());
        } else {
            pySeconds = o.value(QStringLiteral("seconds")).toDouble();
            source = QStringLiteral("measured now, in this run, same matrix and folds");
            std::printf("cpu time        churnlens %.1f s, scikit-learn %.1f s: %.2fx less work\n", oursCpu,
                        o.value(QStringLiteral("cpu")).toDouble(), o.value(QStringLiteral("cpu")).toDouble() / oursCpu);
            const QJsonObject pb = o.value(QStringLiteral("best")).toObject();
            const bool same = pb.value(QStringLiteral("learning_rate")).toDouble() == best.value(QStringLiteral("learning_rate"))
                && pb.value(QStringLiteral("max_depth")).toInt() == best.intValue(QStringLiteral("max_depth"))
                && pb.value(QStringLiteral("n_estimators")).toInt() == best.intValue(QStringLiteral("n_estimators"));
            double maxDiff = 0.0;
            const QJsonArray means = o.value(QStringLiteral("mean")).toArray();
            for (qsizetype i = 0; i < means.size() && size_t(i) < family.candidates.size(); ++i)
                maxDiff = std::max(maxDiff, std::fabs(means[i].toDouble() - family.candidates[size_t(i)].meanAuc));
            std::printf("python best     learning_rate=%g max_depth=%d n_estimators=%d  CV ROC AUC %.6f -> %s\n",
                        pb.value(QStringLiteral("learning_rate")).toDouble(), pb.value(QStringLiteral("max_depth")).toInt(),
                        pb.value(QStringLiteral("n_estimators")).toInt(), o.value(QStringLiteral("best_score")).toDouble(),
                        same ? "same best parameters" : "DIFFERENT best parameters");
            std::printf("cv agreement    max |mean AUC difference| over %lld parameter sets: %.2e\n", static_cast<long long>(means.size()), maxDiff);
        }
    }
    std::printf("scikit-learn    %.2f s (%s)\n", pySeconds, qPrintable(source));
    std::printf("ratio           %.2fx faster (goal >= 4x; at most %.2fx with XGBoost's tree building as measured)\n", pySeconds / ours,
                pySeconds / floorSeconds);
    return 0;
}
