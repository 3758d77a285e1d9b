#pragma once

#include <QJsonObject>
#include <QMutex>
#include <QString>

#include <cstdio>

namespace churnlens {

/*!
 * The scoring service's log, on standard error: events (started, model swapped, reload failed,
 * stopping) always, as a line of text or, in JSON mode, as one JSON object per line with "ts"
 * and "event"; with request logging on, one JSON object per request as well. Lines are written
 * whole under a lock, so lines of several threads never interleave. Thread-safe.
 */
class ServiceLog
{
public:
    explicit ServiceLog(bool json = false, bool requests = false, FILE *stream = stderr)
        : m_json(json), m_requests(requests), m_stream(stream) {}

    bool json() const { return m_json; }
    bool logsRequests() const { return m_requests; }
    //! An event: \a text for people, \a fields (and "event") for machines.
    void event(const QString &name, const QString &text, QJsonObject fields = {});
    //! One request (request logging only): {"ts","event":"request","method","path","status","ms","bytes","rows","model_version","remote"}.
    void request(QJsonObject fields);

private:
    void write(const QByteArray &line);
    bool m_json;
    bool m_requests;
    FILE *m_stream;
    QMutex m_lock;
};

} // namespace churnlens
