#pragma once

#include "../common/error.h"
#include "../common/progress.h"

#include <QtGlobal>

#include <cstdint>
#include <vector>

namespace churnlens {

/*!
 * Exact k nearest neighbours of every point among the same points (the point itself
 * excluded), by squared Euclidean distance; ties go to the smaller index.
 * Candidates come from blocked float matrix products (|a|² + |b|² − 2ab, Eigen) on all
 * threads; each point's candidates are then re-ranked with distances in double, and a
 * point whose candidate list cannot be proven complete (float rounding bound) is searched
 * again exactly. The result equals bruteForce().
 */
class SmoteNeighbours
{
public:
    //! How a search went (for benchmarks and tests).
    struct Stats
    {
        qsizetype searchedAgain = 0; //!< points whose candidates could not be proven complete
        bool avx2 = false;           //!< the AVX2+FMA build of the distance tiles was used
        qsizetype tiles = 0;         //!< distance tiles of the candidate phase
        qsizetype skippedTiles = 0;  //!< tiles proven too far apart to hold a candidate
        int dims = 0;                //!< axes of the projection the candidates were found in
    };

    //! \a points: n rows of \a dims floats, row-major, no NaN. Result: n * k indices,
    //! row-major, nearest first. k is clamped to n - 1.
    static Result<std::vector<qint32>> find(const float *points, qsizetype n, int dims, int k,
                                            int threads = 0, Progress *progress = nullptr,
                                            Stats *stats = nullptr);
    //! O(n² d) in double, one thread: the reference for tests.
    static std::vector<qint32> bruteForce(const float *points, qsizetype n, int dims, int k);
};

} // namespace churnlens
