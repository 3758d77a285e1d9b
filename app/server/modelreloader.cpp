#include "modelreloader.h"

#include "servicelog.h"
#include "servicemetrics.h"

namespace churnlens {

ModelReloader::ModelReloader(ModelSource source, ModelHolder *holder, ServiceMetrics *metrics, ServiceLog *log, int factors)
    : m_source(std::move(source)), m_holder(holder), m_metrics(metrics), m_log(log), m_factors(factors)
{
}

Result<std::shared_ptr<const ServingModel>> ModelReloader::start()
{
    QMutexLocker lock(&m_lock);
    auto model = m_source.load(m_factors);
    if (!model)
        return model;
    m_holder->swap(*model);
    m_metrics->modelInUse(*model, false);
    return model;
}

Result<ModelReloader::Outcome> ModelReloader::reload(const QString &trigger)
{
    QMutexLocker lock(&m_lock);
    Outcome outcome;
    const std::shared_ptr<const ServingModel> old = m_holder->current();
    outcome.previous = old ? old->version() : QString();
    auto model = m_source.load(m_factors);
    if (!model) {
        m_metrics->reloadFailed();
        m_log->event(QStringLiteral("reload_failed"),
                     Tr::tr("reload (%1) failed, still serving %2: %3").arg(trigger, outcome.previous, model.error().toString()),
                     {{QStringLiteral("trigger"), trigger}, {QStringLiteral("model_version"), outcome.previous},
                      {QStringLiteral("error"), model.error().toString()}});
        return std::unexpected(model.error());
    }
    if (old && old->version() == (*model)->version() && old->threshold() == (*model)->threshold()) {
        outcome.current = outcome.previous;
        m_log->event(QStringLiteral("reload_unchanged"), Tr::tr("reload (%1): %2 is already in use").arg(trigger, outcome.current),
                     {{QStringLiteral("trigger"), trigger}, {QStringLiteral("model_version"), outcome.current}});
        return outcome;
    }
    m_holder->swap(*model);
    m_metrics->modelInUse(*model, true);
    outcome.swapped = true;
    outcome.current = (*model)->version();
    m_log->event(QStringLiteral("model_swapped"), Tr::tr("model swapped (%1): %2 -> %3").arg(trigger, outcome.previous, outcome.current),
                 {{QStringLiteral("trigger"), trigger}, {QStringLiteral("previous_version"), outcome.previous},
                  {QStringLiteral("model_version"), outcome.current}, {QStringLiteral("threshold"), (*model)->threshold()}});
    return outcome;
}

void ModelReloader::poll()
{
    if (!m_source.isProject())
        return;
    auto champion = m_source.championVersion();
    if (!champion) {
        // Said once per kind of failure, not every second.
        if (champion.error().toString() != m_lastPollError) {
            m_lastPollError = champion.error().toString();
            m_log->event(QStringLiteral("poll_failed"), Tr::tr("cannot read the project's champion: %1").arg(m_lastPollError),
                         {{QStringLiteral("error"), m_lastPollError}});
        }
        return;
    }
    m_lastPollError.clear();
    const std::shared_ptr<const ServingModel> current = m_holder->current();
    if (champion->isEmpty() || (current && current->version() == *champion))
        return;
    (void)reload(QStringLiteral("champion %1 promoted").arg(*champion));
}

} // namespace churnlens
