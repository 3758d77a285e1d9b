#pragma once

// Internal to SmoteNeighbours: the candidate phase of the exact kNN search, one tile of
// the (symmetric) distance matrix at a time. Compiled twice: for the baseline instruction
// set and, on x86-64, for AVX2+FMA (chosen at run time). Plain data only crosses this
// boundary, so the two builds share no inline code.

#include <cstdint>

namespace churnlens {

//! Candidate lists of one thread: per point, up to `capacity` (approximate distance, index)
//! pairs sorted by distance, and the distance a newcomer must beat.
struct SmoteCandidateLists
{
    float *dist = nullptr;      //!< n * capacity
    int32_t *index = nullptr;   //!< n * capacity
    int32_t *count = nullptr;   //!< n
    float *threshold = nullptr; //!< n; +inf until the list is full
    int capacity = 0;
    int64_t skippedTiles = 0;   //!< tiles proven to hold no candidate
};

struct SmoteCandidateJob
{
    const float *points = nullptr; //!< n × dims, row-major, sorted by the first coordinate
    const float *norms = nullptr;  //!< n squared norms
    int64_t n = 0;
    int dims = 0;
    int tile = 0;                  //!< tile edge (points per block)
};

//! Distances between block \a bi and block \a bj (bi <= bj) into both blocks' lists.
//! \a scratch holds tile * tile floats.
void smoteCandidateTileGeneric(const SmoteCandidateJob &job, int64_t bi, int64_t bj,
                               SmoteCandidateLists &lists, float *scratch);
#if defined(CHURNLENS_SMOTE_AVX2)
void smoteCandidateTileAvx2(const SmoteCandidateJob &job, int64_t bi, int64_t bj,
                            SmoteCandidateLists &lists, float *scratch);
#endif

} // namespace churnlens
