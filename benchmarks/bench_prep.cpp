// bench_prep: fit + transform of the preparation on every row of the 1M-row Telco file,
// against scikit-learn's ColumnTransformer (clean + median/mode imputation + missing
// indicators + one-hot + standard scaling, python_timing.py's "preprocess_total").
//   bench_prep [FILE] [--reps N] [--threads N] [--python-reps N] [--no-python]
// Without FILE: 1M rows made from tests/data/telco.csv by benchmarks/python/make_big.py, or by
// the product's generator when pandas is missing (benchdata.h). The Python side runs in the same
// run when installed; otherwise the ratio uses the stored figure in benchmarks/anchors.json.
// The CSV parse is not timed on either side (pandas.read_csv vs CsvReader); Python's
// "clean" step (strip, blank → NaN, TotalCharges to numbers) is timed, as the Python reference does:
// the CSV reader does that work while loading here.
#include "benchdata.h"
#include "benchutil.h"
#include "data/dataloader.h"
#include "common/threads.h"
#include "prep/fittedpreparation.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <ctime>

using namespace churnlens;

namespace {

const char *PythonPrep = R"(
import json, statistics, sys, time, warnings
sys.path.insert(0, sys.argv[1])  # benchmarks/python
warnings.filterwarnings("ignore")
import numpy as np, pandas as pd
import python_reference as ref
from python_timing import clean
df = pd.read_csv(sys.argv[2])
times = []
for _ in range(int(sys.argv[3])):
    t = time.perf_counter()
    X_df, y = clean(df)
    X = ref.make_preprocessor(X_df).fit_transform(X_df).astype(np.float32)
    times.append(time.perf_counter() - t)
print(json.dumps({"seconds": statistics.median(times), "features": int(X.shape[1]), "rows": int(X.shape[0])}))
)";

struct Timing
{
    double seconds = 0;   //!< wall, fit + transform
    double fit = 0;       //!< wall, fit alone
    double cpu = 0;       //!< CPU time of the process (all threads), fit + transform
    int features = 0;
};

Timing timePreparation(const DataTable &table, const PreparationOptions &options, int reps)
{
    std::vector<double> times, fits, cpus;
    int features = 0;
    for (int r = 0; r < reps; ++r) {
        QElapsedTimer clock;
        const double cpu0 = cpuSeconds();
        clock.start();
        Result<FittedPreparation> fitted = FittedPreparation::fit(table, options);
        if (!fitted)
            qFatal("fit: %s", qPrintable(fitted.error().toString()));
        fits.push_back(double(clock.nsecsElapsed()) / 1e9);
        Result<FeatureMatrix> m = fitted->transform(table);
        if (!m)
            qFatal("transform: %s", qPrintable(m.error().toString()));
        times.push_back(double(clock.nsecsElapsed()) / 1e9);
        cpus.push_back(cpuSeconds() - cpu0);
        features = m->cols;
    }
    return {bench::median(times), bench::median(fits), bench::median(cpus), features};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QString path;
    int reps = 5;
    int pythonReps = 1;
    bool python = true;
    int threads = 0;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--reps") && i + 1 < args.size())
            reps = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--python-reps") && i + 1 < args.size())
            pythonReps = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--threads") && i + 1 < args.size())
            threads = std::max(0, args[++i].toInt());
        else if (args[i] == QLatin1String("--no-python"))
            python = false;
        else if (!args[i].startsWith(QLatin1String("--")))
            path = args[i];
        else {
            std::fprintf(stderr, "usage: bench_prep [FILE] [--reps N] [--threads N] [--python-reps N] [--no-python]\n");
            return 2;
        }
    }
    const std::optional<bench::DataFile> data = bench::dataFile(path, 1000000);
    if (!data)
        return 2;
    path = data->path;
    Result<LoadResult> loaded = DataLoader::load(DataSource::fromPath(path));
    if (!loaded) {
        std::fprintf(stderr, "bench_prep: %s\n", qPrintable(loaded.error().toString()));
        return 3;
    }
    const DataTable &table = loaded->table;

    // The Python reference's pipeline: imputation, indicators, one-hot, scaling, no engineered features.
    PreparationOptions same = PreparationOptions::forLinearModel();
    same.engineered = 0;
    same.threads = threads;
    const Timing ours = timePreparation(table, same, reps);
    PreparationOptions full = PreparationOptions::forLinearModel();
    full.threads = threads;
    const Timing withEngineered = timePreparation(table, full, reps);
    PreparationOptions one = same;
    one.threads = 1;
    const Timing oneThread = timePreparation(table, one, reps);

    std::printf("file                 %s (%lld rows)\n", qPrintable(path), static_cast<long long>(table.rowCount()));
    std::printf("  made from          %s\n", qPrintable(data->origin));
    std::printf("preparation          %.3f s median of %d, %d features (fit + transform, %d threads)\n", ours.seconds,
                reps, ours.features, threadCount(threads));
    std::printf("  fit / transform    %.3f s / %.3f s; CPU time %.3f s\n", ours.fit, ours.seconds - ours.fit, ours.cpu);
    std::printf("  on one thread      %.3f s\n", oneThread.seconds);
    std::printf("  + engineered       %.3f s, %d features\n", withEngineered.seconds, withEngineered.features);
    std::printf("rows/s               %.0f\n", double(table.rowCount()) / ours.seconds);
    QJsonObject py;
    if (python && bench::pythonHas({QStringLiteral("numpy"), QStringLiteral("pandas"), QStringLiteral("sklearn")})) {
        std::fprintf(stderr, "running scikit-learn (%d rep(s))...\n", pythonReps);
        py = bench::runPython(QString::fromUtf8(PythonPrep), {path, QString::number(pythonReps)});
    }
    if (!py.isEmpty()) {
        const double s = py.value(QStringLiteral("seconds")).toDouble();
        std::printf("python               %.3f s, %d features (scikit-learn measured now, in this run)\n", s,
                    py.value(QStringLiteral("features")).toInt());
        std::printf("ratio                %.1fx faster (goal >= 20x)\n", s / ours.seconds);
    } else {
        const bench::StoredFigure stored = bench::storedFigure("preprocess_1m");
        std::printf("python               %.1f s (not measured: %s; %s)\n", stored.seconds,
                    python ? "needs /usr/bin/python3 with pandas and scikit-learn" : "--no-python", qPrintable(stored.origin));
        std::printf("ratio                %.1fx faster (goal >= 20x)\n", stored.seconds / ours.seconds);
    }
    return 0;
}
