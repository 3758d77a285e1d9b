// churnlens-cli against hostile input (issue 11): every case ends in a clear message and a
// documented exit code, never a signal, a hang or a silently wrong result.
#include "clirun.h"

#include <QDir>
#include <QScopeGuard>
#include <QJsonDocument>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QJsonObject>
#include <QTest>

#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

using namespace clitest;

namespace {
const QString Telco = QStringLiteral(CHURNLENS_TESTDATA "/telco.csv");
const QString Profile = QStringLiteral("profile");
const QString Quiet = QStringLiteral("--quiet");
const QString Json = QStringLiteral("--json");
} // namespace

class TestCliBadInput : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("xdg")).toUtf8());
    }

    // Pipes used to be opened twice (a peek for a SQLite header consumed the first 16 KB).
    void pipesAreReadOnce_data()
    {
        QTest::addColumn<QString>("script");
        QTest::newRow("/dev/stdin") << QStringLiteral("cat '%1' | \"$CLI\" profile /dev/stdin --no-stats --json --quiet");
        QTest::newRow("process substitution") << QStringLiteral("\"$CLI\" profile <(cat '%1') --no-stats --json --quiet");
        QTest::newRow("dash") << QStringLiteral("cat '%1' | \"$CLI\" profile - --no-stats --json --quiet");
    }
    void pipesAreReadOnce()
    {
        QFETCH(QString, script);
        const Run r = shell(QStringLiteral("cd '%1' && ").arg(m_dir.path()) + script.arg(Telco));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = json(r);
        QCOMPARE(o.value(QStringLiteral("rows")).toInteger(), 7043);
        QCOMPARE(o.value(QStringLiteral("columns")).toArray().first().toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("customerID"));
        QCOMPARE(o.value(QStringLiteral("target")).toString(), QStringLiteral("Churn"));
    }

    void pipeWhoseWriterHasFinished()
    {
        // The writer has closed the pipe before the CLI opens it: end of input, not a wait.
        const Run r = shell(QStringLiteral("printf 'id,x,Churn\\n1,2,Yes\\n2,3,No\\n3,4,No\\n' | "
                                           "(sleep 0.3; \"$CLI\" profile /dev/stdin --no-stats --json --quiet)"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(json(r).value(QStringLiteral("rows")).toInteger(), 3);
    }

    void standardInputFromFile()
    {
        const Run r = cli({Profile, QStringLiteral("-"), QStringLiteral("--no-stats"), Json, Quiet}, Telco);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(json(r).value(QStringLiteral("rows")).toInteger(), 7043);
    }

    // An endless binary stream is refused after its first bytes, not read until memory runs out.
    void endlessBinaryStreamIsRefused()
    {
        QProcess p;
        p.start(QStringLiteral(CHURNLENS_CLI), {Profile, QStringLiteral("/dev/zero"), Quiet});
        const Run r = finish(p, 60000);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("binary")), qPrintable(r.err));
    }

    // A FIFO nobody writes to: waiting for it must still end on Ctrl+C.
    void interruptWhileWaitingForFifo()
    {
        const QString fifo = path(QStringLiteral("nobody-writes"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QProcess p;
        p.start(QStringLiteral(CHURNLENS_CLI), {Profile, fifo});
        QVERIFY(p.waitForStarted());
        QString err;
        // "Loading" is printed once the Ctrl+C handler is in place.
        for (int i = 0; i < 300 && !err.contains(QStringLiteral("Loading")); ++i) {
            p.waitForReadyRead(100);
            err += QString::fromUtf8(p.readAllStandardError());
        }
        QVERIFY2(err.contains(QStringLiteral("Loading")), qPrintable(err));
        QCOMPARE(::kill(pid_t(p.processId()), SIGINT), 0);
        const Run r = finish(p, 20000);
        QVERIFY2(r.err != QStringLiteral("timed out"), "still waiting for the FIFO after Ctrl+C");
        QCOMPARE(r.exitCode, 5); // canceled
        QVERIFY2(r.err.contains(QStringLiteral("Canceled")), qPrintable(r.err));
    }
    // Finite but huge numbers overflowed after preparation and reached XGBoost ("inf or nan"
    // with its stack trace). They are bad values where they enter, with line and column.
    void hugeNumbersAreBadValues()
    {
        QList<QByteArray> lines = readAll(Telco).split('\n');
        const int charges = lines[0].split(',').indexOf("MonthlyCharges");
        QVERIFY(charges > 0);
        const QList<QByteArray> huge = {"1e100", "1e308", "-5e200", "1e400", "123456789012345678"};
        for (int i = 0; i < huge.size(); ++i) {
            QList<QByteArray> cells = lines[10 + i].split(',');
            cells[charges] = huge[i];
            lines[10 + i] = cells.join(',');
        }
        const QString file = path(QStringLiteral("huge.csv"));
        QVERIFY(write(file, lines.join('\n')));

        const Run profiled = cli({Profile, file, Json, Quiet});
        QVERIFY2(profiled.exitCode == 0, qPrintable(profiled.err));
        const QJsonObject o = json(profiled);
        QString warnings;
        for (const QJsonValue &w : o.value(QStringLiteral("load_warnings")).toArray())
            warnings += w.toString() + QLatin1Char('\n');
        QVERIFY2(warnings.contains(QStringLiteral("line 11, column %1").arg(charges + 1)), qPrintable(warnings));
        QVERIFY2(warnings.contains(QStringLiteral("too large")), qPrintable(warnings));
        for (const QJsonValue &c : o.value(QStringLiteral("columns")).toArray()) {
            if (c.toObject().value(QStringLiteral("name")).toString() == QStringLiteral("MonthlyCharges")) {
                QCOMPARE(c.toObject().value(QStringLiteral("type")).toString(), QStringLiteral("numeric"));
                QCOMPARE(c.toObject().value(QStringLiteral("missing")).toInt(), huge.size());
            }
        }

        const Run trained = cli({QStringLiteral("train"), file, QStringLiteral("--folds"), QStringLiteral("0"), Quiet,
                                 QStringLiteral("--out"), path(QStringLiteral("huge-model"))});
        QVERIFY2(trained.exitCode == 0, qPrintable(trained.err));
        QVERIFY2(!trained.err.contains(QStringLiteral("Stack trace")), qPrintable(trained.err));
    }

    // A damaged model.json: XGBoost's own message, without its stack trace.
    void truncatedModelHasNoStackTrace()
    {
        const QString model = path(QStringLiteral("truncated-model"));
        QVERIFY(QDir().mkpath(model));
        for (const char *name : {"model.json", "preparation.json", "meta.json"}) {
            const QByteArray bytes = readAll(QStringLiteral(CHURNLENS_SOURCE "/models/default/") + QLatin1String(name));
            QVERIFY(!bytes.isEmpty());
            QVERIFY(write(model + QLatin1Char('/') + QLatin1String(name),
                          QByteArray(name) == "model.json" ? bytes.left(bytes.size() / 2) : bytes));
        }
        const Run r = cli({QStringLiteral("score"), Telco, QStringLiteral("--model"), model, Quiet});
        QVERIFY(r.exitCode != 0 && r.exitCode != -1);
        QVERIFY2(!r.err.contains(QStringLiteral("Stack trace")) && !r.err.contains(QStringLiteral("[bt]")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("model")), qPrintable(r.err));
    }
    void threadsAndMonthsAreValidated_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        const QString t = QStringLiteral("--threads");
        QTest::newRow("score negative threads") << QStringList{QStringLiteral("score"), Telco, t, QStringLiteral("-3")} << 2;
        QTest::newRow("explain negative threads") << QStringList{QStringLiteral("explain"), Telco, t, QStringLiteral("-1")} << 2;
        QTest::newRow("train negative threads") << QStringList{QStringLiteral("train"), Telco, t, QStringLiteral("-8")} << 2;
        QTest::newRow("score absurd threads") << QStringList{QStringLiteral("score"), Telco, t, QStringLiteral("999999999")} << 2;
        QTest::newRow("score threads text") << QStringList{QStringLiteral("score"), Telco, t, QStringLiteral("many")} << 2;
        // Without a campaign option the value was never computed, so -12 passed unnoticed.
        QTest::newRow("negative months") << QStringList{QStringLiteral("score"), Telco, QStringLiteral("--months"), QStringLiteral("-12")} << 2;
        QTest::newRow("zero months") << QStringList{QStringLiteral("score"), Telco, QStringLiteral("--top"), QStringLiteral("5"),
                                                    QStringLiteral("--months"), QStringLiteral("0")} << 2;
        // Many threads are capped at a few per core, with a note: the run works.
        QTest::newRow("train 100000 threads") << QStringList{QStringLiteral("train"), Telco, t, QStringLiteral("100000"),
                                                             QStringLiteral("--folds"), QStringLiteral("0")} << 0;
        QTest::newRow("score 100000 threads") << QStringList{QStringLiteral("score"), Telco, t, QStringLiteral("100000")} << 0;
    }
    void threadsAndMonthsAreValidated()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const Run r = cli(arguments << Quiet);
        QVERIFY2(r.exitCode == exitCode, qPrintable(QString::number(r.exitCode) + QLatin1Char(' ') + r.err.left(2000)));
        if (exitCode == 2)
            QVERIFY2(r.err.contains(QStringLiteral("--threads")) || r.err.contains(QStringLiteral("--months")), qPrintable(r.err));
        else
            QVERIFY2(r.err.contains(QStringLiteral("per core")), qPrintable(r.err));
    }
    void autoTuningOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named");
        const QString train = QStringLiteral("train");
        QTest::newRow("unknown effort") << QStringList{train, Telco, QStringLiteral("--effort"), QStringLiteral("fast")} << QStringLiteral("--effort");
        QTest::newRow("negative budget") << QStringList{train, Telco, QStringLiteral("--budget-seconds"), QStringLiteral("-1")}
                                         << QStringLiteral("--budget-seconds");
        QTest::newRow("budget text") << QStringList{train, Telco, QStringLiteral("--budget-seconds"), QStringLiteral("soon")}
                                     << QStringLiteral("--budget-seconds");
        QTest::newRow("budget with grid") << QStringList{train, Telco, QStringLiteral("--tune"), QStringLiteral("grid"), QStringLiteral("--budget-seconds"),
                                                         QStringLiteral("5")}
                                          << QStringLiteral("--tune auto");
        QTest::newRow("unknown tune") << QStringList{train, Telco, QStringLiteral("--tune"), QStringLiteral("hyperband")} << QStringLiteral("auto, none, grid, random");
    }
    void autoTuningOptions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        const Run r = cli(arguments << Quiet);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(named), qPrintable(r.err));
    }
    void autoTuningRunsWithinABudget()
    {
        // The default run with a budget: a tuned, calibration-checked model and its report.
        const Run r = cli({QStringLiteral("train"), Telco, QStringLiteral("--budget-seconds"), QStringLiteral("30"), QStringLiteral("--effort"),
                           QStringLiteral("thorough"), QStringLiteral("--json"), Quiet});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(json.value("tuning").toString(), QStringLiteral("auto"));
        const QJsonObject model = json.value("models").toArray().first().toObject();
        QVERIFY(!model.value("search").toArray().isEmpty());
        const QJsonObject calibration = model.value("calibration").toObject();
        QVERIFY(QStringList({"none", "platt", "isotonic"}).contains(calibration.value("method").toString()));
        QVERIFY(calibration.value("test_ece").toDouble() > 0.0 && calibration.value("test_ece").toDouble() < 0.1);
        QCOMPARE(calibration.value("cv_folds").toInt(), 5);
    }

    // The encoding is decided on the whole file and named; a bad byte is a warning at its place.
    void encodingIsNamed()
    {
        QByteArray bytes = "id,name,Churn\n";
        for (int i = 1; i <= 200; ++i)
            bytes += QByteArray::number(i) + ",M\xC3\xBCller" + QByteArray::number(i) + (i % 4 ? ",No\n" : ",Yes\n");
        bytes += "201,Bad\xFF,No\n";
        const QString file = path(QStringLiteral("mostly-utf8.csv"));
        QVERIFY(write(file, bytes));
        const Run r = cli({Profile, file, QStringLiteral("--no-stats"), Json, Quiet});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = json(r);
        QCOMPARE(o.value(QStringLiteral("encoding")).toString(), QStringLiteral("utf-8"));
        const QJsonArray warnings = o.value(QStringLiteral("load_warnings")).toArray();
        QVERIFY2(!warnings.isEmpty() && warnings.first().toString().contains(QStringLiteral("line 202, column 2")),
                 qPrintable(QJsonDocument(warnings).toJson()));
        const Run text = cli({Profile, file, QStringLiteral("--no-stats"), Quiet});
        QVERIFY2(text.out.contains("Text encoding: utf-8"), text.out.constData());
    }
    // A killed XLSX export left its hidden ".part" file behind; the next export to the folder
    // removes parts whose writer is gone, and leaves a running writer's parts alone.
    void stalePartsAreRemoved()
    {
        const QString folder = path(QStringLiteral("exports"));
        QVERIFY(QDir().mkpath(folder));
        // Above the kernel's pid_max (at most 4194304): no process has this id.
        const QString dead = folder + QStringLiteral("/.old.xlsx.%1-0123456789abcdef.part").arg(qint64(5000000));
        const QString alive = folder + QStringLiteral("/.other.xlsx.%1-fedcba9876543210.part").arg(qint64(::getpid()));
        const QString foreign = folder + QStringLiteral("/.notes.part");
        for (const QString &f : {dead, alive, foreign})
            QVERIFY(write(f, "PK partial"));
        const Run r = cli({QStringLiteral("score"), Telco, QStringLiteral("--top"), QStringLiteral("20"), QStringLiteral("--out"),
                           folder + QStringLiteral("/campaign.xlsx"), Quiet});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(folder + QStringLiteral("/campaign.xlsx")));
        QVERIFY2(!QFile::exists(dead), "a part whose writer is gone stayed");
        QVERIFY(QFile::exists(alive));   // this test process is alive: maybe still writing
        QVERIFY(QFile::exists(foreign)); // not ours
    }

    // SIGTERM cancels an export like Ctrl+C: no signal death, no part file left behind.
    void sigtermCancelsExport()
    {
        const QString data = path(QStringLiteral("many.csv"));
        QCOMPARE(cli({QStringLiteral("generate"), QStringLiteral("--rows"), QStringLiteral("150000"), QStringLiteral("--out"), data}).exitCode, 0);
        const QString folder = path(QStringLiteral("term"));
        QVERIFY(QDir().mkpath(folder));
        QProcess p;
        p.start(QStringLiteral(CHURNLENS_CLI), {QStringLiteral("score"), data, QStringLiteral("--factors"), QStringLiteral("0"),
                                                 QStringLiteral("--columns"), QStringLiteral("gender,tenure,Contract,PaymentMethod"),
                                                 QStringLiteral("--out"), folder + QStringLiteral("/all.xlsx"), Quiet});
        QVERIFY(p.waitForStarted());
        // Wait until the Excel file is being written (its part appears), then terminate.
        bool sawPart = false;
        for (int i = 0; i < 12000 && !sawPart && p.state() == QProcess::Running; ++i) {
            sawPart = !QDir(folder).entryList({QStringLiteral(".*.part")}, QDir::Files | QDir::Hidden).isEmpty();
            if (!sawPart)
                QTest::qWait(5);
        }
        if (sawPart)
            QCOMPARE(::kill(pid_t(p.processId()), SIGTERM), 0);
        const Run r = finish(p, 120000);
        QVERIFY2(r.exitCode != -1, "ended by the signal instead of canceling");
        if (sawPart && r.exitCode != 0) {
            QCOMPARE(r.exitCode, 5); // canceled
            QVERIFY2(r.err.contains(QStringLiteral("Canceled")), qPrintable(r.err));
            QVERIFY(!QFile::exists(folder + QStringLiteral("/all.xlsx")));
        }
        QVERIFY2(QDir(folder).entryList({QStringLiteral(".*.part")}, QDir::Files | QDir::Hidden).isEmpty(), "a part file was left");
    }
    // The export is written; a log that cannot be written is a warning (exit 0), not a failure.
    void unwritableLogIsAWarning()
    {
        const QString out = path(QStringLiteral("logged.csv"));
        const Run r = cli({QStringLiteral("score"), Telco, QStringLiteral("--top"), QStringLiteral("5"), QStringLiteral("--out"), out,
                           QStringLiteral("--log"), QStringLiteral("/dev/full"), Quiet});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(out));
        QVERIFY2(r.err.contains(QStringLiteral("export log")) && r.err.contains(QStringLiteral("No space left")), qPrintable(r.err));
    }

    // A damaged or hand-edited meta.json is refused with the reason.
    void modelMetadataIsValidated_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("reason");
        // The last "threshold" key is the model's own (the first ones are test metrics).
        QTest::newRow("threshold -1") << QByteArray("\"threshold\": ") << QByteArray("\"threshold\": -1, \"old_threshold\": ")
                                      << QStringLiteral("probability");
        QTest::newRow("threshold 7") << QByteArray("\"threshold\": ") << QByteArray("\"threshold\": 7, \"old_threshold\": ")
                                     << QStringLiteral("probability");
        QTest::newRow("model file elsewhere") << QByteArray("\"model_file\": \"model.json\"")
                                              << QByteArray("\"model_file\": \"../default/model.json\"")
                                              << QStringLiteral("model's folder");
    }
    void modelMetadataIsValidated()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, reason);
        const QString model = path(QStringLiteral("edited-model-%1").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
        QVERIFY(QDir().mkpath(model));
        for (const char *name : {"model.json", "preparation.json", "meta.json"}) {
            QByteArray bytes = readAll(QStringLiteral(CHURNLENS_SOURCE "/models/default/") + QLatin1String(name));
            if (QByteArray(name) == "meta.json") {
                QVERIFY(bytes.contains(from));
                bytes.replace(bytes.lastIndexOf(from), from.size(), to);
            }
            QVERIFY(write(model + QLatin1Char('/') + QLatin1String(name), bytes));
        }
        const Run r = cli({QStringLiteral("score"), Telco, QStringLiteral("--model"), model, Quiet});
        QCOMPARE(r.exitCode, 7); // model
        QVERIFY2(r.err.contains(QStringLiteral("meta.json")) && r.err.contains(reason), qPrintable(r.err));
    }

    // Three classes are trained as one against the rest: said, not silent.
    void threeClassTargetIsSaid()
    {
        QList<QByteArray> lines = readAll(Telco).split('\n');
        int changed = 0;
        for (int i = 1; i < lines.size(); i += 5) {
            const QByteArray row = lines[i].trimmed(); // the file may end its lines with CRLF
            if (row.endsWith(",No")) {
                lines[i] = row.left(row.size() - 2) + "Maybe";
                ++changed;
            }
        }
        QVERIFY(changed > 100);
        const QString file = path(QStringLiteral("three.csv"));
        QVERIFY(write(file, lines.join('\n')));
        const Run r = cli({QStringLiteral("train"), file, QStringLiteral("--target"), QStringLiteral("Churn"), QStringLiteral("--folds"),
                           QStringLiteral("0"), QStringLiteral("--model"), QStringLiteral("logistic"), Json, Quiet});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QString issues;
        for (const QJsonValue &v : json(r).value(QStringLiteral("issues")).toArray())
            issues += v.toString() + v.toObject().value(QStringLiteral("message")).toString();
        QVERIFY2(issues.contains(QStringLiteral("3 different values")), qPrintable(issues + r.out.left(300)));
    }

    // "Churn" twice in the header: which column is the target is said (and --target picks).
    void duplicateTargetHeaderIsSaid()
    {
        QByteArray bytes = "id,Churn,x,Churn\n";
        for (int i = 0; i < 60; ++i)
            bytes += QByteArray::number(i) + (i % 3 ? ",No," : ",Yes,") + QByteArray::number(i % 7) + (i % 2 ? ",Yes\n" : ",No\n");
        const QString file = path(QStringLiteral("dup.csv"));
        QVERIFY(write(file, bytes));
        const Run r = cli({Profile, file, QStringLiteral("--no-stats"), Json, Quiet});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = json(r);
        QCOMPARE(o.value(QStringLiteral("target")).toString(), QStringLiteral("Churn"));
        QString warnings;
        for (const QJsonValue &w : o.value(QStringLiteral("load_warnings")).toArray())
            warnings += w.toString() + QLatin1Char('\n');
        QVERIFY2(warnings.contains(QStringLiteral("more than one column \"Churn\"")) && warnings.contains(QStringLiteral("Churn (2)")),
                 qPrintable(warnings));
        const Run train = cli({QStringLiteral("train"), file, QStringLiteral("--folds"), QStringLiteral("0"), QStringLiteral("--model"),
                               QStringLiteral("logistic"), QStringLiteral("--test-size"), QStringLiteral("0.3"), Quiet});
        QVERIFY2(train.err.contains(QStringLiteral("more than one column")), qPrintable(train.err));
        const Run second = cli({Profile, file, QStringLiteral("--no-stats"), QStringLiteral("--target"), QStringLiteral("Churn (2)"), Json, Quiet});
        QCOMPARE(json(second).value(QStringLiteral("target")).toString(), QStringLiteral("Churn (2)"));
    }

    // A full disk is reported with the system's reason, not "Unknown error".
    void fullDiskSaysSo()
    {
        const QString small = path(QStringLiteral("small-disk"));
        QVERIFY(QDir().mkpath(small));
        QProcess mount;
        mount.start(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=64k"),
                                              QStringLiteral("tmpfs"), small});
        if (!mount.waitForFinished() || mount.exitStatus() != QProcess::NormalExit || mount.exitCode() != 0)
            QSKIP("cannot mount a small tmpfs here (needs root)");
        const auto unmount = qScopeGuard([&] { QProcess::execute(QStringLiteral("umount"), {small}); });
        for (const char *name : {"all.csv", "all.xlsx"}) {
            const Run r = cli({QStringLiteral("score"), Telco, QStringLiteral("--out"), small + QLatin1Char('/') + QLatin1String(name), Quiet});
            QCOMPARE(r.exitCode, 6); // I/O
            QVERIFY2(r.err.contains(QStringLiteral("No space left on device")) && !r.err.contains(QStringLiteral("Unknown error")),
                     qPrintable(r.err));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliBadInput)
#include "tst_clibadinput.moc"
