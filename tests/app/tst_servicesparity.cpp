// The CLI and the GUI run one pipeline: the same customer file and model through
// churnlens-cli (a separate process) and through the services the GUI's workers call
// (LoadService, ScoringService, SampleExplanation, CampaignService, CampaignPlanner as the
// campaign panel builds it, ExportService) give the same importance, warnings, probabilities,
// risk levels and exported bytes — to the last digit.
#include "data/datasource.h"
#include "explain/sampleexplanation.h"
#include "export/exportlog.h"
#include "ml/modelbundle.h"
#include "score/campaignplanner.h"
#include "services/campaignservice.h"
#include "services/exportservice.h"
#include "services/loadservice.h"
#include "services/scoringservice.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace churnlens;

namespace {

const QString TelcoPath = QStringLiteral(CHURNLENS_TESTDATA "/telco.csv");
const QString ModelPath = QStringLiteral(CHURNLENS_MODELS "/default");

QJsonObject cli(const QStringList &arguments)
{
    QProcess p;
    p.start(QStringLiteral(CHURNLENS_CLI), arguments + QStringList{QStringLiteral("--json"), QStringLiteral("--quiet")});
    if (!p.waitForFinished(300000)) {
        p.kill();
        p.waitForFinished();
        qWarning("churnlens-cli did not finish");
        return {};
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("churnlens-cli %s failed: %s", qPrintable(arguments.join(QLatin1Char(' '))), p.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/*!
 * Telco with what real files have: text in two model columns (notes with line numbers the
 * scores care about) and a column the model does not use with the same value in every row (advice
 * for training that scores do not need).
 */
bool writeDamagedTelco(const QString &path)
{
    QFile in(TelcoPath);
    QFile out(path);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return false;
    const QList<QByteArray> lines = in.readAll().trimmed().split('\n');
    const QList<QByteArray> header = lines.first().trimmed().split(',');
    const qsizetype charges = header.indexOf("MonthlyCharges");
    const qsizetype tenure = header.indexOf("tenure");
    if (charges < 0 || tenure < 0)
        return false;
    out.write(lines.first().trimmed() + ",Notes\n");
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QList<QByteArray> fields = lines.at(i).trimmed().split(',');
        if (i == 5 || i == 11)
            fields[charges] = "n/a";
        if (i == 21)
            fields[tenure] = "twelve";
        out.write(fields.join(',') + ",checked\n");
    }
    return true;
}

//! A double to the last digit: QCOMPARE on doubles is fuzzy, this is not.
QString exact(double v)
{
    return QString::number(v, 'g', 17);
}

QStringList texts(const QList<Issue> &issues)
{
    QStringList out;
    for (const Issue &issue : issues)
        out << issue.toString();
    return out;
}

QStringList texts(const QJsonArray &array)
{
    QStringList out;
    for (const QJsonValue &v : array)
        out << v.toString();
    return out;
}

} // namespace

class TestServicesParity : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString DataPath;
    std::optional<ModelBundle> m_model;
    std::optional<LoadResult> m_loaded;
    std::optional<ScoreResult> m_scores;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Any export log the test does not name goes to its own folder, not the user's.
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("xdg")).toUtf8());
        DataPath = path(QStringLiteral("telco-damaged.csv"));
        QVERIFY(writeDamagedTelco(DataPath));
        // What the GUI's workers do: read the model, read the file, score it (ScoringContext's
        // options: the model's cut points, three factors, all cores).
        auto model = ModelBundle::load(ModelPath);
        QVERIFY2(model, qPrintable(model ? QString() : model.error().toString()));
        m_model = std::move(*model);
        auto loaded = LoadService::load(DataSource::fromPath(DataPath));
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
        m_loaded = std::move(*loaded);
        auto scores = ScoringService::score(*m_model, m_loaded->table, ScoreOptions(), m_loaded->issues);
        QVERIFY2(scores, qPrintable(scores ? QString() : scores.error().toString()));
        m_scores = std::move(*scores);
        QCOMPARE(m_scores->rows, 7043);
    }

    void warnings()
    {
        // The loader's notes the scores care about lead the scores' own; its advice for training does not.
        const QStringList gui = texts(m_scores->issues);
        QVERIFY(std::any_of(m_scores->issues.begin(), m_scores->issues.end(), [](const Issue &i) { return i.line > 0; }));
        QVERIFY2(m_loaded->issues.size() > ScoringService::scoringIssues(m_loaded->issues, m_model->preparation().inputColumns()).size(),
                 "the file gives the loader nothing to leave out: the test would not see a difference");
        const QJsonObject score = cli({QStringLiteral("score"), DataPath, QStringLiteral("--model"), ModelPath});
        QCOMPARE(texts(score.value(QStringLiteral("warnings")).toArray()), gui);
        const QJsonObject explain = cli({QStringLiteral("explain"), DataPath, QStringLiteral("--model"), ModelPath});
        QCOMPARE(texts(explain.value(QStringLiteral("warnings")).toArray()), gui);
    }

    void importanceAndScores()
    {
        // Every 50th customer by id, for the probabilities to the last digit.
        QStringList ids;
        std::vector<qsizetype> rows;
        for (qsizetype row = 0; row < m_scores->rows; row += 50) {
            ids << m_scores->id(m_loaded->table, row);
            rows.push_back(row);
        }
        const QJsonObject e = cli({QStringLiteral("explain"), DataPath, QStringLiteral("--model"), ModelPath, QStringLiteral("--ids"),
                                   ids.join(QLatin1Char(','))});
        QVERIFY(!e.isEmpty());

        // The Explain area's importance chart: SampleExplanation on the same scores.
        auto explanation = SampleExplanation::compute(*m_model, m_loaded->table, *m_scores);
        QVERIFY2(explanation, qPrintable(explanation ? QString() : explanation.error().toString()));
        QCOMPARE(e.value(QStringLiteral("importance_kind")).toString(), explanation->gainKind);
        const QJsonArray importance = e.value(QStringLiteral("importance")).toArray();
        const std::vector<int> ranking = explanation->ranking();
        QCOMPARE(importance.size(), qsizetype(ranking.size()));
        QVERIFY(ranking.size() > 5);
        int withGain = 0;
        for (size_t i = 0; i < ranking.size(); ++i) {
            const QJsonObject f = importance.at(qsizetype(i)).toObject();
            const int field = ranking[i];
            QCOMPARE(f.value(QStringLiteral("field")).toString(), explanation->fieldNames.at(field));
            // QJsonDocument writes the shortest text that reads back as the same double.
            QCOMPARE(exact(f.value(QStringLiteral("mean_abs_shap")).toDouble()), exact(explanation->meanAbs[size_t(field)]));
            const double gain = explanation->gain[size_t(field)];
            if (std::isfinite(gain)) {
                QCOMPARE(exact(f.value(QStringLiteral("gain")).toDouble()), exact(gain));
                ++withGain;
            } else {
                QVERIFY(f.value(QStringLiteral("gain")).isNull());
            }
        }
        QVERIFY(withGain > 0);

        const QJsonArray customers = e.value(QStringLiteral("customers")).toArray();
        QCOMPARE(customers.size(), qsizetype(rows.size()));
        for (size_t i = 0; i < rows.size(); ++i) {
            const QJsonObject c = customers.at(qsizetype(i)).toObject();
            const size_t row = size_t(rows[i]);
            QCOMPARE(c.value(QStringLiteral("id")).toString(), ids.at(qsizetype(i)));
            QCOMPARE(exact(c.value(QStringLiteral("probability")).toDouble()), exact(m_scores->probabilities[row]));
            QCOMPARE(c.value(QStringLiteral("risk")).toString(), machineName(m_scores->risk[row]));
        }
    }

    void exportEveryone()
    {
        // Every customer in file order: probabilities, risk levels and factors of all 7043 rows.
        const QString cliFile = path(QStringLiteral("all-cli.csv"));
        const QJsonObject s = cli({QStringLiteral("score"), DataPath, QStringLiteral("--model"), ModelPath, QStringLiteral("--out"), cliFile,
                                   QStringLiteral("--log"), path(QStringLiteral("all-cli.jsonl"))});
        QCOMPARE(s.value(QStringLiteral("exported")).toInteger(), m_scores->rows);
        // The risk counts the Score area shows.
        QCOMPARE(s.value(QStringLiteral("high")).toInteger(), m_scores->counts.high);
        QCOMPARE(s.value(QStringLiteral("medium")).toInteger(), m_scores->counts.medium);
        QCOMPARE(s.value(QStringLiteral("low")).toInteger(), m_scores->counts.low);

        auto list = CampaignService::select(*m_scores, m_loaded->table, std::nullopt);
        QVERIFY(list);
        ExportRequest request;
        request.path = path(QStringLiteral("all-gui.csv"));
        request.logPath = path(QStringLiteral("all-gui.jsonl"));
        request.context.model = ModelPath;
        // The CLI's default assumptions (10 per contact, 30% acceptance, 12 months of charges).
        ExportService::setCampaign(&request, m_loaded->table, CampaignOptions(), {});
        QVERIFY(!request.columns.values.empty());
        auto written = ExportService::write(*m_scores, m_loaded->table, list->rows, request);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
        QCOMPARE(*written, m_scores->rows);
        const QByteArray bytes = readAll(cliFile);
        QVERIFY(bytes.count('\n') > m_scores->rows);
        QVERIFY(bytes == readAll(request.path));
    }

    void exportCampaign()
    {
        // A campaign ranked by expected value: top 500 at cost 5 with 40% acceptance, charges as value.
        const QString cliFile = path(QStringLiteral("top-cli.csv"));
        const QString cliLog = path(QStringLiteral("top-cli.jsonl"));
        const QJsonObject s = cli({QStringLiteral("score"), DataPath, QStringLiteral("--model"), ModelPath, QStringLiteral("--top"),
                                   QStringLiteral("500"), QStringLiteral("--cost"), QStringLiteral("5"), QStringLiteral("--acceptance"),
                                   QStringLiteral("0.4"), QStringLiteral("--columns"), QStringLiteral("MonthlyCharges"),
                                   QStringLiteral("--out"), cliFile, QStringLiteral("--log"), cliLog});
        QCOMPARE(s.value(QStringLiteral("exported")).toInteger(), 500);

        CampaignOptions campaign;
        campaign.mode = CampaignOptions::Mode::TopN;
        campaign.topN = 500;
        campaign.contactCost = 5;
        campaign.acceptanceRate = 0.4;
        auto list = CampaignService::select(*m_scores, m_loaded->table, campaign);
        QVERIFY2(list, qPrintable(list ? QString() : list.error().toString()));
        QVERIFY(list->selection && list->selection->summary.hasValue);
        QCOMPARE(qsizetype(list->rows.size()), 500);
        // The campaign panel's list (CampaignPlanner over the same values) is the same list.
        auto values = CustomerValue::fromTable(m_loaded->table, {});
        QVERIFY(values && !values->empty());
        auto planner = CampaignPlanner::create(m_scores->probabilities, *values);
        QVERIFY(planner);
        QVERIFY(planner->rows(campaign) == list->rows);
        QCOMPARE(s.value(QStringLiteral("campaign")).toObject().value(QStringLiteral("customers")).toInteger(), 500);

        ExportRequest request;
        request.path = path(QStringLiteral("top-gui.csv"));
        request.logPath = path(QStringLiteral("top-gui.jsonl"));
        request.columns.extraColumns << QStringLiteral("MonthlyCharges");
        request.context.model = ModelPath;
        request.context.selection = campaign.describe();
        ExportService::setCampaign(&request, m_loaded->table, campaign, {});
        auto written = ExportService::write(*m_scores, m_loaded->table, list->rows, request);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
        const QByteArray bytes = readAll(cliFile);
        QVERIFY(bytes.contains("MonthlyCharges"));
        QVERIFY(bytes.startsWith("rank,") && bytes.contains(",expected_value,"));
        QVERIFY(bytes == readAll(request.path));

        // Both recorded the same export (but for the time and the file name).
        auto cliRecords = ExportLog(cliLog).read();
        auto guiRecords = ExportLog(request.logPath).read();
        QVERIFY(cliRecords && guiRecords);
        QCOMPARE(cliRecords->size(), 1);
        QCOMPARE(guiRecords->size(), 1);
        const ExportRecord &a = cliRecords->first();
        const ExportRecord &b = guiRecords->first();
        QCOMPARE(a.format, b.format);
        QCOMPARE(a.model, b.model);
        QCOMPARE(exact(a.threshold), exact(b.threshold));
        QCOMPARE(a.rows, b.rows);
        QCOMPARE(a.selection, b.selection);
        QCOMPARE(a.source, b.source);
    }
};

QTEST_GUILESS_MAIN(TestServicesParity)
#include "tst_servicesparity.moc"
