#include "score/campaignselector.h"
#include "export/exportlog.h"
#include "export/scoreexport.h"
#include "score/scorer.h"
#include "scoretestmodels.h"

#include <QDir>
#include <QTest>

using namespace churnlens;
using namespace churnlens::scoretest;

namespace {

QList<QStringList> readCsv(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QString s = QString::fromUtf8(f.readAll());
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < s.size() && s.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < s.size() && s.at(i + 1) == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

class TestScoreExport : public QObject
{
    Q_OBJECT
    DataTable m_telco;
    QTemporaryDir m_dir;
    ModelBundle m_model;
    ScoreResult m_scores;

private Q_SLOTS:
    void initTestCase()
    {
        m_telco = loadTelco();
        m_model = trainBundle(m_telco, ModelKind::XGBoost, m_dir.filePath(QStringLiteral("model")));
        auto r = Scorer::score(m_model, m_telco);
        QVERIFY(r);
        m_scores = std::move(*r);
    }

    void campaignListToCsvWithLog()
    {
        CampaignOptions top;
        top.mode = CampaignOptions::Mode::TopN;
        top.topN = 50;
        auto selection = CampaignSelector::select(m_scores.probabilities, {}, top);
        QVERIFY(selection);
        const QString path = m_dir.filePath(QStringLiteral("list.csv"));
        const ExportLog log(m_dir.filePath(QStringLiteral("exports.jsonl")));
        ScoreExportOptions options;
        options.extraColumns = {QStringLiteral("MonthlyCharges"), QStringLiteral("Contract")};
        ExportContext context{QStringLiteral("/models/xgb"), top.describe()};
        auto written = ScoreExport::write(m_scores, m_telco, selection->rows, path, options, {}, &log, context);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
        QCOMPARE(*written, 50);

        const QList<QStringList> rows = readCsv(path);
        QCOMPARE(rows.size(), 51);
        QCOMPARE(rows[0], (QStringList{QStringLiteral("customerID"), QStringLiteral("churn_probability"), QStringLiteral("prediction"),
                                       QStringLiteral("risk_level"), QStringLiteral("factor_1"), QStringLiteral("contribution_1"),
                                       QStringLiteral("factor_2"), QStringLiteral("contribution_2"), QStringLiteral("factor_3"),
                                       QStringLiteral("contribution_3"), QStringLiteral("MonthlyCharges"), QStringLiteral("Contract")}));
        for (int i = 0; i < 50; ++i) {
            const qsizetype row = selection->rows[size_t(i)];
            const QStringList &line = rows[i + 1];
            QCOMPARE(line[0], m_scores.id(m_telco, row));
            QCOMPARE(line[1], QString::number(m_scores.probabilities[size_t(row)], 'f', 4));
            QCOMPARE(line[2], QString::number(m_scores.predictions[size_t(row)]));
            QCOMPARE(line[3], machineName(m_scores.risk[size_t(row)]));
            QCOMPARE(line[4], m_scores.factor(m_telco, row, 0).text);
            QCOMPARE(line[5].toDouble(), std::round(m_scores.factor(m_telco, row, 0).contribution * 1000.0) / 1000.0);
            QCOMPARE(line[11], m_telco.column(m_telco.indexOf(QStringLiteral("Contract"))).text(row));
        }
        // The top 50 are high risk, highest probability first.
        QCOMPARE(rows[1][3], QStringLiteral("high"));
        QVERIFY(rows[1][1].toDouble() >= rows[50][1].toDouble());

        const auto records = log.read();
        QVERIFY(records);
        QCOMPARE(records->size(), 1);
        const ExportRecord &rec = records->first();
        QCOMPARE(rec.file, QFileInfo(path).absoluteFilePath());
        QCOMPARE(rec.format, QStringLiteral("csv"));
        QCOMPARE(rec.model, QStringLiteral("/models/xgb"));
        QCOMPARE(rec.threshold, m_model.threshold());
        QCOMPARE(rec.rows, 50);
        QCOMPARE(rec.selection, QStringLiteral("top 50"));
        QCOMPARE(rec.source, m_telco.sourceName());
        QVERIFY(std::abs(rec.when.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }

    void excelExportIsLoggedAsXlsx()
    {
        const QString path = m_dir.filePath(QStringLiteral("all.xlsx"));
        const ExportLog log(m_dir.filePath(QStringLiteral("xlsx.jsonl")));
        std::vector<qsizetype> all(static_cast<size_t>(m_telco.rowCount()));
        std::iota(all.begin(), all.end(), qsizetype(0));
        ScoreExportOptions options;
        options.contributions = false;
        auto written = ScoreExport::write(m_scores, m_telco, all, path, options, {}, &log, {});
        QVERIFY(written);
        QCOMPARE(*written, m_telco.rowCount());
        const auto records = log.read();
        QVERIFY(records && records->size() == 1);
        QCOMPARE(records->first().format, QStringLiteral("xlsx"));
        QCOMPARE(records->first().selection, QStringLiteral("all"));
        auto table = ScoreExport::table(m_scores, m_telco, {0}, options);
        QVERIFY(table);
        QCOMPARE(table->headers().size(), 4 + 3); // id, probability, prediction, risk, 3 factors
    }

    void failedExportIsNotLogged()
    {
        const ExportLog log(m_dir.filePath(QStringLiteral("failed.jsonl")));
        ScoreExportOptions options;
        options.extraColumns = {QStringLiteral("Shoe size")};
        const QString path = m_dir.filePath(QStringLiteral("bad.csv"));
        auto written = ScoreExport::write(m_scores, m_telco, {0, 1}, path, options, {}, &log, {});
        QVERIFY(!written);
        QCOMPARE(written.error().code, ErrorCode::Usage);
        QVERIFY(!QFileInfo::exists(path));
        written = ScoreExport::write(m_scores, m_telco, {0, 1}, m_dir.filePath(QStringLiteral("missing/x.csv")), {}, {}, &log, {});
        QVERIFY(!written);
        QVERIFY(log.read()->isEmpty());
        // Scores of another table are refused.
        QVERIFY(!ScoreExport::table(m_scores, DataTable(), {0}));
    }
};

QTEST_GUILESS_MAIN(TestScoreExport)
#include "tst_scoreexport.moc"
