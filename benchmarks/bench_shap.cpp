// bench_shap: exact TreeSHAP of ChurnLens against XGBoost's own pred_contribs, in the same run,
// on the same model and rows; plus probability throughput with XGBoost's in-place prediction.
//
//   bench_shap [--rows 100000] [--trees 200] [--depth 6] [--threads 2] [--xgb-rows N]
//              [--csv /tmp/telco_100k.csv] [--predict-rows 1000000] [--forest N]
//
// --forest N trains one round of a random forest of N trees (num_parallel_tree, subsample 0.8,
// colsample_bynode 0.7, eta 1) instead of boosting: deep trees take TreeSHAP's direct path.
//
// Without --csv the rows are drawn from tests/data/telco.csv with replacement and a little noise
// (as benchmarks/python/make_big.py does); with --csv a file of the Telco schema is read as is.
#include "benchutil.h"
#include "explain/treeensemble.h"
#include "explain/treescorer.h"
#include "explain/treeshap.h"
#include "explaintestdata.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>

using namespace churnlens;

namespace {

double seconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

// CPU seconds of the whole process: on a busy machine wall time swings with other load,
// while CPU time per row measures the work itself.
// Other processes compete for the cores: print the load so a reader can judge the wall clock.
QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2)
                                       : QStringLiteral("unknown");
}


} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int rows = intOption(args, QStringLiteral("--rows"), 100000);
    const int trees = intOption(args, QStringLiteral("--trees"), 200);
    const int depth = intOption(args, QStringLiteral("--depth"), 6);
    const int threads = intOption(args, QStringLiteral("--threads"), 2);
    const int xgbRows = std::min(rows, intOption(args, QStringLiteral("--xgb-rows"), rows));
    const int predictRows = intOption(args, QStringLiteral("--predict-rows"), 1000000);
    const int forest = intOption(args, QStringLiteral("--forest"), 0);
    const qsizetype csvAt = args.indexOf(QStringLiteral("--csv"));
    const QString csv = csvAt >= 0 && csvAt + 1 < args.size() ? args[csvAt + 1] : QString();

    std::printf("load average at start: %s\n", qPrintable(loadAverage()));
    QElapsedTimer timer;
    timer.start();
    explaintest::Dataset data = csv.isEmpty()
        ? explaintest::loadTelco(QStringLiteral(CHURNLENS_TESTDATA "/telco.csv"), rows)
        : explaintest::loadTelco(csv);
    if (!data.error.isEmpty()) {
        std::fprintf(stderr, "bench_shap: %s\n", qPrintable(data.error));
        return 1;
    }
    if (!csv.isEmpty() && data.rows > rows)
        data.rows = rows;
    std::printf("data: %d rows x %d features (%s), %.2f s\n", data.rows, data.cols,
                csv.isEmpty() ? "telco.csv resampled" : qPrintable(QFileInfo(csv).fileName()), seconds(timer));

    timer.restart();
    explaintest::Booster::Params params{{QStringLiteral("objective"), QStringLiteral("binary:logistic")},
                                        {QStringLiteral("max_depth"), QString::number(depth)},
                                        {QStringLiteral("eta"), QStringLiteral("0.1")},
                                        {QStringLiteral("tree_method"), QStringLiteral("hist")},
                                        {QStringLiteral("nthread"), QString::number(threads)},
                                        {QStringLiteral("seed"), QStringLiteral("42")}};
    if (forest > 0) {
        params.push_back({QStringLiteral("num_parallel_tree"), QString::number(forest)});
        params.push_back({QStringLiteral("subsample"), QStringLiteral("0.8")});
        params.push_back({QStringLiteral("colsample_bynode"), QStringLiteral("0.7")});
        params.push_back({QStringLiteral("eta"), QStringLiteral("1")});
    }
    explaintest::Booster booster(data, params, forest > 0 ? 1 : trees);
    if (!booster.ok()) {
        std::fprintf(stderr, "bench_shap: %s\n", qPrintable(booster.error()));
        return 1;
    }
    if (forest > 0)
        std::printf("XGBoost fit: random forest of %d trees, depth %d, hist, %d threads: %.2f s\n", forest, depth,
                    threads, seconds(timer));
    else
        std::printf("XGBoost fit: %d trees, depth %d, lr 0.1, hist, %d threads: %.2f s\n", trees, depth, threads,
                    seconds(timer));

    timer.restart();
    const auto model = TreeEnsemble::fromJson(booster.json());
    if (!model) {
        std::fprintf(stderr, "bench_shap: %s\n", qPrintable(model.error().toString()));
        return 1;
    }
    const double parseSeconds = seconds(timer);
    timer.restart();
    const auto shap = TreeShap::create(*model);
    if (!shap) {
        std::fprintf(stderr, "bench_shap: %s\n", qPrintable(shap.error().toString()));
        return 1;
    }
    std::printf("model JSON parsed in %.3f s; TreeSHAP precomputation %.3f s (%lld table leaves, %lld direct, "
                "%.1f MiB)\n", parseSeconds, seconds(timer), qlonglong(shap->tableLeafCount()),
                qlonglong(shap->directLeafCount()), double(shap->memoryBytes()) / 1048576.0);

    // Ours: best of three full runs.
    double oursSeconds = 1e300;
    double oursCpu = 1e300;
    Result<ShapMatrix> ours = makeError(ErrorCode::Internal, QString());
    for (int rep = 0; rep < 3; ++rep) {
        timer.restart();
        const double cpu = cpuSeconds();
        ours = shap->explain(data.x.data(), data.rows, data.cols, threads);
        oursSeconds = std::min(oursSeconds, seconds(timer));
        oursCpu = std::min(oursCpu, cpuSeconds() - cpu);
        if (!ours) {
            std::fprintf(stderr, "bench_shap: %s\n", qPrintable(ours.error().toString()));
            return 1;
        }
    }
    const double oursRate = data.rows / oursSeconds;
    std::printf("ChurnLens TreeSHAP:    %7d rows in %8.3f s = %9.0f rows/s (%d threads; %.0f rows per CPU-second)\n",
                data.rows, oursSeconds, oursRate, threads, data.rows / oursCpu);

    {
        // The same trees with one table per leaf (the layout before leaves shared tables), in the
        // same run: whole blocks, and one customer per call as a scoring service explains them.
        TreeShapOptions perLeafOptions;
        perLeafOptions.groupHeight = 0;
        const auto perLeaf = TreeShap::create(*model, perLeafOptions);
        if (!perLeaf)
            return 1;
        std::vector<double> out(size_t(data.rows) * size_t(data.cols + 1));
        double oldCpu = 1e300;
        for (int rep = 0; rep < 2; ++rep) {
            const double c = cpuSeconds();
            if (!perLeaf->explainInto(data.x.data(), data.rows, data.cols, out.data(), threads))
                return 1;
            oldCpu = std::min(oldCpu, cpuSeconds() - c);
        }
        double worst = 0.0;
        for (size_t i = 0; i < out.size(); ++i)
            worst = std::max(worst, std::abs(out[i] - ours->values[i]));
        std::printf("one table per leaf:    %7d rows, %.0f rows per CPU-second; shared tables are %.2fx faster "
                    "(largest difference %.2g)\n", data.rows, data.rows / oldCpu, oldCpu / oursCpu, worst);
        const int singles = std::min(data.rows, 20000);
        auto oneByOne = [&](const TreeShap &s) {
            double best = 1e300;
            for (int rep = 0; rep < 2; ++rep) {
                const double c = cpuSeconds();
                for (int r = 0; r < singles; ++r) {
                    if (!s.explainInto(data.x.data() + size_t(r) * size_t(data.cols), 1, data.cols, out.data(), 1))
                        std::exit(1);
                }
                best = std::min(best, cpuSeconds() - c);
            }
            return best / singles * 1e6;
        };
        const double single = oneByOne(*shap);
        const double singleOld = oneByOne(*perLeaf);
        std::printf("one customer per call: %.1f us CPU (one table per leaf: %.1f us, %.2fx); load average %s\n", single,
                    singleOld, singleOld / single, qPrintable(loadAverage()));
    }

    timer.restart();
    const double cpu = cpuSeconds();
    const std::vector<float> reference = booster.predict(data.x.data(), xgbRows, data.cols, 2);
    const double xgbSeconds = seconds(timer);
    const double xgbCpu = cpuSeconds() - cpu;
    if (!booster.ok()) {
        std::fprintf(stderr, "bench_shap: %s\n", qPrintable(booster.error()));
        return 1;
    }
    const double xgbRate = xgbRows / xgbSeconds;
    std::printf("XGBoost pred_contribs: %7d rows in %8.3f s = %9.0f rows/s (%d threads; %.0f rows per CPU-second)\n",
                xgbRows, xgbSeconds, xgbRate, threads, xgbRows / xgbCpu);
    std::printf("speed-up: %.1fx wall clock, %.1fx CPU time\n", oursRate / xgbRate,
                (data.rows / oursCpu) / (xgbRows / xgbCpu));

    double maxDiff = 0.0;
    for (size_t i = 0; i < reference.size(); ++i)
        maxDiff = std::max(maxDiff, std::abs(ours->values[i] - double(reference[i])));
    double maxAdditivity = 0.0;
    for (int r = 0; r < data.rows; ++r)
        maxAdditivity = std::max(maxAdditivity,
                                 std::abs(ours->margin(r) - model->predictMargin(data.x.data() + size_t(r) * size_t(data.cols))));
    std::printf("max |ours - XGBoost| over %d rows x %d columns: %.3g; max |base + sum - margin|: %.3g\n", xgbRows,
                data.cols + 1, maxDiff, maxAdditivity);

    // Probabilities with XGBoost's in-place prediction on a dense matrix (no DMatrix, no copy).
    if (predictRows > 0) {
        std::vector<float> big(size_t(predictRows) * size_t(data.cols));
        for (int r = 0; r < predictRows; ++r)
            std::copy_n(data.x.data() + size_t(r % data.rows) * size_t(data.cols), data.cols,
                        big.data() + size_t(r) * size_t(data.cols));
        double best = 1e300;
        double bestCpu = 1e300;
        std::vector<float> probabilities;
        for (int rep = 0; rep < 3; ++rep) {
            timer.restart();
            const double cpu = cpuSeconds();
            probabilities = booster.predictInplace(big.data(), predictRows, data.cols);
            best = std::min(best, seconds(timer));
            bestCpu = std::min(bestCpu, cpuSeconds() - cpu);
        }
        if (!booster.ok() || probabilities.size() != size_t(predictRows)) {
            std::fprintf(stderr, "bench_shap: %s\n", qPrintable(booster.error()));
            return 1;
        }
        double maxP = 0.0;
        for (int r = 0; r < std::min(predictRows, 10000); ++r)
            maxP = std::max(maxP, std::abs(double(probabilities[size_t(r)])
                                           - model->transform(model->predictMargin(big.data() + size_t(r) * size_t(data.cols)))));
        std::printf("XGBoost in-place probabilities: %8d rows in %.3f s = %9.0f rows/s (%.0f rows per CPU-second; "
                    "max |p - model| %.2g)\n", predictRows, best, predictRows / best, predictRows / bestCpu, maxP);

        const auto scorer = TreeScorer::create(*model);
        if (!scorer) {
            std::fprintf(stderr, "bench_shap: %s\n", qPrintable(scorer.error().toString()));
            return 1;
        }
        std::vector<double> scored(static_cast<size_t>(predictRows));
        double oursBest = 1e300;
        double oursBestCpu = 1e300;
        for (int rep = 0; rep < 3; ++rep) {
            timer.restart();
            const double cpu = cpuSeconds();
            if (!scorer->predict(big.data(), predictRows, data.cols, scored.data(), false, threads))
                return 1;
            oursBest = std::min(oursBest, seconds(timer));
            oursBestCpu = std::min(oursBestCpu, cpuSeconds() - cpu);
        }
        double maxOurs = 0.0;
        for (int r = 0; r < predictRows; ++r)
            maxOurs = std::max(maxOurs, std::abs(scored[size_t(r)] - double(probabilities[size_t(r)])));
        std::printf("ChurnLens TreeScorer probabilities: %d rows in %.3f s = %9.0f rows/s (%.0f rows per CPU-second; "
                    "max |p - XGBoost| %.2g)\n", predictRows, oursBest, predictRows / oursBest,
                    predictRows / oursBestCpu, maxOurs);
    }
    std::printf("load average at end: %s\n", qPrintable(loadAverage()));
    return maxDiff <= 1e-5 && maxAdditivity <= 1e-5 ? 0 : 2;
}
