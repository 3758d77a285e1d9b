// churnlens-cli serve end to end, over real sockets on 127.0.0.1: every endpoint with good and bad
// requests, malformed JSON fuzzed for a bounded number of tries, the token, the size limits and
// the slow client, the metrics parsed back, the model swapped under load with no failed request,
// and SIGTERM's graceful stop. Plus the constant-time token comparison, in process.
#include "clirun.h"
#include "servetest.h"

#include "data/csvreader.h"
#include "project/projectfile.h"
#include "server/tokencheck.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <random>
#include <thread>

using namespace churnlens;
using namespace servetest;

namespace {

QString defaultModel()
{
    return QStringLiteral(CHURNLENS_SOURCE "/models/default");
}

//! A metric line "name{labels} value" → value, from an exposition text; NaN when absent.
double metric(const QByteArray &text, const QByteArray &nameAndLabels)
{
    for (const QByteArray &line : text.split('\n')) {
        if (line.startsWith(nameAndLabels + ' '))
            return line.mid(nameAndLabels.size() + 1).toDouble();
    }
    return std::nan("");
}

} // namespace

class TestServe : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QJsonArray m_customers; // from tests/data/telco.csv, as a client would send them
    QByteArray m_csv;       // the same customers as CSV

    QByteArray customer(int i) const { return QJsonDocument(m_customers.at(i).toObject()).toJson(QJsonDocument::Compact); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto loaded = CsvReader::read(QStringLiteral(CHURNLENS_TESTDATA "/telco.csv"));
        QVERIFY(loaded);
        const DataTable &t = loaded->table;
        QFile f(QStringLiteral(CHURNLENS_TESTDATA "/telco.csv"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        m_csv = lines.mid(0, 201).join('\n') + '\n';
        for (qsizetype r = 0; r < 200; ++r) {
            QJsonObject o;
            for (int c = 0; c < t.columnCount(); ++c) {
                const Column &col = t.column(c);
                if (col.isMissing(r))
                    o.insert(col.name(), QJsonValue());
                else if (col.isNumericStorage())
                    o.insert(col.name(), col.value(r));
                else
                    o.insert(col.name(), col.text(r));
            }
            m_customers.append(o);
        }
    }

    void tokenComparison()
    {
        QVERIFY(TokenCheck::constantTimeEquals("secret", "secret"));
        QVERIFY(!TokenCheck::constantTimeEquals("secret", "secreT"));
        QVERIFY(!TokenCheck::constantTimeEquals("secret", "secret2"));
        QVERIFY(!TokenCheck::constantTimeEquals("secret", ""));
        QVERIFY(TokenCheck::constantTimeEquals("", ""));
        QVERIFY(!TokenCheck::constantTimeEquals(QByteArrayView("a\0b", 3), QByteArrayView("a\0c", 3)));
        const TokenCheck check = TokenCheck::fromToken("s3cr3t");
        QVERIFY(check.isEnabled());
        QVERIFY(check.accepts("Bearer s3cr3t"));
        QVERIFY(check.accepts("bearer s3cr3t "));
        QVERIFY(!check.accepts("Bearer s3cr3"));
        QVERIFY(!check.accepts("Bearer s3cr3t0"));
        QVERIFY(!check.accepts("s3cr3t"));
        QVERIFY(!check.accepts(""));
        QVERIFY(!check.accepts("Bearer "));
        QVERIFY(TokenCheck().accepts(""));
    }

    void predictAndBatch()
    {
        Server server;
        QVERIFY(server.start({QStringLiteral("--model"), defaultModel(), QStringLiteral("--threads"), QStringLiteral("2")}));
        Client client(server.port);

        const Response one = client.request("POST", "/predict", customer(0), {"Content-Type: application/json"});
        QCOMPARE(one.status, 200);
        const QJsonObject o = one.json().object();
        QCOMPARE(o.value(QStringLiteral("customer_id")).toString(), QStringLiteral("7590-VHVEG"));
        const double p = o.value(QStringLiteral("churn_probability")).toDouble(-1);
        QVERIFY(p > 0.0 && p < 1.0);
        QVERIFY(o.value(QStringLiteral("churn_prediction")).toInt(-1) == 0 || o.value(QStringLiteral("churn_prediction")).toInt(-1) == 1);
        QVERIFY(QStringList({QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high")}).contains(o.value(QStringLiteral("risk_level")).toString()));
        QVERIFY(o.value(QStringLiteral("model_version")).toString().startsWith(QStringLiteral("default@")));
        const QJsonArray factors = o.value(QStringLiteral("top_factors")).toArray();
        QCOMPARE(factors.size(), 3);
        for (const QJsonValue &v : factors) {
            QVERIFY(!v.toObject().value(QStringLiteral("field")).toString().isEmpty());
            QVERIFY(v.toObject().value(QStringLiteral("text")).toString().contains(QStringLiteral("churn risk")));
            QVERIFY(v.toObject().value(QStringLiteral("contribution")).isDouble());
        }

        // The batch answers in order, with the same probabilities as one at a time; CSV gives the same.
        QJsonArray ten;
        for (int i = 0; i < 10; ++i)
            ten.append(m_customers.at(i));
        const Response batch = client.request("POST", "/predict-batch", QJsonDocument(ten).toJson(QJsonDocument::Compact));
        QCOMPARE(batch.status, 200);
        const QJsonArray answers = batch.json().array();
        QCOMPARE(answers.size(), 10);
        QCOMPARE(answers.at(0).toObject().value(QStringLiteral("churn_probability")).toDouble(), p);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(answers.at(i).toObject().value(QStringLiteral("customer_id")).toString(),
                     m_customers.at(i).toObject().value(QStringLiteral("customerID")).toString());
        const Response csv = client.request("POST", "/predict-batch", m_csv, {"Content-Type: text/csv"});
        QCOMPARE(csv.status, 200);
        const QJsonArray csvAnswers = csv.json().array();
        QCOMPARE(csvAnswers.size(), 200);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(csvAnswers.at(i).toObject().value(QStringLiteral("churn_probability")).toDouble(),
                     answers.at(i).toObject().value(QStringLiteral("churn_probability")).toDouble());
        const Response empty = client.request("POST", "/predict-batch", "[]");
        QCOMPARE(empty.status, 200);
        QCOMPARE(empty.body, QByteArray("[]"));

        // A customer with TotalCharges missing (null) is scored with a note saying it was filled in.
        QJsonObject missing = m_customers.at(1).toObject();
        missing.insert(QStringLiteral("TotalCharges"), QJsonValue());
        const Response filled = client.request("POST", "/predict", QJsonDocument(missing).toJson());
        QCOMPARE(filled.status, 200);
        const QJsonArray notes = filled.json().object().value(QStringLiteral("notes")).toArray();
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.at(0).toObject().value(QStringLiteral("field")).toString(), QStringLiteral("TotalCharges"));
        QCOMPARE(notes.at(0).toObject().value(QStringLiteral("problem")).toString(), QStringLiteral("missing_value"));

        const Response health = client.request("GET", "/health");
        QCOMPARE(health.status, 200);
        const QJsonObject h = health.json().object();
        QCOMPARE(h.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(h.value(QStringLiteral("model_loaded")).toBool(), true);
        QCOMPARE(h.value(QStringLiteral("model_version")).toString(), o.value(QStringLiteral("model_version")).toString());
        QVERIFY(h.value(QStringLiteral("uptime_seconds")).toDouble(-1) >= 0.0);
    }

    void badRequests()
    {
        Server server;
        QVERIFY(server.start({QStringLiteral("--model"), defaultModel()}));
        Client client(server.port);

        Response r = client.request("POST", "/predict", "{\"tenure\": 3,");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().object().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_json"));

        QJsonObject c = m_customers.at(0).toObject();
        c.remove(QStringLiteral("tenure"));
        r = client.request("POST", "/predict", QJsonDocument(c).toJson());
        QCOMPARE(r.status, 422);
        QCOMPARE(r.json().object().value(QStringLiteral("error")).toString(), QStringLiteral("missing_field"));
        QCOMPARE(r.json().object().value(QStringLiteral("field")).toString(), QStringLiteral("tenure"));

        c = m_customers.at(0).toObject();
        c.insert(QStringLiteral("MonthlyCharges"), QStringLiteral("a lot"));
        r = client.request("POST", "/predict", QJsonDocument(c).toJson());
        QCOMPARE(r.status, 422);
        QCOMPARE(r.json().object().value(QStringLiteral("error")).toString(), QStringLiteral("wrong_type"));
        QCOMPARE(r.json().object().value(QStringLiteral("field")).toString(), QStringLiteral("MonthlyCharges"));

        c = m_customers.at(0).toObject();
        c.insert(QStringLiteral("Contract"), QJsonObject{{QStringLiteral("x"), 1}});
        r = client.request("POST", "/predict", QJsonDocument(c).toJson());
        QCOMPARE(r.status, 422);
        QCOMPARE(r.json().object().value(QStringLiteral("field")).toString(), QStringLiteral("Contract"));

        c = m_customers.at(0).toObject();
        c.insert(QStringLiteral("Contract"), QStringLiteral("Weekly"));
        r = client.request("POST", "/predict", QJsonDocument(c).toJson());
        QCOMPARE(r.status, 422);
        const QJsonObject unseen = r.json().object();
        QCOMPARE(unseen.value(QStringLiteral("error")).toString(), QStringLiteral("unseen_category"));
        QCOMPARE(unseen.value(QStringLiteral("field")).toString(), QStringLiteral("Contract"));
        QVERIFY(unseen.value(QStringLiteral("problems")).toArray().at(0).toObject().value(QStringLiteral("expected")).toArray()
                    .contains(QStringLiteral("Month-to-month")));
        // A known category in another case is the same category (the model's matching rule).
        c.insert(QStringLiteral("Contract"), QStringLiteral("month-to-month"));
        QCOMPARE(client.request("POST", "/predict", QJsonDocument(c).toJson()).status, 200);

        // A batch names the row of the problem.
        QJsonArray two{m_customers.at(0), m_customers.at(1)};
        QJsonObject bad = m_customers.at(1).toObject();
        bad.insert(QStringLiteral("tenure"), true);
        two.replace(1, bad);
        r = client.request("POST", "/predict-batch", QJsonDocument(two).toJson());
        QCOMPARE(r.status, 422);
        QCOMPARE(r.json().object().value(QStringLiteral("row")).toInt(), 1);
        QCOMPARE(r.json().object().value(QStringLiteral("field")).toString(), QStringLiteral("tenure"));
        r = client.request("POST", "/predict-batch", "[1, 2]");
        QCOMPARE(r.status, 422);
        QCOMPARE(r.json().object().value(QStringLiteral("error")).toString(), QStringLiteral("not_an_object"));

        QCOMPARE(client.request("POST", "/predict", "[]").status, 422);
        QCOMPARE(client.request("POST", "/predict-batch", customer(0)).status, 422);
        QCOMPARE(client.request("POST", "/predict", m_csv, {"Content-Type: text/csv"}).status, 415);
        QCOMPARE(client.request("POST", "/predict-batch", "customerID,tenure\n\"unclosed", {"Content-Type: text/csv"}).status, 400);
        r = client.request("POST", "/predict-batch", "customerID,tenure\nA-1,3\n", {"Content-Type: text/csv"});
        QCOMPARE(r.status, 422);
        QCOMPARE(r.json().object().value(QStringLiteral("error")).toString(), QStringLiteral("missing_field"));
        QCOMPARE(client.request("GET", "/nowhere").status, 404);
        r = client.request("GET", "/predict");
        QCOMPARE(r.status, 405);
        QCOMPARE(r.header("allow"), QByteArray("POST"));
        QCOMPARE(client.request("POST", "/health", "{}").status, 405);
        QCOMPARE(client.request("POST", "/admin/reload").status, 403); // no --token-file

        // Malformed JSON, fuzzed: mutations of a good body never crash the service.
        std::mt19937 random(20240617);
        const QByteArray good = customer(2);
        int answered = 0;
        for (int i = 0; i < 400; ++i) {
            QByteArray body = good;
            const int edits = 1 + int(random() % 4);
            for (int e = 0; e < edits; ++e) {
                const int kind = int(random() % 4);
                const qsizetype at = qsizetype(random() % quint32(body.size() + 1));
                if (kind == 0 && at < body.size())
                    body[at] = char(random() % 256);
                else if (kind == 1)
                    body.insert(at, "{[\"\\,:}]\0"[random() % 9]);
                else if (kind == 2 && at < body.size())
                    body.remove(at, 1 + qsizetype(random() % 8));
                else
                    body.truncate(at);
            }
            const Response fuzzed = client.request("POST", (i % 2) ? "/predict" : "/predict-batch", body);
            QVERIFY2(fuzzed.status == 200 || fuzzed.status == 400 || fuzzed.status == 422,
                     qPrintable(QStringLiteral("try %1: status %2 for %3").arg(i).arg(fuzzed.status).arg(QString::fromLatin1(body.toPercentEncoding()))));
            ++answered;
        }
        QCOMPARE(answered, 400);
        QCOMPARE(client.request("GET", "/health").status, 200);
    }

    void unseenScored()
    {
        Server server;
        QVERIFY(server.start({QStringLiteral("--model"), defaultModel(), QStringLiteral("--unseen"), QStringLiteral("score")}));
        Client client(server.port);
        QJsonObject c = m_customers.at(0).toObject();
        c.insert(QStringLiteral("PaymentMethod"), QStringLiteral("Bitcoin"));
        const Response r = client.request("POST", "/predict", QJsonDocument(c).toJson());
        QCOMPARE(r.status, 200);
        const QJsonArray notes = r.json().object().value(QStringLiteral("notes")).toArray();
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.at(0).toObject().value(QStringLiteral("field")).toString(), QStringLiteral("PaymentMethod"));
        QCOMPARE(notes.at(0).toObject().value(QStringLiteral("problem")).toString(), QStringLiteral("unseen_category"));
    }

    void token()
    {
        const QString tokenFile = m_dir.filePath(QStringLiteral("token"));
        QVERIFY(clitest::write(tokenFile, "  t0ken-for-tests\n"));
        Server server;
        QVERIFY(server.start({QStringLiteral("--model"), defaultModel(), QStringLiteral("--token-file"), tokenFile}));
        Client client(server.port);
        Response r = client.request("POST", "/predict", customer(0));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.header("www-authenticate"), QByteArray("Bearer"));
        QCOMPARE(client.request("POST", "/predict", customer(0), {"Authorization: Bearer wrong"}).status, 401);
        QCOMPARE(client.request("POST", "/predict", customer(0), {"Authorization: Bearer t0ken-for-test"}).status, 401);
        QCOMPARE(client.request("POST", "/predict", customer(0), {"Authorization: Bearer t0ken-for-tests"}).status, 200);
        QCOMPARE(client.request("GET", "/metrics").status, 401);
        QCOMPARE(client.request("GET", "/metrics", {}, {"Authorization: Bearer t0ken-for-tests"}).status, 200);
        QCOMPARE(client.request("GET", "/health").status, 200);
        QCOMPARE(client.request("POST", "/admin/reload").status, 401);
        r = client.request("POST", "/admin/reload", {}, {"Authorization: Bearer t0ken-for-tests"});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().object().value(QStringLiteral("swapped")).toBool(true), false);

        // An empty token file is refused at start.
        QVERIFY(clitest::write(tokenFile, "\n"));
        const clitest::Run refused = clitest::cli({QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"),
                                                   QStringLiteral("--token-file"), tokenFile});
        QCOMPARE(refused.exitCode, 2);
    }

    void limits()
    {
        Server server;
        QVERIFY(server.start({QStringLiteral("--model"), defaultModel(), QStringLiteral("--max-batch"), QStringLiteral("10"),
                              QStringLiteral("--max-body"), QStringLiteral("65536"), QStringLiteral("--request-timeout"),
                              QStringLiteral("400")}));
        QJsonArray eleven;
        for (int i = 0; i < 11; ++i)
            eleven.append(m_customers.at(i));
        {
            Client client(server.port);
            Response r = client.request("POST", "/predict-batch", QJsonDocument(eleven).toJson(QJsonDocument::Compact));
            QCOMPARE(r.status, 413);
            QCOMPARE(r.json().object().value(QStringLiteral("error")).toString(), QStringLiteral("batch_too_large"));
            eleven.removeLast();
            QCOMPARE(client.request("POST", "/predict-batch", QJsonDocument(eleven).toJson(QJsonDocument::Compact)).status, 200);
            const QByteArray csvEleven = m_csv.left(m_csv.indexOf('\n') + 1) + m_csv.split('\n').mid(1, 11).join('\n') + '\n';
            QCOMPARE(client.request("POST", "/predict-batch", csvEleven, {"Content-Type: text/csv"}).status, 413);
        }
        {
            // A body announced over the limit is refused before it is sent; the connection closes.
            Client client(server.port);
            QVERIFY(client.send("POST /predict-batch HTTP/1.1\r\nHost: x\r\nContent-Length: 1000000\r\n\r\n"));
            const Response r = client.read();
            QCOMPARE(r.status, 413);
            QVERIFY(r.closed);
            QVERIFY(client.waitClosed());
        }
        {
            // A body sent over the limit, with a chunked upload that announces no length.
            Client client(server.port);
            QByteArray chunk(8000, ' ');
            QByteArray req = "POST /predict-batch HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n";
            for (int i = 0; i < 12; ++i)
                req += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
            QVERIFY(client.send(req));
            const Response r = client.read();
            QCOMPARE(r.status, 413);
            QVERIFY(client.waitClosed());
        }
        {
            Client client(server.port);
            QVERIFY(client.send("GET /health HTTP/1.1\r\nX-Long: " + QByteArray(20000, 'a') + "\r\n\r\n"));
            QCOMPARE(client.read().status, 431);
        }
        {
            // A slow client: half a request, then nothing. Answered 408 and closed after the request timeout.
            Client client(server.port);
            QVERIFY(client.send("POST /predict HTTP/1.1\r\nHost: x\r\nContent-Length: 500\r\n\r\n{\"gender\""));
            const Response r = client.read();
            QCOMPARE(r.status, 408);
            QVERIFY(client.waitClosed());
        }
        Client after(server.port);
        QCOMPARE(after.request("GET", "/health").status, 200);
        const QByteArray metrics = after.request("GET", "/metrics").body;
        QCOMPARE(metric(metrics, "churnlens_http_errors_total{endpoint=\"/predict-batch\",status=\"413\"}"), 4.0);
        QCOMPARE(metric(metrics, "churnlens_http_errors_total{endpoint=\"/predict\",status=\"408\"}"), 1.0);
        QCOMPARE(metric(metrics, "churnlens_http_errors_total{endpoint=\"/health\",status=\"431\"}"), 1.0);
    }

    void metricsFormat()
    {
        Server server;
        QVERIFY(server.start({QStringLiteral("--model"), defaultModel()}));
        Client client(server.port);
        const QByteArray before = client.request("GET", "/metrics").body;
        for (int i = 0; i < 7; ++i)
            QCOMPARE(client.request("POST", "/predict", customer(i)).status, 200);
        QCOMPARE(client.request("POST", "/predict", "{").status, 400);
        const Response r = client.request("GET", "/metrics");
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("content-type").startsWith("text/plain; version=0.0.4"));

        // Every line is a comment (HELP/TYPE) or a sample: name{label="value",…} number.
        static const QRegularExpression sample(QStringLiteral("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{([a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\]|\\\\.)*\",?)*\\})? (\\S+)$"));
        static const QRegularExpression comment(QStringLiteral("^# (HELP|TYPE) ([a-zA-Z_:][a-zA-Z0-9_:]*) .+$"));
        QSet<QString> typed;
        int samples = 0;
        for (const QByteArray &line : r.body.split('\n')) {
            if (line.isEmpty())
                continue;
            const QString text = QString::fromUtf8(line);
            if (text.startsWith(QLatin1Char('#'))) {
                const QRegularExpressionMatch m = comment.match(text);
                QVERIFY2(m.hasMatch(), line.constData());
                if (m.captured(1) == QLatin1String("TYPE"))
                    typed.insert(m.captured(2));
                continue;
            }
            const QRegularExpressionMatch m = sample.match(text);
            QVERIFY2(m.hasMatch(), line.constData());
            bool ok = false;
            const QString value = m.captured(4);
            value.toDouble(&ok);
            QVERIFY2(ok || value == QLatin1String("+Inf"), line.constData());
            QString family = m.captured(1);
            for (const char *suffix : {"_bucket", "_sum", "_count"}) {
                if (family.endsWith(QLatin1String(suffix)) && !typed.contains(family))
                    family.chop(int(qstrlen(suffix)));
            }
            QVERIFY2(typed.contains(family), line.constData());
            ++samples;
        }
        QVERIFY(samples > 30);

        const QByteArray &after = r.body;
        const QByteArray ok = "churnlens_http_requests_total{endpoint=\"/predict\",status=\"200\"}";
        QCOMPARE(metric(after, ok) - metric(before, ok), 7.0);
        QCOMPARE(metric(after, "churnlens_http_errors_total{endpoint=\"/predict\",status=\"400\"}"), 1.0);
        QCOMPARE(metric(after, "churnlens_http_request_duration_seconds_count{endpoint=\"/predict\"}"), 8.0);
        QCOMPARE(metric(after, "churnlens_http_request_duration_seconds_bucket{endpoint=\"/predict\",le=\"+Inf\"}"), 8.0);
        QVERIFY(metric(after, "churnlens_http_request_duration_seconds_sum{endpoint=\"/predict\"}") > 0.0);
        double previous = 0.0;
        for (const QByteArray &line : after.split('\n')) {
            if (!line.startsWith("churnlens_http_request_duration_seconds_bucket{endpoint=\"/predict\""))
                continue;
            const double v = line.mid(line.lastIndexOf(' ') + 1).toDouble();
            QVERIFY(v >= previous);
            previous = v;
        }
        double predicted = 0.0;
        QString version;
        static const QRegularExpression byRisk(QStringLiteral("^churnlens_predictions_total\\{model_version=\"([^\"]+)\",risk_level=\"(low|medium|high)\"\\} (\\d+)$"));
        for (const QByteArray &line : after.split('\n')) {
            const QRegularExpressionMatch m = byRisk.match(QString::fromUtf8(line));
            if (m.hasMatch()) {
                predicted += m.captured(3).toDouble();
                version = m.captured(1);
            }
        }
        QCOMPARE(predicted, 7.0);
        QVERIFY(version.startsWith(QStringLiteral("default@")));
        QCOMPARE(metric(after, "churnlens_model_info{model_version=\"" + version.toUtf8() + "\",source=\""
                                   + QFileInfo(defaultModel()).absoluteFilePath().toUtf8() + "\",threshold=\"0.3005876839160919\"}"), 1.0);
        QVERIFY(metric(after, "process_resident_memory_bytes") > 1e6);
        QCOMPARE(metric(after, "churnlens_model_swaps_total"), 0.0);
    }

    void hotSwapUnderLoad()
    {
        const QString project = m_dir.filePath(QStringLiteral("swap.churnlens"));
        QVERIFY(ProjectFile::create(project));
        for (int i = 0; i < 2; ++i) {
            const clitest::Run imported = clitest::cli({QStringLiteral("model-import"), project, defaultModel(), QStringLiteral("--reason"),
                                                        QStringLiteral("serve test")});
            QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        }
        Server server;
        QVERIFY(server.start({QStringLiteral("--project"), project, QStringLiteral("--poll"), QStringLiteral("50"), QStringLiteral("--threads"),
                              QStringLiteral("2"), QStringLiteral("--log-json")}));

        // A client sends predictions without pause while v2 is promoted in the project.
        std::atomic<bool> stop{false};
        std::atomic<int> sent{0};
        std::atomic<int> failed{0};
        QStringList versions;
        const QByteArray body = customer(3);
        std::thread load([&] {
            Client client(server.port);
            for (int i = 0; i < 200000 && !stop.load(); ++i) {
                const Response r = client.request("POST", "/predict", body);
                if (r.status != 200) {
                    ++failed;
                    continue;
                }
                const QString v = r.json().object().value(QStringLiteral("model_version")).toString();
                if (versions.isEmpty() || versions.last() != v)
                    versions.append(v);
                ++sent;
            }
        });
        QElapsedTimer clock;
        clock.start();
        while (sent.load() < 200 && clock.elapsed() < 30000)
            QThread::msleep(10);
        const clitest::Run promoted = clitest::cli({QStringLiteral("promote"), project, QStringLiteral("v2"), QStringLiteral("--reason"),
                                                    QStringLiteral("serve test swap")});
        QVERIFY2(promoted.exitCode == 0, qPrintable(promoted.err));
        // Until the switch shows in /metrics, then a few hundred more requests on the new model.
        Client watcher(server.port);
        clock.restart();
        while (clock.elapsed() < 30000) {
            const QByteArray m = watcher.request("GET", "/metrics").body;
            if (metric(m, "churnlens_model_swaps_total") == 1.0)
                break;
            QThread::msleep(20);
        }
        const int atSwap = sent.load();
        clock.restart();
        while (sent.load() < atSwap + 300 && clock.elapsed() < 30000)
            QThread::msleep(10);
        stop = true;
        load.join();

        QCOMPARE(failed.load(), 0);
        QVERIFY(sent.load() >= atSwap + 300);
        QCOMPARE(versions, (QStringList{QStringLiteral("v1"), QStringLiteral("v2")}));
        const QByteArray m = watcher.request("GET", "/metrics").body;
        QCOMPARE(metric(m, "churnlens_model_swaps_total"), 1.0);
        QVERIFY(m.contains("churnlens_model_info{model_version=\"v2\""));
        QVERIFY(metric(m, "churnlens_predictions_total{model_version=\"v1\",risk_level=\"low\"}")
                    + metric(m, "churnlens_predictions_total{model_version=\"v1\",risk_level=\"medium\"}")
                    + metric(m, "churnlens_predictions_total{model_version=\"v1\",risk_level=\"high\"}") >= 200);
        QCOMPARE(watcher.request("GET", "/health").json().object().value(QStringLiteral("model_version")).toString(), QStringLiteral("v2"));

        // SIGHUP reloads: the champion is unchanged, so nothing is swapped, and the log says so.
        server.signal(SIGHUP);
        clock.restart();
        while (!server.stderrText().contains(QLatin1String("reload_unchanged")) && clock.elapsed() < 20000)
            QThread::msleep(20);
        const QString log = server.stderrText();
        QVERIFY(log.contains(QLatin1String("\"event\":\"reload_unchanged\"")));
        // The switch is in the log as one JSON line.
        bool swapLogged = false;
        for (const QString &line : log.split(QLatin1Char('\n'))) {
            const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
            if (o.value(QStringLiteral("event")).toString() == QLatin1String("model_swapped")) {
                QCOMPARE(o.value(QStringLiteral("previous_version")).toString(), QStringLiteral("v1"));
                QCOMPARE(o.value(QStringLiteral("model_version")).toString(), QStringLiteral("v2"));
                swapLogged = true;
            }
        }
        QVERIFY(swapLogged);
    }

    void gracefulStop()
    {
        Server server;
        QVERIFY(server.start({QStringLiteral("--model"), defaultModel(), QStringLiteral("--log-requests")}));
        Client idle(server.port);
        QCOMPARE(idle.request("GET", "/health").status, 200);
        // A request under way when SIGTERM arrives: headers sent, body not yet.
        Client busy(server.port);
        const QByteArray body = customer(4);
        QVERIFY(busy.send("POST /predict HTTP/1.1\r\nHost: x\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n"));
        QThread::msleep(100);
        server.signal(SIGTERM);
        QThread::msleep(200);
        // It still gets its answer, told the connection closes; the idle one is closed.
        QVERIFY(busy.send(body));
        const Response r = busy.read();
        QCOMPARE(r.status, 200);
        QVERIFY(r.closed);
        QVERIFY(idle.waitClosed());
        QCOMPARE(server.waitExit(), 0);
        const QString log = server.stderrText();
        QVERIFY2(log.contains(QLatin1String("stopping (SIGTERM)")), qPrintable(log));
        QVERIFY2(log.contains(QLatin1String("stopped after 1 requests")), qPrintable(log));
        QVERIFY(log.contains(QLatin1String("\"path\":\"/predict\"")));
        // And nobody else is let in.
        Client late(server.port, 2000);
        QVERIFY(!late.connect() || late.request("GET", "/health").status == -1);
    }
};

QTEST_GUILESS_MAIN(TestServe)
#include "tst_serve.moc"
