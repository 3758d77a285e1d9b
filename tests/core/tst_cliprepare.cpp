// churnlens-cli prepare: the features a model reads, written so that another tool reads the very
// same numbers, with the churn label last.
#include "clirun.h"
#include "data/dataloader.h"
#include "ml/modelbundle.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using clitest::cli;
using clitest::json;
using clitest::readAll;
using clitest::Run;
using clitest::write;
using namespace churnlens;

namespace {
const QString Telco = QStringLiteral(CHURNLENS_TESTDATA "/telco.csv");
const QString DefaultModel = QStringLiteral(CHURNLENS_SOURCE "/models/default");
const QString Quiet = QStringLiteral("--quiet");
} // namespace

class TestCliPrepare : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void writesExactlyTheFeaturesTheModelReads()
    {
        const QString out = path(QStringLiteral("features.csv"));
        const Run r = cli({QStringLiteral("prepare"), Telco, QStringLiteral("--model"), DefaultModel, QStringLiteral("-o"), out,
                           QStringLiteral("--json"), Quiet});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = json(r);
        QCOMPARE(o.value(QStringLiteral("rows")).toDouble(), 7043.0);
        QCOMPARE(o.value(QStringLiteral("label")).toString(), QStringLiteral("__label"));
        QCOMPARE(o.value(QStringLiteral("churned")).toDouble(), 1869.0);
        QCOMPARE(o.value(QStringLiteral("stayed")).toDouble(), 5174.0);

        auto model = ModelBundle::load(DefaultModel);
        QVERIFY(model);
        const QStringList names = model->preparation().featureNames();
        QCOMPARE(o.value(QStringLiteral("features")).toArray().size(), names.size());
        auto loaded = DataLoader::load(DataSource::fromPath(Telco));
        QVERIFY(loaded);
        auto features = model->preparation().transform(loaded->table);
        QVERIFY(features);
        const std::vector<int8_t> labels = model->targetLabels(loaded->table);

        const QList<QByteArray> lines = readAll(out).split('\n');
        QCOMPARE(lines.size(), qsizetype(7043 + 2)); // header, rows, and the empty piece after the last line break
        QCOMPARE(QString::fromUtf8(lines[0].trimmed()), (names + QStringList{QStringLiteral("__label")}).join(QLatin1Char(',')));
        // Every cell, parsed as a double (as Python's float() does) and narrowed to float, is the
        // float ChurnLens feeds the model.
        qsizetype shortCells = 0;
        for (qsizetype r = 0; r < features->rows; ++r) {
            const QList<QByteArray> cells = lines[r + 1].trimmed().split(',');
            QCOMPARE(cells.size(), qsizetype(features->cols + 1));
            for (int c = 0; c < features->cols; ++c) {
                const float want = features->at(r, c);
                if (std::isnan(want)) {
                    QVERIFY(cells[c].isEmpty());
                    continue;
                }
                bool ok = false;
                const double got = cells[c].toDouble(&ok);
                QVERIFY2(ok && float(got) == want, qPrintable(QStringLiteral("row %1 column %2: %3").arg(r).arg(c).arg(QString::fromLatin1(cells[c]))));
                shortCells += cells[c].size() <= 9 ? 1 : 0;
            }
            QCOMPARE(cells.last().toInt(), int(labels[size_t(r)]));
        }
        // And readable: charges such as 29.85 stay short, not 29.850000381469727.
        QVERIFY(shortCells > features->rows * features->cols * 9 / 10);
    }

    void noChurnColumnNoLabel()
    {
        const QList<QByteArray> lines = readAll(Telco).split('\n');
        QByteArray unlabelled;
        for (qsizetype i = 0; i < 21; ++i) {
            QList<QByteArray> cells = lines[i].trimmed().split(',');
            cells.removeLast(); // Churn
            unlabelled += cells.join(',') + '\n';
        }
        const QString in = path(QStringLiteral("unlabelled.csv"));
        QVERIFY(write(in, unlabelled));
        const QString out = path(QStringLiteral("unlabelled-features.csv"));
        const Run r = cli({QStringLiteral("prepare"), in, QStringLiteral("--model"), DefaultModel, QStringLiteral("--out"), out, Quiet});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("No label column: the file has no column \"Churn\""), r.out.constData());
        const QList<QByteArray> written = readAll(out).trimmed().split('\n');
        QCOMPARE(written.size(), qsizetype(21));
        QVERIFY(!written[0].contains("__label"));
        QVERIFY(written[0].trimmed().endsWith("number of services"));
    }

    void failuresHaveTheirExitCodes()
    {
        const QString out = path(QStringLiteral("x.csv"));
        QCOMPARE(cli({QStringLiteral("prepare"), QStringLiteral("--help")}).exitCode, 0);
        const Run noOut = cli({QStringLiteral("prepare"), Telco, QStringLiteral("--model"), DefaultModel, Quiet});
        QCOMPARE(noOut.exitCode, 2);
        QVERIFY(noOut.err.contains(QStringLiteral("--out")));
        QCOMPARE(cli({QStringLiteral("prepare"), Telco, QStringLiteral("--model"), DefaultModel, QStringLiteral("-o"), m_dir.path(), Quiet}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("prepare"), path(QStringLiteral("nowhere.csv")), QStringLiteral("--model"), DefaultModel, QStringLiteral("-o"), out, Quiet}).exitCode, 6);

        const QString broken = path(QStringLiteral("broken-model"));
        QVERIFY(QDir().mkpath(broken));
        QVERIFY(write(broken + QStringLiteral("/meta.json"), "{\"format\": \"churnlens-model\"}"));
        QCOMPARE(cli({QStringLiteral("prepare"), Telco, QStringLiteral("--model"), broken, QStringLiteral("-o"), out, Quiet}).exitCode, 7);

        const QString other = path(QStringLiteral("other.csv"));
        QVERIFY(write(other, "a,b\n1,2\n3,4\n"));
        const Run r = cli({QStringLiteral("prepare"), other, QStringLiteral("--model"), DefaultModel, QStringLiteral("-o"), out, Quiet});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains(QStringLiteral("None of the model's columns")));
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestCliPrepare)
#include "tst_cliprepare.moc"
