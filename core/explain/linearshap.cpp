#include "linearshap.h"

#include "common/parallel.h"
#include "prep/featurematrix.h"

#include <algorithm>
#include <atomic>
#include <climits>
#include <cmath>

namespace churnlens {

namespace {
constexpr qsizetype BlockRows = 4096; // ~50 µs of work per block at 40 features
}

Result<LinearShap> LinearShap::create(std::vector<double> weights, double intercept, std::vector<double> means)
{
    if (weights.empty() || weights.size() != means.size())
        return makeError(ErrorCode::Model, Tr::tr("The linear model has %1 weights and %2 feature means.")
                                               .arg(weights.size()).arg(means.size()));
    auto finite = [](double v) { return std::isfinite(v); };
    if (!std::isfinite(intercept) || !std::all_of(weights.begin(), weights.end(), finite)
        || !std::all_of(means.begin(), means.end(), finite))
        return makeError(ErrorCode::Model, Tr::tr("The linear model has a weight or mean that is not a number."));
    LinearShap out;
    out.m_expectedValue = intercept;
    for (size_t j = 0; j < weights.size(); ++j)
        out.m_expectedValue += weights[j] * means[j];
    out.m_weights = std::move(weights);
    out.m_means = std::move(means);
    out.m_intercept = intercept;
    return out;
}

double LinearShap::predictMargin(const float *row) const
{
    double margin = m_intercept;
    for (size_t j = 0; j < m_weights.size(); ++j)
        margin += m_weights[j] * double(row[j]);
    return margin;
}

void LinearShap::explainRow(const float *row, double *out) const
{
    for (size_t j = 0; j < m_weights.size(); ++j)
        out[j] = m_weights[j] * (double(row[j]) - m_means[j]);
    out[m_weights.size()] = m_expectedValue;
}

Result<ShapMatrix> LinearShap::explain(const FeatureMatrix &matrix, int threads, Progress *progress) const
{
    return explain(matrix.values.data(), matrix.rows, matrix.cols, threads, progress);
}

Result<ShapMatrix> LinearShap::explain(const float *data, qsizetype rows, int cols, int threads,
                                       Progress *progress) const
{
    if (rows < 0)
        return makeError(ErrorCode::Internal, Tr::tr("A negative number of rows was given."));
    ShapMatrix out;
    out.rows = rows;
    out.cols = featureCount();
    out.values.resize(size_t(rows) * size_t(out.stride()));
    if (auto ok = explainInto(data, rows, cols, out.values.data(), threads, progress); !ok)
        return std::unexpected(ok.error());
    return out;
}

Result<void> LinearShap::explainInto(const float *data, qsizetype rows, int cols, double *out, int threads,
                                     Progress *progress) const
{
    const int n = featureCount();
    if (cols != n)
        return makeError(ErrorCode::BadInput,
                         Tr::tr("The data has %1 features but the model expects %2.").arg(cols).arg(n),
                         Tr::tr("Prepare the data with the preparation saved with the model."));
    if (rows < 0 || (rows > 0 && (!data || !out)))
        return makeError(ErrorCode::Internal, Tr::tr("Invalid buffers were given for SHAP values."));
    if (progress)
        progress->setText(Tr::tr("Explaining %n customer(s)", nullptr, int(std::min<qsizetype>(rows, INT_MAX))));

    std::atomic<bool> missing{false};
    auto done = parallelFor(rows, BlockRows, threads, progress, [&](qsizetype begin, qsizetype end, int) {
        for (qsizetype r = begin; r < end; ++r) {
            const float *x = data + size_t(r) * size_t(n);
            double *o = out + size_t(r) * size_t(n + 1);
            for (int j = 0; j < n; ++j) {
                if (std::isnan(x[j])) {
                    missing.store(true);
                    return false;
                }
                o[j] = m_weights[size_t(j)] * (double(x[j]) - m_means[size_t(j)]);
            }
            o[n] = m_expectedValue;
        }
        return true;
    });
    if (missing.load()) {
        // Name the first bad cell, whichever thread stopped first: a serial scan on the error path.
        const size_t cells = size_t(rows) * size_t(n);
        const size_t at = size_t(std::find_if(data, data + cells, [](float v) { return std::isnan(v); }) - data);
        Error e;
        e.code = ErrorCode::BadInput;
        e.line = qint64(at / size_t(n)) + 1;
        e.column = int(at % size_t(n)) + 1;
        e.message = Tr::tr("Row %1 has a missing value in feature %2; a linear model cannot explain it.")
                        .arg(e.line).arg(e.column);
        e.hint = Tr::tr("Impute missing values with the preparation saved with the model.");
        return std::unexpected(e);
    }
    return done;
}

} // namespace churnlens
