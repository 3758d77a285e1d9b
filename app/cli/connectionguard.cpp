#include "connectionguard.h"

#include "servehttp.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

#include <sys/socket.h>

namespace churnlens::cli {

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

const char *reason(int status)
{
    switch (status) {
    case 408: return "Request Timeout";
    case 413: return "Payload Too Large";
    case 431: return "Request Header Fields Too Large";
    default: return "Error";
    }
}

//! The value of header \a name in \a head (request line and headers), or empty.
QByteArray headerValue(const QByteArray &head, const QByteArray &name)
{
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return QByteArray();
}

} // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, HttpWorker *worker)
    : QObject(socket), m_socket(socket), m_worker(worker), m_lastMs(nowMs())
{
    // Connected before the HTTP server connects its own: this slot sees each chunk first.
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
    worker->addGuard(this);
    worker->shared()->connections.fetch_add(1, std::memory_order_relaxed);
}

ConnectionGuard::~ConnectionGuard()
{
    m_worker->shared()->connections.fetch_sub(1, std::memory_order_relaxed);
    m_worker->removeGuard(this);
}

ConnectionGuard *ConnectionGuard::of(QTcpSocket *socket)
{
    return socket->findChild<ConnectionGuard *>(QString(), Qt::FindDirectChildrenOnly);
}

void ConnectionGuard::completed()
{
    if (m_state == State::Rejecting)
        return;
    m_state = State::Idle;
    m_head.clear();
    m_headDone = false;
    m_received = 0;
    m_lastMs = nowMs();
}

void ConnectionGuard::onReadyRead()
{
    const qint64 now = nowMs();
    m_lastMs = now;
    if (m_state == State::Rejecting) {
        const QByteArray dropped = m_socket->readAll();
        m_discarded += dropped.size();
        if (m_discarded > (qint64(8) << 20))
            m_socket->abort();
        return;
    }
    // What the HTTP server has not read yet: the bytes that just arrived (it reads all it has).
    const qint64 fresh = m_socket->bytesAvailable();
    if (fresh <= 0)
        return;
    if (m_state == State::Idle) {
        m_state = State::Reading;
        m_startMs = now;
    }
    m_received += fresh;
    const ServeSettings &s = m_worker->shared()->settings;
    if (!m_headDone) {
        m_head += m_socket->peek(std::min<qint64>(fresh, s.maxHeaderBytes + 4 - m_head.size()));
        qsizetype end = m_head.indexOf("\r\n\r\n");
        if (end < 0)
            end = m_head.indexOf("\n\n");
        if (end >= 0) {
            m_headDone = true;
            m_head.truncate(end);
            const QByteArray length = headerValue(m_head, "content-length");
            bool ok = false;
            const qint64 announced = length.toLongLong(&ok);
            if (!length.isEmpty() && (!ok || announced > s.maxBodyBytes)) {
                reject(413, "body_too_large",
                       Tr::tr("The request body (%1 bytes) is over the limit of %2 bytes.").arg(QString::fromLatin1(length)).arg(s.maxBodyBytes));
                return;
            }
        } else if (m_head.size() > s.maxHeaderBytes) {
            reject(431, "headers_too_large", Tr::tr("The request line and headers are over the limit of %1 bytes.").arg(s.maxHeaderBytes));
            return;
        }
    }
    if (m_received > s.maxBodyBytes + s.maxHeaderBytes)
        reject(413, "body_too_large", Tr::tr("The request is over the limit of %1 bytes.").arg(s.maxBodyBytes));
}

void ConnectionGuard::reject(int status, const QByteArray &error, const QString &message)
{
    const qint64 started = m_state == State::Reading ? m_startMs : nowMs();
    m_state = State::Rejecting;
    // The HTTP server stops reading this connection: what is left is dropped here.
    QObject::disconnect(m_socket, &QTcpSocket::readyRead, m_worker, nullptr);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    m_discarded = m_socket->readAll().size();
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("error"), QString::fromLatin1(error)},
                                                      {QStringLiteral("message"), message}})
                                .toJson(QJsonDocument::Compact);
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status)
                          + "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    m_socket->write(response);
    m_socket->flush();
    // Half-close once the answer is out: the client reads it, then its remaining upload is dropped.
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_socket->bytesToWrite() == 0)
            ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
    });
    if (m_socket->bytesToWrite() == 0)
        ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
    m_startMs = nowMs();
    const QByteArray line = m_head.left(m_head.indexOf('\n')).trimmed();
    m_worker->recordRejected(line, status, (nowMs() - started) * 1000000);
}

void ConnectionGuard::sweep(qint64 now, bool stopping)
{
    const ServeSettings &s = m_worker->shared()->settings;
    switch (m_state) {
    case State::Idle:
        if (stopping || now - m_lastMs > s.idleTimeoutMs)
            m_socket->disconnectFromHost();
        break;
    case State::Reading:
        if (now - m_startMs > s.requestTimeoutMs)
            reject(408, "request_timeout", Tr::tr("The request did not arrive within %1 ms.").arg(s.requestTimeoutMs));
        break;
    case State::Rejecting:
        if (now - m_startMs > 2000)
            m_socket->abort();
        break;
    }
}

} // namespace churnlens::cli
