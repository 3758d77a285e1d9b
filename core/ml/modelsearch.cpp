#include "modelsearch.h"

#include "binarymetrics.h"
#include "common/parallel.h"
#include "common/progress.h"
#include "common/threads.h"
#include "logisticregression.h"
#include "modelfitter.h"
#include "searchfold.h"
#include "treetrainer.h"

#include <QElapsedTimer>
#include <QMutex>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <map>

namespace churnlens {

namespace {

// Progress units: a tree round weighs 2 + its depth (a level costs a pass over the rows, as in
// Job::cost), so deep forests and shallow boosting share one bar honestly; a logistic fit
// weighs as much as 20 rounds of depth 6.
constexpr int LogisticUnits = 20 * 8;

qint64 roundUnits(int depth)
{
    return 2 + (depth > 0 ? depth : 12);
}

// One unit of work: a fold and a group of parameter sets trained together.
struct Job
{
    size_t family = 0;
    size_t fold = 0;
    std::vector<size_t> members; // candidate indices, ascending n_estimators
    int rounds = 0;              // trees to grow (largest n_estimators in the group)
    double cost = 0.0;
};

// Thread-safe progress: counts units done and throttles reports to one per 50 ms.
class SharedProgress
{
public:
    SharedProgress(Progress *progress, qint64 total) : m_progress(progress), m_total(std::max<qint64>(1, total)) { m_timer.start(); }

    bool canceled() const { return m_stop.load(std::memory_order_relaxed) || isCanceled(m_progress); }
    void stop() { m_stop.store(true, std::memory_order_relaxed); }

    //! \a text is only called when a report is due (building it every round would cost time).
    template<typename TextFn>
    void add(qint64 units, TextFn text)
    {
        const qint64 done = m_done.fetch_add(units, std::memory_order_relaxed) + units;
        if (!m_progress)
            return;
        QMutexLocker lock(&m_mutex);
        if (m_timer.elapsed() - m_lastReport < 50 && done < m_total)
            return;
        m_lastReport = m_timer.elapsed();
        m_progress->setText(text());
        m_progress->setProgress(double(done) / double(m_total));
    }

private:
    Progress *m_progress;
    qint64 m_total;
    std::atomic<qint64> m_done{0};
    std::atomic<bool> m_stop{false};
    QMutex m_mutex;
    QElapsedTimer m_timer;
    qint64 m_lastReport = -1000;
};

QString groupKey(const ModelSpec &spec)
{
    ModelSpec s = spec;
    s.params.erase(QStringLiteral("n_estimators"));
    return machineName(s.kind) + QLatin1Char(' ') + s.describe();
}

QString jobText(const Job &job, const ModelSpec &spec, size_t folds, int round)
{
    ModelSpec shown = spec;
    shown.params.erase(QStringLiteral("n_estimators"));
    QString text = Tr::tr("%1 · fold %2/%3").arg(displayName(spec.kind)).arg(job.fold + 1).arg(folds);
    const ModelSpec defaults = ModelSpec::withDefaults(spec.kind);
    QStringList changed;
    for (const auto &[name, value] : shown.params) {
        if (defaults.value(name) != value)
            changed << QStringLiteral("%1=%2").arg(name).arg(value, 0, 'g', 6);
    }
    if (!changed.isEmpty())
        text += QStringLiteral(" · ") + changed.join(QLatin1Char(' '));
    if (round > 0)
        text += Tr::tr(" · round %1/%2").arg(round).arg(job.rounds);
    return text;
}

class SearchRun
{
public:
    SearchRun(const std::vector<SearchFold> &folds, const std::vector<std::vector<ModelSpec>> &candidates,
              const ModelSearch::Options &options, std::vector<FamilySearchResult> &results, SharedProgress &progress)
        : m_folds(folds), m_candidates(candidates), m_options(options), m_results(results), m_progress(progress)
    {
    }

    Result<void> runJob(const Job &job, int threads)
    {
        QElapsedTimer clock;
        clock.start();
        const ModelKind kind = m_candidates[job.family][job.members.front()].kind;
        auto ok = kind == ModelKind::Logistic ? runLogistic(job, threads) : runTrees(job, threads);
        m_busyNs[job.family].fetch_add(clock.nsecsElapsed(), std::memory_order_relaxed);
        return ok;
    }

    //! Wall time the jobs of \a family kept one worker busy, summed over workers.
    double busySeconds(size_t family) const { return double(m_busyNs[family].load()) / 1e9; }
    double boostingSeconds(size_t family) const { return double(m_boostingNs[family].load()) / 1e9; }

private:
    void record(const Job &job, size_t member, const std::vector<double> &p, int rounds)
    {
        const SearchFold &fold = m_folds[job.fold];
        CandidateResult &c = m_results[job.family].candidates[member];
        for (size_t i = 0; i < p.size(); ++i)
            c.outOfFold[size_t(fold.validPositions[i])] = float(p[i]);
        c.foldAuc[job.fold] = BinaryMetrics::rocAucScore(fold.validLabels, p);
        c.foldRounds[job.fold] = rounds;
    }

    Result<void> runLogistic(const Job &job, int threads)
    {
        const SearchFold &fold = m_folds[job.fold];
        const ModelSpec &spec = m_candidates[job.family][job.members.front()];
        m_progress.add(0, [&] { return jobText(job, spec, m_folds.size(), 0); });
        ModelFitter::Options o;
        o.threads = threads;
        o.seed = m_options.seed;
        QStringList names = fold.train.names;
        for (int j = int(names.size()); j < fold.train.cols; ++j)
            names << QStringLiteral("f%1").arg(j);
        auto model = ModelFitter::fit(spec, fold.trainingSet(), names.mid(0, fold.train.cols), o);
        if (!model)
            return std::unexpected(model.error());
        auto p = model->predictProba(fold.valid);
        if (!p)
            return std::unexpected(p.error());
        record(job, job.members.front(), *p, 0);
        m_progress.add(LogisticUnits, [&] { return jobText(job, spec, m_folds.size(), 0); });
        return {};
    }

    Result<void> runTrees(const Job &job, int threads)
    {
        const SearchFold &fold = m_folds[job.fold];
        const std::vector<ModelSpec> &specs = m_candidates[job.family];
        ModelSpec groupSpec = specs[job.members.back()];
        const qint64 units = roundUnits(groupSpec.intValue(QStringLiteral("max_depth")));
        TreeTrainer::Options o;
        o.threads = threads;
        o.seed = m_options.seed;
        o.rounds = job.rounds;
        // Boosting without column sampling grows the same trees on the reduced matrices.
        const XgbDMatrix *trainPtr = fold.treeMatrix(groupSpec);
        if (!trainPtr)
            return makeError(ErrorCode::Internal, Tr::tr("The folds were built without tree matrices."));
        const bool reduced = trainPtr == fold.reducedTrainMatrix.get();
        const XgbDMatrix &train = *trainPtr;
        const XgbDMatrix &valid = reduced ? *fold.reducedValidMatrix : *fold.validMatrix;
        const float *validValues = reduced ? fold.reducedValidValues.data() : fold.valid.values.data();
        const XgbDMatrix *evalSets[] = {&valid};
        auto started = TreeTrainer::start(groupSpec, reduced ? fold.reducedTrainingSet() : fold.trainingSet(), &train, evalSets, o);
        if (!started)
            return std::unexpected(started.error());
        TreeTrainer &trainer = **started;
        // A forest does not overfit with more trees: early stopping applies to boosting only.
        const int patience = groupSpec.kind == ModelKind::XGBoost ? m_options.earlyStoppingRounds : 0;
        const int evaluateEvery = std::clamp(int(valid.rows() / 2000), 1, 10);
        double bestAuc = -1.0;
        int bestRound = 0;
        size_t next = 0; // next member to score (without early stopping)
        while (trainer.roundsDone() < job.rounds) {
            if (m_progress.canceled())
                return std::unexpected(Error::canceled());
            if (auto ok = trainer.step(); !ok)
                return ok;
            const int r = trainer.roundsDone();
            m_progress.add(units, [&] { return jobText(job, groupSpec, m_folds.size(), r); });
            // The validation AUC sorts every validation row: on large folds it is checked every few
            // rounds (one round in ten from 20,000 rows), which costs early stopping a few rounds at most.
            if (patience > 0 && r % evaluateEvery != 0 && r < job.rounds)
                continue;
            if (patience > 0) {
                auto p = trainer.predictProba(valid);
                if (!p)
                    return std::unexpected(p.error());
                const double auc = BinaryMetrics::rocAucScore(fold.validLabels, *p);
                if (auc > bestAuc) {
                    bestAuc = auc;
                    bestRound = r;
                } else if (r - bestRound >= patience) {
                    m_progress.add(units * (job.rounds - r), [&] { return jobText(job, groupSpec, m_folds.size(), r); });
                    break;
                }
                continue;
            }
            while (next < job.members.size() && specs[job.members[next]].intValue(QStringLiteral("n_estimators")) == r) {
                auto p = trainer.predictProba(valid);
                if (!p)
                    return std::unexpected(p.error());
                record(job, job.members[next], *p, r);
                ++next;
            }
        }
        m_boostingNs[job.family].fetch_add(qint64(trainer.boostingSeconds() * 1e9), std::memory_order_relaxed);
        if (patience > 0) {
            for (size_t member : job.members) {
                const int rounds = std::min(specs[member].intValue(QStringLiteral("n_estimators")), std::max(1, bestRound));
                auto p = trainer.predictDense(validValues, valid.rows(), valid.cols(), rounds);
                if (!p)
                    return std::unexpected(p.error());
                record(job, member, *p, rounds);
            }
        }
        return {};
    }

    const std::vector<SearchFold> &m_folds;
    const std::vector<std::vector<ModelSpec>> &m_candidates;
    const ModelSearch::Options &m_options;
    std::vector<FamilySearchResult> &m_results;
    SharedProgress &m_progress;
    std::vector<std::atomic<qint64>> m_busyNs = std::vector<std::atomic<qint64>>(m_candidates.size());
    std::vector<std::atomic<qint64>> m_boostingNs = std::vector<std::atomic<qint64>>(m_candidates.size());
};

std::vector<Job> makeJobs(const std::vector<size_t> &folds, const std::vector<std::vector<ModelSpec>> &candidates)
{
    std::vector<Job> jobs;
    for (size_t f = 0; f < candidates.size(); ++f) {
        // Group tree parameter sets that differ only in n_estimators (first appearance order).
        std::vector<std::vector<size_t>> groups;
        std::map<QString, size_t> index;
        for (size_t c = 0; c < candidates[f].size(); ++c) {
            const ModelSpec &s = candidates[f][c];
            if (s.kind == ModelKind::Logistic) {
                groups.push_back({c});
                continue;
            }
            const QString key = groupKey(s);
            auto it = index.find(key);
            if (it == index.end()) {
                index.emplace(key, groups.size());
                groups.push_back({c});
            } else {
                groups[it->second].push_back(c);
            }
        }
        for (std::vector<size_t> &g : groups) {
            std::stable_sort(g.begin(), g.end(), [&](size_t a, size_t b) {
                return candidates[f][a].intValue(QStringLiteral("n_estimators")) < candidates[f][b].intValue(QStringLiteral("n_estimators"));
            });
            const ModelSpec &last = candidates[f][g.back()];
            for (size_t fold : folds) {
                Job job{f, fold, g, 0, 0.0};
                if (last.kind == ModelKind::Logistic) {
                    job.cost = LogisticUnits;
                } else {
                    job.rounds = last.intValue(QStringLiteral("n_estimators"));
                    job.cost = double(job.rounds) * double(roundUnits(last.intValue(QStringLiteral("max_depth"))));
                }
                jobs.push_back(std::move(job));
            }
        }
    }
    // Longest first keeps the workers busy until the end.
    std::stable_sort(jobs.begin(), jobs.end(), [](const Job &a, const Job &b) { return a.cost > b.cost; });
    return jobs;
}

} // namespace

Result<std::vector<FamilySearchResult>> ModelSearch::run(const std::vector<SearchFold> &folds, qsizetype outOfFoldRows,
                                                         const std::vector<std::vector<ModelSpec>> &candidates, const Options &options,
                                                         Progress *progress)
{
    QElapsedTimer timer;
    timer.start();
    if (folds.empty())
        return makeError(ErrorCode::Internal, Tr::tr("The search has no folds."));
    std::vector<FamilySearchResult> results(candidates.size());
    for (size_t f = 0; f < candidates.size(); ++f) {
        if (candidates[f].empty())
            return makeError(ErrorCode::Internal, Tr::tr("A model family has no parameter set to try."));
        results[f].kind = candidates[f].front().kind;
        for (const ModelSpec &spec : candidates[f]) {
            QString unknown;
            if (spec.kind != results[f].kind || !spec.isValid(&unknown))
                return makeError(ErrorCode::Usage, Tr::tr("Invalid parameter set for %1: %2").arg(displayName(spec.kind), unknown));
            if (spec.kind != ModelKind::Logistic && spec.intValue(QStringLiteral("n_estimators")) < 1)
                return makeError(ErrorCode::Usage, Tr::tr("n_estimators must be at least 1."));
            if (spec.kind != ModelKind::Logistic && !folds.front().treeMatrix(spec))
                return makeError(ErrorCode::Internal, Tr::tr("The folds were built without tree matrices."));
            if (spec.kind == ModelKind::Logistic && folds.front().train.values.empty())
                return makeError(ErrorCode::Internal, Tr::tr("The folds were built without the training values."));
            CandidateResult c;
            c.spec = spec;
            c.foldAuc.assign(folds.size(), std::numeric_limits<double>::quiet_NaN());
            c.foldRounds.assign(folds.size(), 0);
            c.outOfFold.assign(size_t(outOfFoldRows), std::numeric_limits<float>::quiet_NaN());
            results[f].candidates.push_back(std::move(c));
        }
    }

    std::vector<size_t> foldSet = options.folds;
    if (foldSet.empty()) {
        for (size_t f = 0; f < folds.size(); ++f)
            foldSet.push_back(f);
    }
    for (size_t f : foldSet) {
        if (f >= folds.size())
            return makeError(ErrorCode::Internal, Tr::tr("The search was asked for fold %1 of %2.").arg(f + 1).arg(folds.size()));
    }
    const std::vector<Job> jobs = makeJobs(foldSet, candidates);
    qint64 totalUnits = 0;
    for (const Job &j : jobs)
        totalUnits += qint64(j.cost);
    SharedProgress shared(progress, totalUnits);
    SearchRun run(folds, candidates, options, results, shared);

    const int threads = threadCount(options.threads);
    const int workers = parallelWorkers(qsizetype(jobs.size()), 1, threads);
    const int threadsPerJob = std::max(1, threads / workers);
    QMutex errorMutex;
    std::optional<Error> firstError;
    // Progress and cancel go through `shared` (every worker reports), so the loop gets none.
    (void)parallelFor(qsizetype(jobs.size()), 1, workers, nullptr, [&](qsizetype j, qsizetype, int) {
        if (shared.canceled())
            return false;
        if (options.deadline.hasExpired())
            return true; // skipped: its candidates stay short of this fold
        if (auto ok = run.runJob(jobs[size_t(j)], threadsPerJob); !ok) {
            QMutexLocker lock(&errorMutex);
            if (!firstError || firstError->code == ErrorCode::Canceled)
                firstError = ok.error();
            shared.stop();
            return false;
        }
        return true;
    });
    if (firstError)
        return std::unexpected(*firstError);
    if (isCanceled(progress))
        return std::unexpected(Error::canceled());

    for (size_t f = 0; f < results.size(); ++f) {
        FamilySearchResult &r = results[f];
        double bestMean = -1.0;
        for (size_t c = 0; c < r.candidates.size(); ++c) {
            CandidateResult &cand = r.candidates[c];
            double sum = 0.0;
            cand.foldsEvaluated = 0;
            for (size_t f : foldSet) {
                // A skipped fold, or one whose validation rows hold one class, has a NaN AUC: the mean is NaN.
                sum += cand.foldAuc[f];
                cand.foldsEvaluated += std::isnan(cand.foldAuc[f]) ? 0 : 1;
            }
            cand.meanAuc = sum / double(foldSet.size());
            double sq = 0.0;
            for (size_t f : foldSet)
                sq += (cand.foldAuc[f] - cand.meanAuc) * (cand.foldAuc[f] - cand.meanAuc);
            cand.stdAuc = std::sqrt(sq / double(foldSet.size()));
            if (std::isfinite(cand.meanAuc) && cand.meanAuc > bestMean) {
                bestMean = cand.meanAuc;
                r.best = int(c);
            }
        }
        if (r.best < 0 && !options.deadline.hasExpired())
            return makeError(ErrorCode::BadInput, Tr::tr("No %1 parameter set could be scored (a validation fold has a single class).")
                                                      .arg(displayName(r.kind)));
        // Its share of the wall time: the workers ran jobs of every family side by side.
        r.seconds = run.busySeconds(f) / double(workers);
        r.boostingSeconds = run.boostingSeconds(f);
    }
    return results;
}

} // namespace churnlens
