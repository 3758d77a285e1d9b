#pragma once

#include "modelholder.h"
#include "modelsource.h"

#include <QMutex>

namespace churnlens {

class ServiceLog;
class ServiceMetrics;

/*!
 * Loads the service's model again (SIGHUP, POST /admin/reload, a new champion in the project)
 * beside the one in use, and swaps it in atomically when it is a different version: requests
 * in flight finish on the old model, the next ones get the new one. A load that fails leaves the
 * model in use serving (and is logged and counted). The switch is logged and shows in /metrics.
 * reload() is thread-safe (one load at a time); poll() belongs to one thread.
 */
class ModelReloader
{
public:
    ModelReloader(ModelSource source, ModelHolder *holder, ServiceMetrics *metrics, ServiceLog *log, int factors);

    struct Outcome
    {
        bool swapped = false;
        QString previous; //!< the version before
        QString current;  //!< the version in use now
    };

    //! Loads the model the first time; an error when it cannot.
    Result<std::shared_ptr<const ServingModel>> start();
    //! Reloads because of \a trigger ("SIGHUP", "POST /admin/reload", "champion promoted").
    Result<Outcome> reload(const QString &trigger);
    //! With a project: checks its champion, reloads when it is not the version in use.
    void poll();

    const ModelSource &source() const { return m_source; }

private:
    QMutex m_lock;
    ModelSource m_source;
    ModelHolder *m_holder;
    ServiceMetrics *m_metrics;
    ServiceLog *m_log;
    int m_factors;
    QString m_lastPollError;
};

} // namespace churnlens
