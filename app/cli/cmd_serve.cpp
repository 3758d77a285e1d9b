// churnlens-cli serve: the scoring service. POST /predict, POST /predict-batch, GET /health,
// GET /metrics, POST /admin/reload; the model swapped without downtime on SIGHUP, on the admin
// call, or when the project's champion changes; SIGTERM drains and stops.
#include "cliproject.h"
#include "cliutil.h"
#include "servehttp.h"

#include "ml/modellocator.h"
#include "server/modelreloader.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QThread>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace churnlens::cli {
namespace {

int g_signalPipe[2] = {-1, -1};

void onServeSignal(int signal)
{
    const char c = char(signal);
    [[maybe_unused]] const ssize_t n = ::write(g_signalPipe[1], &c, 1);
}

bool optionMs(const QCommandLineParser &p, const QString &name, int *out, const QString &command, int *code)
{
    qint64 v = *out; // the default, unless the option is given
    if (!optionInt(p, name, &v, command, code))
        return false;
    if (v < 1 || v > 3600000) {
        *code = usageError(command, Tr::tr("--%1 must be between 1 and 3600000 milliseconds").arg(name));
        return false;
    }
    *out = int(v);
    return true;
}

int runServe(const QStringList &arguments)
{
    const QString command = QStringLiteral("serve");
    QCommandLineParser p;
    addModelOption(p);
    addProjectOption(p, Tr::tr("Serve this project's champion, and switch to a new champion as soon as one is promoted."));
    p.addOption({QStringLiteral("host"), Tr::tr("Address to listen on (default 127.0.0.1: this machine only)."), QStringLiteral("ADDRESS"),
                 QStringLiteral("127.0.0.1")});
    p.addOption({QStringLiteral("port"), Tr::tr("Port (default 8080; 0 = any free port, printed at start)."), QStringLiteral("PORT"),
                 QStringLiteral("8080")});
    p.addOption({QStringLiteral("threads"), Tr::tr("Worker threads answering requests (default: one per core)."), QStringLiteral("N"),
                 QStringLiteral("0")});
    p.addOption({QStringLiteral("token-file"), Tr::tr("Require \"Authorization: Bearer TOKEN\" with the token on the first line of FILE "
                                                      "(all endpoints but /health); enables POST /admin/reload."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("max-batch"), Tr::tr("Most customers in one /predict-batch request (default 10000)."), QStringLiteral("N"),
                 QStringLiteral("10000")});
    p.addOption({QStringLiteral("max-body"), Tr::tr("Largest request body in bytes (default 33554432)."), QStringLiteral("BYTES"),
                 QStringLiteral("33554432")});
    p.addOption({QStringLiteral("factors"), Tr::tr("Top factors per customer (default 3; 0 = none, faster)."), QStringLiteral("N"),
                 QStringLiteral("3")});
    p.addOption({QStringLiteral("unseen"), Tr::tr("A category the model has never seen: \"reject\" (422, the default) or \"score\" "
                                                  "(scored by the model's rule, noted in the answer)."),
                 QStringLiteral("MODE"), QStringLiteral("reject")});
    p.addOption({QStringLiteral("request-timeout"), Tr::tr("Milliseconds a client has to send a whole request (default 10000)."),
                 QStringLiteral("MS"), QStringLiteral("10000")});
    p.addOption({QStringLiteral("idle-timeout"), Tr::tr("Milliseconds a kept-alive connection may stay idle (default 30000)."),
                 QStringLiteral("MS"), QStringLiteral("30000")});
    p.addOption({QStringLiteral("poll"), Tr::tr("With --project: milliseconds between checks for a new champion (default 1000)."),
                 QStringLiteral("MS"), QStringLiteral("1000")});
    p.addOption({QStringLiteral("log-json"), Tr::tr("Log events as JSON lines on stderr (instead of text).")});
    p.addOption({QStringLiteral("log-requests"), Tr::tr("Also log every request as one JSON line on stderr.")});
    if (const int code = parseCommand(p, command, Tr::tr("Serve churn predictions over HTTP (JSON): POST /predict, POST /predict-batch, "
                                                         "GET /health, GET /metrics (Prometheus), POST /admin/reload."),
                                      arguments, 0, 0); code >= 0)
        return code;
    if (p.isSet(QStringLiteral("model")) && p.isSet(QStringLiteral("project")))
        return usageError(command, Tr::tr("use --model or --project, not both"));

    int code = ExitOk;
    qint64 port = 8080, threads = 0, maxBatch = 10000, maxBody = qint64(32) << 20, factors = 3;
    ServeSettings settings;
    int pollMs = 1000;
    if (!optionInt(p, QStringLiteral("port"), &port, command, &code) || !optionInt(p, QStringLiteral("threads"), &threads, command, &code)
        || !optionInt(p, QStringLiteral("max-batch"), &maxBatch, command, &code)
        || !optionInt(p, QStringLiteral("max-body"), &maxBody, command, &code)
        || !optionInt(p, QStringLiteral("factors"), &factors, command, &code)
        || !optionMs(p, QStringLiteral("request-timeout"), &settings.requestTimeoutMs, command, &code)
        || !optionMs(p, QStringLiteral("idle-timeout"), &settings.idleTimeoutMs, command, &code)
        || !optionMs(p, QStringLiteral("poll"), &pollMs, command, &code))
        return code;
    if (port < 0 || port > 65535)
        return usageError(command, Tr::tr("--port must be between 0 and 65535"));
    const int cores = std::max(1, QThread::idealThreadCount());
    if (threads < 0 || threads > 64 * cores)
        return usageError(command, Tr::tr("--threads must be between 0 (one per core) and %1").arg(64 * cores));
    if (maxBatch < 1 || maxBatch > 10000000)
        return usageError(command, Tr::tr("--max-batch must be between 1 and 10000000"));
    if (maxBody < 1024 || maxBody > (qint64(4) << 30))
        return usageError(command, Tr::tr("--max-body must be between 1024 and 4294967296 bytes"));
    if (factors < 0 || factors > 50)
        return usageError(command, Tr::tr("--factors must be between 0 and 50"));
    const QString unseen = p.value(QStringLiteral("unseen"));
    if (unseen != QLatin1String("reject") && unseen != QLatin1String("score"))
        return usageError(command, Tr::tr("--unseen must be \"reject\" or \"score\""));
    QHostAddress host;
    const QString hostText = p.value(QStringLiteral("host"));
    if (hostText == QLatin1String("localhost"))
        host = QHostAddress(QHostAddress::LocalHost);
    else if (!host.setAddress(hostText))
        return usageError(command, Tr::tr("--host must be an IP address, such as 127.0.0.1 or 0.0.0.0, not \"%1\"").arg(hostText));
    settings.maxBatch = int(maxBatch);
    settings.maxBodyBytes = maxBody;
    settings.reader.unseen = unseen == QLatin1String("score") ? CustomerReader::UnseenCategories::Score
                                                              : CustomerReader::UnseenCategories::Reject;

    ServiceLog log(p.isSet(QStringLiteral("log-json")), p.isSet(QStringLiteral("log-requests")));
    ServiceMetrics metrics;
    ModelHolder holder;
    ServeShared shared;
    shared.settings = settings;
    shared.holder = &holder;
    shared.metrics = &metrics;
    shared.log = &log;
    if (p.isSet(QStringLiteral("token-file"))) {
        auto token = TokenCheck::fromFile(p.value(QStringLiteral("token-file")));
        if (!token)
            return fail(token.error());
        shared.token = *token;
    }

    ModelSource source = ModelSource::folder(QString());
    if (p.isSet(QStringLiteral("project"))) {
        source = ModelSource::project(p.value(QStringLiteral("project")));
    } else {
        const QString directory = modelDirectory(p, command, &code);
        if (directory.isEmpty())
            return code;
        source = ModelSource::folder(directory);
    }
    ModelReloader reloader(std::move(source), &holder, &metrics, &log, int(factors));
    shared.reloader = &reloader;
    auto first = reloader.start();
    if (!first)
        return fail(first.error());

    // Listening sockets first (a busy port is an error before any thread starts), one per worker.
    const int workerCount = threads == 0 ? cores : int(threads);
    std::vector<int> descriptors;
    quint16 boundPort = quint16(port);
    for (int i = 0; i < workerCount; ++i) {
        QString error;
        const int fd = openListener(host, boundPort, &error, &boundPort);
        if (fd < 0) {
            for (int d : descriptors)
                ::close(d);
            return fail(Error::make(ErrorCode::Io, Tr::tr("Cannot listen on %1:%2: %3.").arg(host.toString()).arg(boundPort).arg(error),
                                    QString(), Tr::tr("Choose another --port, or stop the program that uses it.")));
        }
        descriptors.push_back(fd);
    }

    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_signalPipe) != 0)
        return fail(Error::make(ErrorCode::Io, Tr::tr("Cannot set up signal handling.")));
    QSocketNotifier signalNotifier(g_signalPipe[0], QSocketNotifier::Read);
    std::signal(SIGPIPE, SIG_IGN);
    std::signal(SIGTERM, onServeSignal);
    std::signal(SIGINT, onServeSignal);
    std::signal(SIGHUP, onServeSignal);

    std::vector<std::unique_ptr<QThread>> threadsList;
    std::vector<HttpWorker *> workers;
    int drained = 0;
    for (int i = 0; i < workerCount; ++i) {
        auto thread = std::make_unique<QThread>();
        thread->setObjectName(QStringLiteral("serve-%1").arg(i));
        auto *worker = new HttpWorker(&shared);
        worker->moveToThread(thread.get());
        QObject::connect(thread.get(), &QThread::finished, worker, &QObject::deleteLater);
        QObject::connect(worker, &HttpWorker::drained, qApp, [&drained, workerCount] {
            if (++drained == workerCount)
                QCoreApplication::quit();
        }, Qt::QueuedConnection);
        thread->start();
        bool ok = false;
        const int fd = descriptors[size_t(i)];
        QMetaObject::invokeMethod(worker, [worker, fd, &ok] { ok = worker->listenOn(fd); }, Qt::BlockingQueuedConnection);
        if (!ok) {
            log.event(QStringLiteral("error"), Tr::tr("worker %1 could not take its listening socket").arg(i));
            return ExitIo;
        }
        workers.push_back(worker);
        threadsList.push_back(std::move(thread));
    }

    QTimer poll;
    if (reloader.source().isProject()) {
        QObject::connect(&poll, &QTimer::timeout, [&reloader] { reloader.poll(); });
        poll.start(pollMs);
    }
    bool stopping = false;
    QObject::connect(&signalNotifier, &QSocketNotifier::activated, [&] {
        char c = 0;
        if (::read(g_signalPipe[0], &c, 1) != 1)
            return;
        if (c == SIGHUP) {
            (void)reloader.reload(QStringLiteral("SIGHUP"));
            return;
        }
        if (stopping)
            return;
        stopping = true;
        poll.stop();
        log.event(QStringLiteral("stopping"), Tr::tr("stopping (%1): no new connections; requests under way finish")
                                                  .arg(QLatin1String(c == SIGINT ? "SIGINT" : "SIGTERM")));
        for (HttpWorker *w : workers)
            QMetaObject::invokeMethod(w, &HttpWorker::stop, Qt::QueuedConnection);
    });

    const QString url = QStringLiteral("http://%1:%2")
                            .arg(host.protocol() == QAbstractSocket::IPv6Protocol ? QLatin1Char('[') + host.toString() + QLatin1Char(']')
                                                                                  : host.toString())
                            .arg(boundPort);
    log.event(QStringLiteral("listening"),
              Tr::tr("listening on %1 with model %2 (%3), %4 worker threads").arg(url, (*first)->version(), (*first)->source()).arg(workerCount),
              {{QStringLiteral("url"), url}, {QStringLiteral("port"), int(boundPort)}, {QStringLiteral("model_version"), (*first)->version()},
               {QStringLiteral("threads"), workerCount}});
    if (!host.isLoopback())
        log.event(QStringLiteral("warning"), shared.token.isEnabled()
                      ? Tr::tr("listening beyond this machine (%1): requests need the token").arg(host.toString())
                      : Tr::tr("listening beyond this machine (%1) without --token-file: anyone who reaches it can score").arg(host.toString()));
    // The address on stdout, for scripts and tests that start the service on port 0.
    printOut(QStringLiteral("listening on %1\n").arg(url));

    QCoreApplication::exec();

    for (auto &t : threadsList) {
        t->quit();
        t->wait();
    }
    std::signal(SIGTERM, SIG_DFL);
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGHUP, SIG_DFL);
    log.event(QStringLiteral("stopped"), Tr::tr("stopped after %1 requests").arg(metrics.requests(ServiceMetrics::Endpoint::Predict)
                                                                                  + metrics.requests(ServiceMetrics::Endpoint::PredictBatch)),
              {{QStringLiteral("predict_requests"), double(metrics.requests(ServiceMetrics::Endpoint::Predict))},
               {QStringLiteral("predict_batch_requests"), double(metrics.requests(ServiceMetrics::Endpoint::PredictBatch))}});
    return ExitOk;
}

const CommandRegistration registration("serve", "Serve predictions over HTTP: /predict, /predict-batch, /health, /metrics", runServe);

} // namespace
} // namespace churnlens::cli
