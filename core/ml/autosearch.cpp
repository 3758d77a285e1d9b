#include "autosearch.h"

#include "common/progress.h"
#include "numpyrandom.h"
#include "searchfold.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace churnlens {

QString machineName(SearchEffort effort)
{
    return effort == SearchEffort::Thorough ? QStringLiteral("thorough") : QStringLiteral("quick");
}

bool fromMachineName(const QString &name, SearchEffort *effort)
{
    for (SearchEffort e : {SearchEffort::Quick, SearchEffort::Thorough}) {
        if (name.compare(machineName(e), Qt::CaseInsensitive) == 0) {
            *effort = e;
            return true;
        }
    }
    return false;
}

namespace {

ModelSpec xgb(const ParamSet &base, double learningRate, double depth, double minChildWeight, double subsample, double lambda)
{
    ParamSet p = base;
    p[QStringLiteral("learning_rate")] = learningRate;
    p[QStringLiteral("n_estimators")] = AutoSearch::MaxRounds;
    p[QStringLiteral("max_depth")] = depth;
    p[QStringLiteral("min_child_weight")] = minChildWeight;
    p[QStringLiteral("subsample")] = subsample;
    p[QStringLiteral("reg_lambda")] = lambda;
    return ModelSpec::withDefaults(ModelKind::XGBoost, p);
}

ModelSpec withParams(ModelKind kind, const ParamSet &base, std::initializer_list<std::pair<const char *, double>> values)
{
    ParamSet p = base;
    for (const auto &[name, value] : values)
        p[QLatin1String(name)] = value;
    return ModelSpec::withDefaults(kind, p);
}

// Mean AUC over the folds a candidate was scored on (NaN when none).
void summarize(CandidateResult &c)
{
    double sum = 0.0;
    int n = 0;
    for (double a : c.foldAuc) {
        if (!std::isnan(a)) {
            sum += a;
            ++n;
        }
    }
    c.foldsEvaluated = n;
    c.meanAuc = n > 0 ? sum / n : std::numeric_limits<double>::quiet_NaN();
    double sq = 0.0;
    for (double a : c.foldAuc) {
        if (!std::isnan(a))
            sq += (a - c.meanAuc) * (a - c.meanAuc);
    }
    c.stdAuc = n > 0 ? std::sqrt(sq / n) : std::numeric_limits<double>::quiet_NaN();
}

// Candidates of one family ranked by mean AUC over the folds in \a folds (all scored); ties keep order.
std::vector<size_t> ranked(const FamilySearchResult &family, const std::vector<size_t> &alive, const std::vector<size_t> &folds)
{
    std::vector<std::pair<double, size_t>> scored;
    for (size_t c : alive) {
        const CandidateResult &cand = family.candidates[c];
        double sum = 0.0;
        bool complete = true;
        for (size_t f : folds) {
            complete = complete && !std::isnan(cand.foldAuc[f]);
            sum += cand.foldAuc[f];
        }
        if (complete)
            scored.emplace_back(sum / double(folds.size()), c);
    }
    std::stable_sort(scored.begin(), scored.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    std::vector<size_t> out;
    for (const auto &s : scored)
        out.push_back(s.second);
    return out;
}

} // namespace

std::vector<ModelSpec> AutoSearch::candidates(ModelKind kind, SearchEffort effort, quint64 seed, const ParamSet &base, qsizetype trainingRows)
{
    const double lr = trainingRows >= LargeFile ? LargeFileLearningRate : LearningRate;
    std::vector<ModelSpec> out;
    switch (kind) {
    case ModelKind::XGBoost: {
        // depth, min_child_weight, subsample, reg_lambda: the prior's best guess first.
        out = {xgb(base, lr, 3, 1, 1.0, 1), xgb(base, lr, 2, 1, 0.8, 1), xgb(base, lr, 3, 5, 0.8, 1),
               xgb(base, lr, 4, 5, 0.8, 1), xgb(base, lr, 4, 1, 1.0, 5), xgb(base, lr, 5, 10, 0.8, 1),
               xgb(base, lr, 6, 10, 0.8, 5), xgb(base, lr, 2, 10, 0.8, 10), xgb(base, lr, 3, 10, 0.7, 10)};
        if (effort == SearchEffort::Thorough) {
            NumpyRandom rng(quint32(seed ^ (seed >> 32)));
            auto logUniform = [&](double lo, double hi) { return std::exp(std::log(lo) + rng.uniform() * (std::log(hi) - std::log(lo))); };
            auto round2 = [](double v) { return std::round(v * 100.0) / 100.0; };
            for (int i = 0; i < 18; ++i) {
                const double depth = double(2 + qint64(rng.interval(5))); // 2..7
                const double mcw = round2(logUniform(1.0, 20.0));
                const double subsample = round2(0.6 + 0.4 * rng.uniform());
                const double lambda = round2(logUniform(0.5, 20.0));
                out.push_back(xgb(base, lr, depth, mcw, subsample, lambda));
            }
        }
        break;
    }
    case ModelKind::Logistic:
        for (double c : {1.0, 0.01, 0.03, 0.1, 0.3, 3.0, 10.0})
            out.push_back(withParams(kind, base, {{"C", c}, {"penalty", 2}}));
        if (effort == SearchEffort::Thorough) {
            for (double c : {0.03, 0.1, 0.3, 1.0})
                out.push_back(withParams(kind, base, {{"C", c}, {"penalty", 1}}));
        }
        break;
    case ModelKind::Forest:
        out = {withParams(kind, base, {{"max_depth", 10}, {"min_samples_leaf", 3}}),
               withParams(kind, base, {{"max_depth", 8}, {"min_samples_leaf", 5}}),
               withParams(kind, base, {{"max_depth", 6}, {"min_samples_leaf", 10}}),
               withParams(kind, base, {{"max_depth", 14}, {"min_samples_leaf", 1}})};
        if (effort == SearchEffort::Thorough) {
            out.push_back(withParams(kind, base, {{"max_depth", 0}, {"min_samples_leaf", 1}}));
            out.push_back(withParams(kind, base, {{"max_depth", 12}, {"min_samples_leaf", 5}, {"max_features", 0.5}}));
        }
        break;
    }
    return out;
}

ModelSpec AutoSearch::finalSpec(const CandidateResult &best, qsizetype trainingRows)
{
    ModelSpec spec = best.spec;
    if (spec.kind != ModelKind::XGBoost)
        return spec;
    double rounds = 0.0;
    int n = 0;
    for (int r : best.foldRounds) {
        if (r > 0) {
            rounds += r;
            ++n;
        }
    }
    rounds = n > 0 ? rounds / n : spec.value(QStringLiteral("n_estimators"));
    const double shrink = trainingRows < LargeFile ? SmallFileShrink : LargeFileShrink;
    spec.params[QStringLiteral("learning_rate")] = spec.value(QStringLiteral("learning_rate")) / shrink;
    spec.params[QStringLiteral("n_estimators")] = std::max(1.0, std::round(rounds * shrink));
    return spec;
}

std::vector<int> AutoSearch::rungFolds(SearchEffort effort, int folds, qsizetype trainingRows)
{
    // From LargeFile rows one validation fold ranks the sets as well as two do on small files.
    const int first = trainingRows >= LargeFile ? 1 : 2;
    std::vector<int> rungs = effort == SearchEffort::Thorough ? std::vector<int>{1, 2, folds} : std::vector<int>{first, folds};
    for (int &r : rungs)
        r = std::clamp(r, 1, std::max(1, folds));
    rungs.erase(std::unique(rungs.begin(), rungs.end()), rungs.end());
    return rungs;
}

Result<std::vector<FamilySearchResult>> AutoSearch::run(const std::vector<SearchFold> &folds, qsizetype outOfFoldRows,
                                                        const std::vector<std::vector<ModelSpec>> &candidates, const Options &options,
                                                        Progress *progress)
{
    QElapsedTimer clock;
    clock.start();
    if (folds.empty())
        return makeError(ErrorCode::Internal, Tr::tr("The search has no folds."));
    const std::vector<int> rungs = rungFolds(options.effort, int(folds.size()), options.trainingRows);
    const size_t families = candidates.size();

    std::vector<FamilySearchResult> results(families);
    std::vector<std::vector<size_t>> alive(families);
    for (size_t f = 0; f < families; ++f) {
        if (candidates[f].empty())
            return makeError(ErrorCode::Internal, Tr::tr("A model family has no parameter set to try."));
        results[f].kind = candidates[f].front().kind;
        for (size_t c = 0; c < candidates[f].size(); ++c) {
            CandidateResult r;
            r.spec = candidates[f][c];
            r.foldAuc.assign(folds.size(), std::numeric_limits<double>::quiet_NaN());
            r.foldRounds.assign(folds.size(), 0);
            r.outOfFold.assign(size_t(outOfFoldRows), std::numeric_limits<float>::quiet_NaN());
            results[f].candidates.push_back(std::move(r));
            alive[f].push_back(c);
        }
    }

    // Planned work per rung (sets x new folds), for progress shares.
    std::vector<double> planned;
    {
        std::vector<size_t> n(families);
        for (size_t f = 0; f < families; ++f)
            n[f] = candidates[f].size();
        int done = 0;
        for (size_t r = 0; r < rungs.size(); ++r) {
            double work = 0.0;
            for (size_t f = 0; f < families; ++f) {
                work += double(n[f]) * double(rungs[r] - done);
                n[f] = size_t(promoted(qsizetype(n[f])));
            }
            planned.push_back(work);
            done = rungs[r];
        }
    }
    const double totalWork = std::accumulate(planned.begin(), planned.end(), 0.0);

    const bool budgeted = options.budgetSeconds > 0.0;
    const qint64 budgetMs = qint64(options.budgetSeconds * 1000.0);
    double msPerJob = 0.0; // measured: wall ms per (set, fold) of the last rung
    double workDone = 0.0;
    int scoredFolds = 0;
    bool outOfTime = false;
    for (size_t r = 0; r < rungs.size(); ++r) {
        std::vector<size_t> scoredSoFar;
        for (int f = 0; f < scoredFolds; ++f)
            scoredSoFar.push_back(size_t(f));
        if (r > 0) {
            // Promote the best third (at least one) of each family by the folds scored so far.
            for (size_t f = 0; f < families; ++f) {
                std::vector<size_t> order = ranked(results[f], alive[f], scoredSoFar);
                if (order.empty())
                    order = {alive[f].front()}; // nothing complete (budget): the prior's first guess
                size_t keep = outOfTime ? 1 : size_t(promoted(qsizetype(alive[f].size())));
                if (budgeted && msPerJob > 0.0 && !outOfTime) {
                    // Keep as many as the rest of the budget can score on the new folds (the last rung must run).
                    const double left = double(budgetMs - clock.elapsed()) / double(families);
                    const double perSet = msPerJob * double(rungs[r] - scoredFolds);
                    keep = std::clamp<size_t>(size_t(std::max(0.0, left / perSet)), 1, keep);
                }
                order.resize(std::min(order.size(), keep));
                alive[f] = order;
            }
        }
        const bool last = r + 1 == rungs.size();
        // The folds of this rung some promoted set has no score on (normally the rung's new ones;
        // after a budget cut, the earlier ones of a set that never completed too).
        std::vector<size_t> newFolds;
        for (int fold = 0; fold < rungs[r]; ++fold) {
            bool missing = false;
            for (size_t f = 0; f < families; ++f) {
                for (size_t c : alive[f])
                    missing = missing || std::isnan(results[f].candidates[c].foldAuc[size_t(fold)]);
            }
            if (missing)
                newFolds.push_back(size_t(fold));
        }
        std::vector<std::vector<ModelSpec>> rungSets(families);
        for (size_t f = 0; f < families; ++f) {
            for (size_t c : alive[f])
                rungSets[f].push_back(candidates[f][c]);
        }
        SubProgress rungProgress(progress, workDone / totalWork, (workDone + planned[r]) / totalWork);
        workDone += planned[r];
        ModelSearch::Options so;
        so.threads = options.threads;
        so.seed = options.seed;
        so.earlyStoppingRounds = Patience;
        so.folds = newFolds;
        // The last rung always completes: the chosen set needs every fold's predictions.
        if (budgeted && !last)
            so.deadline = QDeadlineTimer(std::max<qint64>(0, budgetMs - clock.elapsed()));
        QElapsedTimer rungClock;
        rungClock.start();
        auto rung = ModelSearch::run(folds, outOfFoldRows, rungSets, so, &rungProgress);
        if (!rung)
            return std::unexpected(rung.error());
        qint64 jobs = 0;
        for (size_t f = 0; f < families; ++f) {
            const FamilySearchResult &got = (*rung)[f];
            results[f].seconds += got.seconds;
            results[f].boostingSeconds += got.boostingSeconds;
            for (size_t i = 0; i < alive[f].size(); ++i) {
                const CandidateResult &src = got.candidates[i];
                CandidateResult &dst = results[f].candidates[alive[f][i]];
                for (size_t fold : newFolds) {
                    if (std::isnan(src.foldAuc[fold]))
                        continue;
                    ++jobs;
                    dst.foldAuc[fold] = src.foldAuc[fold];
                    dst.foldRounds[fold] = src.foldRounds[fold];
                    for (qsizetype pos : folds[fold].validPositions)
                        dst.outOfFold[size_t(pos)] = src.outOfFold[size_t(pos)];
                }
            }
        }
        if (jobs > 0)
            msPerJob = double(rungClock.elapsed()) / double(jobs); // wall time per job, the workers side by side
        scoredFolds = rungs[r];
        outOfTime = outOfTime || (budgeted && clock.elapsed() >= budgetMs);
    }

    for (FamilySearchResult &family : results) {
        for (CandidateResult &c : family.candidates)
            summarize(c);
        // The best: complete on every fold, highest mean (ties: the earlier, as everywhere).
        double bestMean = -1.0;
        family.best = -1;
        for (size_t c = 0; c < family.candidates.size(); ++c) {
            const CandidateResult &cand = family.candidates[c];
            if (cand.foldsEvaluated == int(folds.size()) && cand.meanAuc > bestMean) {
                bestMean = cand.meanAuc;
                family.best = int(c);
            }
        }
        if (family.best < 0)
            return makeError(ErrorCode::BadInput, Tr::tr("No %1 parameter set could be scored (a validation fold has a single class).")
                                                      .arg(displayName(family.kind)));
    }
    return results;
}

} // namespace churnlens
