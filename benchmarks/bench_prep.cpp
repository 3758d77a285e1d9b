// bench_prep: fit + transform of the preparation on every row of the 1M-row Telco file,
// against scikit-learn's ColumnTransformer (clean + median/mode imputation + missing
// indicators + one-hot + standard scaling, python_timing.py's "preprocess_total").
//   bench_prep [FILE] [--reps N] [--threads N] [--python-reps N] [--no-python]
// FILE defaults to /tmp/telco_1m.csv (generated with make_big.py when missing).
// The CSV parse is not timed on either side (pandas.read_csv vs CsvReader); Python's
// "clean" step (strip, blank → NaN, TotalCharges to numbers) is timed, as the anchor does:
// the CSV reader does that work while loading here.
#include "benchutil.h"
#include "benchprephelpers.h"
#include "prep/fittedpreparation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <ctime>

using namespace churnlens;

namespace {

const char *PythonPrep = R"(
import json, statistics, sys, time, warnings
sys.path.insert(0, sys.argv[1])
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

constexpr double AnchorSeconds = 10.5; // ../shared/anchors/README.md

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
    QString path = QStringLiteral("/tmp/telco_1m.csv");
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
    if (!bench::ensureBigCsv(path, 1000000))
        return 2;
    Result<LoadResult> loaded = DataLoader::load(DataSource::fromPath(path));
    if (!loaded) {
        std::fprintf(stderr, "bench_prep: %s\n", qPrintable(loaded.error().toString()));
        return 3;
    }
    const DataTable &table = loaded->table;

    // The anchor's pipeline: imputation, indicators, one-hot, scaling, no engineered features.
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
    std::printf("preparation          %.3f s median of %d, %d features (fit + transform, %d threads)\n", ours.seconds,
                reps, ours.features, threads > 0 ? threads : QThread::idealThreadCount());
    std::printf("  fit / transform    %.3f s / %.3f s; CPU time %.3f s\n", ours.fit, ours.seconds - ours.fit, ours.cpu);
    std::printf("  on one thread      %.3f s\n", oneThread.seconds);
    std::printf("  + engineered       %.3f s, %d features\n", withEngineered.seconds, withEngineered.features);
    std::printf("rows/s               %.0f\n", double(table.rowCount()) / ours.seconds);
    std::printf("vs anchor (%.1f s)   %.1fx faster (goal >= 20x)\n", AnchorSeconds, AnchorSeconds / ours.seconds);
    if (python) {
        std::fprintf(stderr, "running scikit-learn (%d rep(s))...\n", pythonReps);
        const QJsonObject py = bench::runPython(QString::fromUtf8(PythonPrep),
                                                {bench::Anchors, path, QString::number(pythonReps)});
        if (py.isEmpty()) {
            std::printf("python               not measured (needs /usr/bin/python3 with pandas and scikit-learn)\n");
        } else {
            const double s = py.value(QStringLiteral("seconds")).toDouble();
            std::printf("python (same run)    %.3f s, %d features\n", s, py.value(QStringLiteral("features")).toInt());
            std::printf("ratio (same run)     %.1fx faster (goal >= 20x)\n", s / ours.seconds);
        }
    }
    return 0;
}
