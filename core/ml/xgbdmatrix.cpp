#include "xgbdmatrix.h"

#include "prep/featurematrix.h"
#include "xgbcheck.h"

#include <QByteArray>
#include <QLoggingCategory>

#include <algorithm>
#include <cmath>
#include <limits>
#include <mutex>

namespace churnlens {

namespace xgb {

void initLogging()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // XGBoost prints warnings straight to stderr; route them through Qt's logging so
        // the CLI's stderr stays a clean progress display.
        XGBRegisterLogCallback([](const char *message) { qDebug("xgboost: %s", message); });
    });
}

#if defined(__x86_64__) || defined(__i386__)
__attribute__((target("avx"))) static void zeroUpper()
{
    __builtin_ia32_vzeroupper();
}
#endif

void clearUpperSimdState()
{
#if defined(__x86_64__) || defined(__i386__)
    static const bool avx = __builtin_cpu_supports("avx");
    if (avx)
        zeroUpper();
#endif
}

} // namespace xgb

namespace {

// Dense rows handed to XGBoost's iterator interface (QuantileDMatrix) in batches of
// XgbDMatrix::QuantiseBatchRows, so a cancel is seen between two batches. XGBoost reads the
// batches in order in each of its passes (count, sketch, bin index); every column receives its
// values in row order as from one batch, so the bins and the trained model are the same.
struct DenseBatches
{
    void *proxy = nullptr;
    const float *data = nullptr;
    qsizetype rows = 0;
    int cols = 0;
    qsizetype batchRows = 0;
    qsizetype next = 0; //!< first row of the next batch
    QByteArray arrayInterface;
    std::span<const float> labels;
    std::span<const float> weights;
    const std::function<bool()> *canceled = nullptr;
    bool stopped = false; //!< a cancel ended the data early: the matrix is not usable
    qint64 batches = 0;   //!< batches handed over, over all passes
};

QByteArray arrayInterface(const float *data, qsizetype rows, int cols);

int denseNext(DataIterHandle handle)
{
    auto *b = static_cast<DenseBatches *>(handle);
    if (b->stopped || b->next >= b->rows)
        return 0;
    if (b->canceled && *b->canceled && (*b->canceled)()) {
        // XGBoost sees the data end here and fails on the missing rows, or builds a matrix
        // that quantised() throws away.
        b->stopped = true;
        return 0;
    }
    const qsizetype first = b->next;
    const qsizetype count = std::min(b->batchRows, b->rows - first);
    b->next = first + count;
    ++b->batches;
    b->arrayInterface = arrayInterface(b->data + first * b->cols, count, b->cols);
    // A failure here surfaces as the error of XGQuantileDMatrixCreateFromCallback.
    XGProxyDMatrixSetDataDense(b->proxy, b->arrayInterface.constData());
    // Weights must be known while sketching: the bin boundaries are weighted quantiles.
    if (!b->labels.empty())
        XGDMatrixSetFloatInfo(b->proxy, "label", b->labels.data() + first, bst_ulong(count));
    if (!b->weights.empty())
        XGDMatrixSetFloatInfo(b->proxy, "weight", b->weights.data() + first, bst_ulong(count));
    return 1;
}

void denseReset(DataIterHandle handle)
{
    static_cast<DenseBatches *>(handle)->next = 0;
}

QByteArray arrayInterface(const float *data, qsizetype rows, int cols)
{
    // numpy's __array_interface__ (version 3) as JSON: pointer, read-only flag, shape, type.
    return QByteArrayLiteral("{\"data\":[") + QByteArray::number(quintptr(data)) + QByteArrayLiteral(",true],\"shape\":[")
        + QByteArray::number(rows) + ',' + QByteArray::number(cols) + QByteArrayLiteral("],\"typestr\":\"<f4\",\"version\":3}");
}

Result<void> checkShape(const float *data, qsizetype rows, int cols)
{
    if (rows <= 0 || cols <= 0 || !data)
        return makeError(ErrorCode::BadInput, Tr::tr("There are no rows or no features to train on."));
    return {};
}

} // namespace

XgbDMatrix::~XgbDMatrix()
{
    reset();
}

XgbDMatrix::XgbDMatrix(XgbDMatrix &&other) noexcept
    : m_handle(std::exchange(other.m_handle, nullptr)), m_rows(other.m_rows), m_cols(other.m_cols)
{
}

XgbDMatrix &XgbDMatrix::operator=(XgbDMatrix &&other) noexcept
{
    if (this != &other) {
        reset();
        m_handle = std::exchange(other.m_handle, nullptr);
        m_rows = other.m_rows;
        m_cols = other.m_cols;
    }
    return *this;
}

void XgbDMatrix::reset()
{
    if (m_handle)
        XGDMatrixFree(m_handle); // cannot fail for a valid handle; nothing to report from a destructor
    m_handle = nullptr;
}

Result<XgbDMatrix> XgbDMatrix::fromDense(const float *data, qsizetype rows, int cols, int threads)
{
    xgb::initLogging();
    xgb::clearUpperSimdState();
    if (auto ok = checkShape(data, rows, cols); !ok)
        return std::unexpected(ok.error());
    XgbDMatrix m;
    CHURNLENS_XGB(XGDMatrixCreateFromMat_omp(data, bst_ulong(rows), bst_ulong(cols), std::numeric_limits<float>::quiet_NaN(),
                                             &m.m_handle, threads));
    m.m_rows = rows;
    m.m_cols = cols;
    return m;
}

Result<XgbDMatrix> XgbDMatrix::fromMatrix(const FeatureMatrix &matrix, int threads)
{
    return fromDense(matrix.values.data(), matrix.rows, matrix.cols, threads);
}

Result<XgbDMatrix> XgbDMatrix::quantised(const float *data, qsizetype rows, int cols, int threads, int maxBin,
                                         const XgbDMatrix *reference, std::span<const float> labels, std::span<const float> weights,
                                         const std::function<bool()> &canceled, qsizetype batchRows, QuantiseStats *stats)
{
    xgb::initLogging();
    xgb::clearUpperSimdState();
    if (auto ok = checkShape(data, rows, cols); !ok)
        return std::unexpected(ok.error());
    if ((!labels.empty() && qsizetype(labels.size()) != rows) || (!weights.empty() && qsizetype(weights.size()) != rows))
        return makeError(ErrorCode::Internal, Tr::tr("Labels or weights do not match the rows."));
    for (float w : weights) {
        if (!std::isfinite(w) || w < 0.0f)
            return makeError(ErrorCode::BadInput, Tr::tr("A sample weight is negative or not a number."));
    }
    DenseBatches batches;
    batches.data = data;
    batches.rows = rows;
    batches.cols = cols;
    batches.batchRows = std::max<qsizetype>(1, batchRows > 0 ? batchRows : QuantiseBatchRows);
    batches.labels = labels;
    batches.weights = weights;
    batches.canceled = &canceled;
    CHURNLENS_XGB(XGProxyDMatrixCreate(&batches.proxy));
    const QByteArray config = QByteArrayLiteral("{\"missing\":NaN,\"nthread\":") + QByteArray::number(threads)
        + QByteArrayLiteral(",\"max_bin\":") + QByteArray::number(maxBin) + '}';
    XgbDMatrix m;
    const int rc = XGQuantileDMatrixCreateFromCallback(&batches, batches.proxy, reference ? reference->m_handle : nullptr,
                                                       denseReset, denseNext, config.constData(), &m.m_handle);
    auto checked = xgb::check(rc, "XGQuantileDMatrixCreateFromCallback");
    XGDMatrixFree(batches.proxy);
    if (stats)
        stats->batches = batches.batches;
    if (batches.stopped)
        return std::unexpected(Error::canceled()); // m frees what XGBoost may have built
    if (!checked)
        return std::unexpected(checked.error());
    m.m_rows = rows;
    m.m_cols = cols;
    return m;
}

Result<void> XgbDMatrix::setLabels(std::span<const float> labels)
{
    if (qsizetype(labels.size()) != m_rows)
        return makeError(ErrorCode::Internal, Tr::tr("%1 labels for %2 rows.").arg(labels.size()).arg(m_rows));
    CHURNLENS_XGB(XGDMatrixSetFloatInfo(m_handle, "label", labels.data(), bst_ulong(labels.size())));
    return {};
}

Result<void> XgbDMatrix::setWeights(std::span<const float> weights)
{
    if (qsizetype(weights.size()) != m_rows)
        return makeError(ErrorCode::Internal, Tr::tr("%1 weights for %2 rows.").arg(weights.size()).arg(m_rows));
    for (float w : weights) {
        if (!std::isfinite(w) || w < 0.0f)
            return makeError(ErrorCode::BadInput, Tr::tr("A sample weight is negative or not a number."));
    }
    CHURNLENS_XGB(XGDMatrixSetFloatInfo(m_handle, "weight", weights.data(), bst_ulong(weights.size())));
    return {};
}

} // namespace churnlens
