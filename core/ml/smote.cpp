#include "smote.h"

#include "common/parallel.h"
#include "common/xoshiro.h"
#include "smoteneighbours.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace churnlens {

namespace {

// The features SMOTE-NC votes on: a one-hot group, or one Binary/Ordinal feature.
struct CategoricalVariable
{
    std::vector<int> features; //!< one-hot group members, or the single feature
    bool group = false;
    std::vector<float> values; //!< single feature: its distinct values among the minority rows
};

struct Layout
{
    std::vector<int> continuous;
    std::vector<CategoricalVariable> categorical;
};

Layout layoutOf(const FeatureMatrix &m, std::span<const qsizetype> rows, bool nominal)
{
    Layout l;
    std::map<int, size_t> groupIndex;
    for (int f = 0; f < m.cols; ++f) {
        const FeatureKind kind = m.kind(f);
        if (!nominal || kind == FeatureKind::Continuous) {
            l.continuous.push_back(f);
            continue;
        }
        const int g = m.group(f);
        if (kind == FeatureKind::OneHot && g >= 0) {
            auto [it, inserted] = groupIndex.try_emplace(g, l.categorical.size());
            if (inserted)
                l.categorical.push_back({{}, true, {}});
            l.categorical[it->second].features.push_back(f);
            continue;
        }
        CategoricalVariable v{{f}, false, {}};
        for (qsizetype r : rows)
            v.values.push_back(m.at(r, f));
        std::sort(v.values.begin(), v.values.end());
        v.values.erase(std::unique(v.values.begin(), v.values.end()), v.values.end());
        l.categorical.push_back(std::move(v));
    }
    return l;
}

// Population standard deviation of feature f over the rows.
double stdDev(const FeatureMatrix &m, std::span<const qsizetype> rows, int f)
{
    double mean = 0.0;
    for (qsizetype r : rows)
        mean += m.at(r, f);
    mean /= double(rows.size());
    double ss = 0.0;
    for (qsizetype r : rows) {
        const double d = m.at(r, f) - mean;
        ss += d * d;
    }
    return std::sqrt(ss / double(rows.size()));
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0.0;
    std::sort(v.begin(), v.end());
    const size_t h = v.size() / 2;
    return v.size() % 2 ? v[h] : (v[h - 1] + v[h]) / 2.0;
}

} // namespace

std::vector<float> Smote::distanceSpace(const FeatureMatrix &matrix, std::span<const qsizetype> minorityRows,
                                        const Options &options, int *dims)
{
    const Layout l = layoutOf(matrix, minorityRows, options.nominal);
    std::vector<double> sd;
    std::vector<double> divisor;
    for (int f : l.continuous) {
        const double s = stdDev(matrix, minorityRows, f);
        const bool scale = options.standardizeDistances && matrix.kind(f) == FeatureKind::Continuous && s > 0.0;
        divisor.push_back(scale ? s : 1.0);
        sd.push_back(scale ? 1.0 : s);
    }
    // imbalanced-learn's SMOTE-NC: one-hot columns of value median/2, so that two different
    // categories are median²/2 apart in squared distance.
    const double half = options.nominal ? median(sd) / 2.0 : 0.0;
    int width = int(l.continuous.size());
    for (const CategoricalVariable &v : l.categorical)
        width += v.group ? int(v.features.size()) : int(v.values.size());
    *dims = width;
    std::vector<float> out(minorityRows.size() * size_t(width), 0.0f);
    for (size_t i = 0; i < minorityRows.size(); ++i) {
        const float *x = matrix.row(minorityRows[i]);
        float *o = out.data() + i * size_t(width);
        int c = 0;
        for (size_t k = 0; k < l.continuous.size(); ++k)
            o[c++] = float(double(x[l.continuous[k]]) / divisor[k]);
        for (const CategoricalVariable &v : l.categorical) {
            if (v.group) {
                for (int f : v.features)
                    o[c++] = x[f] != 0.0f ? float(half) : 0.0f;
            } else {
                for (float value : v.values)
                    o[c++] = x[v.features[0]] == value ? float(half) : 0.0f;
            }
        }
    }
    return out;
}

Result<SmoteSamples> Smote::generate(const FeatureMatrix &matrix, std::span<const qsizetype> minorityRows,
                                     qsizetype count, const Options &options, Progress *progress)
{
    const qsizetype n = qsizetype(minorityRows.size());
    if (n < 2)
        return makeError(ErrorCode::BadInput, Tr::tr("SMOTE needs at least two rows of the smaller class; there are %1.").arg(n),
                         Tr::tr("Use class weights or undersampling instead."));
    if (options.neighbours < 1)
        return makeError(ErrorCode::Usage, Tr::tr("SMOTE needs at least one neighbour."));
    for (qsizetype r : minorityRows) {
        if (r < 0 || r >= matrix.rows)
            return makeError(ErrorCode::Internal, Tr::tr("Row %1 is outside the feature matrix.").arg(r));
        const float *x = matrix.row(r);
        if (std::any_of(x, x + matrix.cols, [](float v) { return !std::isfinite(v); }))
            return makeError(ErrorCode::BadInput, Tr::tr("SMOTE needs features without missing values."),
                             Tr::tr("Turn imputation on in the preparation."));
    }
    if (count <= 0)
        return SmoteSamples{};
    const Layout layout = layoutOf(matrix, minorityRows, options.nominal);
    if (options.nominal && layout.continuous.empty())
        return makeError(ErrorCode::BadInput, Tr::tr("SMOTE-NC needs at least one numeric feature; all features are categories."),
                         Tr::tr("Use class weights or undersampling instead."));

    int dims = 0;
    const std::vector<float> space = distanceSpace(matrix, minorityRows, options, &dims);
    const int k = int(std::min<qsizetype>(options.neighbours, n - 1));
    SubProgress searchProgress(progress, 0.0, 0.85);
    Result<std::vector<qint32>> nn = SmoteNeighbours::find(space.data(), n, dims, k, options.threads,
                                                           progress ? &searchProgress : nullptr);
    if (!nn)
        return std::unexpected(nn.error());

    SmoteSamples out;
    out.count = std::max<qsizetype>(count, 0);
    out.values.resize(size_t(out.count) * size_t(matrix.cols));
    out.base.resize(size_t(out.count));
    out.partner.resize(size_t(out.count));
    out.gap.resize(size_t(out.count));
    const int cols = matrix.cols;
    constexpr qsizetype Chunk = 4096;
    if (progress)
        progress->setText(Tr::tr("Making synthetic rows"));
    // Each sample draws from its own stream (seed, sample), so the rows do not depend on
    // how the samples are spread over threads.
    SubProgress step(progress, 0.85, 1.0);
    const auto done = parallelFor((out.count + Chunk - 1) / Chunk, 1, options.threads, &step,
                                  [&](qsizetype c, qsizetype, int) {
        std::vector<int> votes;
        std::vector<int> firstVoter;
        for (qsizetype s = c * Chunk; s < std::min(out.count, (c + 1) * Chunk); ++s) {
            Xoshiro256 rng(options.seed, uint64_t(s) + 1);
            const uint64_t pick = rng.below(uint64_t(n) * uint64_t(k));
            const qsizetype b = qsizetype(pick / uint64_t(k));
            const qint32 *neighbours = nn->data() + size_t(b) * size_t(k);
            const qsizetype p = neighbours[pick % uint64_t(k)];
            const double gap = rng.uniform();
            const float *xb = matrix.row(minorityRows[size_t(b)]);
            const float *xp = matrix.row(minorityRows[size_t(p)]);
            float *o = out.values.data() + size_t(s) * size_t(cols);
            out.base[size_t(s)] = minorityRows[size_t(b)];
            out.partner[size_t(s)] = minorityRows[size_t(p)];
            out.gap[size_t(s)] = float(gap);
            for (int f : layout.continuous)
                o[f] = float(double(xb[f]) + gap * (double(xp[f]) - double(xb[f])));
            // SMOTE-NC: each categorical takes the most frequent value among the base row's
            // k neighbours; ties are broken at random (as imbalanced-learn).
            for (const CategoricalVariable &v : layout.categorical) {
                const int choices = v.group ? int(v.features.size()) : int(v.values.size());
                votes.assign(size_t(choices), 0);
                firstVoter.assign(size_t(choices), -1);
                for (int e = 0; e < k; ++e) {
                    const float *xn = matrix.row(minorityRows[size_t(neighbours[e])]);
                    for (int q = 0; q < choices; ++q) {
                        if (v.group ? xn[v.features[size_t(q)]] != 0.0f : xn[v.features[0]] == v.values[size_t(q)]) {
                            ++votes[size_t(q)];
                            if (firstVoter[size_t(q)] < 0)
                                firstVoter[size_t(q)] = e;
                        }
                    }
                }
                const int best = *std::max_element(votes.begin(), votes.end());
                if (best == 0) {
                    // No neighbour has any level of this group (all-zero rows): keep the base row's.
                    for (int f : v.features)
                        o[f] = xb[f];
                    continue;
                }
                const int ties = int(std::count(votes.begin(), votes.end(), best));
                int chosen = ties > 1 ? int(rng.below(uint64_t(ties))) : 0;
                int winner = 0;
                for (int q = 0; q < choices; ++q) {
                    if (votes[size_t(q)] == best && chosen-- == 0) {
                        winner = q;
                        break;
                    }
                }
                // Copy the whole group from a neighbour with the winning level, so that the
                // values are exactly those the preparation produces.
                const float *xw = matrix.row(minorityRows[size_t(neighbours[firstVoter[size_t(winner)]])]);
                for (int f : v.features)
                    o[f] = xw[f];
            }
        }
        return true;
    });
    if (!done)
        return std::unexpected(Error::canceled());
    return out;
}

} // namespace churnlens
