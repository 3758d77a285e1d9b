#include "export/exportlog.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace churnlens;

class TestExportLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void appendAndRead()
    {
        QTemporaryDir dir;
        const ExportLog log(dir.filePath(QStringLiteral("exports.jsonl")));
        auto empty = log.read();
        QVERIFY(empty);
        QVERIFY(empty->isEmpty());

        ExportRecord a;
        a.when = QDateTime(QDate(2026, 11, 24), QTime(9, 30, 15, 250), Qt::UTC);
        a.file = QStringLiteral("/tmp/list.xlsx");
        a.format = QStringLiteral("xlsx");
        a.model = QStringLiteral("/models/xgb");
        a.threshold = 0.3125;
        a.rows = 1234;
        a.selection = QStringLiteral("top 1234");
        a.source = QStringLiteral("customers.csv");
        ExportRecord b = a;
        b.file = QStringLiteral("/tmp/list.csv");
        b.threshold = std::numeric_limits<double>::quiet_NaN();
        b.rows = 0;
        QVERIFY(log.append(a));
        QVERIFY(log.append(b));

        QFile raw(log.path());
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QCOMPARE(raw.readAll().count('\n'), 2);

        const auto records = log.read();
        QVERIFY(records);
        QCOMPARE(records->size(), 2);
        const ExportRecord &r = records->at(0);
        QCOMPARE(r.when, a.when);
        QCOMPARE(r.file, a.file);
        QCOMPARE(r.format, a.format);
        QCOMPARE(r.model, a.model);
        QCOMPARE(r.threshold, 0.3125);
        QCOMPARE(r.rows, 1234);
        QCOMPARE(r.selection, a.selection);
        QCOMPARE(r.source, a.source);
        QVERIFY(std::isnan(records->at(1).threshold));
        QCOMPARE(records->at(1).rows, 0);
    }

    void createsTheFolder()
    {
        QTemporaryDir dir;
        const ExportLog log(dir.filePath(QStringLiteral("a/b/exports.jsonl")));
        ExportRecord r;
        r.when = QDateTime::currentDateTimeUtc();
        r.file = QStringLiteral("x.csv");
        QVERIFY(log.append(r));
        QCOMPARE(log.read()->size(), 1);
        QVERIFY(ExportLog::defaultPath().endsWith(QStringLiteral("churnlens/exports.jsonl")));
    }

    void damagedLinesAreSkippedAndReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("exports.jsonl"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"when\":\"2026-01-02T03:04:05.000Z\",\"file\":\"a.csv\",\"rows\":3}\n"
                "not json\n"
                "\n"
                "{\"file\":\"no time\",\"rows\":1}\n"
                "{\"when\":\"2026-01-02T03:04:06.000Z\",\"file\":\"b.csv\",\"rows\":4}\n");
        f.close();
        QList<Issue> issues;
        const auto records = ExportLog(path).read(&issues);
        QVERIFY(records);
        QCOMPARE(records->size(), 2);
        QCOMPARE(records->at(1).file, QStringLiteral("b.csv"));
        QCOMPARE(issues.size(), 2);
        QCOMPARE(issues[0].line, 2);
        QCOMPARE(issues[1].line, 4);
    }

    void unwritableLogIsAnError()
    {
        QTemporaryDir dir;
        // "file" is a file, so it cannot be the log's folder.
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const ExportLog log(dir.filePath(QStringLiteral("file/exports.jsonl")));
        ExportRecord r;
        r.when = QDateTime::currentDateTimeUtc();
        r.file = QStringLiteral("x.csv");
        const auto result = log.append(r);
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::Io);
    }
};

QTEST_GUILESS_MAIN(TestExportLog)
#include "tst_exportlog.moc"
