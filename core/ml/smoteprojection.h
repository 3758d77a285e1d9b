#pragma once

// Internal to SmoteNeighbours: the coordinates the float candidate search runs on.

#include <QtGlobal>

#include <vector>

namespace churnlens {

/*!
 * The points centred and rotated onto the principal axes that carry variance (one-hot
 * blocks and copies of columns make many directions empty), then sorted along the first
 * axis so that a block of consecutive points is a neighbourhood. Distances in these
 * coordinates never exceed the true ones (dropping an axis only removes a square), which
 * is all the completeness proof of the candidate lists needs.
 */
struct SmoteProjection
{
    int dims = 0;              //!< axes kept
    std::vector<float> coords; //!< n × dims, row-major, in sorted order
    std::vector<float> norms;  //!< squared norms of coords, per sorted point
    std::vector<double> norm;  //!< norms of coords, per sorted point
    std::vector<qint32> order; //!< sorted position → input index
    double maxNorm = 0.0;

    static SmoteProjection make(const float *points, qsizetype n, int dims);
};

} // namespace churnlens
