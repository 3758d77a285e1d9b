#include "servicemetrics.h"

#include "common/processmemory.h"
#include "servingmodel.h"

#include <QLocale>

namespace churnlens {

namespace {

size_t statusSlot(int status)
{
    for (size_t i = 0; i < ServiceMetrics::Statuses.size(); ++i) {
        if (ServiceMetrics::Statuses[i] == status)
            return i;
    }
    return ServiceMetrics::Statuses.size();
}

//! A label value escaped as the text format wants (backslash, quote, newline).
QByteArray label(const QString &value)
{
    QByteArray out;
    for (const char c : value.toUtf8()) {
        if (c == '\\' || c == '"')
            out += '\\';
        if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

QByteArray number(double v)
{
    return QString::number(v, 'g', QLocale::FloatingPointShortest).toLatin1();
}

//! Resident and virtual size in bytes (0 where they cannot be read).
std::pair<double, double> memory()
{
    return {ProcessMemory::residentBytes(), ProcessMemory::virtualBytes()};
}

} // namespace

QByteArray ServiceMetrics::endpointName(Endpoint endpoint)
{
    switch (endpoint) {
    case Endpoint::Predict: return "/predict";
    case Endpoint::PredictBatch: return "/predict-batch";
    case Endpoint::Health: return "/health";
    case Endpoint::Metrics: return "/metrics";
    case Endpoint::Reload: return "/admin/reload";
    case Endpoint::Other:
    case Endpoint::Count: break;
    }
    return "other";
}

ServiceMetrics::ServiceMetrics() : m_startMs(QDateTime::currentMSecsSinceEpoch()) {}

void ServiceMetrics::recordRequest(Endpoint endpoint, int status, qint64 nanoseconds)
{
    PerEndpoint &e = m_endpoints[size_t(endpoint)];
    e.byStatus[statusSlot(status)].fetch_add(1, std::memory_order_relaxed);
    const double seconds = double(nanoseconds) * 1e-9;
    size_t b = 0;
    while (b < Buckets.size() && seconds > Buckets[b])
        ++b;
    e.buckets[b].fetch_add(1, std::memory_order_relaxed);
    e.nanoseconds.fetch_add(uint64_t(std::max<qint64>(nanoseconds, 0)), std::memory_order_relaxed);
}

void ServiceMetrics::modelInUse(const std::shared_ptr<const ServingModel> &model, bool swapped)
{
    if (swapped) {
        m_swaps.fetch_add(1, std::memory_order_relaxed);
        m_reloadsOk.fetch_add(1, std::memory_order_relaxed);
    }
    QMutexLocker lock(&m_modelsLock);
    m_models.removeIf([&](const std::shared_ptr<const ServingModel> &m) { return m->version() == model->version(); });
    m_models.append(model);
    // Keep the counters of the last few models only: a service reloaded every minute for a year stays small.
    while (m_models.size() > 16)
        m_models.removeFirst();
}

void ServiceMetrics::reloadFailed()
{
    m_reloadsFailed.fetch_add(1, std::memory_order_relaxed);
}

double ServiceMetrics::uptimeSeconds() const
{
    return double(QDateTime::currentMSecsSinceEpoch() - m_startMs) / 1000.0;
}

quint64 ServiceMetrics::requests(Endpoint endpoint) const
{
    quint64 n = 0;
    for (const auto &c : m_endpoints[size_t(endpoint)].byStatus)
        n += c.load(std::memory_order_relaxed);
    return n;
}

QByteArray ServiceMetrics::exposition() const
{
    QByteArray out;
    out.reserve(8192);
    auto statusLabel = [](size_t slot) { return slot < Statuses.size() ? QByteArray::number(Statuses[slot]) : QByteArray("other"); };

    out += "# HELP churnlens_http_requests_total Requests answered, by endpoint and status code.\n"
           "# TYPE churnlens_http_requests_total counter\n";
    for (size_t e = 0; e < EndpointCount; ++e) {
        for (size_t s = 0; s < StatusSlots; ++s) {
            const uint64_t n = m_endpoints[e].byStatus[s].load(std::memory_order_relaxed);
            if (n > 0 || (s == 0 && e != size_t(Endpoint::Other)))
                out += "churnlens_http_requests_total{endpoint=\"" + endpointName(Endpoint(e)) + "\",status=\"" + statusLabel(s)
                       + "\"} " + QByteArray::number(quint64(n)) + '\n';
        }
    }
    out += "# HELP churnlens_http_errors_total Requests answered with a client or server error (4xx, 5xx), by endpoint and status code.\n"
           "# TYPE churnlens_http_errors_total counter\n";
    for (size_t e = 0; e < EndpointCount; ++e) {
        for (size_t s = 0; s < StatusSlots; ++s) {
            if (s < Statuses.size() && Statuses[s] < 400)
                continue;
            const uint64_t n = m_endpoints[e].byStatus[s].load(std::memory_order_relaxed);
            if (n > 0)
                out += "churnlens_http_errors_total{endpoint=\"" + endpointName(Endpoint(e)) + "\",status=\"" + statusLabel(s)
                       + "\"} " + QByteArray::number(quint64(n)) + '\n';
        }
    }
    out += "# HELP churnlens_http_request_duration_seconds Time from a request read to its answer written, by endpoint.\n"
           "# TYPE churnlens_http_request_duration_seconds histogram\n";
    for (size_t e = 0; e < EndpointCount; ++e) {
        const PerEndpoint &p = m_endpoints[e];
        const QByteArray name = endpointName(Endpoint(e));
        uint64_t cumulative = 0;
        for (size_t b = 0; b <= Buckets.size(); ++b) {
            cumulative += p.buckets[b].load(std::memory_order_relaxed);
            out += "churnlens_http_request_duration_seconds_bucket{endpoint=\"" + name + "\",le=\""
                   + (b < Buckets.size() ? number(Buckets[b]) : QByteArray("+Inf")) + "\"} " + QByteArray::number(quint64(cumulative)) + '\n';
        }
        out += "churnlens_http_request_duration_seconds_sum{endpoint=\"" + name + "\"} "
               + number(double(p.nanoseconds.load(std::memory_order_relaxed)) * 1e-9) + '\n';
        out += "churnlens_http_request_duration_seconds_count{endpoint=\"" + name + "\"} " + QByteArray::number(quint64(cumulative)) + '\n';
    }

    QList<std::shared_ptr<const ServingModel>> models;
    {
        QMutexLocker lock(&m_modelsLock);
        models = m_models;
    }
    out += "# HELP churnlens_predictions_total Customers scored, by model version and risk level.\n"
           "# TYPE churnlens_predictions_total counter\n";
    static const char *levels[] = {"low", "medium", "high"};
    for (const auto &m : models) {
        for (size_t r = 0; r < 3; ++r)
            out += "churnlens_predictions_total{model_version=\"" + label(m->version()) + "\",risk_level=\"" + levels[r] + "\"} "
                   + QByteArray::number(quint64(m->predictedByRisk[r].load(std::memory_order_relaxed))) + '\n';
    }
    out += "# HELP churnlens_model_info The model in use (value 1), with its version and where it came from.\n"
           "# TYPE churnlens_model_info gauge\n";
    if (!models.isEmpty()) {
        const auto &m = models.last();
        out += "churnlens_model_info{model_version=\"" + label(m->version()) + "\",source=\"" + label(m->source()) + "\",threshold=\""
               + number(m->threshold()) + "\"} 1\n";
    }
    out += "# HELP churnlens_model_swaps_total Times a new model was put in use while serving.\n"
           "# TYPE churnlens_model_swaps_total counter\n"
           "churnlens_model_swaps_total " + QByteArray::number(quint64(m_swaps.load(std::memory_order_relaxed))) + '\n';
    out += "# HELP churnlens_model_reloads_total Model reloads that swapped a model in (success) or failed (failure).\n"
           "# TYPE churnlens_model_reloads_total counter\n"
           "churnlens_model_reloads_total{result=\"success\"} " + QByteArray::number(quint64(m_reloadsOk.load(std::memory_order_relaxed))) + '\n'
           + "churnlens_model_reloads_total{result=\"failure\"} " + QByteArray::number(quint64(m_reloadsFailed.load(std::memory_order_relaxed))) + '\n';
    const auto [resident, virt] = memory();
    out += "# HELP churnlens_uptime_seconds Seconds since the service started.\n"
           "# TYPE churnlens_uptime_seconds gauge\n"
           "churnlens_uptime_seconds " + number(uptimeSeconds()) + '\n';
    out += "# HELP process_resident_memory_bytes Resident memory size in bytes.\n"
           "# TYPE process_resident_memory_bytes gauge\n"
           "process_resident_memory_bytes " + number(resident) + '\n';
    out += "# HELP process_virtual_memory_bytes Virtual memory size in bytes.\n"
           "# TYPE process_virtual_memory_bytes gauge\n"
           "process_virtual_memory_bytes " + number(virt) + '\n';
    out += "# HELP process_start_time_seconds Start time of the process since the Unix epoch, in seconds.\n"
           "# TYPE process_start_time_seconds gauge\n"
           "process_start_time_seconds " + number(double(m_startMs) / 1000.0) + '\n';
    return out;
}

} // namespace churnlens
