// churnlens-cli drift and retrain end to end: exit code 0 when nothing needs doing, 4 when
// retraining is recommended, the JSON keys, the check kept in a project, usage errors, a model
// without a training reference, and a challenger trained, registered and compared.
#include "clirun.h"

#include "project/monitorstore.h"
#include "project/modelregistry.h"
#include "project/projectfile.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace churnlens;
using namespace clitest;

class TestCliMonitor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (auto [name, seed] : {std::pair{"reference.csv", "11"}, std::pair{"new.csv", "12"}}) {
            const Run r = cli({QStringLiteral("generate"), QStringLiteral("--rows"), QStringLiteral("5000"), QStringLiteral("--seed"),
                               QString::fromLatin1(seed), QStringLiteral("--out"), path(QString::fromLatin1(name)), QStringLiteral("--quiet")});
            QCOMPARE(r.exitCode, 0);
        }
        const Run trained = cli({QStringLiteral("train"), path(QStringLiteral("reference.csv")), QStringLiteral("--tune"), QStringLiteral("none"),
                                 QStringLiteral("--folds"), QStringLiteral("3"), QStringLiteral("--out"), path(QStringLiteral("model")),
                                 QStringLiteral("--project"), path(QStringLiteral("p.churnlens")), QStringLiteral("--register"),
                                 QStringLiteral("--reason"), QStringLiteral("first"), QStringLiteral("--quiet")});
        QVERIFY2(trained.exitCode == 0, qPrintable(trained.err));

        // A shifted copy of the new file: charges doubled and every contract month-to-month.
        const QList<QByteArray> lines = readAll(path(QStringLiteral("new.csv"))).split('\n');
        const QList<QByteArray> header = lines.first().split(',');
        const qsizetype charges = header.indexOf("MonthlyCharges"), contract = header.indexOf("Contract");
        QVERIFY(charges > 0 && contract > 0);
        QByteArray shifted = lines.first() + '\n';
        for (qsizetype i = 1; i < lines.size(); ++i) {
            if (lines[i].isEmpty())
                continue;
            QList<QByteArray> fields = lines[i].split(',');
            fields[charges] = QByteArray::number(fields[charges].toDouble() * 2.0, 'f', 2);
            fields[contract] = "Month-to-month";
            shifted += fields.join(',') + '\n';
        }
        QVERIFY(write(path(QStringLiteral("shifted.csv")), shifted));
    }

    void samePopulationNeedsNothing()
    {
        const Run r = cli({QStringLiteral("drift"), path(QStringLiteral("new.csv")), QStringLiteral("--model"), path(QStringLiteral("model")),
                           QStringLiteral("--json"), QStringLiteral("--quiet")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + QString::fromUtf8(r.out)));
        const QJsonObject o = json(r);
        QCOMPARE(o.value(QLatin1String("recommendation")).toString(), QStringLiteral("none"));
        QCOMPARE(o.value(QLatin1String("retrain")).toBool(), false);
        QCOMPARE(o.value(QLatin1String("performance_kind")).toString(), QStringLiteral("realised"));
        const QJsonArray fields = o.value(QLatin1String("drift")).toObject().value(QLatin1String("features")).toArray();
        QVERIFY(fields.size() >= 15);
        QVERIFY(o.value(QLatin1String("reasons")).toArray().first().toString().startsWith(QLatin1String("No action needed")));
    }

    void shiftedFileExitsFour()
    {
        const Run r = cli({QStringLiteral("drift"), path(QStringLiteral("shifted.csv")), QStringLiteral("--model"), path(QStringLiteral("model")),
                           QStringLiteral("--json"), QStringLiteral("--quiet")});
        QCOMPARE(r.exitCode, 4);
        const QJsonObject o = json(r);
        QCOMPARE(o.value(QLatin1String("recommendation")).toString(), QStringLiteral("retrain"));
        const QString reasons = o.value(QLatin1String("reasons")).toVariant().toStringList().join(QLatin1Char('\n'));
        QVERIFY2(reasons.startsWith(QLatin1String("Retrain recommended:")), qPrintable(reasons));
        QVERIFY2(reasons.contains(QLatin1String("MonthlyCharges drifted (PSI")), qPrintable(reasons));
        // The text form says the same, with the table.
        const Run text = cli({QStringLiteral("drift"), path(QStringLiteral("shifted.csv")), QStringLiteral("--model"), path(QStringLiteral("model")),
                              QStringLiteral("--quiet")});
        QCOMPARE(text.exitCode, 4);
        QVERIFY(text.out.contains("Retrain recommended:"));
        QVERIFY(text.out.contains("MonthlyCharges"));
    }

    void projectKeepsTheCheckAndItsSettings()
    {
        const QString project = path(QStringLiteral("p.churnlens"));
        const Run r = cli({QStringLiteral("drift"), path(QStringLiteral("new.csv")), QStringLiteral("--project"), project,
                           QStringLiteral("--accuracy-floor"), QStringLiteral("99"), QStringLiteral("--quiet")});
        QCOMPARE(r.exitCode, 4); // no model reaches 99%: the fixed floor recommends retraining
        QVERIFY(r.out.contains("(the fixed floor)"));
        auto file = ProjectFile::open(project, ProjectFile::Access::ReadOnly);
        QVERIFY(file);
        auto checks = MonitorStore(**file).checks();
        QVERIFY(checks);
        QCOMPARE(checks->size(), 1);
        QCOMPARE(checks->first().version, 1);
        QCOMPARE(checks->first().recommendation, QStringLiteral("retrain"));
        QVERIFY(!checks->first().accuracyEstimated);
    }

    void usageErrors()
    {
        QCOMPARE(cli({QStringLiteral("drift")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("drift"), path(QStringLiteral("new.csv")), QStringLiteral("--model"), path(QStringLiteral("model")),
                      QStringLiteral("--psi"), QStringLiteral("-1")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("drift"), path(QStringLiteral("new.csv")), QStringLiteral("--model"), path(QStringLiteral("model")),
                      QStringLiteral("--accuracy-floor"), QStringLiteral("abc")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("retrain"), path(QStringLiteral("new.csv"))}).exitCode, 2);
        const Run both = cli({QStringLiteral("retrain"), path(QStringLiteral("new.csv")), QStringLiteral("--project"), path(QStringLiteral("p.churnlens")),
                              QStringLiteral("--new-only"), QStringLiteral("--reference-data"), path(QStringLiteral("reference.csv"))});
        QCOMPARE(both.exitCode, 2);
        const Run missing = cli({QStringLiteral("drift"), path(QStringLiteral("nothere.csv")), QStringLiteral("--model"), path(QStringLiteral("model"))});
        QCOMPARE(missing.exitCode, 6);
    }

    void retrainWithoutTrainingDataSaysWhatToGive()
    {
        const Run r = cli({QStringLiteral("retrain"), path(QStringLiteral("new.csv")), QStringLiteral("--project"), path(QStringLiteral("p.churnlens")),
                           QStringLiteral("--quiet")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("keeps no copy")), qPrintable(r.err));
    }

    void retrainRegistersAChallenger()
    {
        const QString project = path(QStringLiteral("p.churnlens"));
        const Run r = cli({QStringLiteral("retrain"), path(QStringLiteral("new.csv")), QStringLiteral("--project"), project,
                           QStringLiteral("--reference-data"), path(QStringLiteral("reference.csv")), QStringLiteral("--json"),
                           QStringLiteral("--quiet")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = json(r);
        QCOMPARE(o.value(QLatin1String("champion_version")).toInt(), 1);
        QCOMPARE(o.value(QLatin1String("challenger_version")).toInt(), 2);
        QCOMPARE(o.value(QLatin1String("holdout_rows")).toInteger(), qint64(1500));
        QCOMPARE(o.value(QLatin1String("training_rows")).toInteger(), qint64(5000 + 3500));
        const QJsonObject delong = o.value(QLatin1String("delong")).toObject();
        QVERIFY(delong.contains(QLatin1String("p_value")));
        QVERIFY(o.value(QLatin1String("comparison_id")).toInteger() > 0);
        auto file = ProjectFile::open(project, ProjectFile::Access::ReadOnly);
        QVERIFY(file);
        auto version = ModelRegistry(**file).version(2);
        QVERIFY(version);
        QCOMPARE(version->status, VersionStatus::Challenger);

        const Run alone = cli({QStringLiteral("retrain"), path(QStringLiteral("new.csv")), QStringLiteral("--project"), project,
                               QStringLiteral("--new-only"), QStringLiteral("--quiet")});
        QVERIFY2(alone.exitCode == 0, qPrintable(alone.err));
        QVERIFY(alone.out.contains("Challenger v3 registered"));
        QVERIFY(alone.out.contains("churnlens-cli promote"));
    }
};

QTEST_GUILESS_MAIN(TestCliMonitor)
#include "tst_climonitor.moc"
