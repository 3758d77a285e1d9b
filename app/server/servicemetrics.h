#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QString>

#include <array>
#include <atomic>
#include <cstdint>
#include <memory>

namespace churnlens {

class ServingModel;

/*!
 * The scoring service's Prometheus metrics and their text exposition (format 0.0.4):
 *   churnlens_http_requests_total{endpoint,status}       every answered request
 *   churnlens_http_errors_total{endpoint,status}         those answered with 4xx/5xx
 *   churnlens_http_request_duration_seconds{endpoint}    histogram, from the request read to the answer written
 *   churnlens_predictions_total{model_version,risk_level} customers scored, per model served
 *   churnlens_model_info{model_version,source}           1 for the model in use
 *   churnlens_model_swaps_total, churnlens_model_reloads_total{result}
 *   churnlens_uptime_seconds, process_resident_memory_bytes, process_virtual_memory_bytes,
 *   process_start_time_seconds
 * Counting is lock-free (relaxed atomics in fixed arrays): any thread may record at any time.
 */
class ServiceMetrics
{
public:
    enum class Endpoint { Predict, PredictBatch, Health, Metrics, Reload, Other, Count };
    static QByteArray endpointName(Endpoint endpoint);
    //! The status codes counted one by one; any other is counted as "other".
    static constexpr std::array<int, 14> Statuses{200, 400, 401, 403, 404, 405, 408, 411, 413, 415, 422, 431, 500, 503};
    //! Upper bounds of the latency histogram's buckets, in seconds (+Inf is added).
    static constexpr std::array<double, 14> Buckets{0.0001, 0.00025, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.025,
                                                    0.05, 0.1, 0.25, 0.5, 1.0, 5.0};

    ServiceMetrics();

    void recordRequest(Endpoint endpoint, int status, qint64 nanoseconds);
    //! A model was put in use (at start, or swapped in): its counters are exposed from now on.
    void modelInUse(const std::shared_ptr<const ServingModel> &model, bool swapped);
    void reloadFailed();

    //! The exposition text (Content-Type: text/plain; version=0.0.4).
    QByteArray exposition() const;
    double uptimeSeconds() const;
    quint64 requests(Endpoint endpoint) const;

private:
    static constexpr size_t StatusSlots = Statuses.size() + 1;
    static constexpr size_t EndpointCount = size_t(Endpoint::Count);
    struct PerEndpoint
    {
        std::array<std::atomic<uint64_t>, StatusSlots> byStatus{};
        std::array<std::atomic<uint64_t>, Buckets.size() + 1> buckets{};
        std::atomic<uint64_t> nanoseconds{0};
    };
    std::array<PerEndpoint, EndpointCount> m_endpoints;
    std::atomic<uint64_t> m_swaps{0};
    std::atomic<uint64_t> m_reloadsOk{0};
    std::atomic<uint64_t> m_reloadsFailed{0};
    qint64 m_startMs = 0;
    mutable QMutex m_modelsLock;
    QList<std::shared_ptr<const ServingModel>> m_models; // every model served, the current one last
};

} // namespace churnlens
