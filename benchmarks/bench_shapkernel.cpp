// bench_shapkernel: the TreeSHAP kernel alone, in CPU time of one thread (so a busy machine
// moves the figure less than the wall clock), on bench_score's model: XGBoost, 200 trees of depth
// 6 on 100,000 generated customers. The model and 200,000 prepared customers are cached in
// /tmp/churnlens_bench_shapkernel, so a second run (another build) skips training; the first
// run also saves its SHAP values there, and later runs print their largest difference to them.
//
//   bench_shapkernel [--rows 50000] [--reps 3] [--group 2]
#include "benchutil.h"
#include "data/dataloader.h"
#include "data/samplegenerator.h"
#include "explain/treeensemble.h"
#include "explain/treeshap.h"
#include "explain/fieldattribution.h"
#include "ml/modelbundle.h"
#include "ml/trainer.h"
#include "ml/xgbbooster.h"
#include "prep/featurematrix.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <cmath>
#include <cstdio>
#include <ctime>

using namespace churnlens;

namespace {
double threadCpu()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}
QByteArray readAll(const QString &p)
{
    QFile f(p);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
void writeAll(const QString &p, const QByteArray &b)
{
    QFile f(p);
    if (f.open(QIODevice::WriteOnly))
        f.write(b);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString cache = QStringLiteral("/tmp/churnlens_bench_shapkernel");
    const int rows = intOption(args, QStringLiteral("--rows"), 50000);
    const int reps = intOption(args, QStringLiteral("--reps"), 3);
    const int group = intOption(args, QStringLiteral("--group"), 2);
    QDir().mkpath(cache);
    QByteArray json = readAll(cache + QStringLiteral("/model.json"));
    QByteArray matrix = readAll(cache + QStringLiteral("/x.bin"));
    if (json.isEmpty() || matrix.isEmpty()) {
        auto gen = [&](qint64 n, quint64 seed) {
            const QString path = cache + QStringLiteral("/c%1.csv").arg(seed);
            if (!SampleGenerator::writeCsv(path, n, seed))
                std::exit(1);
            DataSource source = DataSource::fromPath(path);
            source.targetHint = QStringLiteral("Churn");
            return check(DataLoader::load(source), "loading").table;
        };
        const DataTable train = gen(100000, 1);
        TrainOptions o;
        o.folds = 0;
        o.threads = 2;
        o.baseParams[ModelKind::XGBoost] = {{QStringLiteral("n_estimators"), 200.0}, {QStringLiteral("max_depth"), 6.0}};
        const TrainReport report = check(Trainer::run(train, o), "training");
        if (!ModelBundle::save(cache + QStringLiteral("/model"), report))
            return 1;
        const ModelBundle model = check(ModelBundle::load(cache + QStringLiteral("/model")), "load");
        const DataTable customers = gen(200000, 2);
        const FeatureMatrix m = check(model.preparation().transform(customers), "prep");
        json = check(model.model().booster()->toJson(), "json");
        writeAll(cache + QStringLiteral("/model.json"), json);
        matrix = QByteArray(reinterpret_cast<const char *>(&m.cols), sizeof(int))
                 + QByteArray(reinterpret_cast<const char *>(m.values.data()), qsizetype(m.values.size() * sizeof(float)));
        writeAll(cache + QStringLiteral("/x.bin"), matrix);
    }
    int cols = 0;
    if (matrix.size() < qsizetype(sizeof(int))) {
        std::fprintf(stderr, "the cached matrix in %s is cut short: delete the folder and run again\n", qPrintable(cache));
        return 1;
    }
    std::memcpy(&cols, matrix.data(), sizeof(int));
    if (cols <= 0) {
        std::fprintf(stderr, "the cached matrix in %s has no columns: delete the folder and run again\n", qPrintable(cache));
        return 1;
    }
    const float *x = reinterpret_cast<const float *>(matrix.constData() + sizeof(int));
    const qsizetype total = (matrix.size() - qsizetype(sizeof(int))) / qsizetype(sizeof(float)) / cols;
    const qsizetype n = std::min<qsizetype>(rows, total);
    const TreeEnsemble ensemble = check(TreeEnsemble::fromJson(json), "trees");
    TreeShapOptions opt;
    opt.groupHeight = group;
    double created = 1e30;
    for (int i = 0; i < 3; ++i) {
        const double c = threadCpu();
        (void)check(TreeShap::create(ensemble, opt), "shap");
        created = std::min(created, threadCpu() - c);
    }
    const TreeShap shap = check(TreeShap::create(ensemble, opt), "shap");
    std::vector<double> out(size_t(n) * size_t(cols + 1));
    double best = 1e30;
    for (int i = 0; i < reps; ++i) {
        const double c = threadCpu();
        if (!shap.explainInto(x, n, cols, out.data(), 1))
            return 1;
        best = std::min(best, threadCpu() - c);
    }
    // Single rows, as the service and what-if explain them (explainRow).
    std::vector<double> one(size_t(cols + 1));
    const int singles = 20000;
    double bestRow = 1e30;
    for (int i = 0; i < reps; ++i) {
        const double c = threadCpu();
        for (int r = 0; r < singles; ++r)
            shap.explainRow(x + size_t(r) * size_t(cols), one.data());
        bestRow = std::min(bestRow, threadCpu() - c);
    }
    const QString refPath = cache + QStringLiteral("/ref.bin");
    QByteArray ref = readAll(refPath);
    if (ref.isEmpty()) {
        writeAll(refPath, QByteArray(reinterpret_cast<const char *>(out.data()), qsizetype(out.size() * sizeof(double))));
        ref = readAll(refPath);
    }
    const double *r = reinterpret_cast<const double *>(ref.constData());
    const size_t m = std::min(out.size(), size_t(ref.size()) / sizeof(double));
    double worstAbs = 0.0, worstRel = 0.0;
    for (size_t i = 0; i < m; ++i) {
        const double d = std::abs(out[i] - r[i]);
        worstAbs = std::max(worstAbs, d);
        worstRel = std::max(worstRel, d / std::max(1e-300, std::abs(r[i])));
    }
    // explainRow against the blocks: the same digits.
    double worstRow = 0.0;
    for (int q = 0; q < 200; ++q) {
        shap.explainRow(x + size_t(q) * size_t(cols), one.data());
        for (int c = 0; c <= cols; ++c)
            worstRow = std::max(worstRow, std::abs(one[size_t(c)] - out[size_t(q) * size_t(cols + 1) + size_t(c)]));
    }
    std::printf("kernel: %lld rows, %d cols: %.0f rows per CPU-second (1 thread); explainRow %.1f us/row; groups %lld, "
                "%.1f MiB, built in %.3f s CPU; vs ref: abs %.2g rel %.2g (%zu values); row vs block %.2g\n",
                qint64(n), cols, double(n) / best, bestRow / singles * 1e6, qint64(shap.groupCount()),
                shap.memoryBytes() / 1048576.0, created, worstAbs, worstRel, m, worstRow);
    return 0;
}
