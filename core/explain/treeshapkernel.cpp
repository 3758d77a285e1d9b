// TreeShap's per-row work: masks of failed features per node, then per leaf O(d) table reads
// or an O(d^2) polynomial, for a block of rows at a time.
#include "treeshap.h"

#include "common/parallel.h"
#include "prep/featurematrix.h"

#include <algorithm>
#include <climits>
#include <cmath>

// The inner loops run across the rows of a block (same node or leaf, different rows), which
// vectorises; compile them for AVX-512 and AVX2 too and let the loader pick (target_clones).
// The AVX-512 build also reads the groups' records with vector loads and transposes them in
// registers (addRecords8), where the others read them element by element.
#if defined(__GNUC__) && defined(__x86_64__) && !defined(__SANITIZE_ADDRESS__)
#define CHURNLENS_SIMD_CLONES __attribute__((target_clones("avx2", "default")))
#define CHURNLENS_AVX512 1
#include <immintrin.h>
#else
#define CHURNLENS_SIMD_CLONES
#define CHURNLENS_AVX512 0
#endif

namespace churnlens {

namespace {

// Rows per block. Per block the kernel keeps, feature-major (one run of rows per feature or
// node): the block's inputs, a failed-feature mask per node and the accumulators, all in L2,
// while every row of the block walks one tree with that tree's tables in cache. A model's records
// do not fit in L2, so each tree's come from L3 once per block: 256 rows share that cost (1.6x the
// rows per second of 64-row blocks on bench_shapkernel) and are ~1.5 ms of work for 200 trees of
// depth 6, so cancel is polled well within the 50 ms rule.
constexpr int BlockRows = 256;

struct Workspace
{
    // Runs of `stride` rows: the largest block this workspace serves (1 for explainRow), so a
    // forest of deep trees (a mask per node) does not pay 256 rows per node when it runs 64.
    size_t stride = BlockRows;
    std::vector<float> x;       // cols x stride
    std::vector<uint64_t> mask; // nodes x stride
    std::vector<double> phi;    // (features + 1) x stride
    std::vector<double> q;      // direct leaves: (path features + 1) x stride polynomial coefficients
    std::vector<double> tmp;    // direct leaves: 4 x stride
    std::vector<uint32_t> state; // a group's state per row: stride

    void resize(int cols, int nodes, size_t rows)
    {
        stride = rows;
        x.resize(size_t(cols) * stride);
        mask.resize(size_t(std::max(1, nodes)) * stride);
        phi.resize((size_t(cols) + 1) * stride);
        q.resize(size_t(TreeShap::MaxPathFeatures + 1) * stride);
        tmp.resize(4 * stride);
        state.resize(stride);
    }
};

//! The calling thread's workspace for explainInto(), kept between calls.
Workspace &callerWorkspace()
{
    thread_local Workspace w;
    return w;
}

// One slot of one table leaf for every row of the block: failed rows add -T(F), passed rows
// T(F + s) (1 - z_s) / z_s. When s failed, F + s = F, so one table read serves both cases.
template<typename Mask>
[[gnu::always_inline]] inline void accumulate(const double *__restrict table, const Mask *__restrict failed,
                                              double *__restrict phi, int rows, Mask bit, double factor)
{
    for (int r = 0; r < rows; ++r)
        phi[r] += table[failed[r] | bit] * ((failed[r] & bit) ? -1.0 : factor);
}

// A group's records for every row of the block: slot k of the row's record goes to the slot's
// feature. Element by element (the compilers emulate the gather).
[[gnu::always_inline]] inline void addRecords(const TreeShap::Record *__restrict records, int slots,
                                              const int32_t *__restrict feature, const uint32_t *__restrict state,
                                              double *__restrict phi, size_t stride, int begin, int rows)
{
    for (int k = 0; k < slots; ++k) {
        double *__restrict p = phi + size_t(feature[k]) * stride;
        for (int r = begin; r < rows; ++r)
            p[r] += records[state[r]].value[k];
    }
}

#if CHURNLENS_AVX512
// GCC 12's unpack intrinsics start from _mm512_undefined_pd(), which -Wmaybe-uninitialized flags.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
// The same for eight rows at a time: one 64-byte load per row (its whole record), an 8 x 8
// transpose in registers, then one vector add per slot into the slot's feature. The same adds
// in the same order as addRecords, so the same values to the bit.
[[gnu::target("avx512f")]] void
addRecords8(const TreeShap::Record *__restrict records, int slots, const int32_t *__restrict feature,
            const uint32_t *__restrict state, double *__restrict phi, size_t stride, int rows)
{
    const int full = rows & ~7;
    for (int r = 0; r < full; r += 8) {
        const __m512d a0 = _mm512_load_pd(records[state[r + 0]].value);
        const __m512d a1 = _mm512_load_pd(records[state[r + 1]].value);
        const __m512d a2 = _mm512_load_pd(records[state[r + 2]].value);
        const __m512d a3 = _mm512_load_pd(records[state[r + 3]].value);
        const __m512d a4 = _mm512_load_pd(records[state[r + 4]].value);
        const __m512d a5 = _mm512_load_pd(records[state[r + 5]].value);
        const __m512d a6 = _mm512_load_pd(records[state[r + 6]].value);
        const __m512d a7 = _mm512_load_pd(records[state[r + 7]].value);
        // Pairs of rows: even slots (0 2 4 6) and odd slots (1 3 5 7) in 128-bit lanes.
        const __m512d e01 = _mm512_unpacklo_pd(a0, a1), o01 = _mm512_unpackhi_pd(a0, a1);
        const __m512d e23 = _mm512_unpacklo_pd(a2, a3), o23 = _mm512_unpackhi_pd(a2, a3);
        const __m512d e45 = _mm512_unpacklo_pd(a4, a5), o45 = _mm512_unpackhi_pd(a4, a5);
        const __m512d e67 = _mm512_unpacklo_pd(a6, a7), o67 = _mm512_unpackhi_pd(a6, a7);
        constexpr int Even = _MM_SHUFFLE(2, 0, 2, 0);
        constexpr int Odd = _MM_SHUFFLE(3, 1, 3, 1);
        // Rows 0-3 and 4-7: slots (0, 4) and (2, 6) of the even half, (1, 5) and (3, 7) of the odd.
        const __m512d e04lo = _mm512_shuffle_f64x2(e01, e23, Even), e26lo = _mm512_shuffle_f64x2(e01, e23, Odd);
        const __m512d e04hi = _mm512_shuffle_f64x2(e45, e67, Even), e26hi = _mm512_shuffle_f64x2(e45, e67, Odd);
        const __m512d o15lo = _mm512_shuffle_f64x2(o01, o23, Even), o37lo = _mm512_shuffle_f64x2(o01, o23, Odd);
        const __m512d o15hi = _mm512_shuffle_f64x2(o45, o67, Even), o37hi = _mm512_shuffle_f64x2(o45, o67, Odd);
        __m512d column[TreeShap::RecordSlots];
        column[0] = _mm512_shuffle_f64x2(e04lo, e04hi, Even);
        column[4] = _mm512_shuffle_f64x2(e04lo, e04hi, Odd);
        column[2] = _mm512_shuffle_f64x2(e26lo, e26hi, Even);
        column[6] = _mm512_shuffle_f64x2(e26lo, e26hi, Odd);
        column[1] = _mm512_shuffle_f64x2(o15lo, o15hi, Even);
        column[5] = _mm512_shuffle_f64x2(o15lo, o15hi, Odd);
        column[3] = _mm512_shuffle_f64x2(o37lo, o37hi, Even);
        column[7] = _mm512_shuffle_f64x2(o37lo, o37hi, Odd);
        for (int k = 0; k < slots; ++k) {
            double *p = phi + size_t(feature[k]) * stride + size_t(r);
            _mm512_storeu_pd(p, _mm512_add_pd(_mm512_loadu_pd(p), column[k]));
        }
    }
    addRecords(records, slots, feature, state, phi, stride, full, rows);
}
#pragma GCC diagnostic pop
#endif

// A leaf without a table, for every row of the block at once (rows are the inner loop, so it
// vectorises; the polynomial of each row is built the same way whatever the row's path):
// Q(t) = v prod_k (z_k + o_k t) with o_k = 0 for failed features, then a failed feature gets
// -sum_m w(m, d) Q_m and a passed one (1 - z) sum_m w(m, d) [t^m] Q / (z + t). Dividing from
// the top coefficient down only subtracts positive terms bounded by Q(1).
[[gnu::always_inline]] inline void directLeaf(int d, double value, const int32_t *__restrict feature,
                                              const double *__restrict z, const double *__restrict oneMinusZ,
                                              const double *__restrict w, const uint64_t *__restrict failed, int rows,
                                              double *__restrict q, double *__restrict tmp, double *__restrict phi,
                                              const size_t B)
{
    double *__restrict passed = tmp;
    double *__restrict out = tmp + B;
    double *__restrict c = tmp + 2 * B;
    double *__restrict sum = tmp + 3 * B;
    for (int r = 0; r < rows; ++r)
        q[r] = value;
    for (int s = 0; s < d; ++s) {
        const uint64_t bit = uint64_t(1) << s;
        const double zs = z[s];
        for (int r = 0; r < rows; ++r)
            passed[r] = (failed[r] & bit) ? 0.0 : 1.0;
        double *__restrict top = q + size_t(s + 1) * B;
        const double *__restrict below = q + size_t(s) * B;
        for (int r = 0; r < rows; ++r)
            top[r] = passed[r] * below[r];
        for (int j = s; j >= 1; --j) {
            double *__restrict qj = q + size_t(j) * B;
            const double *__restrict qj1 = q + size_t(j - 1) * B;
            for (int r = 0; r < rows; ++r)
                qj[r] = zs * qj[r] + passed[r] * qj1[r];
        }
        for (int r = 0; r < rows; ++r)
            q[r] *= zs;
    }
    // Q_d is non-zero only for a row that passed everything, which has no failed feature to pay.
    for (int r = 0; r < rows; ++r)
        out[r] = 0.0;
    for (int m = 0; m < d; ++m) {
        const double *__restrict qm = q + size_t(m) * B;
        for (int r = 0; r < rows; ++r)
            out[r] -= w[m] * qm[r];
    }
    for (int s = 0; s < d; ++s) {
        const uint64_t bit = uint64_t(1) << s;
        const double zs = z[s];
        const double *__restrict qd = q + size_t(d) * B;
        for (int r = 0; r < rows; ++r) {
            c[r] = qd[r];
            sum[r] = w[d - 1] * qd[r];
        }
        for (int m = d - 1; m >= 1; --m) {
            const double *__restrict qm = q + size_t(m) * B;
            for (int r = 0; r < rows; ++r) {
                c[r] = qm[r] - zs * c[r];
                sum[r] += w[m - 1] * c[r];
            }
        }
        double *__restrict p = phi + size_t(feature[s]) * B;
        const double factor = oneMinusZ[s];
        for (int r = 0; r < rows; ++r)
            p[r] += (failed[r] & bit) ? out[r] : factor * sum[r];
    }
}

} // namespace

struct TreeShapKernel
{
    //! A block of rows in a workspace of stride BlockRows or 64 (the strides are compile-time
    //! constants in the loops: with a run-time stride GCC's code for direct leaves is ~2x slower).
    static void run(const TreeShap &shap, int rows, Workspace &w)
    {
        const bool wide = w.stride == size_t(BlockRows);
#if CHURNLENS_AVX512
        if (hasAvx512()) {
            if (wide)
                runAvx512Wide(shap, rows, w);
            else
                runAvx512(shap, rows, w);
            return;
        }
#endif
        if (wide)
            runPlainWide(shap, rows, w);
        else
            runPlain(shap, rows, w);
    }
    //! One row (a service's request, what-if): the same code with the row loops gone, so it is
    //! plain scalar code without the vector loops' set-up around every step. Built for the same
    //! instruction set as run(), so a row gets the same digits alone or in a block (AVX-512
    //! fuses multiply-adds, AVX2 code built without -mfma does not).
    static void runOne(const TreeShap &shap, Workspace &w) // w.stride == 1
    {
#if CHURNLENS_AVX512
        if (hasAvx512()) {
            runOneAvx512(shap, w);
            return;
        }
#endif
        runOnePlain(shap, w);
    }

    CHURNLENS_SIMD_CLONES
    static void runPlain(const TreeShap &shap, int rows, Workspace &w) { body<0, false, 64>(shap, rows, w); }
    CHURNLENS_SIMD_CLONES
    static void runPlainWide(const TreeShap &shap, int rows, Workspace &w)
    {
        body<0, false, BlockRows>(shap, rows, w);
    }
    CHURNLENS_SIMD_CLONES
    static void runOnePlain(const TreeShap &shap, Workspace &w) { body<1, false, 1>(shap, 1, w); }
#if CHURNLENS_AVX512
    static bool hasAvx512()
    {
        // CHURNLENS_NO_AVX512 runs the plain path on a CPU that has AVX-512 (tests check both paths).
        static const bool avx512 = __builtin_cpu_supports("avx512f") && !qEnvironmentVariableIsSet("CHURNLENS_NO_AVX512");
        return avx512;
    }
    [[gnu::target("avx512f")]]
    static void runAvx512(const TreeShap &shap, int rows, Workspace &w) { body<0, true, 64>(shap, rows, w); }
    [[gnu::target("avx512f")]]
    static void runAvx512Wide(const TreeShap &shap, int rows, Workspace &w)
    {
        body<0, true, BlockRows>(shap, rows, w);
    }
    [[gnu::target("avx512f")]]
    static void runOneAvx512(const TreeShap &shap, Workspace &w) { body<1, false, 1>(shap, 1, w); }
#endif

    template<int FixedRows, bool Avx512, int Stride>
    [[gnu::always_inline]] static inline void body(const TreeShap &shap, int anyRows, Workspace &w);
};

template<int FixedRows, bool Avx512, int Stride>
void TreeShapKernel::body(const TreeShap &shap, int anyRows, Workspace &w)
{
    const int rows = FixedRows > 0 ? FixedRows : anyRows;
    constexpr size_t B = Stride;
    const float *__restrict x = w.x.data();
    uint64_t *__restrict mask = w.mask.data();
    double *__restrict phi = w.phi.data();
    const int trees = int(shap.m_splitBegin.size()) - 1;
    const double *__restrict tables = shap.m_tables.data();
    std::fill(mask, mask + B, uint64_t(0));
    for (int t = 0; t < trees; ++t) {
        if constexpr (FixedRows == 0) {
            // The next tree's records, while this tree runs: the rows read them in no order the
            // hardware prefetcher can follow, and a model's records do not fit in L2.
            if (t + 1 < trees) {
                const qsizetype g0 = shap.m_groupBegin[size_t(t) + 1];
                const qsizetype g1 = shap.m_groupBegin[size_t(t) + 2];
                const TreeShap::Record *records = shap.m_records.data();
                const char *from = reinterpret_cast<const char *>(
                    g0 < qsizetype(shap.m_groups.size()) ? records + shap.m_groups[size_t(g0)].record : records);
                const char *to = reinterpret_cast<const char *>(
                    g1 < qsizetype(shap.m_groups.size()) ? records + shap.m_groups[size_t(g1)].record
                                                         : records + shap.m_records.size());
                // Only small trees' (a boosted tree of depth 6 has ~60 KB): a deep tree's records
                // are mostly states no row of the block is in.
                if (g1 > g0 && to - from <= 256 * 1024) {
                    for (const char *line = from; line < to; line += 64)
                        __builtin_prefetch(line, 0, 2);
                }
            }
        }
        // Which distinct path features has each row failed, per node (preorder: parent first).
        for (qsizetype i = shap.m_splitBegin[size_t(t)]; i < shap.m_splitBegin[size_t(t) + 1]; ++i) {
            const TreeShap::Split &s = shap.m_splits[size_t(i)];
            const uint64_t *__restrict in = mask + size_t(s.self) * B;
            uint64_t *__restrict left = mask + size_t(s.left) * B;
            uint64_t *__restrict right = mask + size_t(s.right) * B;
            const float *__restrict v = x + size_t(s.feature) * B;
            const float threshold = s.threshold;
            const bool defaultLeft = s.defaultLeft != 0;
            const uint64_t bit = s.bit;
            // A missing value goes the default way: with defaultLeft right only when v >= threshold
            // (false for NaN), else whenever not v < threshold (true for NaN). One compare per row.
            if (defaultLeft) {
                for (int r = 0; r < rows; ++r) {
                    const uint64_t wentRight = v[r] >= threshold ? bit : 0;
                    left[r] = in[r] | wentRight;
                    right[r] = in[r] | (wentRight ^ bit);
                }
            } else {
                for (int r = 0; r < rows; ++r) {
                    const uint64_t wentRight = !(v[r] < threshold) ? bit : 0;
                    left[r] = in[r] | wentRight;
                    right[r] = in[r] | (wentRight ^ bit);
                }
            }
        }
        // Groups: the row's state (failed features above the root, the way taken at each split
        // inside), then the group's record for that state: one value per feature above and inside.
        for (qsizetype g = shap.m_groupBegin[size_t(t)]; g < shap.m_groupBegin[size_t(t) + 1]; ++g) {
            const TreeShap::Group &group = shap.m_groups[size_t(g)];
            uint32_t *__restrict state = w.state.data();
            const uint64_t *__restrict in = mask + size_t(group.node) * B;
            for (int r = 0; r < rows; ++r)
                state[r] = uint32_t(in[r]);
            for (int k = 0; k < group.splitCount; ++k) {
                const TreeShap::GroupSplit &s = shap.m_groupSplits[size_t(group.splitBegin + k)];
                const float *__restrict v = x + size_t(s.feature) * B;
                const float threshold = s.threshold;
                const bool defaultLeft = s.defaultLeft != 0;
                const uint32_t bit = s.bit;
                if (defaultLeft) {
                    for (int r = 0; r < rows; ++r)
                        state[r] |= v[r] >= threshold ? bit : 0u;
                } else {
                    for (int r = 0; r < rows; ++r)
                        state[r] |= !(v[r] < threshold) ? bit : 0u;
                }
            }
            const TreeShap::Record *__restrict records = shap.m_records.data() + group.record;
            const int32_t *__restrict feature = shap.m_groupSlotFeature.data() + size_t(g) * TreeShap::RecordSlots;
#if CHURNLENS_AVX512
            if constexpr (Avx512) {
                addRecords8(records, group.slotCount, feature, state, phi, B, rows);
                continue;
            }
#endif
            addRecords(records, group.slotCount, feature, state, phi, B, 0, rows);
        }
        for (qsizetype i = shap.m_leafBegin[size_t(t)]; i < shap.m_leafBegin[size_t(t) + 1]; ++i) {
            const TreeShap::Leaf &leaf = shap.m_leaves[size_t(i)];
            const uint64_t *__restrict failed = mask + size_t(leaf.node) * B;
            if (leaf.table < 0) {
                const size_t at = size_t(leaf.slotBegin);
                directLeaf(leaf.slots, leaf.value, shap.m_slotFeature.data() + at, shap.m_slotZ.data() + at,
                           shap.m_slotFactor.data() + at,
                           shap.m_weights.data() + size_t(leaf.slots) * size_t(leaf.slots - 1) / 2, failed, rows,
                           w.q.data(), w.tmp.data(), phi, B);
                continue;
            }
            const double *__restrict table = tables + leaf.table;
            for (int s = 0; s < leaf.slots; ++s) {
                const uint64_t bit = uint64_t(1) << s;
                const double factor = shap.m_slotFactor[size_t(leaf.slotBegin + s)];
                double *__restrict p = phi + size_t(shap.m_slotFeature[size_t(leaf.slotBegin + s)]) * B;
                accumulate(table, failed, p, rows, bit, factor);
            }
        }
    }
}

bool TreeShap::usesAvx512()
{
#if CHURNLENS_AVX512
    return TreeShapKernel::hasAvx512();
#else
    return false;
#endif
}

Result<ShapMatrix> TreeShap::explain(const FeatureMatrix &matrix, int threads, Progress *progress) const
{
    return explain(matrix.values.data(), matrix.rows, matrix.cols, threads, progress);
}

Result<ShapMatrix> TreeShap::explain(const float *data, qsizetype rows, int cols, int threads,
                                     Progress *progress) const
{
    ShapMatrix out;
    if (rows < 0)
        return makeError(ErrorCode::Internal, Tr::tr("A negative number of rows was given."));
    out.rows = rows;
    out.cols = std::max(cols, m_featureCount);
    out.values.resize(size_t(rows) * size_t(out.stride()));
    if (auto ok = explainInto(data, rows, cols, out.values.data(), threads, progress); !ok)
        return std::unexpected(ok.error());
    return out;
}

Result<void> TreeShap::explainInto(const float *data, qsizetype rows, int cols, double *out, int threads,
                                   Progress *progress) const
{
    if (cols < m_featureCount)
        return makeError(ErrorCode::BadInput,
                         Tr::tr("The data has %1 features but the model expects %2.").arg(cols).arg(m_featureCount),
                         Tr::tr("Prepare the data with the preparation saved with the model."));
    if (rows < 0 || (rows > 0 && (!data || !out)))
        return makeError(ErrorCode::Internal, Tr::tr("Invalid buffers were given for SHAP values."));
    if (progress)
        progress->setText(Tr::tr("Explaining %n customer(s)", nullptr, int(std::min<qsizetype>(rows, INT_MAX))));

    const size_t stride = size_t(cols) + 1;
    // Deep trees (a forest grown to purity on a million rows has thousands of leaves per tree)
    // cost far more per row: fewer rows per block keep a block near 10 ms, so progress moves and
    // cancel is polled that often. Per row: one test per split, one step per path feature of a leaf.
    constexpr double BlockWork = 3.0e7;
    // Blocks of 256 rows pay where groups' records stream from L3; a model with leaves evaluated
    // directly (deep trees, forests) keeps 64: its polynomials (path features + 1 runs of rows)
    // outgrow L1 with longer runs, and its work per row is more than workPerRow() counts.
    const qsizetype maxBlock = m_directLeaves > 0 ? qsizetype(64) : qsizetype(BlockRows);
    const qsizetype blockRows = std::clamp<qsizetype>(qsizetype(BlockWork / workPerRow()), 1, maxBlock);
    auto block = [&](Workspace &w, qsizetype begin, qsizetype end) {
        const int n = int(end - begin);
        const float *src = data + size_t(begin) * size_t(cols);
        if (n == 1) {
            // One row: explainRow's scalar code (its own workspace of stride 1), the same digits.
            double *o = out + size_t(begin) * stride;
            explainRow(src, o);
            std::fill(o + m_featureCount, o + cols, 0.0);
            o[cols] = m_expectedValue;
            return;
        }
        for (int r = 0; r < n; ++r) {
            for (int c = 0; c < cols; ++c)
                w.x[size_t(c) * w.stride + size_t(r)] = src[size_t(r) * size_t(cols) + size_t(c)];
        }
        std::fill(w.phi.begin(), w.phi.end(), 0.0);
        TreeShapKernel::run(*this, n, w);
        double *dst = out + size_t(begin) * stride;
        for (int r = 0; r < n; ++r) {
            double *o = dst + size_t(r) * stride;
            for (int c = 0; c < cols; ++c)
                o[c] = w.phi[size_t(c) * w.stride + size_t(r)];
            o[cols] = m_expectedValue;
        }
    };
    if (rows <= blockRows) {
        // One block (a service's request): on the calling thread, with a workspace kept per
        // thread, so a request allocates nothing.
        if (isCanceled(progress))
            return std::unexpected(Error::canceled());
        Workspace &w = callerWorkspace();
        w.resize(cols, m_maxNodes, size_t(maxBlock));
        if (rows > 0)
            block(w, 0, rows);
        if (progress)
            progress->setProgress(1.0);
        return {};
    }
    // Worker 0 is the calling thread: it keeps its workspace, so a caller that explains a large
    // table a slice at a time on its own threads (the scorer) does not allocate and clear ~0.5 MB
    // per slice; the helper threads live for this call only.
    const int workers = parallelWorkers(rows, blockRows, threads);
    std::vector<Workspace> spaces(static_cast<size_t>(workers - 1));
    for (Workspace &w : spaces)
        w.resize(cols, m_maxNodes, size_t(maxBlock));
    Workspace &caller = callerWorkspace();
    caller.resize(cols, m_maxNodes, size_t(maxBlock));

    return parallelFor(rows, blockRows, workers, progress, [&](qsizetype begin, qsizetype end, int worker) {
        block(worker == 0 ? caller : spaces[size_t(worker) - 1], begin, end);
        return true;
    });
}

void TreeShap::explainRow(const float *row, double *out) const
{
    // A block of one row. The workspace is kept per thread: what-if editing calls this often.
    thread_local Workspace w;
    w.resize(m_featureCount, m_maxNodes, 1);
    for (int c = 0; c <= m_featureCount; ++c)
        w.phi[size_t(c)] = 0.0;
    for (int c = 0; c < m_featureCount; ++c)
        w.x[size_t(c)] = row[c];
    TreeShapKernel::runOne(*this, w);
    for (int c = 0; c < m_featureCount; ++c)
        out[c] = w.phi[size_t(c)];
    out[m_featureCount] = m_expectedValue;
}

} // namespace churnlens
