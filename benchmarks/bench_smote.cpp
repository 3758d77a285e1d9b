// bench_smote: SMOTE (k = 5) on the first 100K prepared rows of the 1M-row Telco file,
// against imbalanced-learn's SMOTE(k_neighbors=5).fit_resample on the same rows of the
// same preparation (python_timing.py's "smote_100k").
//   bench_smote [FILE] [--rows N] [--reps N] [--threads N] [--python-reps N] [--no-python]
// Without FILE: 1M rows made from tests/data/telco.csv by benchmarks/python/make_big.py, or by
// the product's generator when pandas is missing (benchdata.h). The Python side runs in the same
// run when installed; otherwise the ratio uses the stored figure in benchmarks/anchors.json.
#include "benchdata.h"
#include "benchutil.h"
#include "data/dataloader.h"
#include "common/threads.h"
#include "ml/imbalancesampler.h"
#include "ml/smoteneighbours.h"
#include "prep/fittedpreparation.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <ctime>

using namespace churnlens;

namespace {

const char *PythonSmote = R"(
import json, statistics, sys, time, warnings
sys.path.insert(0, sys.argv[1])  # benchmarks/python
warnings.filterwarnings("ignore")
import numpy as np, pandas as pd
import python_reference as ref
from python_timing import clean
from imblearn.over_sampling import SMOTE
X_df, y = clean(pd.read_csv(sys.argv[2]))
X = ref.make_preprocessor(X_df).fit_transform(X_df).astype(np.float32)
n = int(sys.argv[3])
times = []
for _ in range(int(sys.argv[4])):
    t = time.perf_counter()
    Xs, ys = SMOTE(random_state=ref.SEED, k_neighbors=5).fit_resample(X[:n], y[:n])
    times.append(time.perf_counter() - t)
print(json.dumps({"seconds": statistics.median(times), "rows_out": int(len(ys)), "minority_in": int(y[:n].sum())}))
)";

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QString path;
    qsizetype rows = 100000;
    int reps = 5;
    int pythonReps = 1;
    int threads = 0;
    bool python = true;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--reps") && i + 1 < args.size())
            reps = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--rows") && i + 1 < args.size())
            rows = std::max(10, args[++i].toInt());
        else if (args[i] == QLatin1String("--python-reps") && i + 1 < args.size())
            pythonReps = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--threads") && i + 1 < args.size())
            threads = std::max(0, args[++i].toInt());
        else if (args[i] == QLatin1String("--no-python"))
            python = false;
        else if (!args[i].startsWith(QLatin1String("--")))
            path = args[i];
        else {
            std::fprintf(stderr, "usage: bench_smote [FILE] [--rows N] [--reps N] [--threads N] [--python-reps N] "
                                 "[--no-python]\n");
            return 2;
        }
    }
    const std::optional<bench::DataFile> data = bench::dataFile(path, 1000000);
    if (!data)
        return 2;
    path = data->path;
    Result<LoadResult> loaded = DataLoader::load(DataSource::fromPath(path));
    if (!loaded) {
        std::fprintf(stderr, "bench_smote: %s\n", qPrintable(loaded.error().toString()));
        return 3;
    }
    const DataTable &table = loaded->table;
    rows = std::min(rows, table.rowCount());
    // As the Python reference: the preparation fitted on all rows, SMOTE on the first rows.
    PreparationOptions prep = PreparationOptions::forLinearModel();
    prep.engineered = 0;
    Result<FittedPreparation> fitted = FittedPreparation::fit(table, prep);
    if (!fitted)
        qFatal("fit: %s", qPrintable(fitted.error().toString()));
    std::vector<qsizetype> first(static_cast<size_t>(rows));
    for (qsizetype i = 0; i < rows; ++i)
        first[size_t(i)] = i;
    Result<FeatureMatrix> matrix = fitted->transform(table, first);
    if (!matrix)
        qFatal("transform: %s", qPrintable(matrix.error().toString()));
    const std::vector<int8_t> all = table.targetLabels();
    const std::vector<int8_t> labels(all.begin(), all.begin() + rows);
    const qsizetype minority = std::count(labels.begin(), labels.end(), int8_t(1));

    auto measure = [&](ImbalanceStrategy strategy, bool standardize, ResampledData *last, double *cpu) {
        ImbalanceOptions o;
        o.strategy = strategy;
        o.standardizeDistances = standardize;
        o.threads = threads;
        std::vector<double> times, cpus;
        for (int r = 0; r < reps; ++r) {
            QElapsedTimer clock;
            const double cpu0 = cpuSeconds();
            clock.start();
            Result<ResampledData> out = ImbalanceSampler::apply(*matrix, labels, o);
            times.push_back(double(clock.nsecsElapsed()) / 1e9);
            cpus.push_back(cpuSeconds() - cpu0);
            if (!out)
                qFatal("smote: %s", qPrintable(out.error().toString()));
            *last = std::move(*out);
        }
        *cpu = bench::median(cpus);
        return bench::median(times);
    };
    ResampledData plain, nominal;
    double plainCpu = 0, nominalCpu = 0;
    // imbalanced-learn's SMOTE: plain interpolation, raw distances on the prepared matrix.
    const double plainSeconds = measure(ImbalanceStrategy::SmotePlain, false, &plain, &plainCpu);
    const double nominalSeconds = measure(ImbalanceStrategy::Smote, true, &nominal, &nominalCpu);

    // The neighbour search alone, with its statistics.
    std::vector<float> minorityRows;
    for (qsizetype i = 0; i < rows; ++i) {
        if (labels[size_t(i)] == 1)
            minorityRows.insert(minorityRows.end(), matrix->row(i), matrix->row(i) + matrix->cols);
    }
    SmoteNeighbours::Stats stats;
    QElapsedTimer clock;
    clock.start();
    Result<std::vector<qint32>> nn = SmoteNeighbours::find(minorityRows.data(), minority, matrix->cols, 5, threads,
                                                           nullptr, &stats);
    const double knnSeconds = double(clock.nsecsElapsed()) / 1e9;
    if (!nn)
        qFatal("knn: %s", qPrintable(nn.error().toString()));

    std::printf("file                 %s\n  made from          %s\n", qPrintable(path), qPrintable(data->origin));
    std::printf("rows                 %lld prepared rows (%d features), %lld minority\n", static_cast<long long>(rows),
                matrix->cols, static_cast<long long>(minority));
    std::printf("SMOTE                %.3f s median of %d -> %lld rows (%lld synthetic), %d threads\n", plainSeconds,
                reps, static_cast<long long>(plain.matrix.rows), static_cast<long long>(plain.syntheticRows),
                threadCount(threads));
    std::printf("  CPU time           %.3f s (all threads)\n", plainCpu);
    std::printf("  neighbour search   %.3f s (%s tiles on %d axes, %lld of %lld tiles skipped, %lld rows searched "
                "again)\n", knnSeconds, stats.avx2 ? "AVX2" : "baseline", stats.dims,
                static_cast<long long>(stats.skippedTiles), static_cast<long long>(stats.tiles),
                static_cast<long long>(stats.searchedAgain));
    std::printf("SMOTE-NC (default)   %.3f s (CPU %.3f s)\n", nominalSeconds, nominalCpu);
    QJsonObject py;
    if (python && bench::pythonHas({QStringLiteral("numpy"), QStringLiteral("pandas"), QStringLiteral("sklearn"), QStringLiteral("imblearn")})) {
        std::fprintf(stderr, "running imbalanced-learn (%d rep(s))...\n", pythonReps);
        py = bench::runPython(QString::fromUtf8(PythonSmote), {path, QString::number(rows), QString::number(pythonReps)});
    }
    if (!py.isEmpty()) {
        const double s = py.value(QStringLiteral("seconds")).toDouble();
        std::printf("python               %.3f s -> %d rows (imbalanced-learn measured now, in this run)\n", s,
                    py.value(QStringLiteral("rows_out")).toInt());
        std::printf("ratio                %.1fx faster (goal >= 15x)\n", s / plainSeconds);
    } else {
        const bench::StoredFigure stored = bench::storedFigure("smote_100k");
        std::printf("python               %.1f s for 100,000 rows (not measured: %s; %s)\n", stored.seconds,
                    python ? "needs /usr/bin/python3 with scikit-learn and imbalanced-learn" : "--no-python",
                    qPrintable(stored.origin));
        std::printf("ratio                %.1fx faster (goal >= 15x)%s\n", stored.seconds / plainSeconds,
                    rows == 100000 ? "" : " (different row counts: not comparable)");
    }
    return 0;
}
