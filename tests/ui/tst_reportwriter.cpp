// The PDF report (ui/report/reportwriter), offscreen, from hand-made reports: what an executive
// reads on it (pdftotext), how many pages (pdfinfo), and that writing is atomic.
#include "report/reportformat.h"
#include "report/reportwriter.h"
#include "services/impactservice.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <cmath>

using namespace churnlens;

namespace {

ImpactReport sampleReport(bool campaignPays)
{
    ImpactReport r;
    r.created = QDateTime(QDate(2026, 12, 3), QTime(10, 0), Qt::UTC);
    r.dataName = QStringLiteral("customers-december.csv");
    r.modelName = QStringLiteral("v3");
    r.modelFamily = QStringLiteral("XGBoost");
    r.trainingChurnRate = 0.2654;
    r.calibration.known = true;
    r.calibration.ece = 0.022;
    r.calibration.method = QStringLiteral("none");
    r.valueColumn = QStringLiteral("MonthlyCharges");
    ImpactKpis &k = r.kpis;
    k.rows = 7043;
    k.scored = 7043;
    k.meanProbability = 0.2661;
    k.expectedChurners = 1874.1;
    k.thresholds = {0.15, 0.30};
    k.risk = {4000, 1200, 1843, 0};
    k.hasCharges = true;
    k.monthlyRevenue = 456116.6;
    k.monthlyRevenueAtRisk = 139130.85;
    k.highRiskMonthlyRevenueAtRisk = 98765.4;
    k.months = 12.0;
    ProfitCurve &c = r.curve;
    c.scored = 7043;
    c.economics.offerCost = 20.0;
    c.economics.contactCost = 5.0;
    for (int i = 0; i <= 100; ++i) {
        ProfitPoint p;
        p.share = i / 100.0;
        p.customers = qsizetype(std::llround(p.share * 7043));
        const double x = p.share;
        p.net = campaignPays ? 52000.0 * (1.0 - std::pow((x - 0.25) / 0.25, 2.0)) : -30000.0 * x;
        if (i == 0)
            p.net = 0.0;
        p.netLow = p.netHigh = p.net;
        p.cost = 25.0 * double(p.customers);
        p.gains = 1.0 - std::pow(1.0 - x, 2.4);
        p.gainsObserved = std::nan("");
        c.points.push_back(p);
    }
    if (campaignPays) {
        c.bestCustomers = 1761;
        c.best = CampaignOutcome::of(1761, 1000.0, 900000.0, 0.24, 20.0, 5.0);
    }
    c.everyone = CampaignOutcome::of(7043, 1874.1, 1669570.2, 0.24, 20.0, 5.0);
    SegmentBreakdown contract;
    contract.columnName = QStringLiteral("Contract");
    for (const auto &[label, money] : {std::pair{QStringLiteral("Month-to-month"), 112000.0}, std::pair{QStringLiteral("One year"), 19000.0},
                                       std::pair{QStringLiteral("Two year"), 8130.0}}) {
        SegmentRow row;
        row.label = label;
        row.customers = 2000;
        row.meanProbability = money / 250000.0;
        row.expectedChurners = 2000 * row.meanProbability;
        row.monthlyRevenueAtRisk = money;
        contract.rows.push_back(row);
    }
    r.segments.push_back(contract);
    return r;
}

//! The text of a PDF as pdftotext reads it, with its layout, or a failure message.
QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QStringLiteral("pdftotext failed: ") + QString::fromUtf8(p.readAllStandardError());
    // Locales separate figure and symbol with a no-break space; compare plain spaces.
    return QString::fromUtf8(p.readAllStandardOutput()).replace(QChar(0x00a0), QLatin1Char(' '));
}

int pdfPages(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    if (!p.waitForFinished(60000))
        return -1;
    for (const QString &line : QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Pages:")))
            return line.mid(6).trimmed().toInt();
    }
    return -1;
}

/*!
 * Every translatable string 40% longer, placeholders kept: German runs about that much longer
 * than English, and the German .ts files are filled in later than the code.
 */
class LongerTranslator final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *source, const char *, int) const override
    {
        const QString text = QString::fromUtf8(source);
        return text + QString(int(text.size() * 0.4), QChar(0x00e4));
    }
};

} // namespace

class TestReportWriter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The report needs poppler-utils to be read back (scripts/install-deps.sh installs them).
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(), "pdftotext not found: apt-get install poppler-utils");
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty(), "pdfinfo not found: apt-get install poppler-utils");
    }

    void figuresAreOnThePage()
    {
        const ImpactReport report = sampleReport(true);
        const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
        ReportOptions options;
        options.locale = QLocale(QStringLiteral("en_US"));
        const auto written = ReportWriter::writePdf(report, path, options);
        QVERIFY2(written.has_value(), written ? "" : qPrintable(written.error().toString()));
        QCOMPARE(pdfPages(path), 2);
        const QString text = pdfText(path);
        for (const QString &figure : {QStringLiteral("Churn impact report"), QStringLiteral("customers-december.csv"), QStringLiteral("7,043"),
                                      QStringLiteral("26.6%"), QStringLiteral("26.5%"), QStringLiteral("1,843"), QStringLiteral("139,131"),
                                      QStringLiteral("1,669,570"), QStringLiteral("Contact the 1,761 customers"),
                                      QStringLiteral("How is this computed?"), QStringLiteral("Page 2 of 2"), QStringLiteral("Month-to-month")})
            QVERIFY2(text.contains(figure), qPrintable(figure + QStringLiteral(" not in:\n") + text));
        QVERIFY2(!text.contains(QStringLiteral("Caution")), qPrintable(text)); // calibration error 2.2 points: trusted
    }

    void warnsAndSaysWhenNothingPays()
    {
        ImpactReport report = sampleReport(false);
        report.calibration.ece = 0.09;
        const QString path = m_dir.filePath(QStringLiteral("nothing-pays.pdf"));
        ReportOptions options;
        options.locale = QLocale(QStringLiteral("en_US"));
        options.currency = QStringLiteral("$");
        QVERIFY(ReportWriter::writePdf(report, path, options).has_value());
        const QString text = pdfText(path).simplified();
        QVERIFY2(text.contains(QStringLiteral("No campaign pays at these assumptions")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Caution")) && text.contains(QStringLiteral("9.0 percentage points")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("$139,131")), qPrintable(text));
    }

    void germanNumbers()
    {
        const ImpactReport report = sampleReport(true);
        const QString path = m_dir.filePath(QStringLiteral("de.pdf"));
        ReportOptions options;
        options.locale = QLocale(QStringLiteral("de_DE"));
        options.currency = QStringLiteral("€");
        QVERIFY(ReportWriter::writePdf(report, path, options).has_value());
        const QString text = pdfText(path);
        QVERIFY2(text.contains(QStringLiteral("139.131 €")) && text.contains(QStringLiteral("7.043")) && text.contains(QStringLiteral("26,6%")),
                 qPrintable(text));
    }

    // With every text 40% longer the report still fits its two pages: the last figures of page 1
    // (the segment chart) and the end of page 2 are still on the paper.
    void longerTextStillFits()
    {
        ImpactReport report = sampleReport(true);
        report.inSample = true;
        report.calibration.known = false;
        report.curve.economics.acceptanceLow = 0.15;
        report.curve.economics.acceptanceHigh = 0.35;
        report.curve.economics.budget = 30000.0;
        report.curve.budgetLimited = true;
        LongerTranslator translator;
        QCoreApplication::installTranslator(&translator);
        const QString path = m_dir.filePath(QStringLiteral("longer.pdf"));
        ReportOptions options;
        options.locale = QLocale(QStringLiteral("de_DE"));
        options.currency = QStringLiteral("€");
        const auto written = ReportWriter::writePdf(report, path, options);
        QCoreApplication::removeTranslator(&translator);
        QVERIFY(written.has_value());
        QCOMPARE(pdfPages(path), 2);
        const QString text = pdfText(path);
        for (const QString &expected : {QStringLiteral("Two year"), QStringLiteral("8.130 €"), QStringLiteral("1.761"), QStringLiteral("Page 2 of 2")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + text));
        if (const QString dir = qEnvironmentVariable("CHURNLENS_SCREENSHOTS"); !dir.isEmpty())
            QFile::copy(path, QDir(dir).filePath(QStringLiteral("report-longer.pdf")));
    }

    // A folder that does not exist: an Io error naming the file, and no file or temporary left.
    void unwritablePathLeavesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("missing/report.pdf"));
        const auto written = ReportWriter::writePdf(sampleReport(true), path);
        QVERIFY(!written.has_value());
        QCOMPARE(written.error().code, ErrorCode::Io);
        QCOMPARE(written.error().file, path);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("missing"))));
    }

    // Replacing a report: the new one in place, no temporary left beside it.
    void replacesAtomically()
    {
        const QString path = m_dir.filePath(QStringLiteral("replace.pdf"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old contents");
        }
        QVERIFY(ReportWriter::writePdf(sampleReport(true), path).has_value());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        const QStringList left = QDir(m_dir.path()).entryList({QStringLiteral("replace.pdf*")}, QDir::Files | QDir::Hidden);
        QCOMPARE(left, QStringList{QStringLiteral("replace.pdf")});
    }
};

QTEST_MAIN(TestReportWriter)
#include "tst_reportwriter.moc"
