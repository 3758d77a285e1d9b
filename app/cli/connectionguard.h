#pragma once

#include <QByteArray>
#include <QObject>

class QTcpSocket;

namespace churnlens::cli {

class HttpWorker;

/*!
 * Bounds one connection before Qt HttpServer reads it (Qt 6.4's server has no limits of its
 * own): it sees every chunk first (its readyRead slot is connected first), keeps the request
 * line and headers until they end, and answers by itself, closing the connection, when
 *  - the headers pass the header limit (431), or announce a body over the body limit (413,
 *    before the body is sent), or more bytes than both arrive for one request (413);
 *  - a request is not complete within the request timeout (408: a slow or stalled client).
 * After such an answer it reads and drops what the client still sends, for a moment, so the
 * client sees the answer rather than a reset. A kept-alive connection idle past the idle timeout
 * is closed. A child of its socket; lives on the worker's thread.
 */
class ConnectionGuard final : public QObject
{
    Q_OBJECT
public:
    ConnectionGuard(QTcpSocket *socket, HttpWorker *worker);
    ~ConnectionGuard() override;

    static ConnectionGuard *of(QTcpSocket *socket);

    //! The HTTP server answered a request: the next bytes start a new one.
    void completed();
    //! Called by the worker's timer: enforces the timeouts; \a stopping closes idle connections.
    void sweep(qint64 nowMs, bool stopping);
    bool isIdle() const { return m_state == State::Idle; }
    QTcpSocket *socket() const { return m_socket; }

private:
    enum class State { Idle, Reading, Rejecting };
    void onReadyRead();
    void reject(int status, const QByteArray &error, const QString &message);

    QTcpSocket *m_socket;
    HttpWorker *m_worker;
    State m_state = State::Idle;
    QByteArray m_head;           // request line and headers of the current request, until they end
    bool m_headDone = false;
    qint64 m_received = 0;       // bytes of the current request so far
    qint64 m_startMs = 0;        // its first byte
    qint64 m_lastMs = 0;         // last activity
    qint64 m_discarded = 0;      // Rejecting: bytes dropped
};

} // namespace churnlens::cli
