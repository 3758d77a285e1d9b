// churnlens-cli model-export / model-import: a project's versions out as folders with a model
// card, and back in (a ChurnLens folder, or XGBoost's own JSON trained by Python).
#include "clirun.h"
#include "ml/modelbundle.h"
#include "project/modelregistry.h"
#include "project/projectfile.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace churnlens;
using clitest::cli;

class TestCliModelFolders : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        // A project with the shipped default model as v1 champion (written by schema 1, upgraded on first open).
        m_project = path(QStringLiteral("p.churnlens"));
        QVERIFY(QFile::copy(QStringLiteral(CHURNLENS_TESTDATA "/project_schema1.churnlens"), m_project));
        QVERIFY(QFile::setPermissions(m_project, QFile::ReadOwner | QFile::WriteOwner));
    }

    void importsPythonModelAndVerifies()
    {
        const QString folder = path(QStringLiteral("python"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::copy(QStringLiteral(CHURNLENS_TESTDATA "/python_model/model.json"), folder + QStringLiteral("/model.json")));
        const auto r = cli({QStringLiteral("model-import"), m_project, folder, QStringLiteral("--reason"), QStringLiteral("from Python"),
                            QStringLiteral("--verify"), QStringLiteral(CHURNLENS_TESTDATA "/telco.csv"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = clitest::json(r);
        QCOMPARE(o.value(QStringLiteral("version")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("challenger"));
        QVERIFY(o.value(QStringLiteral("foreign")).toBool());
        const QJsonObject v = o.value(QStringLiteral("verification")).toObject();
        QCOMPARE(v.value(QStringLiteral("rows_scored")).toInt(), 1000);
        QVERIFY(v.value(QStringLiteral("roc_auc")).toDouble() > 0.8);
        // Stored as imported: Python's model.json byte for byte.
        auto project = ProjectFile::open(m_project, ProjectFile::Access::ReadOnly);
        QVERIFY(project);
        auto files = ModelRegistry(**project).files(2);
        QVERIFY(files);
        QFile original(QStringLiteral(CHURNLENS_TESTDATA "/python_model/model.json"));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(files->model, original.readAll());
    }

    void exportWritesFolderAndCard()
    {
        const QString out = path(QStringLiteral("v1"));
        const auto r = cli({QStringLiteral("model-export"), m_project, QStringLiteral("v1"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QDir(out).entryList(QDir::Files, QDir::Name),
                 (QStringList{QStringLiteral("MODEL_CARD.md"), QStringLiteral("meta.json"), QStringLiteral("model.json"), QStringLiteral("preparation.json")}));
        QFile card(out + QStringLiteral("/MODEL_CARD.md"));
        QVERIFY(card.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(card.readAll());
        QVERIFY(text.contains(QStringLiteral("| Version | v1 |")));
        QVERIFY(text.contains(QStringLiteral("champion")));
        // The folder is a model folder: it loads, and imports again as a new version with identical files.
        QVERIFY(ModelBundle::load(out));
        const auto again = cli({QStringLiteral("model-import"), m_project, out, QStringLiteral("--reason"), QStringLiteral("round trip"), QStringLiteral("--json")});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        const int version = clitest::json(again).value(QStringLiteral("version")).toInt();
        auto project = ProjectFile::open(m_project, ProjectFile::Access::ReadOnly);
        QVERIFY(project);
        auto a = ModelRegistry(**project).files(1);
        auto b = ModelRegistry(**project).files(version);
        QVERIFY(a && b);
        QCOMPARE(b->model, a->model);
        QCOMPARE(b->preparation, a->preparation);
        QCOMPARE(b->meta, a->meta);
    }

    void dataCopyTravelsWithTheProject()
    {
        const QString telco = QStringLiteral(CHURNLENS_TESTDATA "/telco.csv");
        auto none = cli({QStringLiteral("project-data"), m_project, QStringLiteral("--json")});
        QVERIFY2(none.exitCode == 0, qPrintable(none.err));
        QVERIFY(clitest::json(none).value(QStringLiteral("copy")).isNull());
        QCOMPARE(cli({QStringLiteral("project-data"), m_project, QStringLiteral("--extract"), path(QStringLiteral("out"))}).exitCode, 2);
        const auto kept = cli({QStringLiteral("project-data"), m_project, QStringLiteral("--embed"), telco, QStringLiteral("--json")});
        QVERIFY2(kept.exitCode == 0, qPrintable(kept.err));
        QCOMPARE(clitest::json(kept).value(QStringLiteral("copy")).toString(), QStringLiteral("telco.csv"));
        // Mailed: the copy of the project alone gives the data back, byte for byte.
        const QString mailed = path(QStringLiteral("mailed.churnlens"));
        QVERIFY(QFile::copy(m_project, mailed));
        QVERIFY(QDir().mkpath(path(QStringLiteral("out"))));
        const auto out = cli({QStringLiteral("project-data"), mailed, QStringLiteral("--extract"), path(QStringLiteral("out"))});
        QVERIFY2(out.exitCode == 0, qPrintable(out.err));
        QFile a(telco), b(path(QStringLiteral("out/telco.csv")));
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(b.readAll(), a.readAll());
        QCOMPARE(cli({QStringLiteral("project-data"), m_project, QStringLiteral("--embed"), telco, QStringLiteral("--remove")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("project-data"), m_project, QStringLiteral("--remove")}).exitCode, 0);
        QVERIFY(clitest::json(cli({QStringLiteral("project-data"), m_project, QStringLiteral("--json")})).value(QStringLiteral("copy")).isNull());
    }

    void refusesWhatItShould()
    {
        // A reason is required; a missing version, a bad version and a missing folder are named.
        QCOMPARE(cli({QStringLiteral("model-import"), m_project, path(QStringLiteral("python"))}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("model-export"), m_project, QStringLiteral("v99"), path(QStringLiteral("x"))}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("model-export"), m_project, QStringLiteral("latest"), path(QStringLiteral("x"))}).exitCode, 2);
        const auto missing = cli({QStringLiteral("model-import"), m_project, path(QStringLiteral("nothing")), QStringLiteral("--reason"), QStringLiteral("x")});
        QCOMPARE(missing.exitCode, 6);
        QVERIFY(missing.err.contains(QStringLiteral("no model folder")));
        // An XGBoost model whose features do not match the preparation is not added.
        const QString wrong = path(QStringLiteral("wrong"));
        QVERIFY(QDir().mkpath(wrong));
        QFile in(QStringLiteral(CHURNLENS_TESTDATA "/python_model/model.json"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray json = in.readAll();
        json.replace("\"tenure\"", "\"tenure_months\"");
        QFile out(wrong + QStringLiteral("/model.json"));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(json);
        out.close();
        auto project = ProjectFile::open(m_project, ProjectFile::Access::ReadOnly);
        const qsizetype before = ModelRegistry(**project).versions()->size();
        project->reset();
        const auto r = cli({QStringLiteral("model-import"), m_project, wrong, QStringLiteral("--reason"), QStringLiteral("x")});
        QCOMPARE(r.exitCode, 7);
        QVERIFY2(r.err.contains(QStringLiteral("tenure")), qPrintable(r.err));
        project = ProjectFile::open(m_project, ProjectFile::Access::ReadOnly);
        QCOMPARE(ModelRegistry(**project).versions()->size(), before);
    }
};

QTEST_GUILESS_MAIN(TestCliModelFolders)
#include "tst_climodelfolders.moc"
