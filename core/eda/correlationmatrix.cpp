#include "correlationmatrix.h"

#include "../common/progress.h"
#include "../data/datatable.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace churnlens {

CorrelationMatrix CorrelationMatrix::compute(const DataTable &table, const std::vector<int> &columns, Progress *progress)
{
    const size_t k = columns.size();
    const qsizetype rows = table.rowCount();
    CorrelationMatrix m;
    m.columns = columns;
    m.r.assign(k * k, std::numeric_limits<double>::quiet_NaN());
    m.n.assign(k * k, 0);
    for (int c : columns)
        m.names << table.column(c).name();

    // Sums are taken around each column's overall mean: the pairwise means are then small
    // and cov = Sxy - Sx·Sy/n keeps its digits even for charges in the thousands.
    std::vector<double> centre(k, 0.0);
    for (size_t i = 0; i < k; ++i) {
        const Column &c = table.column(columns[i]);
        long double sum = 0;
        qsizetype n = 0;
        for (double v : c.values()) {
            if (!std::isnan(v)) {
                sum += v;
                ++n;
            }
        }
        centre[i] = n ? double(sum / n) : 0.0;
    }
    const size_t pairs = k * (k + 1) / 2;
    size_t done = 0;
    for (size_t i = 0; i < k; ++i) {
        const std::span<const double> x = table.column(columns[i]).values();
        for (size_t j = i; j < k; ++j) {
            if (isCanceled(progress))
                return {};
            const std::span<const double> y = table.column(columns[j]).values();
            double sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
            qsizetype n = 0;
            for (qsizetype r = 0; r < rows; ++r) {
                const double a = x[size_t(r)], b = y[size_t(r)];
                if (std::isnan(a) || std::isnan(b))
                    continue;
                const double dx = a - centre[i], dy = b - centre[j];
                sx += dx;
                sy += dy;
                sxx += dx * dx;
                syy += dy * dy;
                sxy += dx * dy;
                ++n;
            }
            double r = std::numeric_limits<double>::quiet_NaN();
            if (n >= 2) {
                const double vx = sxx - sx * sx / double(n);
                const double vy = syy - sy * sy / double(n);
                const double cov = sxy - sx * sy / double(n);
                if (vx > 0 && vy > 0)
                    r = std::clamp(cov / std::sqrt(vx * vy), -1.0, 1.0);
            }
            if (i == j && n >= 2 && !std::isnan(r))
                r = 1.0;
            m.r[i * k + j] = m.r[j * k + i] = r;
            m.n[i * k + j] = m.n[j * k + i] = n;
            if (progress)
                progress->setProgress(double(++done) / double(pairs));
        }
    }
    return m;
}

} // namespace churnlens
