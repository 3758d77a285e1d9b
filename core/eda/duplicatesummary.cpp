#include "duplicatesummary.h"

#include "../common/progress.h"
#include "../data/datatable.h"

#include <bit>
#include <cmath>
#include <cstring>

namespace churnlens {

namespace {

constexpr qsizetype chunkRows = qsizetype(1) << 16;
constexpr size_t maxExamples = 20;

inline uint64_t mix(uint64_t h)
{
    // splitmix64 finaliser: every input bit reaches every output bit.
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ull;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebull;
    h ^= h >> 31;
    return h;
}

inline uint64_t valueBits(double v)
{
    if (std::isnan(v))
        return 0x7ff8000000000001ull; // every missing value hashes alike
    if (v == 0.0)
        v = 0.0; // -0 equals 0
    uint64_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    return bits;
}

} // namespace

DuplicateSummary DuplicateSummary::find(const DataTable &table, Progress *progress)
{
    DuplicateSummary out;
    const qsizetype rows = table.rowCount();
    std::vector<const Column *> compared;
    for (const Column &c : table.columns()) {
        if (c.role() == ColumnRole::Id)
            out.ignoredColumns << c.name();
        else
            compared.push_back(&c);
    }
    if (compared.empty()) {
        out.computed = true;
        return out;
    }

    // Row hashes built column by column: each pass streams one contiguous array.
    std::vector<uint64_t> hash(size_t(rows), 0x243f6a8885a308d3ull);
    for (const Column *c : compared) {
        for (qsizetype begin = 0; begin < rows; begin += chunkRows) {
            if (isCanceled(progress))
                return {};
            const qsizetype end = std::min(rows, begin + chunkRows);
            if (c->isNumericStorage()) {
                const std::span<const double> v = c->values();
                for (qsizetype r = begin; r < end; ++r)
                    hash[size_t(r)] = mix(hash[size_t(r)] ^ valueBits(v[size_t(r)]));
            } else {
                const std::span<const int32_t> v = c->codes();
                for (qsizetype r = begin; r < end; ++r)
                    hash[size_t(r)] = mix(hash[size_t(r)] ^ uint64_t(uint32_t(v[size_t(r)])));
            }
        }
    }
    if (progress)
        progress->setProgress(0.5);

    const auto sameRow = [&](qsizetype a, qsizetype b) {
        for (const Column *c : compared) {
            if (c->isNumericStorage()) {
                if (valueBits(c->values()[size_t(a)]) != valueBits(c->values()[size_t(b)]))
                    return false;
            } else if (c->codes()[size_t(a)] != c->codes()[size_t(b)]) {
                return false;
            }
        }
        return true;
    };

    // Open addressing over the hashes; a slot holds the first row seen with its content.
    // Equal hashes are confirmed value by value, so a hash collision never counts.
    const size_t buckets = std::bit_ceil(size_t(std::max<qsizetype>(16, rows * 2)));
    const size_t mask = buckets - 1;
    std::vector<qsizetype> slot(buckets, -1);
    for (qsizetype begin = 0; begin < rows; begin += chunkRows) {
        if (isCanceled(progress))
            return {};
        const qsizetype end = std::min(rows, begin + chunkRows);
        for (qsizetype r = begin; r < end; ++r) {
            const uint64_t h = hash[size_t(r)];
            size_t b = size_t(h >> 20) & mask;
            bool duplicate = false;
            while (slot[b] >= 0) {
                const qsizetype s = slot[b];
                if (hash[size_t(s)] == h && sameRow(s, r)) {
                    duplicate = true;
                    ++out.duplicateRows;
                    if (out.examples.size() < maxExamples)
                        out.examples.emplace_back(r, s);
                    break;
                }
                b = (b + 1) & mask;
            }
            if (!duplicate)
                slot[b] = r;
        }
        if (progress)
            progress->setProgress(0.5 + 0.5 * double(end) / double(rows));
    }
    out.computed = true;
    return out;
}

} // namespace churnlens
