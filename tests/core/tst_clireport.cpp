// churnlens-cli report end to end on the Telco file: the PDF written headless carries the
// figures of --json (read back with pdftotext, pages counted with pdfinfo), the campaign
// options in every form they are accepted, bad options refused with exit code 2 and the option
// named, and an output that cannot be written leaves nothing behind. Without the report
// renderer (CHURNLENS_BUILD_GUI=OFF), --out fails clearly and --json still works.
#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLocale>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace clitest;

namespace {
const QString Telco = QStringLiteral(CHURNLENS_TESTDATA "/telco.csv");
const QString Report = QStringLiteral("report");
const QString Quiet = QStringLiteral("--quiet");
const QString Json = QStringLiteral("--json");
const QString Out = QStringLiteral("--out");

//! churnlens-cli in a fixed language: "en" (LANG=C, which the report prints as US English) or "de".
Run cliIn(const QString &language, const QStringList &arguments)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LC_NUMERIC"));
    env.remove(QStringLiteral("LC_TIME"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the report command picks "offscreen" itself
    if (language == QLatin1String("de")) {
        env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
    } else {
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("LANGUAGE"));
    }
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CHURNLENS_CLI), arguments);
    return finish(p);
}

Run tool(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    return finish(p, 60000);
}

//! The PDF's text, with no-break spaces as spaces (locales put one between a figure and "€").
QString pdfText(const QString &path)
{
    const Run r = tool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    return QString::fromUtf8(r.out).replace(QChar(0x00a0), QLatin1Char(' '));
}

int pdfPages(const QString &path)
{
    const Run r = tool(QStringLiteral("pdfinfo"), {path});
    for (const QString &line : QString::fromUtf8(r.out).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Pages:")))
            return line.mid(6).trimmed().toInt();
    }
    return -1;
}

//! A figure as the PDF prints it: whole numbers with the locale's thousands separator…
QString whole(const QLocale &locale, double v)
{
    return locale.toString(qint64(std::llround(v)));
}

//! … and rates with one decimal and a percent sign.
QString percent(const QLocale &locale, double fraction)
{
    return locale.toString(fraction * 100.0, 'f', 1) + QLatin1Char('%');
}

double number(const QJsonObject &o, const QString &path)
{
    QJsonValue v = o;
    for (const QString &key : path.split(QLatin1Char('.')))
        v = v.toObject().value(key);
    return v.toDouble(std::nan(""));
}
} // namespace

class TestCliReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    static bool hasRenderer()
    {
#ifdef CHURNLENS_HAS_REPORT
        return true;
#else
        return false;
#endif
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("xdg")).toUtf8());
        if (hasRenderer()) {
            QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
                     "pdftotext not found: apt-get install poppler-utils (scripts/install-deps.sh does)");
            QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty(), "pdfinfo not found: apt-get install poppler-utils");
        }
    }

    // The KPI figures of --json appear on the PDF as the PDF formats them, in English and German.
    void pdfCarriesTheJsonFigures_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("German") << QStringLiteral("de");
    }
    void pdfCarriesTheJsonFigures()
    {
        if (!hasRenderer())
            QSKIP("built without the report renderer (CHURNLENS_BUILD_GUI=OFF): see noRendererFailsClearly");
        QFETCH(QString, language);
        const QString pdf = path(QStringLiteral("telco-%1.pdf").arg(language));
        const Run r = cliIn(language, {Report, Telco, Out, pdf, Json, Quiet});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = json(r);
        const QJsonObject k = o.value(QStringLiteral("kpis")).toObject();
        QCOMPARE(k.value(QStringLiteral("customers_scored")).toInteger(), 7043);
        QCOMPARE(QFileInfo(o.value(QStringLiteral("out")).toString()), QFileInfo(pdf));

        const int pages = pdfPages(pdf);
        QVERIFY2(pages >= 1 && pages <= 2, qPrintable(QString::number(pages)));
        const QString text = pdfText(pdf);
        const QLocale locale = language == QLatin1String("de") ? QLocale(QLocale::German, QLocale::Germany) : QLocale(QLocale::English, QLocale::UnitedStates);
        const QJsonObject best = o.value(QStringLiteral("campaign")).toObject().value(QStringLiteral("best")).toObject();
        const QStringList figures{
            whole(locale, number(k, QStringLiteral("customers_scored"))),
            percent(locale, number(k, QStringLiteral("predicted_churn_rate"))),
            percent(locale, number(o, QStringLiteral("training_churn_rate"))),
            whole(locale, number(k, QStringLiteral("high_risk"))),
            whole(locale, number(k, QStringLiteral("monthly_revenue_at_risk"))),
            whole(locale, number(k, QStringLiteral("revenue_at_risk"))),
            whole(locale, number(best, QStringLiteral("customers"))),
            whole(locale, number(best, QStringLiteral("net_saving"))),
            whole(locale, number(best, QStringLiteral("cost"))),
        };
        for (const QString &figure : figures)
            QVERIFY2(text.contains(figure), qPrintable(QStringLiteral("%1 is not in the PDF:\n%2").arg(figure, text)));
        // The probabilities' trust is stated, and the data's name is the file's.
        QVERIFY2(text.contains(QStringLiteral("telco.csv")), qPrintable(text));
        // The calibration error in percentage points, as the trust line states it.
        const QString ece = locale.toString(number(o, QStringLiteral("calibration.test_ece")) * 100.0, 'f', 1);
        const QString stated = language == QLatin1String("en") ? ece + QStringLiteral(" percentage points") : ece; // German words may change
        QVERIFY2(text.contains(stated), qPrintable(stated + QLatin1Char('\n') + text));
    }

    // "24%" and "0.24" are one acceptance; "15-35%" and "0.15-0.35" one range, with a band.
    void acceptanceForms()
    {
        auto economics = [](const Run &r) {
            return json(r).value(QStringLiteral("campaign")).toObject().value(QStringLiteral("economics")).toObject().value(QStringLiteral("acceptance")).toObject();
        };
        for (const QString &form : {QStringLiteral("24%"), QStringLiteral("0.24"), QStringLiteral(" 24 % ")}) {
            const Run r = cli({Report, Telco, QStringLiteral("--acceptance"), form, Json, Quiet});
            QVERIFY2(r.exitCode == 0, qPrintable(form + r.err));
            QCOMPARE(economics(r).value(QStringLiteral("low")).toDouble(), 0.24);
            QCOMPARE(economics(r).value(QStringLiteral("high")).toDouble(), 0.24);
        }
        for (const QString &form : {QStringLiteral("15-35%"), QStringLiteral("0.15-0.35"), QStringLiteral("15%–35%")}) {
            const Run r = cli({Report, Telco, QStringLiteral("--acceptance"), form, Json, Quiet});
            QVERIFY2(r.exitCode == 0, qPrintable(form + r.err));
            QCOMPARE(economics(r).value(QStringLiteral("low")).toDouble(), 0.15);
            QCOMPARE(economics(r).value(QStringLiteral("high")).toDouble(), 0.35);
            const QJsonObject band = json(r).value(QStringLiteral("campaign")).toObject().value(QStringLiteral("best_net_saving_band")).toObject();
            QVERIFY2(band.value(QStringLiteral("p10")).toDouble() < band.value(QStringLiteral("p90")).toDouble(), qPrintable(form));
        }
    }

    // A range and a budget on paper: the band's figures and the budget's effect are said in words.
    void rangeAndBudgetOnThePdf()
    {
        if (!hasRenderer())
            QSKIP("built without the report renderer");
        const QString pdf = path(QStringLiteral("budget.pdf"));
        const Run r = cliIn(QStringLiteral("en"), {Report, Telco, QStringLiteral("--acceptance"), QStringLiteral("15-35%"), QStringLiteral("--offer-cost"),
                                                   QStringLiteral("10"), QStringLiteral("--budget"), QStringLiteral("5000"), Out, pdf, Json, Quiet});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject c = json(r).value(QStringLiteral("campaign")).toObject();
        QVERIFY(c.value(QStringLiteral("budget_limited")).toBool());
        QVERIFY(number(c, QStringLiteral("best.cost")) <= 5000.0);
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        const QString text = pdfText(pdf).simplified();
        // Money in the currency of the preferences, else the locale's: dollars in English.
        QVERIFY2(text.contains(QStringLiteral("The budget of $5,000 limits the list")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("15% to 35%")), qPrintable(text));
        QVERIFY2(text.contains(whole(en, number(c, QStringLiteral("best_net_saving_band.p10")))), qPrintable(text));
        QVERIFY2(text.contains(whole(en, number(c, QStringLiteral("best_net_saving_band.p90")))), qPrintable(text));
    }

    void nothingPays()
    {
        const QString pdf = path(QStringLiteral("nothing.pdf"));
        QStringList args{Report, Telco, QStringLiteral("--offer-cost"), QStringLiteral("900"), QStringLiteral("--contact-cost"), QStringLiteral("50"), Json, Quiet};
        if (hasRenderer())
            args << Out << pdf;
        const Run r = cliIn(QStringLiteral("en"), args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(json(r).value(QStringLiteral("campaign")).toObject().value(QStringLiteral("best_customers")).toInteger(), 0);
        if (hasRenderer())
            QVERIFY2(pdfText(pdf).simplified().contains(QStringLiteral("No campaign pays at these assumptions")), qPrintable(pdfText(pdf)));
    }

    void badOptions_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("named"); //!< the option (or column) the message names
        QTest::addColumn<QString>("value"); //!< the offending value it quotes
        auto row = [](const char *name, const QString &option, const QString &value, const QString &named = {}, const QString &quoted = {}) {
            QTest::newRow(name) << QStringList{option, value} << (named.isEmpty() ? option : named) << (quoted.isEmpty() ? value : quoted);
        };
        row("acceptance without %", QStringLiteral("--acceptance"), QStringLiteral("24"));
        row("acceptance backwards", QStringLiteral("--acceptance"), QStringLiteral("35-15%"));
        row("acceptance over 100%", QStringLiteral("--acceptance"), QStringLiteral("150%"));
        row("acceptance words", QStringLiteral("--acceptance"), QStringLiteral("high"));
        row("acceptance three parts", QStringLiteral("--acceptance"), QStringLiteral("1-2-3%"));
        row("acceptance negative", QStringLiteral("--acceptance"), QStringLiteral("-0.2"));
        row("negative offer cost", QStringLiteral("--offer-cost"), QStringLiteral("-5"));
        row("contact cost not a number", QStringLiteral("--contact-cost"), QStringLiteral("five"));
        row("infinite budget", QStringLiteral("--budget"), QStringLiteral("inf"));
        row("zero months", QStringLiteral("--months"), QStringLiteral("0"));
        row("unknown segment column", QStringLiteral("--segments"), QStringLiteral("Contract,NoSuchColumn"), QStringLiteral("NoSuchColumn"),
            QStringLiteral("NoSuchColumn"));
        row("out is a folder", Out, QDir::tempPath(), Out, QDir::tempPath());
        row("unknown option", QStringLiteral("--acceptence"), QStringLiteral("0.2"), QStringLiteral("acceptence"), QStringLiteral("acceptence"));
    }
    void badOptions()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, named);
        QFETCH(QString, value);
        const Run r = cli(QStringList{Report, Telco, Quiet} + options);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(named), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("\"%1\"").arg(value)) || r.err.contains(QStringLiteral("'%1'").arg(value)), qPrintable(r.err));
        QVERIFY2(r.out.isEmpty(), r.out.constData());
    }

    // With a project: its scorings make the trend (JSON and page 2), and the project is only read.
    void projectTrend()
    {
        const QString project = path(QStringLiteral("trend.churnlens"));
        QVERIFY(QFile::copy(QStringLiteral(CHURNLENS_TESTDATA "/project_schema1.churnlens"), project));
        QVERIFY(QFile::setPermissions(project, QFile::ReadOwner | QFile::WriteOwner));
        const QString part = path(QStringLiteral("first-3000.csv"));
        QVERIFY(write(part, readAll(Telco).split('\n').mid(0, 3001).join('\n') + '\n'));
        for (const QString &file : {part, Telco}) {
            const Run s = cli({QStringLiteral("score"), file, QStringLiteral("--project"), project, Quiet});
            QVERIFY2(s.exitCode == 0, qPrintable(s.err));
        }
        const QByteArray before = readAll(project);
        const QString pdf = path(QStringLiteral("trend.pdf"));
        QStringList args{Report, Telco, QStringLiteral("--project"), project, Json, Quiet};
        if (hasRenderer())
            args << Out << pdf;
        const Run r = cliIn(QStringLiteral("en"), args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = json(r);
        const QJsonArray trend = o.value(QStringLiteral("trend")).toArray();
        QCOMPARE(trend.size(), 2);
        QCOMPARE(trend.at(0).toObject().value(QStringLiteral("rows")).toInteger(), 3000);
        QVERIFY2(o.value(QStringLiteral("model")).toString().contains(QStringLiteral("champion")), qPrintable(o.value(QStringLiteral("model")).toString()));
        QVERIFY2(readAll(project) == before, "the report changed the project");
        if (hasRenderer()) {
            const QString text = pdfText(pdf);
            QVERIFY2(text.contains(QStringLiteral("Trend over the project's scorings")) && text.contains(QStringLiteral("High-risk customers")),
                     qPrintable(text));
        }
    }

    // A folder that does not exist, or a file where a folder should be: exit code 6 (I/O), the
    // path named, and nothing written — not even a temporary file.
    void unwritableOutput_data()
    {
        QTest::addColumn<QString>("out");
        QTest::newRow("missing folder") << QStringLiteral("missing/report.pdf");
        QTest::newRow("file as folder") << QStringLiteral("plain.txt/report.pdf");
    }
    void unwritableOutput()
    {
        if (!hasRenderer())
            QSKIP("built without the report renderer");
        QFETCH(QString, out);
        QTemporaryDir dir;
        QVERIFY(write(dir.filePath(QStringLiteral("plain.txt")), "not a folder\n"));
        const QString target = dir.filePath(out);
        const Run r = cli({Report, Telco, Out, target, Quiet});
        QCOMPARE(r.exitCode, 6);
        QVERIFY2(r.err.contains(QStringLiteral("report.pdf")) && r.err.contains(QStringLiteral("Cannot write")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(target));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList{QStringLiteral("plain.txt")});
        QCOMPARE(readAll(dir.filePath(QStringLiteral("plain.txt"))), QByteArray("not a folder\n"));
    }

    void noRendererFailsClearly()
    {
        if (hasRenderer())
            QSKIP("this build has the report renderer");
        const QString pdf = path(QStringLiteral("no-renderer.pdf"));
        const Run r = cli({Report, Telco, Out, pdf, Quiet});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("without the PDF renderer")) && r.err.contains(QStringLiteral("--json")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(pdf));
        const Run j = cli({Report, Telco, Json, Quiet});
        QVERIFY2(j.exitCode == 0, qPrintable(j.err));
        QCOMPARE(json(j).value(QStringLiteral("kpis")).toObject().value(QStringLiteral("customers_scored")).toInteger(), 7043);
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_clireport.moc"
