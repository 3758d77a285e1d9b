#include "profiler.h"

#include "columnanalyzer.h"
#include "qualitychecks.h"
#include "../common/parallel.h"
#include "../data/datatable.h"

#include <QElapsedTimer>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>

namespace churnlens {

namespace {

// Hands the shared cancel flag to a task; the task's own progress is not forwarded
// because the profiler reports per finished task (tasks run concurrently).
class CancelRelay final : public Progress
{
public:
    CancelRelay(const Progress *parent, const std::atomic<bool> *stopped) : m_parent(parent), m_stopped(stopped) {}
    bool isCanceled() const override
    {
        return m_stopped->load(std::memory_order_relaxed) || churnlens::isCanceled(m_parent) || Progress::isCanceled();
    }
    void setProgress(double) override {}
    void setText(const QString &) override {}

private:
    const Progress *m_parent;
    const std::atomic<bool> *m_stopped; // another task failed or was canceled
};

struct Task
{
    std::function<bool(Progress *)> run; //!< false when canceled
    double weight = 1.0;
};

} // namespace

Result<Profile> Profiler::run(const DataTable &table, const ProfileOptions &options, Progress *progress)
{
    QElapsedTimer clock;
    clock.start();
    if (table.columnCount() == 0)
        return makeError(ErrorCode::BadInput, Tr::tr("The table has no columns to profile."));

    Profile p;
    p.source = table.sourceName();
    p.rows = table.rowCount();
    p.columnCount = table.columnCount();
    p.confidence = options.confidence;
    p.target = table.targetIndex();
    std::vector<int8_t> labels;
    if (p.target >= 0) {
        p.targetName = table.column(p.target).name();
        p.positiveLabel = table.positiveLabel();
        labels = table.targetLabels();
        for (int8_t l : labels) {
            p.churned += l == 1;
            p.stayed += l == 0;
            p.targetMissing += l < 0;
        }
    }
    if (progress)
        progress->setText(Tr::tr("Profiling %n column(s)…", nullptr, table.columnCount()));

    const ColumnAnalyzer analyzer(table, labels, options);
    std::vector<std::optional<ColumnAnalysis>> analyses(size_t(table.columnCount()));
    std::vector<int> numericColumns;
    std::vector<Task> tasks;
    const double rows = double(std::max<qsizetype>(1, p.rows));
    for (int c = 0; c < table.columnCount(); ++c) {
        const Column &column = table.column(c);
        // Sorting makes numeric columns several times dearer than counting codes.
        tasks.push_back({[&analyzer, &analyses, c](Progress *relay) {
                             analyses[size_t(c)] = analyzer.analyze(c, relay);
                             return analyses[size_t(c)].has_value();
                         },
                         column.isNumericStorage() ? 6.0 * rows : rows});
        if (column.isNumericStorage() && column.role() == ColumnRole::Feature)
            numericColumns.push_back(c);
    }
    tasks.push_back({[&](Progress *relay) {
                         p.rowsWithMissing = table.rowsWithMissing();
                         return !relay->isCanceled();
                     },
                     0.5 * rows});
    if (options.duplicates) {
        tasks.push_back({[&](Progress *relay) {
                             p.duplicates = DuplicateSummary::find(table, relay);
                             return p.duplicates.computed;
                         },
                         (2.0 + 0.3 * table.columnCount()) * rows});
    }
    std::optional<ProfileWarning> correlationCapped;
    if (options.correlation && numericColumns.size() > size_t(std::max(options.maxCorrelationColumns, 2))) {
        ProfileWarning w;
        w.kind = ProfileWarning::Kind::Capped;
        w.severity = Issue::Severity::Info;
        w.message = Tr::tr("Correlations are shown for the first %1 of %2 numeric columns only: the matrix grows with "
                           "the square of the columns.")
                        .arg(options.maxCorrelationColumns)
                        .arg(numericColumns.size());
        w.hint = Tr::tr("Set the other columns' role to Ignore to correlate the ones that matter.");
        correlationCapped = w;
        numericColumns.resize(size_t(std::max(options.maxCorrelationColumns, 2)));
    }
    if (options.correlation && numericColumns.size() >= 2) {
        const double pairs = double(numericColumns.size() * (numericColumns.size() + 1) / 2);
        tasks.push_back({[&](Progress *relay) {
                             p.correlation = CorrelationMatrix::compute(table, numericColumns, relay);
                             return p.correlation.size() == int(numericColumns.size());
                         },
                         pairs * rows});
    }
    // Heaviest first so the last task to finish is a short one.
    std::stable_sort(tasks.begin(), tasks.end(), [](const Task &a, const Task &b) { return a.weight > b.weight; });
    double totalWeight = 0;
    for (const Task &t : tasks)
        totalWeight += t.weight;

    std::atomic<bool> stopped{false};
    std::mutex reportMutex;
    double doneWeight = 0;
    std::optional<Error> failure;
    // The loop polls cancel through the relay; progress is reported here by weight, from
    // whichever worker finished a task (under the mutex).
    CancelRelay relay(progress, &stopped);
    (void)parallelFor(qsizetype(tasks.size()), 1, options.threads, &relay, [&](qsizetype i, qsizetype, int) {
        bool ok = false;
        try {
            ok = tasks[size_t(i)].run(&relay);
        } catch (const std::exception &e) {
            // Out of memory on a huge table is the realistic case; report, do not crash.
            std::lock_guard lock(reportMutex);
            Error err;
            err.code = ErrorCode::Internal;
            err.message = Tr::tr("Profiling failed: %1").arg(QString::fromLocal8Bit(e.what()));
            failure = err;
        }
        if (!ok) {
            stopped = true;
            return false;
        }
        std::lock_guard lock(reportMutex);
        doneWeight += tasks[size_t(i)].weight;
        if (progress)
            progress->setProgress(0.98 * doneWeight / totalWeight);
        return true;
    });
    if (failure)
        return std::unexpected(*failure);
    if (stopped || isCanceled(progress))
        return std::unexpected(Error::canceled());

    for (std::optional<ColumnAnalysis> &a : analyses) {
        p.columns.push_back(std::move(a->profile));
        if (a->levels)
            p.churnByLevel.push_back(std::move(*a->levels));
        if (a->bins)
            p.churnByBin.push_back(std::move(*a->bins));
        if (a->association)
            p.association.push_back(*a->association);
    }
    for (std::optional<ColumnAnalysis> &a : analyses)
        if (a->tenure)
            p.churnByBin.push_back(std::move(*a->tenure));
    // Strongest first; undefined scores (one class only) last; ties by name for a stable order.
    std::sort(p.association.begin(), p.association.end(), [](const FeatureAssociation &a, const FeatureAssociation &b) {
        const double sa = std::isnan(a.score()) ? -1.0 : a.score();
        const double sb = std::isnan(b.score()) ? -1.0 : b.score();
        return sa != sb ? sa > sb : a.name < b.name;
    });
    p.warnings = QualityChecks::run(table, p, options);
    if (correlationCapped)
        p.warnings.push_back(*correlationCapped);
    p.seconds = double(clock.nsecsElapsed()) / 1e9;
    if (progress)
        progress->setProgress(1.0);
    return p;
}

} // namespace churnlens
