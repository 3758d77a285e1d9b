// bench_profile: how long a complete profile (every statistic over every row) takes.
//   bench_profile [FILE] [--reps N] [--threads N]
// Without FILE: 1M rows made from tests/data/telco.csv by benchmarks/python/make_big.py, or by
// the product's generator when pandas is missing (benchdata.h).
#include "benchdata.h"
// FILE defaults to /tmp/telco_1m.csv; create it with
//   /usr/bin/python3 ../shared/anchors/make_big.py --rows 1000000 --out /tmp/telco_1m.csv
#include "common/threads.h"
#include "data/dataloader.h"
#include "eda/profiler.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace churnlens;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QString path;
    int reps = 5;
    ProfileOptions options;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--reps") && i + 1 < args.size())
            reps = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--threads") && i + 1 < args.size())
            options.threads = std::max(0, args[++i].toInt());
        else if (!args[i].startsWith(QLatin1String("--")))
            path = args[i];
        else {
            std::fprintf(stderr, "usage: bench_profile [FILE] [--reps N] [--threads N]\n");
            return 2;
        }
    }
    const std::optional<bench::DataFile> data = bench::dataFile(path, 1000000);
    if (!data)
        return 2;
    path = data->path;

    QElapsedTimer clock;
    clock.start();
    Result<LoadResult> loaded = DataLoader::load(DataSource::fromPath(path));
    if (!loaded) {
        std::fprintf(stderr, "bench_profile: %s\n", qPrintable(loaded.error().toString()));
        return 3;
    }
    const double loadSeconds = double(clock.nsecsElapsed()) / 1e9;
    const DataTable &table = loaded->table;

    std::vector<double> times;
    Profile last;
    for (int r = 0; r < reps; ++r) {
        clock.restart();
        Result<Profile> p = Profiler::run(table, options);
        times.push_back(double(clock.nsecsElapsed()) / 1e9);
        if (!p) {
            std::fprintf(stderr, "bench_profile: %s\n", qPrintable(p.error().toString()));
            return 1;
        }
        last = std::move(*p);
    }
    std::sort(times.begin(), times.end());
    const double median = times[times.size() / 2];
    const int threads = threadCount(options.threads);
    std::printf("file            %s\n", qPrintable(path));
    std::printf("  made from     %s\n", qPrintable(data->origin));
    std::printf("rows x columns  %lld x %d\n", static_cast<long long>(table.rowCount()), table.columnCount());
    std::printf("load            %.3f s (not part of the profile)\n", loadSeconds);
    std::printf("profile         %.3f s median of %d (min %.3f, max %.3f), %d threads\n", median, reps, times.front(),
                times.back(), threads);
    std::printf("rows/s          %.0f\n", double(table.rowCount()) / median);
    std::printf("churn rate      %.4f, duplicates %lld, warnings %zu, ranked features %zu\n", last.churnRate(),
                static_cast<long long>(last.duplicates.duplicateRows), last.warnings.size(), last.association.size());
    return 0;
}
