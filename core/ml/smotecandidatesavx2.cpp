// The candidate tile built for AVX2+FMA (this file alone gets -mavx2 -mfma). Eigen's
// namespace is renamed here so that none of its inline functions compiled with AVX2 can
// be merged with the baseline build's copies by the linker (which could then run AVX2
// code on a CPU without it). Only called after a run-time CPU check.
#if defined(CHURNLENS_SMOTE_AVX2)
#define Eigen ChurnlensEigenAvx2
#include "smotecandidates.h"

#define SMOTE_TILE_FUNCTION smoteCandidateTileAvx2
#include "smotecandidatestile.h"
#endif
