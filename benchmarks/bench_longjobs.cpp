// bench_longjobs: one training run as the GUI's Train area starts it (TrainRun on the JobManager),
// printed as a timeline: seconds, progress, the ETA shown, the step's text. With --cancel-at S
// the run is canceled after S seconds: the time until the job is over (cancel latency) and the
// resident memory before the run, at the cancel and after it are printed.
//   bench_longjobs FILE [--model forest] [--cancel-at S] [--every S] [--folds K]
#include "common/processmemory.h"
#include "common/progress.h"
#include "data/datatable.h"
#include "jobs/taskrunner.h"
#include "ml/modelspec.h"
#include "services/loadservice.h"
#include "services/trainrun.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <cmath>
#include <cstdio>
#include <memory>

using namespace churnlens;

namespace {

QString argValue(const QStringList &args, const QString &name, const QString &fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_longjobs FILE [--model forest] [--cancel-at S] [--every S] [--folds K]\n");
        return 2;
    }
    const double cancelAt = argValue(args, QStringLiteral("--cancel-at"), QStringLiteral("0")).toDouble();
    const double every = argValue(args, QStringLiteral("--every"), QStringLiteral("2")).toDouble();
    TrainOptions options;
    ModelKind kind = ModelKind::Forest;
    if (!fromMachineName(argValue(args, QStringLiteral("--model"), QStringLiteral("forest")), &kind)) {
        std::fprintf(stderr, "bench_longjobs: unknown model\n");
        return 2;
    }
    options.models = {kind};
    options.folds = argValue(args, QStringLiteral("--folds"), QString::number(options.folds)).toInt();

    QElapsedTimer loadClock;
    loadClock.start();
    auto loaded = LoadService::load(DataSource::fromPath(args[1]));
    if (!loaded) {
        std::fprintf(stderr, "bench_longjobs: %s\n", qPrintable(loaded.error().toString()));
        return 1;
    }
    auto table = std::make_shared<const DataTable>(std::move(loaded->table));
    std::printf("loaded %lld rows in %.1f s, RSS %.0f MB\n", static_cast<long long>(table->rowCount()), loadClock.elapsed() / 1000.0,
                ProcessMemory::residentMiB());

    ProcessMemory::returnFreedMemory();
    const double before = ProcessMemory::residentMiB();
    TrainRun run;
    QElapsedTimer clock;
    double canceledAt = -1.0, rssAtCancel = 0.0;
    qint64 progressAfterCancel = 0;
    QObject::connect(run.runner(), &TaskRunner::progressChanged, &run, [&]() {
        if (canceledAt >= 0.0)
            ++progressAfterCancel;
    });
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &run, [&]() {
        const double t = clock.elapsed() / 1000.0;
        const double eta = run.runner()->etaSeconds();
        // What the progress bar said before issue 17: the average rate since the start.
        const double f = run.runner()->fraction(), w = run.runner()->elapsedSeconds();
        const double average = f >= 0.03 && w >= 0.7 ? w * (1.0 - f) / f : std::nan("");
        auto secs = [](double v) { return std::isnan(v) ? QStringLiteral("-") : QString::number(v, 'f', 0) + QStringLiteral(" s"); };
        std::printf("%7.1f s %5.1f%%  eta %7s  (average-rate eta %7s)  %s\n", t, f * 100.0, qPrintable(secs(eta)),
                    qPrintable(secs(average)), qPrintable(run.runner()->text()));
        std::fflush(stdout);
        if (cancelAt > 0.0 && canceledAt < 0.0 && t >= cancelAt) {
            canceledAt = t;
            rssAtCancel = ProcessMemory::residentMiB();
            std::printf("cancel at %.1f s (RSS %.0f MB)\n", t, rssAtCancel);
            run.cancelAll();
        }
    });
    QObject::connect(&run, &TrainRun::finished, &app, [&]() {
        const double t = clock.elapsed() / 1000.0;
        tick.stop();
        const TrainRun::Job &job = run.jobs().front();
        std::printf("over at %.1f s: %s\n", t, qPrintable(job.step.isEmpty() ? QStringLiteral("done") : job.step));
        if (canceledAt >= 0.0)
            std::printf("cancel latency %.2f s (%lld progress updates after the cancel)\n", t - canceledAt,
                        static_cast<long long>(progressAfterCancel));
        // The run keeps its results (and the table snapshot until the next run): measure without them.
        QTimer::singleShot(0, &app, [&]() { app.quit(); });
    });
    clock.start();
    tick.start(int(every * 1000));
    run.start(table, options, args[1]);
    app.exec();
    const double afterRun = ProcessMemory::residentMiB();
    ProcessMemory::returnFreedMemory();
    std::printf("RSS before %.0f MB, at cancel %.0f MB, after %.0f MB (%.0f MB after malloc_trim)\n", before, rssAtCancel, afterRun,
                ProcessMemory::residentMiB());
    return 0;
}
