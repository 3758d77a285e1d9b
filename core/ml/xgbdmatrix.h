#pragma once

#include "common/error.h"

#include <QtGlobal>

#include <functional>
#include <span>

namespace churnlens {

struct FeatureMatrix;

/*!
 * Owns one XGBoost DMatrix handle (freed in the destructor). Move-only.
 * Every XGBoost call goes through XgbDMatrix or XgbBooster, which check each return code and
 * turn failures into Error values (the message is read with XGBGetLastError() on the same thread).
 * Not thread-safe: use one instance from one thread at a time, except that several boosters may
 * train on the same quantised() matrix concurrently once it exists (it is read-only then).
 */
class XgbDMatrix
{
public:
    XgbDMatrix() = default;
    ~XgbDMatrix();
    XgbDMatrix(XgbDMatrix &&other) noexcept;
    XgbDMatrix &operator=(XgbDMatrix &&other) noexcept;
    XgbDMatrix(const XgbDMatrix &) = delete;
    XgbDMatrix &operator=(const XgbDMatrix &) = delete;

    /*!
     * A DMatrix over dense row-major floats (NaN = missing), read straight from \a data (no copy
     * on our side; XGBoost keeps its own compressed copy, so \a data may be freed afterwards).
     */
    static Result<XgbDMatrix> fromDense(const float *data, qsizetype rows, int cols, int threads);
    static Result<XgbDMatrix> fromMatrix(const FeatureMatrix &matrix, int threads);

    /*!
     * A quantised DMatrix for the "hist" tree method: only the histogram bins are kept, built
     * once and reused by every booster that trains on it (no re-sketching per fit).
     * With \a reference, its bin boundaries are reused instead of sketching \a data.
     * \a weights (optional) weigh the quantile sketch, as XGBoost does for a weighted DMatrix,
     * so they must be given here rather than set afterwards.
     * The rows go to XGBoost in batches of \a batchRows (0: QuantiseBatchRows); \a canceled, when
     * given, is asked before each batch of each of XGBoost's passes over the data, and a true
     * answer ends the build with ErrorCode::Canceled. The batches give the same matrix as one.
     */
    struct QuantiseStats
    {
        qint64 batches = 0; //!< batches handed to XGBoost, over all its passes
    };
    static constexpr qsizetype QuantiseBatchRows = 131072; // ~0.2 s of XGBoost per batch; smaller ones cost more in all
    static Result<XgbDMatrix> quantised(const float *data, qsizetype rows, int cols, int threads,
                                        int maxBin = 256, const XgbDMatrix *reference = nullptr,
                                        std::span<const float> labels = {}, std::span<const float> weights = {},
                                        const std::function<bool()> &canceled = {}, qsizetype batchRows = 0,
                                        QuantiseStats *stats = nullptr);

    Result<void> setLabels(std::span<const float> labels);
    Result<void> setWeights(std::span<const float> weights);

    bool isNull() const { return m_handle == nullptr; }
    qsizetype rows() const { return m_rows; }
    int cols() const { return m_cols; }
    //! The DMatrixHandle, for XgbBooster only.
    void *handle() const { return m_handle; }

private:
    void reset();
    void *m_handle = nullptr;
    qsizetype m_rows = 0;
    int m_cols = 0;
};

} // namespace churnlens
