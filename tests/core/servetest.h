#pragma once

// Talking to `churnlens-cli serve` from a test: the service as a child process on a free
// loopback port, and a small blocking HTTP/1.1 client over a real socket. Every wait is bounded.

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QThread>

#include <csignal>
#include <memory>

namespace servetest {

struct Response
{
    int status = -1;          //!< -1: no answer (connection refused, closed or timed out)
    QByteArray headers;       //!< the header block, lower-cased names kept as sent
    QByteArray body;
    bool closed = false;      //!< the server said Connection: close
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    QByteArray header(const QByteArray &name) const
    {
        for (const QByteArray &line : headers.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
};

//! One keep-alive connection. Not thread-safe: one per thread.
class Client
{
public:
    explicit Client(quint16 port, int timeoutMs = 10000) : m_port(port), m_timeoutMs(timeoutMs) {}

    bool connect()
    {
        m_socket = std::make_unique<QTcpSocket>();
        m_socket->connectToHost(QStringLiteral("127.0.0.1"), m_port);
        return m_socket->waitForConnected(m_timeoutMs);
    }
    QTcpSocket *socket() { return m_socket.get(); }

    //! Sends raw bytes (the test builds the request itself).
    bool send(const QByteArray &bytes)
    {
        if ((!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) && !connect())
            return false;
        m_socket->write(bytes);
        return m_socket->waitForBytesWritten(m_timeoutMs) || m_socket->bytesToWrite() == 0;
    }

    //! Reads one response (Content-Length framed).
    Response read()
    {
        Response r;
        QElapsedTimer clock;
        clock.start();
        QByteArray buffer = m_pending;
        m_pending.clear();
        qsizetype headerEnd = -1;
        qint64 length = -1;
        while (clock.elapsed() < m_timeoutMs) {
            if (headerEnd < 0) {
                headerEnd = buffer.indexOf("\r\n\r\n");
                if (headerEnd >= 0) {
                    r.headers = buffer.left(headerEnd);
                    const QList<QByteArray> first = r.headers.left(r.headers.indexOf('\r')).split(' ');
                    r.status = first.value(1).toInt();
                    bool ok = false;
                    length = r.header("content-length").toLongLong(&ok);
                    if (!ok)
                        length = 0;
                    r.closed = r.header("connection").toLower() == "close";
                }
            }
            if (headerEnd >= 0 && buffer.size() >= headerEnd + 4 + length) {
                r.body = buffer.mid(headerEnd + 4, length);
                m_pending = buffer.mid(headerEnd + 4 + length);
                return r;
            }
            if (m_socket->state() != QAbstractSocket::ConnectedState && m_socket->bytesAvailable() == 0)
                break;
            if (m_socket->bytesAvailable() == 0)
                m_socket->waitForReadyRead(100);
            buffer += m_socket->readAll();
        }
        r.status = -1;
        return r;
    }

    Response request(const QByteArray &method, const QByteArray &path, const QByteArray &body = {},
                     const QList<QByteArray> &headers = {})
    {
        QByteArray req = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        for (const QByteArray &h : headers)
            req += h + "\r\n";
        if (!body.isEmpty() || method == "POST")
            req += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        req += "\r\n" + body;
        if (!send(req))
            return {};
        return read();
    }

    //! True when the server closed the connection (waits up to the timeout).
    bool waitClosed()
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < m_timeoutMs) {
            if (m_socket->state() == QAbstractSocket::UnconnectedState)
                return true;
            m_socket->waitForReadyRead(100);
            m_socket->readAll();
            if (m_socket->state() == QAbstractSocket::UnconnectedState || !m_socket->isValid())
                return true;
        }
        return false;
    }

private:
    quint16 m_port;
    int m_timeoutMs;
    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_pending;
};

//! `churnlens-cli serve --port 0 …` as a child process.
class Server
{
public:
    ~Server() { kill(); }

    bool start(const QStringList &arguments)
    {
        // The log goes to a file: a test without an event loop reads it at any time, and a chatty
        // service never blocks on a full pipe.
        m_errFile = std::make_unique<QTemporaryFile>();
        if (!m_errFile->open())
            return false;
        m_process.setStandardErrorFile(m_errFile->fileName());
        m_process.setProgram(QStringLiteral(CHURNLENS_CLI));
        m_process.setArguments(QStringList{QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0")} + arguments);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return false;
        QElapsedTimer clock;
        clock.start();
        static const QRegularExpression listening(QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)"));
        while (clock.elapsed() < 60000) {
            m_out += m_process.readAllStandardOutput();
            const QRegularExpressionMatch m = listening.match(QString::fromUtf8(m_out));
            if (m.hasMatch()) {
                port = quint16(m.captured(1).toUInt());
                return true;
            }
            if (m_process.state() != QProcess::Running)
                return false;
            m_process.waitForReadyRead(200);
        }
        return false;
    }

    void signal(int sig) { ::kill(pid_t(m_process.processId()), sig); }

    //! Waits (bounded) for the process to end; its exit code, or -1 (killed, crashed, still running).
    int waitExit(int timeoutMs = 20000)
    {
        if (!m_process.waitForFinished(timeoutMs))
            return -1;
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }

    QString stderrText()
    {
        QFile f(m_errFile ? m_errFile->fileName() : QString());
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    void kill()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }

    quint16 port = 0;

private:
    QProcess m_process;
    QByteArray m_out;
    std::unique_ptr<QTemporaryFile> m_errFile;
};

} // namespace servetest
