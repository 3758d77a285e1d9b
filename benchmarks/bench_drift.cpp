// bench_drift: a new 1M-row customer file checked for drift against a stored reference, next to
// the Python anchor (python/python_drift.py: pandas + numpy + scipy) on the same two files.
//   bench_drift [REFERENCE.csv NEW.csv] [--rows N] [--runs N] [--no-python]
// Without files: two files of N rows (default 1M) made by the product's SampleGenerator in /tmp
// and reused: the reference with seed 42, the new file with seed 43 and a shift (MonthlyCharges
// × 1.15, a third of the one- and two-year contracts turned month-to-month) so some fields flag.
// Ours: the reference is loaded and built once (timed apart: the product stores it with the model);
// the check is [load the new file with DataLoader + DriftResult::compute over every field], the
// median of --runs runs in this process after one untimed load (so both sides read from the page
// cache). Python reads both files (it has no stored reference) and computes everything each run.
// The per-field measures of both sides are compared: PSI, KL and JS should agree to rounding,
// KS within 0.01 (ours is taken on the reference's 101 percentiles).
#include "benchreference.h"
#include "benchutil.h"
#include "common/threads.h"
#include "data/dataloader.h"
#include "data/samplegenerator.h"
#include "monitor/driftreference.h"
#include "monitor/driftresult.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cmath>
#include <cstdio>
#include <optional>

using namespace churnlens;

namespace {

const QString Target = QStringLiteral("Churn");
const QString Id = QStringLiteral("customerID");

// The generator's CSV (no quoting, empty = missing) with the shift applied, line by line.
QByteArray shifted(const QByteArray &csv)
{
    QList<QByteArray> lines = csv.split('\n');
    const QList<QByteArray> header = lines.value(0).split(',');
    const qsizetype charges = header.indexOf("MonthlyCharges");
    const qsizetype contract = header.indexOf("Contract");
    if (charges < 0 || contract < 0)
        return csv;
    qint64 longer = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines[i].isEmpty())
            continue;
        QList<QByteArray> fields = lines[i].split(',');
        if (fields.size() != header.size())
            continue;
        if (!fields[charges].isEmpty())
            fields[charges] = QByteArray::number(fields[charges].toDouble() * 1.15, 'f', 2);
        if (fields[contract] == "One year" || fields[contract] == "Two year") {
            if (longer++ % 3 == 0)
                fields[contract] = "Month-to-month";
        }
        lines[i] = fields.join(',');
    }
    return lines.join('\n');
}

bool makeFile(const QString &path, qint64 rows, quint64 seed, bool shift)
{
    if (QFileInfo::exists(path))
        return true;
    std::fprintf(stderr, "making %s with SampleGenerator (%lld rows, seed %llu%s)...\n", qPrintable(path),
                 static_cast<long long>(rows), static_cast<unsigned long long>(seed), shift ? ", shifted" : "");
    QByteArray csv = SampleGenerator::generateCsv(rows, seed);
    if (shift)
        csv = shifted(csv);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(csv) != csv.size() || !f.commit()) {
        std::fprintf(stderr, "bench_drift: cannot write %s\n", qPrintable(path));
        return false;
    }
    return true;
}

std::optional<DataTable> load(const QString &path)
{
    auto loaded = DataLoader::load(DataSource::fromPath(path));
    if (!loaded) {
        std::fprintf(stderr, "bench_drift: %s\n", qPrintable(loaded.error().toString()));
        return std::nullopt;
    }
    return std::move(loaded->table);
}

double seconds(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e9;
}

double measureOf(const QJsonObject &python, const char *key)
{
    const QJsonValue v = python.value(QLatin1String(key));
    return v.isDouble() ? v.toDouble() : std::numeric_limits<double>::quiet_NaN();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList files;
    qint64 rows = 1000000;
    int runs = 3;
    bool python = true;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--rows") && i + 1 < args.size()) {
            rows = std::max<qint64>(100, args[++i].toLongLong());
        } else if (args[i] == QLatin1String("--runs") && i + 1 < args.size()) {
            runs = std::max(1, args[++i].toInt());
        } else if (args[i] == QLatin1String("--no-python")) {
            python = false;
        } else if (!args[i].startsWith(QLatin1String("--"))) {
            files.append(args[i]);
        } else {
            std::fprintf(stderr, "usage: bench_drift [REFERENCE.csv NEW.csv] [--rows N] [--runs N] [--no-python]\n");
            return 2;
        }
    }
    QString referencePath, newPath;
    if (files.size() == 2) {
        referencePath = files[0];
        newPath = files[1];
        std::printf("Files: given on the command line\n");
    } else if (files.isEmpty()) {
        referencePath = QStringLiteral("/tmp/churnlens_bench_drift_reference_%1.csv").arg(rows);
        newPath = QStringLiteral("/tmp/churnlens_bench_drift_new_%1.csv").arg(rows);
        if (!makeFile(referencePath, rows, 42, false) || !makeFile(newPath, rows, 43, true))
            return 1;
        std::printf("Files: the product's SampleGenerator, %lld rows each; reference seed 42, new seed 43 with\n"
                    "MonthlyCharges x 1.15 and a third of the one-/two-year contracts made month-to-month\n",
                    static_cast<long long>(rows));
    } else {
        std::fprintf(stderr, "bench_drift: give both files or none\n");
        return 2;
    }
    std::printf("Reference %s (%.1f MB), new %s (%.1f MB)\n", qPrintable(referencePath),
                double(QFileInfo(referencePath).size()) / 1e6, qPrintable(newPath), double(QFileInfo(newPath).size()) / 1e6);
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    const QByteArray busy = loadavg.open(QIODevice::ReadOnly) ? loadavg.readAll().split(' ').value(0) : QByteArray("?");
    std::printf("Load average %s on %d cores\n\n", busy.constData(), coreCount());

    // The reference, once: what training stores with the model.
    QElapsedTimer clock;
    clock.start();
    const std::optional<DataTable> training = load(referencePath);
    if (!training)
        return 3;
    const double referenceLoad = seconds(clock);
    QStringList fields;
    for (const Column &c : training->columns()) {
        if (c.name() != Target && c.name() != Id)
            fields.append(c.name());
    }
    clock.restart();
    const Result<DriftReference> reference = DriftReference::build(*training, fields);
    const double build = seconds(clock);
    if (!reference) {
        std::fprintf(stderr, "bench_drift: %s\n", qPrintable(reference.error().toString()));
        return 3;
    }
    std::printf("ChurnLens reference: load %.3f s, build %.3f s (%zu fields, %lld rows; once, stored with the model)\n",
                referenceLoad, build, reference->features.size(), static_cast<long long>(training->rowCount()));

    // The check, timed: load the new file + compare every field.
    if (!load(newPath))
        return 3; // untimed: the page cache, as for the Python side
    std::vector<double> loads, computes, totals;
    std::optional<DriftResult> result;
    for (int r = 0; r < runs; ++r) {
        clock.restart();
        const std::optional<DataTable> table = load(newPath);
        if (!table)
            return 3;
        const double loaded = seconds(clock);
        QElapsedTimer compute;
        compute.start();
        Result<DriftResult> drift = DriftResult::compute(*reference, *table, {}, {}, {}, DriftThresholds{});
        const double computed = seconds(compute);
        if (!drift) {
            std::fprintf(stderr, "bench_drift: %s\n", qPrintable(drift.error().toString()));
            return 3;
        }
        loads.push_back(loaded);
        computes.push_back(computed);
        totals.push_back(seconds(clock));
        result = std::move(*drift);
    }
    const double ourLoad = bench::median(loads);
    const double ourCompute = bench::median(computes);
    const double ourCheck = bench::median(totals);
    std::printf("ChurnLens check:     load %.3f s + compute %.3f s = %.3f s (median of %d runs; min %.3f s)\n", ourLoad,
                ourCompute, ourCheck, runs, *std::min_element(totals.begin(), totals.end()));
    std::printf("                     %d of %d fields flagged, file %s\n", result->driftedFeatures, result->comparedFeatures,
                result->drifted ? "DRIFTED" : "not drifted");

    if (!python || !bench::pythonHas({QStringLiteral("numpy"), QStringLiteral("pandas"), QStringLiteral("scipy")})) {
        std::printf("\nPython anchor: not measured (%s); there is no stored figure for it in benchmarks/anchors.json\n",
                    python ? "/usr/bin/python3 lacks numpy, pandas or scipy" : "--no-python");
        return 0;
    }
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(bench::PythonExe, {bench::PythonDir + QStringLiteral("/python_drift.py"), referencePath, newPath,
                               QStringLiteral("--target"), Target, QStringLiteral("--id"), Id});
    if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::fprintf(stderr, "bench_drift: python_drift.py failed\n");
        return 1;
    }
    const QList<QByteArray> lines = p.readAllStandardOutput().trimmed().split('\n');
    const QJsonObject anchor = QJsonDocument::fromJson(lines.value(lines.size() - 1)).object();
    const double pyLoad = anchor.value(QStringLiteral("load_seconds")).toDouble();
    const double pyCompute = anchor.value(QStringLiteral("compute_seconds")).toDouble();
    const QJsonObject pyFeatures = anchor.value(QStringLiteral("features")).toObject();
    std::printf("Python anchor:       load %.3f s + compute %.3f s = %.3f s (python_drift.py, measured now, same files;\n"
                "                     its load reads both files, its compute includes the reference side)\n\n",
                pyLoad, pyCompute, pyLoad + pyCompute);

    std::printf("%-17s %4s %9s %9s %9s %9s %9s %9s  %s\n", "field", "kind", "PSI", "PSI py", "|dPSI|", "|dKL|", "|dJS|", "|dKS|",
                "flag");
    struct Largest { double value = 0; QString field; } largest[4];
    int compared = 0;
    for (const FeatureDrift &f : result->features) {
        const QJsonObject py = pyFeatures.value(f.name).toObject();
        if (py.isEmpty() || f.missingColumn) {
            std::printf("%-17s not compared by both sides\n", qPrintable(f.name));
            continue;
        }
        ++compared;
        const double d[4] = {std::abs(f.psi - measureOf(py, "psi")), std::abs(f.kl - measureOf(py, "kl")),
                             std::abs(f.js - measureOf(py, "js")),
                             f.numeric ? std::abs(f.ks - measureOf(py, "ks")) : std::numeric_limits<double>::quiet_NaN()};
        for (int m = 0; m < 4; ++m) {
            if (!std::isnan(d[m]) && d[m] >= largest[m].value)
                largest[m] = {d[m], f.name};
        }
        std::printf("%-17s %4s %9.5f %9.5f %9.2e %9.2e %9.2e %9s  %s\n", qPrintable(f.name), f.numeric ? "num" : "lev", f.psi,
                    measureOf(py, "psi"), d[0], d[1], d[2], f.numeric ? qPrintable(QString::number(d[3], 'e', 2)) : "-",
                    f.flagged ? qPrintable(f.reasons.join(QStringLiteral(", "))) : "");
    }
    std::printf("\nLargest |ours - Python| over %d fields: PSI %.2e (%s), KL %.2e (%s), JS %.2e (%s), KS %.4f (%s)\n", compared,
                largest[0].value, qPrintable(largest[0].field), largest[1].value, qPrintable(largest[1].field),
                largest[2].value, qPrintable(largest[2].field), largest[3].value, qPrintable(largest[3].field));
    std::printf("Check   (load + compute):  ours %.3f s vs Python %.3f s: %.1fx faster\n", ourCheck, pyLoad + pyCompute,
                (pyLoad + pyCompute) / ourCheck);
    std::printf("Compute (compute only):    ours %.3f s vs Python %.3f s: %.1fx faster\n", ourCompute, pyCompute,
                pyCompute / ourCompute);
    const double ourAll = referenceLoad + build + ourCheck;
    std::printf("Like for like (both files read, reference built): ours %.3f s vs Python %.3f s: %.1fx faster\n", ourAll,
                pyLoad + pyCompute, (pyLoad + pyCompute) / ourAll);
    return 0;
}
