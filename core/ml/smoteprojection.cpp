#include "smoteprojection.h"

#include <Eigen/Core>
#include <Eigen/Eigenvalues>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace churnlens {

SmoteProjection SmoteProjection::make(const float *points, qsizetype n, int dims)
{
    using Matrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic>;
    // Rows are points; centred in double.
    Eigen::Map<const Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>> x(points, Eigen::Index(n),
                                                                                               dims);
    const Eigen::RowVectorXd mean = x.cast<double>().colwise().mean();
    const Matrix centred = x.cast<double>().rowwise() - mean;
    const Matrix covariance = (centred.transpose() * centred) / double(n);
    const Eigen::SelfAdjointEigenSolver<Matrix> eigen(covariance);
    // Eigenvalues ascending: keep the axes with variance (relative to the largest).
    const Eigen::VectorXd values = eigen.eigenvalues();
    const double largest = std::max(values(dims - 1), 0.0);
    int kept = 0;
    for (int i = dims - 1; i >= 0 && values(i) > 1e-9 * largest; --i)
        ++kept;
    kept = std::max(kept, 1);
    const Matrix axes = eigen.eigenvectors().rightCols(kept).rowwise().reverse();
    const Matrix projected = centred * axes; // n × kept, first column = largest variance

    SmoteProjection p;
    p.dims = kept;
    p.order.resize(size_t(n));
    std::iota(p.order.begin(), p.order.end(), qint32(0));
    std::stable_sort(p.order.begin(), p.order.end(),
                     [&](qint32 a, qint32 b) { return projected(a, 0) < projected(b, 0); });
    p.coords.resize(size_t(n) * size_t(kept));
    p.norms.resize(size_t(n));
    p.norm.resize(size_t(n));
    for (qsizetype s = 0; s < n; ++s) {
        const qint32 i = p.order[size_t(s)];
        double sq = 0.0;
        for (int t = 0; t < kept; ++t) {
            const float c = float(projected(i, t));
            p.coords[size_t(s) * size_t(kept) + size_t(t)] = c;
            sq += double(c) * double(c);
        }
        p.norms[size_t(s)] = float(sq);
        p.norm[size_t(s)] = std::sqrt(sq);
        p.maxNorm = std::max(p.maxNorm, p.norm[size_t(s)]);
    }
    return p;
}

} // namespace churnlens
