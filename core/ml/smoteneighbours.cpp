#include "smoteneighbours.h"

#include "common/parallel.h"
#include "common/threads.h"
#include "smotecandidates.h"
#include "smoteprojection.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <utility>

namespace churnlens {

namespace {

// Extra candidates kept beyond k, so that rounding in the float phase rarely forces a
// point to be searched again exactly.
constexpr int CandidateMargin = 11;
constexpr int Tile = 256;
// Below this many points the exact double search is cheap enough on its own.
constexpr qsizetype SmallN = 1024;

// Squared distance in double with a fixed summation order (four partial sums, then a fixed
// tree). This file is built with -ffp-contract=off, so every inlined copy rounds the same:
// find() and bruteForce() agree to the last bit, and ties are broken the same way.
inline double exactDistance(const float *a, const float *b, int dims)
{
    double s[4] = {0.0, 0.0, 0.0, 0.0};
    int t = 0;
    for (; t + 4 <= dims; t += 4) {
        for (int l = 0; l < 4; ++l) {
            const double diff = double(a[t + l]) - double(b[t + l]);
            s[l] += diff * diff;
        }
    }
    for (int l = 0; t < dims; ++t, ++l) {
        const double diff = double(a[t]) - double(b[t]);
        s[l] += diff * diff;
    }
    return (s[0] + s[1]) + (s[2] + s[3]);
}

using Ranked = std::pair<double, qint32>; // (distance, index): ordered by distance, then index

// Inserts into a sorted list of at most k entries.
inline void offer(Ranked *best, int &count, int k, Ranked r)
{
    if (count == k && !(r < best[k - 1]))
        return;
    int pos = count < k ? count++ : k - 1;
    while (pos > 0 && r < best[pos - 1]) {
        best[pos] = best[pos - 1];
        --pos;
    }
    best[pos] = r;
}

// The exact k nearest of point i by scanning every point.
void exactRow(const float *points, qsizetype n, int dims, int k, qsizetype i, std::vector<Ranked> &work, qint32 *out)
{
    work.resize(size_t(k));
    int count = 0;
    const float *a = points + size_t(i) * size_t(dims);
    for (qsizetype j = 0; j < n; ++j) {
        if (j == i)
            continue;
        const double d = exactDistance(a, points + size_t(j) * size_t(dims), dims);
        if (count < k || d <= work[size_t(k) - 1].first)
            offer(work.data(), count, k, Ranked(d, qint32(j)));
    }
    for (int t = 0; t < k; ++t)
        out[t] = work[size_t(t)].second;
}

struct Kernels
{
    void (*tile)(const SmoteCandidateJob &, int64_t, int64_t, SmoteCandidateLists &, float *);
    bool avx2;
};

Kernels kernels()
{
#if defined(CHURNLENS_SMOTE_AVX2)
    // CHURNLENS_SMOTE_GENERIC=1 forces the baseline build (tests compare both with brute force).
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")
        && !qEnvironmentVariableIsSet("CHURNLENS_SMOTE_GENERIC"))
        return {smoteCandidateTileAvx2, true};
#endif
    return {smoteCandidateTileGeneric, false};
}

constexpr double Unit = 0x1.0p-24; // float rounding unit

// Second chance for a point whose float candidates could not be proven complete (dense
// clusters of near-duplicates, where float rounding is as large as the distances): every
// point closer than the k-th candidate (dk, exact) lies within sqrt(dk) of it along the
// first axis, where the points are sorted. Those are ranked exactly; all others are
// strictly farther and cannot even tie.
void windowRow(const SmoteProjection &proj, double maxFirst, const float *points, int dims, int k, qsizetype s,
               double dk, std::vector<Ranked> &work, qint32 *out)
{
    const qsizetype n = qsizetype(proj.order.size());
    const auto first = [&](qsizetype pos) { return proj.coords[size_t(pos) * size_t(proj.dims)]; };
    const double x = first(s);
    // Rounding of the coordinate to float (relative u) and of the double projection.
    const double rad = std::sqrt(dk) * (1.0 + 1e-9) + 1.01 * Unit * (std::abs(x) + maxFirst)
        + 1e-12 * (std::abs(x) + maxFirst + 1.0);
    qsizetype lo = s;
    while (lo > 0 && double(first(lo - 1)) >= x - rad)
        --lo;
    qsizetype hi = s + 1;
    while (hi < n && double(first(hi)) <= x + rad)
        ++hi;
    const qint32 i = proj.order[size_t(s)];
    const float *a = points + size_t(i) * size_t(dims);
    work.clear();
    for (qsizetype pos = lo; pos < hi; ++pos) {
        const qint32 j = proj.order[size_t(pos)];
        if (j != i)
            work.emplace_back(exactDistance(a, points + size_t(j) * size_t(dims), dims), j);
    }
    std::partial_sort(work.begin(), work.begin() + k, work.end());
    for (int t = 0; t < k; ++t)
        out[t] = work[size_t(t)].second;
}

} // namespace

std::vector<qint32> SmoteNeighbours::bruteForce(const float *points, qsizetype n, int dims, int k)
{
    k = int(std::min<qsizetype>(k, n - 1));
    if (k <= 0)
        return {};
    std::vector<qint32> out(static_cast<size_t>(n) * size_t(k));
    std::vector<Ranked> work;
    for (qsizetype i = 0; i < n; ++i)
        exactRow(points, n, dims, k, i, work, out.data() + size_t(i) * size_t(k));
    return out;
}

Result<std::vector<qint32>> SmoteNeighbours::find(const float *points, qsizetype n, int dims, int k, int threads,
                                                  Progress *progress, Stats *stats)
{
    if (n > std::numeric_limits<qint32>::max())
        return makeError(ErrorCode::BadInput, Tr::tr("Too many rows for the neighbour search."));
    if (dims <= 0)
        return makeError(ErrorCode::Internal, Tr::tr("The neighbour search needs at least one feature."));
    for (size_t v = 0; v < size_t(n) * size_t(dims); ++v) {
        if (!std::isfinite(points[v]))
            return makeError(ErrorCode::BadInput, Tr::tr("The neighbour search needs features without missing values."),
                             Tr::tr("Turn imputation on in the preparation."));
    }
    k = int(std::min<qsizetype>(k, n - 1));
    if (k <= 0)
        return std::vector<qint32>{};
    threads = threadCount(threads);
    std::vector<qint32> out(static_cast<size_t>(n) * size_t(k));

    if (n <= SmallN) {
        const qsizetype chunks = (n + 63) / 64;
        std::vector<std::vector<Ranked>> work(static_cast<size_t>(threads));
        if (!parallelFor(chunks, 1, threads, progress, [&](qsizetype c, qsizetype, int t) {
                for (qsizetype i = c * 64; i < std::min(n, (c + 1) * 64); ++i)
                    exactRow(points, n, dims, k, i, work[size_t(t)], out.data() + size_t(i) * size_t(k));
                return true;
            }))
            return std::unexpected(Error::canceled());
        return out;
    }

    // Candidate phase on projected, sorted coordinates: the upper triangle of tiles, each
    // thread with its own lists. Near tiles go first (phase 1) and seed every thread's
    // thresholds, so far tiles (phase 2) insert little and can often be skipped whole.
    const SmoteProjection proj = SmoteProjection::make(points, n, dims);
    const int capacity = int(std::min<qsizetype>(n - 1, k + CandidateMargin));
    const int64_t blocks = (n + Tile - 1) / Tile;
    std::vector<std::pair<int32_t, int32_t>> nearPairs, farPairs;
    for (int64_t bi = 0; bi < blocks; ++bi) {
        for (int64_t bj = bi; bj < blocks; ++bj)
            (bj - bi <= 1 ? nearPairs : farPairs).emplace_back(int32_t(bi), int32_t(bj));
    }
    // Nearer blocks first, so thresholds are tight when the far tiles (often skipped) come.
    std::stable_sort(farPairs.begin(), farPairs.end(),
                     [](const auto &a, const auto &b) { return a.second - a.first < b.second - b.first; });
    struct ThreadState
    {
        std::vector<float> dist, threshold, scratch;
        std::vector<int32_t> index, count;
        SmoteCandidateLists lists;
    };
    std::vector<ThreadState> states(static_cast<size_t>(threads));
    for (ThreadState &s : states) {
        s.dist.resize(size_t(n) * size_t(capacity));
        s.index.resize(size_t(n) * size_t(capacity));
        s.count.assign(size_t(n), 0);
        s.threshold.assign(size_t(n), std::numeric_limits<float>::infinity());
        s.scratch.resize(size_t(Tile) * size_t(Tile));
        s.lists = {s.dist.data(), s.index.data(), s.count.data(), s.threshold.data(), capacity};
    }
    SmoteCandidateJob job{proj.coords.data(), proj.norms.data(), n, proj.dims, Tile};
    const Kernels kern = kernels();
    // A tile is about a millisecond: groups of 8 keep cancel well under the 50 ms budget.
    constexpr qsizetype PairsPerChunk = 8;
    auto runTiles = [&](const std::vector<std::pair<int32_t, int32_t>> &pairs, double from, double to) {
        const qsizetype chunks = (qsizetype(pairs.size()) + PairsPerChunk - 1) / PairsPerChunk;
        SubProgress step(progress, from, to);
        return parallelFor(chunks, 1, threads, &step, [&](qsizetype c, qsizetype, int t) {
            ThreadState &s = states[size_t(t)];
            const qsizetype end = std::min<qsizetype>(qsizetype(pairs.size()), (c + 1) * PairsPerChunk);
            for (qsizetype p = c * PairsPerChunk; p < end; ++p)
                kern.tile(job, pairs[size_t(p)].first, pairs[size_t(p)].second, s.lists, s.scratch.data());
            return true;
        }).has_value();
    };
    if (progress)
        progress->setText(Tr::tr("Finding nearest neighbours"));
    if (!runTiles(nearPairs, 0.0, 0.1))
        return std::unexpected(Error::canceled());
    // Any thread's full list bounds the point's candidate distance for every thread: a
    // point farther than that can never enter the merged lists.
    for (qsizetype i = 0; i < n; ++i) {
        float seed = std::numeric_limits<float>::infinity();
        for (const ThreadState &s : states)
            seed = std::min(seed, s.threshold[size_t(i)]);
        for (ThreadState &s : states)
            s.threshold[size_t(i)] = seed;
    }
    if (!runTiles(farPairs, 0.1, 0.9))
        return std::unexpected(Error::canceled());

    // Refinement: merge the threads' lists, re-rank in double, prove completeness.
    // |approximate − exact| <= u · R² · (d + 8) with R = |a| + max |b| in projected
    // coordinates: rounding of the coordinates (2uR²), of the norms and sums (3uR²) and of
    // the float dot product (γ_d |a||b| <= d·u·R²/4 · 1.01), with room to spare. Dropped
    // axes only make the approximation smaller, which the proof allows.
    const double factor = double(proj.dims + 8) * Unit;
    const bool complete = capacity == n - 1; // every other point is a candidate
    std::atomic<qsizetype> searchedAgain{0};
    const qsizetype rowChunk = 256;
    std::vector<std::vector<Ranked>> work(static_cast<size_t>(threads));
    double maxFirst = 0.0;
    for (qsizetype pos = 0; pos < n; ++pos)
        maxFirst = std::max(maxFirst, std::abs(double(proj.coords[size_t(pos) * size_t(proj.dims)])));
    std::vector<std::vector<std::pair<float, int32_t>>> merged(static_cast<size_t>(threads));
    SubProgress refine(progress, 0.9, 1.0);
    if (!parallelFor((n + rowChunk - 1) / rowChunk, 1, threads, &refine, [&](qsizetype c, qsizetype, int t) {
            std::vector<Ranked> &w = work[size_t(t)];
            std::vector<std::pair<float, int32_t>> &m = merged[size_t(t)];
            for (qsizetype s = c * rowChunk; s < std::min(n, (c + 1) * rowChunk); ++s) {
                m.clear();
                for (const ThreadState &st : states) {
                    for (int e = 0; e < st.count[size_t(s)]; ++e)
                        m.emplace_back(st.dist[size_t(s) * size_t(capacity) + size_t(e)],
                                       st.index[size_t(s) * size_t(capacity) + size_t(e)]);
                }
                std::sort(m.begin(), m.end());
                const size_t keep = std::min(m.size(), size_t(capacity));
                // Fewer merged candidates than the capacity cannot happen (every point meets every
                // other once, and a thread skips a point only below another thread's full list);
                // should it, nothing is proven and the point is searched again.
                const double bound = complete ? std::numeric_limits<double>::infinity()
                                              : keep < size_t(capacity) ? -std::numeric_limits<double>::infinity()
                                                                        : double(m[keep - 1].first);
                const qsizetype i = proj.order[size_t(s)];
                const float *a = points + size_t(i) * size_t(dims);
                w.clear();
                for (size_t e = 0; e < keep; ++e) {
                    const qint32 j = proj.order[size_t(m[e].second)];
                    w.emplace_back(exactDistance(a, points + size_t(j) * size_t(dims), dims), j);
                }
                qint32 *o = out.data() + size_t(i) * size_t(k);
                double dk = std::numeric_limits<double>::infinity(); // no proof without k candidates
                if (w.size() >= size_t(k)) {
                    std::partial_sort(w.begin(), w.begin() + k, w.end());
                    dk = w[size_t(k) - 1].first;
                }
                const double r = proj.norm[size_t(s)] + proj.maxNorm;
                if (bound - (factor * r * r + 1e-9 * dk) > dk) {
                    for (int e = 0; e < k; ++e)
                        o[e] = w[size_t(e)].second;
                } else {
                    // Points outside the list may tie with or beat the k-th: search again.
                    windowRow(proj, maxFirst, points, dims, k, s, dk, w, o);
                    searchedAgain.fetch_add(1, std::memory_order_relaxed);
                }
            }
            return true;
        }))
        return std::unexpected(Error::canceled());
    if (stats) {
        stats->searchedAgain = searchedAgain.load();
        stats->avx2 = kern.avx2;
        stats->tiles = qsizetype(nearPairs.size() + farPairs.size());
        stats->skippedTiles = 0;
        for (const ThreadState &st : states)
            stats->skippedTiles += st.lists.skippedTiles;
        stats->dims = proj.dims;
    }
    return out;
}

} // namespace churnlens
