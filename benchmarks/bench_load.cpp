// bench_load: how fast and how lean CsvReader loads a large file, next to pandas.read_csv.
//   bench_load [FILE] [--runs N] [--threads N] [--no-pandas] [--realtime]
// Without FILE: 1M rows made from tests/data/telco.csv by benchmarks/python/make_big.py, or by the
// product's generator when pandas is missing. Without pandas the comparison uses the stored figure
// of benchmarks/anchors.json (the output says which). Every run is a fresh child process, so its
// peak RSS (VmHWM) is the whole process's.
// --realtime runs both contenders with SCHED_FIFO (needs root): on a machine busy with other
// work it keeps them from being timed while waiting for a core.
#include "benchdata.h"
#include "common/threads.h"
#include "data/csvreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <sched.h>
#include <optional>
#include <vector>

using namespace churnlens;

namespace {
const QString Python = churnlens::bench::PythonExe;

struct Run
{
    double seconds = 0;
    qint64 rows = 0;
    double peakMiB = 0;
};

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n == 0 ? 0.0 : (n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2);
}

qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

// The child: one load, one line "seconds rows peak_kib".
int child(const QString &path, int threads)
{
    CsvOptions options;
    options.threads = threads;
    const Result<LoadResult> r = CsvReader::read(path, options);
    if (!r) {
        std::fprintf(stderr, "bench_load: %s\n", qPrintable(r.error().toString()));
        return 3;
    }
    std::printf("%.6f %lld %lld\n", r->seconds, static_cast<long long>(r->table.rowCount()),
                static_cast<long long>(peakRssKiB()));
    return 0;
}

bool realtime = false;

std::optional<Run> runProcess(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    if (realtime) {
        p.setChildProcessModifier([] {
            sched_param param{};
            param.sched_priority = 10;
            sched_setscheduler(0, SCHED_FIFO, &param); // refused without root: then normal scheduling
        });
    }
    p.start(program, args);
    if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return std::nullopt;
    const QList<QByteArray> parts = p.readAllStandardOutput().trimmed().split(' ');
    if (parts.size() != 3)
        return std::nullopt;
    return Run{parts[0].toDouble(), parts[1].toLongLong(), parts[2].toDouble() / 1024.0};
}

std::vector<double> secondsOf(const std::vector<Run> &runs)
{
    std::vector<double> out;
    for (const Run &r : runs)
        out.push_back(r.seconds);
    return out;
}

std::vector<double> peaksOf(const std::vector<Run> &runs)
{
    std::vector<double> out;
    for (const Run &r : runs)
        out.push_back(r.peakMiB);
    return out;
}

void report(const char *who, const std::vector<Run> &runs)
{
    std::vector<double> seconds, peaks;
    for (const Run &r : runs) {
        seconds.push_back(r.seconds);
        peaks.push_back(r.peakMiB);
    }
    const double s = median(seconds);
    std::printf("%-16s median %.3f s  (min %.3f, max %.3f)  %.2fM rows/s  peak RSS %.0f MiB\n", who, s,
                *std::min_element(seconds.begin(), seconds.end()), *std::max_element(seconds.begin(), seconds.end()),
                s > 0 ? double(runs.front().rows) / s / 1e6 : 0.0, median(peaks));
}

const char *PandasScript = R"(import resource, sys, time
import pandas as pd
t = time.perf_counter()
df = pd.read_csv(sys.argv[1])
s = time.perf_counter() - t
print("%.6f %d %d" % (s, len(df), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))
)";
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QString path;
    int runs = 5;
    int threads = 0;
    bool pandas = true;
    const QStringList args = app.arguments().mid(1);
    if (args.value(0) == QLatin1String("--child"))
        return child(args.value(1), args.value(2).toInt());
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--runs") && i + 1 < args.size()) {
            runs = std::max(1, args[++i].toInt());
        } else if (args[i] == QLatin1String("--threads") && i + 1 < args.size()) {
            threads = std::max(0, args[++i].toInt());
        } else if (args[i] == QLatin1String("--no-pandas")) {
            pandas = false;
        } else if (args[i] == QLatin1String("--realtime")) {
            realtime = true;
        } else if (!args[i].startsWith(QLatin1String("--"))) {
            path = args[i];
        } else {
            std::fprintf(stderr, "usage: bench_load [FILE] [--runs N] [--threads N] [--no-pandas] [--realtime]\n");
            return 2;
        }
    }
    const std::optional<bench::DataFile> data = bench::dataFile(path, 1000000);
    if (!data)
        return 1;
    path = data->path;
    std::printf("File: %s (%.1f MB), %d runs, each in a fresh process\n", qPrintable(path),
                double(QFileInfo(path).size()) / 1e6, runs);
    std::printf("Made from %s\n", qPrintable(data->origin));
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    const QByteArray load = loadavg.open(QIODevice::ReadOnly) ? loadavg.readAll().split(' ').value(0) : QByteArray("?");
    std::printf("Load average %s on %d cores; scheduling: %s\n", load.constData(),
                coreCount(),
                realtime ? "real-time (SCHED_FIFO) for both" : "normal (use --realtime on a busy machine)");

    // One untimed load first, so every timed run finds the file in the page cache (as pandas does).
    if (!runProcess(app.applicationFilePath(), {QStringLiteral("--child"), path, QString::number(threads)}))
        return 3;
    std::vector<Run> ours;
    for (int i = 0; i < runs; ++i) {
        const std::optional<Run> r =
            runProcess(app.applicationFilePath(), {QStringLiteral("--child"), path, QString::number(threads)});
        if (!r)
            return 3;
        ours.push_back(*r);
    }
    report("ChurnLens", ours);

    if (!pandas || !bench::pythonHas({QStringLiteral("pandas")})) {
        const bench::StoredFigure stored = bench::storedFigure("read_csv_1m");
        std::printf("pandas.read_csv  %.2f s (%s), peak RSS %.0f MiB: not measured (%s); %s\n", stored.seconds,
                    qPrintable(stored.range), stored.peakMiB, pandas ? "python3-pandas is not installed" : "--no-pandas",
                    qPrintable(stored.origin));
        std::printf("Ratio: %.1fx faster than the stored pandas figure (goal 8x), %.1fx less peak memory (goal 4x)%s\n",
                    stored.seconds / median(secondsOf(ours)), stored.peakMiB / median(peaksOf(ours)),
                    ours.front().rows == 1000000 ? "" : " (different row counts: not comparable)");
        return 0;
    }
    std::printf("pandas: measured now, in this run, on the same file\n");
    std::vector<Run> theirs;
    for (int i = 0; i < runs; ++i) {
        const std::optional<Run> r = runProcess(Python, {QStringLiteral("-c"), QString::fromUtf8(PandasScript), path});
        if (!r) {
            std::fprintf(stderr, "bench_load: pandas.read_csv failed\n");
            return 1;
        }
        theirs.push_back(*r);
    }
    report("pandas.read_csv", theirs);
    auto medianOf = [](const std::vector<Run> &v, double Run::*field) {
        std::vector<double> x;
        for (const Run &r : v)
            x.push_back(r.*field);
        return median(x);
    };
    const double speed = medianOf(theirs, &Run::seconds) / medianOf(ours, &Run::seconds);
    const double memory = medianOf(theirs, &Run::peakMiB) / medianOf(ours, &Run::peakMiB);
    std::printf("Ratio: %.1fx faster than pandas (goal 8x), %.1fx less peak memory (goal 4x)\n", speed, memory);
    if (ours.front().rows != theirs.front().rows)
        std::printf("Warning: row counts differ (%lld vs %lld)\n", static_cast<long long>(ours.front().rows),
                    static_cast<long long>(theirs.front().rows));
    return 0;
}
