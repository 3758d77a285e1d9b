#include "searchspace.h"

#include "autosearch.h"
#include "numpyrandom.h"

#include <algorithm>
#include <cmath>

namespace churnlens {

QString machineName(Tuning tuning)
{
    switch (tuning) {
    case Tuning::None: return QStringLiteral("none");
    case Tuning::Grid: return QStringLiteral("grid");
    case Tuning::Random: return QStringLiteral("random");
    case Tuning::Auto: return QStringLiteral("auto");
    }
    return {};
}

bool fromMachineName(const QString &name, Tuning *tuning)
{
    for (Tuning t : {Tuning::None, Tuning::Grid, Tuning::Random, Tuning::Auto}) {
        if (name.compare(machineName(t), Qt::CaseInsensitive) == 0) {
            *tuning = t;
            return true;
        }
    }
    return false;
}

SearchSpace::Grid SearchSpace::defaultGrid(ModelKind kind)
{
    switch (kind) {
    case ModelKind::XGBoost:
        return {{QStringLiteral("learning_rate"), {0.05, 0.1, 0.2}},
                {QStringLiteral("max_depth"), {3, 4, 6}},
                {QStringLiteral("n_estimators"), {100, 200, 300}}};
    case ModelKind::Logistic:
        return {{QStringLiteral("C"), {0.01, 0.1, 1.0, 10.0}}, {QStringLiteral("penalty"), {1, 2}}};
    case ModelKind::Forest:
        return {{QStringLiteral("max_depth"), {6, 10, 0}}, {QStringLiteral("min_samples_leaf"), {1, 5}}};
    }
    return {};
}

std::vector<ModelSpec> SearchSpace::gridCandidates(ModelKind kind, const Grid &grid, const ParamSet &base)
{
    Grid sorted = grid;
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    std::vector<ModelSpec> out{ModelSpec::withDefaults(kind, base)};
    for (const auto &[name, values] : sorted) {
        if (values.empty())
            continue;
        std::vector<ModelSpec> next;
        next.reserve(out.size() * values.size());
        for (const ModelSpec &spec : out) {
            for (double v : values) {
                ModelSpec s = spec;
                s.params[name] = v;
                next.push_back(std::move(s));
            }
        }
        out = std::move(next);
    }
    return out;
}

std::vector<ModelSpec> SearchSpace::randomCandidates(ModelKind kind, int iterations, quint64 seed, const ParamSet &base)
{
    NumpyRandom rng(quint32(seed ^ (seed >> 32)));
    auto logUniform = [&](double lo, double hi) { return std::exp(std::log(lo) + rng.uniform() * (std::log(hi) - std::log(lo))); };
    auto uniform = [&](double lo, double hi) { return lo + rng.uniform() * (hi - lo); };
    auto integer = [&](int lo, int hi) { return double(lo + qint64(rng.interval(quint64(hi - lo)))); };
    auto round3 = [](double v) { return std::round(v * 1000.0) / 1000.0; };
    std::vector<ModelSpec> out;
    for (int i = 0; i < iterations; ++i) {
        ParamSet p = base;
        switch (kind) {
        case ModelKind::XGBoost:
            p[QStringLiteral("learning_rate")] = round3(logUniform(0.01, 0.3));
            p[QStringLiteral("max_depth")] = integer(2, 8);
            p[QStringLiteral("n_estimators")] = 50.0 * integer(1, 10);
            p[QStringLiteral("min_child_weight")] = round3(logUniform(0.5, 10.0));
            p[QStringLiteral("subsample")] = round3(uniform(0.6, 1.0));
            p[QStringLiteral("colsample_bytree")] = round3(uniform(0.5, 1.0));
            p[QStringLiteral("reg_lambda")] = round3(logUniform(0.1, 10.0));
            break;
        case ModelKind::Logistic:
            p[QStringLiteral("C")] = std::round(logUniform(1e-3, 100.0) * 1e4) / 1e4;
            p[QStringLiteral("penalty")] = integer(1, 2);
            break;
        case ModelKind::Forest: {
            const double depth = integer(3, 17);
            p[QStringLiteral("max_depth")] = depth == 17 ? 0.0 : depth; // one draw in 15 is unlimited
            p[QStringLiteral("min_samples_leaf")] = integer(1, 20);
            p[QStringLiteral("max_features")] = round3(uniform(0.1, 0.8));
            break;
        }
        }
        out.push_back(ModelSpec::withDefaults(kind, p));
    }
    return out;
}

std::vector<ModelSpec> SearchSpace::candidates(ModelKind kind, Tuning tuning, int randomIterations, quint64 seed, const ParamSet &base)
{
    switch (tuning) {
    case Tuning::None: return {ModelSpec::withDefaults(kind, base)};
    case Tuning::Grid: return gridCandidates(kind, defaultGrid(kind), base);
    case Tuning::Random: return randomCandidates(kind, std::max(1, randomIterations), seed, base);
    case Tuning::Auto: return AutoSearch::candidates(kind, SearchEffort::Quick, seed, base);
    }
    return {};
}

} // namespace churnlens
