// bench_xgb: XGBoost fit (200 trees, depth 6, learning rate 0.1, hist) on 100K and 1M rows through
// ChurnLens' C API wrapper vs the Python package on the same matrix, in the same run.
//   bench_xgb [--csv FILE] [--reps N] [--threads N] [--no-python]
// Without --csv: 1M rows made from tests/data/telco.csv by benchmarks/python/make_big.py, or by the
// product's generator when pandas is missing. Without the Python xgboost package the comparison
// uses the stored figures of benchmarks/anchors.json (the output says which).
// Goal: within 5% of Python (same library); both sides include building XGBoost's matrix.
#include "benchdata.h"
#include "benchutil.h"
#include "data/dataloader.h"
#include "ml/modelfitter.h"
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
import json, sys, time, statistics, warnings
import numpy as np, xgboost as xgb
warnings.filterwarnings("ignore")
X = np.load(sys.argv[1], mmap_mode="r"); y = np.load(sys.argv[2]).astype(int)
reps, threads = int(sys.argv[3]), int(sys.argv[4])
out = {}
for n in [int(v) for v in sys.argv[5].split(",")]:
    Xn, yn = np.ascontiguousarray(X[:n]), y[:n]
    times = []
    for _ in range(reps):
        t = time.perf_counter()
        m = xgb.XGBClassifier(n_estimators=200, max_depth=6, learning_rate=0.1, tree_method="hist",
                              n_jobs=threads, random_state=42, eval_metric="logloss").fit(Xn, yn)
        times.append(time.perf_counter() - t)
    out[str(n)] = {"median": statistics.median(times), "all": times,
                   "p": m.predict_proba(Xn[:1000])[:, 1].astype(float).tolist()}
print(json.dumps(out))
)PY";

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    QString csv;
    int reps = 3, threads = 2;
    bool python = true;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--csv") && i + 1 < args.size())
            csv = args[++i];
        else if (args[i] == QLatin1String("--reps") && i + 1 < args.size())
            reps = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--threads") && i + 1 < args.size())
            threads = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--no-python"))
            python = false;
        else
            return std::fprintf(stderr, "usage: bench_xgb [--csv FILE] [--reps N] [--threads N] [--no-python]\n"), 2;
    }
    const bool havePython = python && bench::pythonHas({QStringLiteral("numpy"), QStringLiteral("xgboost")});
    const std::optional<bench::DataFile> data = bench::dataFile(csv, 1000000);
    if (!data)
        return 2;
    csv = data->path;
    auto loaded = DataLoader::load(DataSource::fromPath(csv));
    if (!loaded)
        return std::fprintf(stderr, "bench_xgb: %s\n", qPrintable(loaded.error().toString())), 3;
    const std::vector<int8_t> labels = loaded->table.targetLabels();
    PreparationOptions prepOptions = PreparationOptions::forTrees();
    prepOptions.engineered = 0; // the Python reference's 41 features
    auto prep = FittedPreparation::fit(loaded->table, prepOptions);
    if (!prep)
        return std::fprintf(stderr, "bench_xgb: %s\n", qPrintable(prep.error().toString())), 1;
    auto X = prep->transform(loaded->table);
    if (!X)
        return std::fprintf(stderr, "bench_xgb: %s\n", qPrintable(X.error().toString())), 1;
    std::printf("data       %s: %lld rows x %d features; %d threads, median of %d\n", qPrintable(csv), static_cast<long long>(X->rows),
                X->cols, threads, reps);
    std::printf("  made from  %s\n", qPrintable(data->origin));

    QJsonObject py;
    const QList<qint64> sizes{std::min<qint64>(100000, X->rows), X->rows};
    if (python && havePython) {
        const QString xPath = QStringLiteral("/tmp/churnlens_bench_xgb_X.npy"), yPath = QStringLiteral("/tmp/churnlens_bench_xgb_y.npy");
        std::vector<qint8> y(labels.begin(), labels.end());
        if (!writeNpy(xPath, "<f4", {X->rows, X->cols}, X->values.data(), qint64(X->values.size() * sizeof(float)))
            || !writeNpy(yPath, "|i1", {qint64(y.size())}, y.data(), qint64(y.size())))
            return std::fprintf(stderr, "bench_xgb: cannot write the .npy files\n"), 1;
        QProcess p;
        p.start(bench::PythonExe, {QStringLiteral("-c"), QString::fromUtf8(PythonScript), xPath, yPath, QString::number(reps),
                                                    QString::number(threads), QStringLiteral("%1,%2").arg(sizes[0]).arg(sizes[1])});
        p.waitForFinished(-1);
        const QByteArray out = p.readAllStandardOutput().trimmed();
        py = QJsonDocument::fromJson(out.mid(out.lastIndexOf('\n') + 1)).object();
        if (py.isEmpty())
            std::fprintf(stderr, "bench_xgb: the Python side failed:\n%s\n", p.readAllStandardError().constData());
    }

    const ModelSpec spec = ModelSpec::withDefaults(ModelKind::XGBoost, {{"n_estimators", 200}, {"max_depth", 6}, {"learning_rate", 0.1}});
    if (py.isEmpty())
        std::printf("python     not measured (%s): stored figures for 100,000 and 1,000,000 rows, %s\n",
                    python ? "needs /usr/bin/python3 with numpy and xgboost" : "--no-python",
                    qPrintable(bench::storedFigure("xgb_fit_1m").origin));
    else
        std::printf("python     measured now, in this run, on the same matrix\n");
    const char *storedKeys[] = {"xgb_fit_100k", "xgb_fit_1m"};
    for (int s = 0; s < sizes.size(); ++s) {
        const qint64 n = sizes[s];
        const TrainingSet set{X->values.data(), n, X->cols, std::span<const int8_t>(labels).first(size_t(n)), {}, false};
        std::vector<double> times;
        TrainedModel model;
        for (int r = 0; r < reps; ++r) {
            QElapsedTimer clock;
            clock.start();
            auto m = ModelFitter::fit(spec, set, X->names, {threads, 42, nullptr});
            times.push_back(double(clock.nsecsElapsed()) / 1e9);
            if (!m)
                return std::fprintf(stderr, "bench_xgb: %s\n", qPrintable(m.error().toString())), 1;
            model = std::move(*m);
        }
        std::sort(times.begin(), times.end());
        const double ours = times[times.size() / 2];
        const QJsonObject side = py.value(QString::number(n)).toObject();
        const bool storedComparable = n == (s == 0 ? 100000 : 1000000);
        const double theirs = side.isEmpty() ? bench::storedFigure(storedKeys[s]).seconds : side.value(QStringLiteral("median")).toDouble();
        std::printf("fit %7lld  churnlens %.3f s   python %.3f s (%s)   churnlens/python %.3f\n", static_cast<long long>(n), ours, theirs,
                    side.isEmpty() ? (storedComparable ? "stored" : "stored, other row count: not comparable") : "measured now",
                    ours / theirs);
        if (!side.isEmpty()) {
            auto p = model.predictProba(X->values.data(), 1000, X->cols);
            double diff = 0.0;
            const QJsonArray pp = side.value(QStringLiteral("p")).toArray();
            for (qsizetype i = 0; i < pp.size() && p && size_t(i) < p->size(); ++i)
                diff = std::max(diff, std::fabs((*p)[size_t(i)] - pp[i].toDouble()));
            std::printf("             same model: max |probability difference| on 1000 rows %.2e\n", diff);
        }
    }
    return 0;
}
