#include "score/campaignselector.h"
#include "common/currency.h"
#include "explain/factoreffect.h"
#include "export/exportlog.h"
#include "export/scoreexport.h"
#include "impact/campaigneconomics.h"
#include "score/customervalue.h"
#include "score/scorer.h"
#include "scoretestmodels.h"
#include "xlsxread.h"

#include <QDir>
#include <QRegularExpression>
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
        ExportContext context;
        context.model = QStringLiteral("/models/xgb");
        context.selection = top.describe();
        auto written = ScoreExport::write(m_scores, m_telco, selection->rows, path, options, {}, &log, context);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
        QCOMPARE(*written, 50);

        const QList<QStringList> rows = readCsv(path);
        QCOMPARE(rows.size(), 51);
        // Without customer values: no money columns, the probability is the ranking key.
        QCOMPARE(rows[0], (QStringList{QStringLiteral("rank"), QStringLiteral("customerID"), QStringLiteral("churn_probability"),
                                       QStringLiteral("prediction"), QStringLiteral("risk_level"), QStringLiteral("factor_1"),
                                       QStringLiteral("contribution_1"), QStringLiteral("factor_2"), QStringLiteral("contribution_2"),
                                       QStringLiteral("factor_3"), QStringLiteral("contribution_3"), QStringLiteral("MonthlyCharges"),
                                       QStringLiteral("Contract")}));
        for (int i = 0; i < 50; ++i) {
            const qsizetype row = selection->rows[size_t(i)];
            QStringList line = rows[i + 1];
            QCOMPARE(line.takeFirst(), QString::number(i + 1));
            if (i > 0)
                QVERIFY(line[1].toDouble() <= rows[i][2].toDouble());
            QCOMPARE(line[0], m_scores.id(m_telco, row));
            QCOMPARE(line[1], QString::number(m_scores.probabilities[size_t(row)], 'f', 4));
            QCOMPARE(line[2], QString::number(m_scores.predictions[size_t(row)]));
            QCOMPARE(line[3], machineName(m_scores.risk[size_t(row)]));
            QCOMPARE(line[4], m_scores.factor(m_telco, row, 0).text);
            QCOMPARE(line[5].toDouble(), std::round(m_scores.factor(m_telco, row, 0).contribution * 1000.0) / 1000.0);
            QCOMPARE(line[11], m_telco.column(m_telco.indexOf(QStringLiteral("Contract"))).text(row));
        }
        // The top 50 are high risk, highest probability first.
        QCOMPARE(rows[1][4], QStringLiteral("high"));
        QVERIFY(rows[1][2].toDouble() >= rows[50][2].toDouble());

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
        QCOMPARE(table->headers().size(), 5 + 3); // rank, id, probability, prediction, risk, 3 factors
        // Everyone in file order: the Excel file still says how the list was made.
        const QStringList sheets = xlsxtest::sheetNames(path);
        QCOMPARE(sheets, (QStringList{QStringLiteral("Customers"), ScoreExport::campaignSheetName()}));
        const auto notes = xlsxtest::notes(xlsxtest::readSheet(path, 2));
        QCOMPARE(notes.value(QStringLiteral("Who is on the list")).text, QStringLiteral("every scored customer, in file order"));
        QVERIFY(notes.value(QStringLiteral("Ranked by")).text.startsWith(QStringLiteral("not ranked")));
        QCOMPARE(notes.value(QStringLiteral("Customers on the list")).number(), double(m_telco.rowCount()));
    }

    // Ranked by expected value: the rank, the key and the money columns, in CSV's plain form.
    void valueRankedCsvIsPlain()
    {
        auto values = CustomerValue::fromTable(m_telco, {QStringLiteral("MonthlyCharges"), 12});
        QVERIFY(values && !values->empty());
        CampaignOptions top;
        top.mode = CampaignOptions::Mode::TopN;
        top.topN = 300;
        top.contactCost = 5.0;
        top.acceptanceRate = 0.4;
        auto selection = CampaignSelector::select(m_scores.probabilities, *values, top);
        QVERIFY(selection);
        ScoreExportOptions options;
        options.values = *values;
        options.campaign = top;
        Currency::setCurrent(Currency::fromCode(QStringLiteral("EUR")));
        const QString path = m_dir.filePath(QStringLiteral("value.csv"));
        auto written = ScoreExport::write(m_scores, m_telco, selection->rows, path, options, {}, nullptr, {});
        QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
        const QList<QStringList> rows = readCsv(path);
        QCOMPARE(rows.size(), 301);
        QCOMPARE(rows[0].mid(0, 8), (QStringList{QStringLiteral("rank"), QStringLiteral("customerID"), QStringLiteral("churn_probability"),
                                                 QStringLiteral("prediction"), QStringLiteral("risk_level"), QStringLiteral("customer_value"),
                                                 QStringLiteral("value_at_risk"), QStringLiteral("expected_value")}));
        // Machine names only: no currency, no units, no translation in the CSV header.
        for (const QString &h : rows[0])
            QVERIFY2(QRegularExpression(QStringLiteral("^[A-Za-z][A-Za-z0-9_]*$")).match(h).hasMatch(), qPrintable(h));
        double atRiskSum = 0.0, expectedSum = 0.0;
        for (int i = 1; i <= 300; ++i) {
            const QStringList &line = rows[i];
            const qsizetype row = selection->rows[size_t(i - 1)];
            QCOMPARE(line[0], QString::number(i));
            // Raw numbers: probability 0..1 with a decimal point, no percent sign.
            bool ok = false;
            const double p = line[2].toDouble(&ok);
            QVERIFY2(ok && p >= 0.0 && p <= 1.0 && !line[2].contains(u'%') && !line[2].contains(u','), qPrintable(line[2]));
            const double value = line[5].toDouble(&ok);
            QVERIFY(ok);
            QCOMPARE(value, std::round((*values)[size_t(row)] * 100.0) / 100.0);
            const double atRisk = line[6].toDouble();
            const double expected = line[7].toDouble();
            QVERIFY(std::abs(atRisk - m_scores.probabilities[size_t(row)] * (*values)[size_t(row)]) <= 0.005 + 1e-9);
            QVERIFY(std::abs(expected - (0.4 * m_scores.probabilities[size_t(row)] * (*values)[size_t(row)] - 5.0)) <= 0.005 + 1e-9);
            // The rank follows the key: expected value never rises down the list.
            if (i > 1)
                QVERIFY2(expected <= rows[i - 1][7].toDouble(), qPrintable(QStringLiteral("rank %1").arg(i)));
            atRiskSum += atRisk;
            expectedSum += expected;
        }
        // The columns add up to the campaign's figures (up to the cents each cell rounds).
        QVERIFY(std::abs(atRiskSum - selection->summary.valueAtRisk) <= 300 * 0.005);
        QVERIFY(std::abs(expectedSum - selection->summary.expectedValue) <= 300 * 0.005);
        QVERIFY(selection->summary.expectedValue != 0.0);
        // The list is not in probability order (the value moves customers), so the rank is news.
        bool probabilityOrder = true;
        for (int i = 2; i <= 300; ++i)
            probabilityOrder &= rows[i][2].toDouble() <= rows[i - 1][2].toDouble();
        QVERIFY(!probabilityOrder);
        Currency::setCurrent(Currency::fromLocale());
    }

    // Excel: readable headers, percentages as numbers, the screen's words and units, widths, and
    // the Campaign sheet with the rule, assumptions and the campaign summary's figures.
    void xlsxCampaignSheet()
    {
        auto values = CustomerValue::fromTable(m_telco, {QStringLiteral("MonthlyCharges"), 12});
        QVERIFY(values && !values->empty());
        CampaignOptions budget;
        budget.mode = CampaignOptions::Mode::Budget;
        budget.budget = 2000.0;
        budget.contactCost = 8.0;
        budget.acceptanceRate = 0.25;
        auto selection = CampaignSelector::select(m_scores.probabilities, *values, budget);
        QVERIFY(selection);
        QCOMPARE(qsizetype(selection->rows.size()), qsizetype(250));
        ScoreExportOptions options;
        options.values = *values;
        options.campaign = budget;
        options.extraColumns = {QStringLiteral("MonthlyCharges")};
        ExportContext context;
        context.model = QStringLiteral("/models/xgb");
        context.selection = budget.describe();
        context.summary = selection->summary;
        context.valueRule = QStringLiteral("MonthlyCharges × 12 months");
        context.months = 12;
        context.inSample = true;
        context.when = QDateTime(QDate(2026, 3, 4), QTime(9, 30));
        Currency::setCurrent(Currency::fromCode(QStringLiteral("EUR")));
        const QString path = m_dir.filePath(QStringLiteral("campaign.xlsx"));
        auto written = ScoreExport::write(m_scores, m_telco, selection->rows, path, options, {}, nullptr, context);
        Currency::setCurrent(Currency::fromLocale());
        QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));

        QCOMPARE(xlsxtest::sheetNames(path), (QStringList{QStringLiteral("Customers"), QStringLiteral("Campaign")}));
        const xlsxtest::Sheet list = xlsxtest::readSheet(path, 1);
        QVERIFY(list.wellFormed);
        const QStringList headers = xlsxtest::headers(list);
        QCOMPARE(headers.mid(0, 8), (QStringList{QStringLiteral("Rank"), QStringLiteral("customerID"), QStringLiteral("Churn probability"),
                                                 QStringLiteral("Predicted to churn (1 = yes)"), QStringLiteral("Risk"),
                                                 QStringLiteral("Customer value (€)"), QStringLiteral("Value at risk (€)"),
                                                 QStringLiteral("Expected value (€)")}));
        QCOMPARE(headers.mid(8, 2), (QStringList{QStringLiteral("Reason 1"), QStringLiteral("Reason 1 effect (percentage points)")}));
        QCOMPARE(headers.last(), QStringLiteral("MonthlyCharges"));
        for (int i = 0; i < 250; ++i) {
            const qsizetype row = selection->rows[size_t(i)];
            QCOMPARE(list.at(i + 1, 0).number(), double(i + 1));
            const xlsxtest::Cell p = list.at(i + 1, 2);
            // A number shown as a percentage, not the text "73.4%".
            QVERIFY(p.isNumber());
            QCOMPARE(p.format, QStringLiteral("0.0%"));
            QCOMPARE(p.number(), m_scores.probabilities[size_t(row)]);
            QCOMPARE(list.at(i + 1, 4).text, toString(m_scores.risk[size_t(row)]));
            QCOMPARE(list.at(i + 1, 7).format, QStringLiteral("#,##0.00"));
            if (i > 0)
                QVERIFY(list.at(i + 1, 7).number() <= list.at(i, 7).number());
            const xlsxtest::Cell effect = list.at(i + 1, 9);
            QVERIFY(effect.isNumber());
            const double expected = FactorEffect::percentagePoints(m_scores.probabilities[size_t(row)],
                                                                   m_scores.factor(m_telco, row, 0).contribution, ModelKind::XGBoost);
            QVERIFY(std::abs(effect.number() - expected) < 1e-9);
            // Same direction as the reason's sentence.
            QCOMPARE(effect.number() > 0.0, m_scores.factor(m_telco, row, 0).contribution > 0.0);
        }
        // Widths from the content, capped: the reasons are wider than the rank, none past the cap.
        QVERIFY(list.widths.value(8) > list.widths.value(0));
        QVERIFY(list.widths.value(8) > 20.0);
        for (double w : list.widths)
            QVERIFY(w >= 6.0 && w <= 61.0);

        const auto notes = xlsxtest::notes(xlsxtest::readSheet(path, 2));
        const CampaignSummary &s = selection->summary;
        QCOMPARE(notes.value(QStringLiteral("Who is on the list")).text, budget.describe());
        QVERIFY(notes.value(QStringLiteral("Ranked by")).text.startsWith(QStringLiteral("expected value")));
        QCOMPARE(notes.value(QStringLiteral("Customer value")).text, QStringLiteral("MonthlyCharges × 12 months"));
        QCOMPARE(notes.value(QStringLiteral("Months of charges a kept customer is worth")).number(), 12.0);
        QCOMPARE(notes.value(QStringLiteral("Contact cost per customer (€)")).number(), 8.0);
        QCOMPARE(notes.value(QStringLiteral("Offer acceptance rate")).number(), 0.25);
        QCOMPARE(notes.value(QStringLiteral("Offer acceptance rate")).format, QStringLiteral("0.0%"));
        QCOMPARE(notes.value(QStringLiteral("Customers on the list")).number(), double(s.customers));
        QCOMPARE(notes.value(QStringLiteral("Expected churners reached")).number(), s.expectedChurners);
        QCOMPARE(notes.value(QStringLiteral("Expected customers kept")).number(), s.expectedKept);
        QCOMPARE(notes.value(QStringLiteral("Contact cost of the list (€)")).number(), s.cost);
        QCOMPARE(notes.value(QStringLiteral("Value at risk on the list (€)")).number(), s.valueAtRisk);
        QCOMPARE(notes.value(QStringLiteral("Expected saved revenue (€)")).number(),
                 CampaignOutcome::of(s.customers, s.expectedChurners, s.valueAtRisk, 0.25, 0.0, 8.0).revenueSaved);
        QCOMPARE(notes.value(QStringLiteral("Expected net value (€)")).number(), s.expectedValue);
        QCOMPARE(notes.value(QStringLiteral("Expected net value (€)")).format, QStringLiteral("#,##0.00"));
        QCOMPARE(notes.value(QStringLiteral("Model")).text, QStringLiteral("/models/xgb"));
        QCOMPARE(notes.value(QStringLiteral("Data file")).text, m_telco.sourceName());
        QCOMPARE(notes.value(QStringLiteral("Made on")).text, QStringLiteral("2026-03-04 09:30"));
        QVERIFY(notes.value(QStringLiteral("Scores in-sample")).text.startsWith(QStringLiteral("yes")));
        QCOMPARE(notes.value(QStringLiteral("Currency")).text, QStringLiteral("EUR"));
        // Without a summary from the caller the sheet sums the rows the same way.
        const CampaignSummary own = ScoreExport::summaryOf(m_scores, selection->rows, options);
        QCOMPARE(own.customers, s.customers);
        QVERIFY(std::abs(own.expectedValue - s.expectedValue) < 1e-6 * std::abs(s.expectedValue));
    }

    void factorEffectInPercentagePoints_data()
    {
        QTest::addColumn<double>("probability");
        QTest::addColumn<double>("contribution");
        QTest::addColumn<int>("kind");
        QTest::addColumn<double>("points");
        // Log-odds: 0.8 without +0.5 is 1 / (1 + e^-(ln 4 - 0.5)) = 0.70808...
        QTest::newRow("xgboost raises") << 0.8 << 0.5 << int(ModelKind::XGBoost) << 100.0 * (0.8 - 1.0 / (1.0 + std::exp(-(std::log(4.0) - 0.5))));
        QTest::newRow("logistic lowers") << 0.5 << -1.0 << int(ModelKind::Logistic) << 100.0 * (0.5 - 1.0 / (1.0 + std::exp(-1.0)));
        // The forest's margin is linear: a quarter of the push.
        QTest::newRow("forest") << 0.7 << 0.4 << int(ModelKind::Forest) << 10.0;
        QTest::newRow("no push") << 0.3 << 0.0 << int(ModelKind::XGBoost) << 0.0;
    }

    void factorEffectInPercentagePoints()
    {
        QFETCH(double, probability);
        QFETCH(double, contribution);
        QFETCH(int, kind);
        QFETCH(double, points);
        QVERIFY(std::abs(FactorEffect::percentagePoints(probability, contribution, ModelKind(kind)) - points) < 1e-9);
        QVERIFY(std::isnan(FactorEffect::percentagePoints(std::nan(""), contribution, ModelKind(kind))));
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
