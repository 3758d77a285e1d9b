// churnlens-cli serve: the routes. Each request is answered on its worker's thread: read the
// customers, score them on the model of the moment, write the answer in one piece.
#include "connectionguard.h"
#include "servehttp.h"

#include "data/csvreader.h"
#include "server/predictionjson.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

#include <chrono>

namespace churnlens::cli {

namespace {

using Endpoint = ServiceMetrics::Endpoint;

struct Answer
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QByteArray extraHeaders; //!< full lines, each ending in \r\n
    qsizetype rows = 0;      //!< customers scored
    QString modelVersion;
};

const char *reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 413: return "Payload Too Large";
    case 415: return "Unsupported Media Type";
    case 422: return "Unprocessable Entity";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

Answer error(int status, const QString &code, const QString &message, QJsonObject more = {})
{
    more.insert(QStringLiteral("error"), code);
    more.insert(QStringLiteral("message"), message);
    Answer a;
    a.status = status;
    a.body = QJsonDocument(more).toJson(QJsonDocument::Compact);
    return a;
}

Answer problems(const QList<FieldProblem> &list)
{
    QJsonArray items;
    for (const FieldProblem &p : list)
        items.append(p.toJson());
    const FieldProblem &first = list.first();
    return error(422, first.kindName(), first.message,
                 {{QStringLiteral("field"), first.field.isEmpty() ? QJsonValue() : QJsonValue(first.field)},
                  {QStringLiteral("row"), double(first.row)},
                  {QStringLiteral("problems"), items}});
}

Answer invalidJson(const QJsonParseError &e)
{
    return error(400, QStringLiteral("invalid_json"),
                 Tr::tr("The body is not valid JSON: %1 at character %2.").arg(e.errorString()).arg(e.offset));
}

//! Scores \a batch and writes the answers: one object (\a single) or an array.
Answer scoreBatch(const ServingModel &model, const CustomerBatch &batch, bool single)
{
    auto scored = model.score(batch.table);
    if (!scored)
        return error(500, QStringLiteral("scoring_failed"), scored.error().toString());
    Answer a;
    a.rows = qsizetype(scored->size());
    a.modelVersion = model.version();
    a.body.reserve(single ? 640 : 600 * qsizetype(scored->size()) + 2);
    if (!single)
        a.body += '[';
    std::array<uint64_t, 3> byRisk{};
    for (size_t r = 0; r < scored->size(); ++r) {
        if (r > 0)
            a.body += ',';
        const ServedPrediction &p = (*scored)[r];
        ++byRisk[size_t(p.risk)];
        PredictionJson::append(a.body, batch.ids.value(qsizetype(r)), p, model.version(), batch.notes[r]);
    }
    if (!single)
        a.body += ']';
    for (size_t i = 0; i < 3; ++i) {
        if (byRisk[i] > 0)
            model.predictedByRisk[i].fetch_add(byRisk[i], std::memory_order_relaxed);
    }
    return a;
}

} // namespace

bool HttpWorker::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const auto started = std::chrono::steady_clock::now();
    if (ConnectionGuard *guard = ConnectionGuard::of(socket))
        guard->completed();
    const QString path = request.url().path();
    const QHttpServerRequest::Method method = request.method();
    const ServeSettings &settings = m_shared->settings;

    Endpoint endpoint = Endpoint::Other;
    if (path == QLatin1String("/predict"))
        endpoint = Endpoint::Predict;
    else if (path == QLatin1String("/predict-batch"))
        endpoint = Endpoint::PredictBatch;
    else if (path == QLatin1String("/health"))
        endpoint = Endpoint::Health;
    else if (path == QLatin1String("/metrics"))
        endpoint = Endpoint::Metrics;
    else if (path == QLatin1String("/admin/reload"))
        endpoint = Endpoint::Reload;

    const bool post = method == QHttpServerRequest::Method::Post;
    const bool get = method == QHttpServerRequest::Method::Get || method == QHttpServerRequest::Method::Head;
    const bool wantsPost = endpoint == Endpoint::Predict || endpoint == Endpoint::PredictBatch || endpoint == Endpoint::Reload;
    Answer a;
    if (endpoint == Endpoint::Other) {
        a = error(404, QStringLiteral("not_found"),
                  Tr::tr("No such endpoint: %1. The service answers POST /predict, POST /predict-batch, GET /health, "
                         "GET /metrics and POST /admin/reload.").arg(path.left(200)));
    } else if (wantsPost ? !post : !get) {
        a = error(405, QStringLiteral("method_not_allowed"), Tr::tr("%1 takes %2.").arg(path, QLatin1String(wantsPost ? "POST" : "GET")));
        a.extraHeaders = wantsPost ? "Allow: POST\r\n" : "Allow: GET, HEAD\r\n";
    } else if (endpoint == Endpoint::Reload && !m_shared->token.isEnabled()) {
        a = error(403, QStringLiteral("reload_disabled"),
                  Tr::tr("POST /admin/reload needs a token: start the service with --token-file (or send it SIGHUP)."));
    } else if (endpoint != Endpoint::Health && !m_shared->token.accepts(request.value("authorization"))) {
        a = error(401, QStringLiteral("unauthorized"), Tr::tr("A valid token is required: send \"Authorization: Bearer <token>\"."));
        a.extraHeaders = "WWW-Authenticate: Bearer\r\n";
    } else if (endpoint == Endpoint::Health) {
        const std::shared_ptr<const ServingModel> model = m_shared->holder->current();
        QJsonObject o{{QStringLiteral("status"), model ? QStringLiteral("ok") : QStringLiteral("unavailable")},
                      {QStringLiteral("model_loaded"), bool(model)},
                      {QStringLiteral("uptime_seconds"), m_shared->metrics->uptimeSeconds()}};
        if (model) {
            o.insert(QStringLiteral("model_version"), model->version());
            o.insert(QStringLiteral("model_source"), model->source());
            o.insert(QStringLiteral("threshold"), model->threshold());
            a.modelVersion = model->version();
        }
        a.status = model ? 200 : 503;
        a.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    } else if (endpoint == Endpoint::Metrics) {
        a.body = m_shared->metrics->exposition();
        a.contentType = "text/plain; version=0.0.4; charset=utf-8";
    } else if (endpoint == Endpoint::Reload) {
        auto outcome = m_shared->reloader->reload(QStringLiteral("POST /admin/reload"));
        if (!outcome) {
            const std::shared_ptr<const ServingModel> model = m_shared->holder->current();
            a = error(500, QStringLiteral("reload_failed"), outcome.error().toString(),
                      {{QStringLiteral("model_version"), model ? model->version() : QString()}});
        } else {
            a.body = QJsonDocument(QJsonObject{{QStringLiteral("swapped"), outcome->swapped},
                                               {QStringLiteral("previous_version"), outcome->previous},
                                               {QStringLiteral("model_version"), outcome->current}})
                         .toJson(QJsonDocument::Compact);
            a.modelVersion = outcome->current;
        }
    } else {
        // A request keeps the model it started with, whatever is swapped in meanwhile.
        const std::shared_ptr<const ServingModel> model = m_shared->holder->current();
        const QByteArray contentType = request.value("content-type").toLower();
        const bool csv = contentType.startsWith("text/csv");
        if (!model) {
            a = error(503, QStringLiteral("no_model"), Tr::tr("No model is loaded."));
        } else if (endpoint == Endpoint::Predict && csv) {
            a = error(415, QStringLiteral("unsupported_media_type"),
                      Tr::tr("POST /predict takes one customer as a JSON object; send CSV to /predict-batch."));
        } else {
            const CustomerReader reader(*model, settings.reader);
            const QByteArray body = request.body();
            if (csv) {
                auto table = CsvReader::readBytes(body, QStringLiteral("request"));
                if (!table) {
                    a = error(400, QStringLiteral("invalid_csv"), table.error().toString());
                } else if (table->table.rowCount() > settings.maxBatch) {
                    a = error(413, QStringLiteral("batch_too_large"),
                              Tr::tr("%1 customers in one request; the limit is %2 (--max-batch).").arg(table->table.rowCount()).arg(settings.maxBatch));
                } else if (auto batch = reader.fromTable(table->table); !batch) {
                    a = problems(batch.error());
                } else {
                    a = scoreBatch(*model, *batch, false);
                }
            } else {
                QJsonParseError parseError;
                const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
                if (parseError.error != QJsonParseError::NoError) {
                    a = invalidJson(parseError);
                } else if (endpoint == Endpoint::Predict) {
                    if (!doc.isObject()) {
                        a = error(422, QStringLiteral("not_an_object"),
                                  Tr::tr("POST /predict takes one customer as a JSON object; send arrays to /predict-batch."));
                    } else if (auto batch = reader.fromObject(doc.object()); !batch) {
                        a = problems(batch.error());
                    } else {
                        a = scoreBatch(*model, *batch, true);
                    }
                } else if (!doc.isArray()) {
                    a = error(422, QStringLiteral("not_an_array"), Tr::tr("POST /predict-batch takes a JSON array of customers (or CSV with Content-Type: text/csv)."));
                } else if (doc.array().size() > settings.maxBatch) {
                    a = error(413, QStringLiteral("batch_too_large"),
                              Tr::tr("%1 customers in one request; the limit is %2 (--max-batch).").arg(doc.array().size()).arg(settings.maxBatch));
                } else if (auto batch = reader.fromArray(doc.array()); !batch) {
                    a = problems(batch.error());
                } else {
                    a = scoreBatch(*model, *batch, false);
                }
            }
        }
    }

    const bool close = m_stopping || request.value("connection").toLower() == "close";
    QByteArray response;
    response.reserve(a.body.size() + 160);
    response += "HTTP/1.1 " + QByteArray::number(a.status) + ' ' + reasonPhrase(a.status) + "\r\nContent-Type: " + a.contentType
                + "\r\nContent-Length: " + QByteArray::number(a.body.size()) + "\r\n" + a.extraHeaders
                + (close ? "Connection: close\r\n\r\n" : "\r\n");
    if (method != QHttpServerRequest::Method::Head)
        response += a.body;
    socket->write(response);
    if (close)
        socket->disconnectFromHost();

    const qint64 ns = std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - started).count();
    m_shared->metrics->recordRequest(endpoint, a.status, ns);
    if (m_shared->log->logsRequests()) {
        QJsonObject fields{{QStringLiteral("method"), post ? QStringLiteral("POST") : get ? QStringLiteral("GET") : QStringLiteral("OTHER")},
                           {QStringLiteral("path"), path.left(200)},
                           {QStringLiteral("status"), a.status},
                           {QStringLiteral("ms"), double(ns) / 1e6},
                           {QStringLiteral("bytes"), double(a.body.size())},
                           {QStringLiteral("remote"), request.remoteAddress().toString()}};
        if (a.rows > 0)
            fields.insert(QStringLiteral("rows"), double(a.rows));
        if (!a.modelVersion.isEmpty())
            fields.insert(QStringLiteral("model_version"), a.modelVersion);
        if (a.status >= 400)
            fields.insert(QStringLiteral("error"), QString::fromUtf8(a.body.left(300)));
        m_shared->log->request(fields);
    }
    return true;
}

void HttpWorker::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    // handleRequest() answers every request; kept for the interface.
    socket->disconnectFromHost();
}

} // namespace churnlens::cli
