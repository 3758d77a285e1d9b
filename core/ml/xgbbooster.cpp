#include "xgbbooster.h"

#include "xgbcheck.h"
#include "xgbdmatrix.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <limits>

namespace churnlens {

namespace {

QByteArray predictConfig(XgbBooster::Output output, XgbBooster::Range range, bool inplace)
{
    QByteArray c = QByteArrayLiteral("{\"type\":") + (output == XgbBooster::Output::Margin ? '1' : '0')
        + QByteArrayLiteral(",\"training\":false,\"iteration_begin\":") + QByteArray::number(range.iterationBegin)
        + QByteArrayLiteral(",\"iteration_end\":") + QByteArray::number(range.iterationEnd)
        + QByteArrayLiteral(",\"strict_shape\":false");
    if (inplace)
        c += QByteArrayLiteral(",\"missing\":NaN,\"cache_id\":0");
    return c + '}';
}

Result<size_t> predictionSize(const bst_ulong *shape, bst_ulong dim, qsizetype rows)
{
    size_t n = 1;
    for (bst_ulong i = 0; i < dim; ++i)
        n *= size_t(shape[i]);
    if (n != size_t(rows))
        return makeError(ErrorCode::Model, Tr::tr("XGBoost returned %1 predictions for %2 rows.").arg(n).arg(rows));
    return n;
}

Result<std::vector<float>> copyPrediction(const bst_ulong *shape, bst_ulong dim, const float *result, qsizetype rows)
{
    auto n = predictionSize(shape, dim, rows);
    if (!n)
        return std::unexpected(n.error());
    // XGBoost's result buffer is thread-local and reused by the next call: copy it out now.
    return std::vector<float>(result, result + *n);
}

} // namespace

XgbBooster::~XgbBooster()
{
    reset();
}

XgbBooster::XgbBooster(XgbBooster &&other) noexcept : m_handle(std::exchange(other.m_handle, nullptr)) {}

XgbBooster &XgbBooster::operator=(XgbBooster &&other) noexcept
{
    if (this != &other) {
        reset();
        m_handle = std::exchange(other.m_handle, nullptr);
    }
    return *this;
}

void XgbBooster::reset()
{
    if (m_handle)
        XGBoosterFree(m_handle);
    m_handle = nullptr;
}

Result<XgbBooster> XgbBooster::create(std::span<const XgbDMatrix *const> cache)
{
    xgb::initLogging();
    xgb::clearUpperSimdState();
    std::vector<DMatrixHandle> handles;
    handles.reserve(cache.size());
    for (const XgbDMatrix *m : cache)
        handles.push_back(m->handle());
    XgbBooster b;
    CHURNLENS_XGB(XGBoosterCreate(handles.data(), bst_ulong(handles.size()), &b.m_handle));
    // Quiet by default; XGBoost's warnings reach qDebug through the log callback.
    CHURNLENS_XGB(XGBoosterSetParam(b.m_handle, "verbosity", "1"));
    return b;
}

Result<XgbBooster> XgbBooster::fromJson(const QByteArray &json)
{
    if (json.isEmpty())
        return makeError(ErrorCode::Model, Tr::tr("The XGBoost model file is empty."));
    auto b = create();
    if (!b)
        return b;
    CHURNLENS_XGB(XGBoosterLoadModelFromBuffer(b->m_handle, json.constData(), bst_ulong(json.size())));
    return b;
}

Result<void> XgbBooster::setParam(const QString &name, const QString &value)
{
    CHURNLENS_XGB(XGBoosterSetParam(m_handle, name.toUtf8().constData(), value.toUtf8().constData()));
    return {};
}

Result<void> XgbBooster::setParams(const std::vector<std::pair<QString, QString>> &params)
{
    for (const auto &[name, value] : params) {
        if (auto ok = setParam(name, value); !ok)
            return ok;
    }
    return {};
}

Result<void> XgbBooster::updateOneIter(int iteration, const XgbDMatrix &train)
{
    xgb::clearUpperSimdState();
    CHURNLENS_XGB(XGBoosterUpdateOneIter(m_handle, iteration, train.handle()));
    return {};
}

Result<void> XgbBooster::boostOneIter(const XgbDMatrix &train, std::span<float> gradients, std::span<float> hessians)
{
    if (qsizetype(gradients.size()) != train.rows() || hessians.size() != gradients.size())
        return makeError(ErrorCode::Internal, Tr::tr("Gradients do not match the training rows."));
    xgb::clearUpperSimdState();
    CHURNLENS_XGB(XGBoosterBoostOneIter(m_handle, train.handle(), gradients.data(), hessians.data(), bst_ulong(gradients.size())));
    return {};
}

Result<std::vector<double>> XgbBooster::evalOneIter(int iteration, std::span<const XgbDMatrix *const> sets)
{
    std::vector<DMatrixHandle> handles;
    std::vector<QByteArray> names;
    std::vector<const char *> namePtrs;
    for (size_t i = 0; i < sets.size(); ++i) {
        handles.push_back(sets[i]->handle());
        names.push_back(QByteArrayLiteral("s") + QByteArray::number(qulonglong(i)));
    }
    for (const QByteArray &n : names)
        namePtrs.push_back(n.constData());
    const char *out = nullptr;
    CHURNLENS_XGB(XGBoosterEvalOneIter(m_handle, iteration, handles.data(), namePtrs.data(), bst_ulong(handles.size()), &out));
    // "[12]\ts0-auc:0.841\ts1-auc:0.822": one "name-metric:value" per set.
    const QList<QByteArray> parts = QByteArray(out).split('\t');
    std::vector<double> values;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const qsizetype colon = parts[i].lastIndexOf(':');
        bool ok = false;
        const double v = colon < 0 ? 0.0 : parts[i].mid(colon + 1).trimmed().toDouble(&ok);
        if (!ok)
            return makeError(ErrorCode::Model, Tr::tr("Unexpected evaluation output from XGBoost: %1").arg(QString::fromUtf8(out)));
        values.push_back(v);
    }
    if (values.size() != sets.size())
        return makeError(ErrorCode::Model, Tr::tr("Unexpected evaluation output from XGBoost: %1").arg(QString::fromUtf8(out)));
    return values;
}

Result<std::vector<float>> XgbBooster::predict(const XgbDMatrix &data, Output output, Range range)
{
    xgb::clearUpperSimdState();
    const QByteArray config = predictConfig(output, range, false);
    const bst_ulong *shape = nullptr;
    bst_ulong dim = 0;
    const float *result = nullptr;
    CHURNLENS_XGB(XGBoosterPredictFromDMatrix(m_handle, data.handle(), config.constData(), &shape, &dim, &result));
    return copyPrediction(shape, dim, result, data.rows());
}

Result<std::span<const float>> XgbBooster::predictView(const XgbDMatrix &data, Output output)
{
    xgb::clearUpperSimdState();
    const QByteArray config = predictConfig(output, {}, false);
    const bst_ulong *shape = nullptr;
    bst_ulong dim = 0;
    const float *result = nullptr;
    CHURNLENS_XGB(XGBoosterPredictFromDMatrix(m_handle, data.handle(), config.constData(), &shape, &dim, &result));
    auto n = predictionSize(shape, dim, data.rows());
    if (!n)
        return std::unexpected(n.error());
    return std::span<const float>(result, *n);
}

Result<std::vector<float>> XgbBooster::predictDense(const float *data, qsizetype rows, int cols, Output output, Range range) const
{
    if (rows == 0)
        return std::vector<float>();
    const QByteArray values = QByteArrayLiteral("{\"data\":[") + QByteArray::number(quintptr(data))
        + QByteArrayLiteral(",true],\"shape\":[") + QByteArray::number(rows) + ',' + QByteArray::number(cols)
        + QByteArrayLiteral("],\"typestr\":\"<f4\",\"version\":3}");
    xgb::clearUpperSimdState();
    const QByteArray config = predictConfig(output, range, true);
    const bst_ulong *shape = nullptr;
    bst_ulong dim = 0;
    const float *result = nullptr;
    CHURNLENS_XGB(XGBoosterPredictFromDense(m_handle, values.constData(), config.constData(), nullptr, &shape, &dim, &result));
    return copyPrediction(shape, dim, result, rows);
}

Result<void> XgbBooster::setFeatureNames(const QStringList &names)
{
    std::vector<QByteArray> utf8;
    std::vector<const char *> pointers;
    for (QString name : names) {
        // XGBoost rejects '[', ']' and '<' in feature names.
        name.replace(QLatin1Char('['), QLatin1Char('(')).replace(QLatin1Char(']'), QLatin1Char(')')).replace(QLatin1Char('<'), QLatin1String(" lt "));
        utf8.push_back(name.toUtf8());
    }
    for (const QByteArray &n : utf8)
        pointers.push_back(n.constData());
    CHURNLENS_XGB(XGBoosterSetStrFeatureInfo(m_handle, "feature_name", pointers.data(), bst_ulong(pointers.size())));
    return {};
}

Result<int> XgbBooster::boostedRounds() const
{
    int rounds = 0;
    CHURNLENS_XGB(XGBoosterBoostedRounds(m_handle, &rounds));
    return rounds;
}

Result<int> XgbBooster::featureCount() const
{
    bst_ulong n = 0;
    CHURNLENS_XGB(XGBoosterGetNumFeature(m_handle, &n));
    return int(n);
}

Result<QByteArray> XgbBooster::toJson() const
{
    bst_ulong len = 0;
    const char *data = nullptr;
    CHURNLENS_XGB(XGBoosterSaveModelToBuffer(m_handle, "{\"format\":\"json\"}", &len, &data));
    return QByteArray(data, qsizetype(len));
}

Result<QByteArray> XgbBooster::configJson() const
{
    bst_ulong len = 0;
    const char *data = nullptr;
    CHURNLENS_XGB(XGBoosterSaveJsonConfig(m_handle, &len, &data));
    return QByteArray(data, qsizetype(len));
}

Result<std::vector<double>> XgbBooster::featureScores(const QString &type, int featureCount) const
{
    // Name features f0..fN-1 ourselves so that scores map back by index whatever names the
    // model carries.
    QJsonArray names;
    for (int i = 0; i < featureCount; ++i)
        names.append(QStringLiteral("f%1").arg(i));
    QJsonObject config{{QStringLiteral("importance_type"), type}, {QStringLiteral("feature_names"), names}};
    const QByteArray configText = QJsonDocument(config).toJson(QJsonDocument::Compact);
    bst_ulong nFeatures = 0, dim = 0;
    const char **features = nullptr;
    const bst_ulong *shape = nullptr;
    const float *scores = nullptr;
    CHURNLENS_XGB(XGBoosterFeatureScore(m_handle, configText.constData(), &nFeatures, &features, &dim, &shape, &scores));
    std::vector<double> out(size_t(featureCount), 0.0);
    for (bst_ulong i = 0; i < nFeatures; ++i) {
        const QByteArray name(features[i]);
        bool ok = false;
        const int index = name.startsWith('f') ? name.mid(1).toInt(&ok) : -1;
        if (ok && index >= 0 && index < featureCount)
            out[size_t(index)] = double(scores[i]);
    }
    return out;
}

QString XgbBooster::libraryVersion()
{
    int major = 0, minor = 0, patch = 0;
    XGBoostVersion(&major, &minor, &patch);
    return QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(patch);
}

} // namespace churnlens
