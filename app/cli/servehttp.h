#pragma once

// churnlens-cli serve's HTTP side (Qt HttpServer): one event-loop thread per worker, each with
// its own listening socket on the shared port (SO_REUSEPORT, so the kernel spreads connections),
// the routes, the status codes, and the guard that bounds every connection (header and body
// size, request time, idle time). Everything else — reading customers, scoring, metrics, the
// model swap, the token — is the application layer's (app/server).

#include "server/customerreader.h"
#include "server/modelholder.h"
#include "server/modelreloader.h"
#include "server/servicelog.h"
#include "server/servicemetrics.h"
#include "server/tokencheck.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QSet>
#include <QTcpServer>
#include <QTimer>

#include <atomic>

class QTcpSocket;

namespace churnlens::cli {

//! Limits and choices of one service.
struct ServeSettings
{
    int maxBatch = 10000;                   //!< customers per /predict-batch
    qint64 maxBodyBytes = qint64(32) << 20; //!< request body
    qint64 maxHeaderBytes = 16 * 1024;      //!< request line and headers
    int requestTimeoutMs = 10000;           //!< from a request's first byte to its last
    int idleTimeoutMs = 30000;              //!< a kept-alive connection without a request
    int drainTimeoutMs = 5000;              //!< SIGTERM: time left to requests under way
    int maxConnections = 1024;
    CustomerReader::Options reader;
};

//! What every worker shares; outlives them.
struct ServeShared
{
    ServeSettings settings;
    ModelHolder *holder = nullptr;
    ServiceMetrics *metrics = nullptr;
    ServiceLog *log = nullptr;
    ModelReloader *reloader = nullptr;
    TokenCheck token;
    std::atomic<int> connections{0};
};

/*!
 * A listening socket bound to \a address:\a port with SO_REUSEADDR and SO_REUSEPORT, so that
 * several workers can listen on one port. Returns the descriptor, or -1 with *error set.
 */
int openListener(const QHostAddress &address, quint16 port, QString *error, quint16 *boundPort);

class ConnectionGuard;
class HttpWorker;

//! Accepts connections for one worker, guarding each before the HTTP server reads it.
class GuardedTcpServer final : public QTcpServer
{
    Q_OBJECT
public:
    GuardedTcpServer(HttpWorker *worker, ServeShared *shared);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    HttpWorker *m_worker;
    ServeShared *m_shared;
};

/*!
 * One worker: an HTTP server on its own thread's event loop. Requests are answered on that
 * thread, one at a time, start to end (scoring one customer takes tens of microseconds, so
 * nothing is gained by handing it on). Lives on its thread: call its slots queued.
 */
class HttpWorker final : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit HttpWorker(ServeShared *shared);
    ~HttpWorker() override;

    //! Takes the listening socket \a descriptor (on the worker's thread).
    bool listenOn(int descriptor);
    //! Stops accepting, closes idle connections, lets requests under way finish, then emits drained().
    void stop();

    void addGuard(ConnectionGuard *guard) { m_guards.insert(guard); }
    void removeGuard(ConnectionGuard *guard);
    bool isStopping() const { return m_stopping; }
    ServeShared *shared() const { return m_shared; }
    //! Counts and logs an answer the guard gave itself (408, 413, 431).
    void recordRejected(const QByteArray &requestLine, int status, qint64 nanoseconds);

Q_SIGNALS:
    void drained();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void sweep();
    void checkDrained();

    ServeShared *m_shared;
    GuardedTcpServer *m_server = nullptr;
    QSet<ConnectionGuard *> m_guards;
    QTimer m_sweep;
    QElapsedTimer m_stopClock;
    bool m_stopping = false;
    bool m_drained = false;
};

} // namespace churnlens::cli
