// churnlens-cli against hostile input (issue 11): every case ends in a clear message and a
// documented exit code, never a signal, a hang or a silently wrong result.
#include "clirun.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>

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
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Canceled")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliBadInput)
#include "tst_clibadinput.moc"
