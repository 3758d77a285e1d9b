// Internal to SmoteNeighbours: the body of the candidate tile, included by
// smotecandidates.cpp and smotecandidatesavx2.cpp with SMOTE_TILE_FUNCTION set.
// No #pragma once: it is meant to be included once per instruction set.

#include <Eigen/Core>

#if defined(__SSE2__)
#include <immintrin.h>
#endif

namespace churnlens {

namespace {

// Inserts (d, j) into a full-or-filling sorted list; returns the new threshold.
inline float insertCandidate(float *dist, int32_t *index, int32_t &count, int capacity, float d, int32_t j)
{
    int pos = count < capacity ? count++ : capacity - 1;
    while (pos > 0 && dist[pos - 1] > d) {
        dist[pos] = dist[pos - 1];
        index[pos] = index[pos - 1];
        --pos;
    }
    dist[pos] = d;
    index[pos] = j;
    return count < capacity ? __builtin_inff() : dist[capacity - 1];
}

} // namespace

void SMOTE_TILE_FUNCTION(const SmoteCandidateJob &job, int64_t bi, int64_t bj, SmoteCandidateLists &lists,
                         float *scratch)
{
    using Matrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic>;
    const int64_t i0 = bi * job.tile;
    const int64_t j0 = bj * job.tile;
    const int64_t ni = job.n - i0 < job.tile ? job.n - i0 : job.tile;
    const int64_t nj = job.n - j0 < job.tile ? job.n - j0 : job.tile;

    // Points are sorted along the first coordinate, and no distance is shorter than the gap
    // along one axis: when the gap between the blocks (less its float rounding) is beyond
    // every threshold of both blocks, no pair of the tile can become a candidate, and every
    // pair is provably at least that threshold apart. Skip the tile.
    if (bj > bi) {
        const auto first = [&](int64_t p) { return job.points[p * job.dims]; };
        const float lowI = first(i0), highI = first(i0 + ni - 1), lowJ = first(j0), highJ = first(j0 + nj - 1);
        const float extent = fmaxf(fmaxf(fabsf(lowI), fabsf(highI)), fmaxf(fabsf(lowJ), fabsf(highJ)));
        const double rounding = 2.02 * 0x1.0p-24 * double(extent) + 1e-12 * (2.0 * double(extent) + 1.0);
        const double gap = double(lowJ) - double(highI) - rounding;
        if (gap > 0.0) {
            float most = 0.0f;
            for (int64_t p = 0; p < ni; ++p)
                most = fmaxf(most, lists.threshold[i0 + p]);
            for (int64_t p = 0; p < nj; ++p)
                most = fmaxf(most, lists.threshold[j0 + p]);
            if (gap * gap >= double(most)) {
                ++lists.skippedTiles;
                return;
            }
        }
    }
    // Points are the columns of a dims × n column-major matrix (the same bytes as n × dims row-major).
    Eigen::Map<const Matrix> all(job.points, job.dims, Eigen::Index(job.n));
    Eigen::Map<Matrix> g(scratch, Eigen::Index(ni), Eigen::Index(nj));
    g.noalias() = all.middleCols(Eigen::Index(i0), Eigen::Index(ni)).transpose()
        * all.middleCols(Eigen::Index(j0), Eigen::Index(nj));

    const int cap = lists.capacity;
    float *thr = lists.threshold;
    const float *normsI = job.norms + i0;
    float *thrI = thr + i0;
    constexpr int Lane = 16;
    float d[Lane];
    // Offers the distances d[t] of lanes set in \a lanes (bit t) to both lists.
    auto insertBoth = [&](int64_t s, unsigned lanes, int64_t j, float &thrJ) {
        while (lanes) {
            const int t = __builtin_ctz(lanes);
            lanes &= lanes - 1;
            const int64_t i = i0 + s + t;
            // Thresholds only go down: a seeded threshold may be below a list that is not full yet.
            if (d[t] < thrJ)
                thrJ = fminf(thrJ, insertCandidate(lists.dist + j * cap, lists.index + j * cap, lists.count[j], cap,
                                                   d[t], int32_t(i)));
            if (d[t] < thr[i])
                thr[i] = fminf(thr[i], insertCandidate(lists.dist + i * cap, lists.index + i * cap, lists.count[i], cap,
                                                       d[t], int32_t(j)));
        }
    };
    for (int64_t jj = 0; jj < nj; ++jj) {
        const int64_t j = j0 + jj;
        const float *col = scratch + jj * ni;
        float thrJ = thr[j];
        const float nj2 = job.norms[j];
        // Diagonal tile: each pair once (i < j), both directions updated.
        const int64_t end = bi == bj ? jj : ni;
        int64_t s = 0;
#if defined(__AVX2__) && defined(__FMA__)
        __m256 vthrJ = _mm256_set1_ps(thrJ);
        const __m256 vnj = _mm256_set1_ps(nj2);
        const __m256 two = _mm256_set1_ps(2.0f);
        for (; s + Lane <= end; s += Lane) {
            // Candidates are rare once the lists fill: test 16 distances at once.
            const __m256 d0 = _mm256_fnmadd_ps(two, _mm256_loadu_ps(col + s), _mm256_add_ps(_mm256_loadu_ps(normsI + s), vnj));
            const __m256 d1 = _mm256_fnmadd_ps(two, _mm256_loadu_ps(col + s + 8),
                                               _mm256_add_ps(_mm256_loadu_ps(normsI + s + 8), vnj));
            const __m256 m0 = _mm256_or_ps(_mm256_cmp_ps(d0, vthrJ, _CMP_LT_OQ),
                                           _mm256_cmp_ps(d0, _mm256_loadu_ps(thrI + s), _CMP_LT_OQ));
            const __m256 m1 = _mm256_or_ps(_mm256_cmp_ps(d1, vthrJ, _CMP_LT_OQ),
                                           _mm256_cmp_ps(d1, _mm256_loadu_ps(thrI + s + 8), _CMP_LT_OQ));
            const unsigned lanes = unsigned(_mm256_movemask_ps(m0)) | unsigned(_mm256_movemask_ps(m1)) << 8;
            if (lanes) {
                _mm256_storeu_ps(d, d0);
                _mm256_storeu_ps(d + 8, d1);
                insertBoth(s, lanes, j, thrJ);
                vthrJ = _mm256_set1_ps(thrJ);
            }
        }
#elif defined(__SSE2__)
        __m128 vthrJ = _mm_set1_ps(thrJ);
        const __m128 vnj = _mm_set1_ps(nj2);
        const __m128 two = _mm_set1_ps(2.0f);
        for (; s + Lane <= end; s += Lane) {
            unsigned lanes = 0;
            __m128 dv[4];
            for (int q = 0; q < 4; ++q) {
                dv[q] = _mm_sub_ps(_mm_add_ps(_mm_loadu_ps(normsI + s + 4 * q), vnj),
                                   _mm_mul_ps(two, _mm_loadu_ps(col + s + 4 * q)));
                const __m128 m = _mm_or_ps(_mm_cmplt_ps(dv[q], vthrJ), _mm_cmplt_ps(dv[q], _mm_loadu_ps(thrI + s + 4 * q)));
                lanes |= unsigned(_mm_movemask_ps(m)) << (4 * q);
            }
            if (lanes) {
                for (int q = 0; q < 4; ++q)
                    _mm_storeu_ps(d + 4 * q, dv[q]);
                insertBoth(s, lanes, j, thrJ);
                vthrJ = _mm_set1_ps(thrJ);
            }
        }
#endif
        if (s < end) {
            const int len = int(end - s);
            for (int t = 0; t < len; ++t)
                d[t] = normsI[s + t] + nj2 - 2.0f * col[s + t];
            insertBoth(s, (1u << len) - 1u, j, thrJ);
        }
        thr[j] = thrJ;
    }
}

} // namespace churnlens
