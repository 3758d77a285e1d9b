#include "servehttp.h"

#include "connectionguard.h"

#include <QDateTime>
#include <QTcpSocket>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace churnlens::cli {

int openListener(const QHostAddress &address, quint16 port, QString *error, quint16 *boundPort)
{
    sockaddr_storage storage{};
    socklen_t length = 0;
    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    if (v6) {
        auto *a = reinterpret_cast<sockaddr_in6 *>(&storage);
        a->sin6_family = AF_INET6;
        a->sin6_port = htons(port);
        const Q_IPV6ADDR ip = address.toIPv6Address();
        std::memcpy(&a->sin6_addr, &ip, sizeof ip);
        length = sizeof(sockaddr_in6);
    } else {
        auto *a = reinterpret_cast<sockaddr_in *>(&storage);
        a->sin_family = AF_INET;
        a->sin_port = htons(port);
        a->sin_addr.s_addr = htonl(address.toIPv4Address());
        length = sizeof(sockaddr_in);
    }
    const int fd = ::socket(v6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return -1;
    }
    const int on = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    if (::setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &on, sizeof on) != 0
        || ::bind(fd, reinterpret_cast<sockaddr *>(&storage), length) != 0 || ::listen(fd, 1024) != 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        ::close(fd);
        return -1;
    }
    sockaddr_storage bound{};
    socklen_t boundLength = sizeof bound;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&bound), &boundLength);
    *boundPort = ntohs(v6 ? reinterpret_cast<sockaddr_in6 *>(&bound)->sin6_port : reinterpret_cast<sockaddr_in *>(&bound)->sin_port);
    return fd;
}

GuardedTcpServer::GuardedTcpServer(HttpWorker *worker, ServeShared *shared)
    : QTcpServer(worker), m_worker(worker), m_shared(shared)
{
}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    if (m_worker->isStopping() || m_shared->connections.load(std::memory_order_relaxed) >= m_shared->settings.maxConnections) {
        ::close(int(descriptor));
        return;
    }
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        ::close(int(descriptor));
        return;
    }
    // Answers are written in one piece: Nagle's algorithm would only hold them back.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    new ConnectionGuard(socket, m_worker);
    addPendingConnection(socket);
}

HttpWorker::HttpWorker(ServeShared *shared) : m_shared(shared), m_sweep(this)
{
    m_sweep.setInterval(250);
    connect(&m_sweep, &QTimer::timeout, this, &HttpWorker::sweep);
}

HttpWorker::~HttpWorker()
{
    // The sockets (children of the TCP server) and their guards go first, while this worker,
    // which each guard signs off from, is still whole.
    m_stopping = true;
    delete m_server;
    m_server = nullptr;
}

bool HttpWorker::listenOn(int descriptor)
{
    m_server = new GuardedTcpServer(this, m_shared);
    if (!m_server->setSocketDescriptor(descriptor)) {
        ::close(descriptor);
        return false;
    }
    bind(m_server);
    m_sweep.start();
    return true;
}

void HttpWorker::removeGuard(ConnectionGuard *guard)
{
    m_guards.remove(guard);
    if (m_stopping)
        QMetaObject::invokeMethod(this, &HttpWorker::checkDrained, Qt::QueuedConnection);
}

void HttpWorker::stop()
{
    m_stopping = true;
    m_stopClock.start();
    if (m_server)
        m_server->close();
    sweep();
    checkDrained();
}

void HttpWorker::sweep()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QList<ConnectionGuard *> guards = m_guards.values();
    for (ConnectionGuard *g : guards) {
        if (m_guards.contains(g))
            g->sweep(now, m_stopping);
    }
    if (m_stopping && m_stopClock.elapsed() > m_shared->settings.drainTimeoutMs) {
        for (ConnectionGuard *g : m_guards.values())
            g->socket()->abort();
        m_guards.clear();
    }
    checkDrained();
}

void HttpWorker::checkDrained()
{
    if (m_stopping && !m_drained && m_guards.isEmpty()) {
        m_drained = true;
        m_sweep.stop();
        Q_EMIT drained();
    }
}

void HttpWorker::recordRejected(const QByteArray &requestLine, int status, qint64 nanoseconds)
{
    const QList<QByteArray> parts = requestLine.split(' ');
    const QByteArray path = parts.value(1).split('?').value(0);
    ServiceMetrics::Endpoint endpoint = ServiceMetrics::Endpoint::Other;
    for (int e = 0; e < int(ServiceMetrics::Endpoint::Other); ++e) {
        if (ServiceMetrics::endpointName(ServiceMetrics::Endpoint(e)) == path)
            endpoint = ServiceMetrics::Endpoint(e);
    }
    m_shared->metrics->recordRequest(endpoint, status, nanoseconds);
    if (m_shared->log->logsRequests())
        m_shared->log->request({{QStringLiteral("method"), QString::fromLatin1(parts.value(0))},
                                {QStringLiteral("path"), QString::fromLatin1(path)},
                                {QStringLiteral("status"), status},
                                {QStringLiteral("ms"), double(nanoseconds) / 1e6}});
}

} // namespace churnlens::cli
