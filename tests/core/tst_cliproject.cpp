// churnlens-cli with a project, as a scheduler uses it: train --project --register twice, list
// runs and models, promote, roll back, ask who was champion when, score with the champion
// (recording the scoring and the export, linked to the version), a second writer refused
// while readers go on, and the usage errors, each with its exit code and documented JSON keys.
#include "clirun.h"
#include "project/activitylog.h"
#include "project/modelregistry.h"
#include "project/projectfile.h"
#include "project/runstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>

using clitest::cli;
using clitest::json;
using clitest::Run;

namespace {
QStringList actionsOf(const QJsonObject &history)
{
    QStringList actions;
    for (const QJsonValue &e : history.value(QStringLiteral("events")).toArray())
        actions << e.toObject().value(QStringLiteral("action")).toString();
    return actions;
}

//! The error of a failed result, for QVERIFY2's message (which is evaluated even when the check passes).
template<typename T>
QByteArray why(const churnlens::Result<T> &result, const QString &context = {})
{
    return result ? QByteArray() : (context + result.error().toString()).toUtf8();
}

QString failure(const Run &r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.exitCode).arg(QString::fromUtf8(r.out.left(800)), r.err.left(800));
}
} // namespace

class TestCliProject : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString project() const { return path(QStringLiteral("churn.churnlens")); }

    Run train(const QString &project, const QString &model, const QStringList &extra)
    {
        return cli(QStringList{QStringLiteral("train"), path(QStringLiteral("train.csv")), QStringLiteral("--model"), model,
                               QStringLiteral("--folds"), QStringLiteral("2"), QStringLiteral("--threads"), QStringLiteral("1"),
                               QStringLiteral("--quiet"), QStringLiteral("--project"), project}
                   + extra);
    }
    QJsonObject jsonOf(const QStringList &arguments)
    {
        const Run r = cli(arguments);
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(failure(r)));
        return json(r);
    }
    int championNow()
    {
        return jsonOf({QStringLiteral("models"), project(), QStringLiteral("--json")}).value(QStringLiteral("champion")).toInt(-1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The global export log goes to the test's own folder, to show that a project export skips it.
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("xdg")).toUtf8());
        for (const auto &[name, rows, seed] : {std::tuple{"train.csv", "600", "3"}, std::tuple{"new.csv", "300", "4"}}) {
            const Run g = cli({QStringLiteral("generate"), QStringLiteral("--rows"), QString::fromLatin1(rows), QStringLiteral("--seed"),
                               QString::fromLatin1(seed), QStringLiteral("--out"), path(QString::fromLatin1(name))});
            QVERIFY2(g.exitCode == 0, qPrintable(failure(g)));
        }
    }

    void usageErrors()
    {
        const QString data = path(QStringLiteral("train.csv"));
        QCOMPARE(cli({QStringLiteral("train"), data, QStringLiteral("--register"), QStringLiteral("--reason"), QStringLiteral("x")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("train"), data, QStringLiteral("--project"), path(QStringLiteral("u.churnlens")),
                      QStringLiteral("--register")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("score"), data, QStringLiteral("--project"), project(), QStringLiteral("--log"),
                      path(QStringLiteral("log.jsonl"))}).exitCode, 2);
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("u.churnlens")))); // nothing made on a usage error
        for (const char *command : {"runs", "models", "promote", "rollback", "history", "archive"}) {
            const Run help = cli({QString::fromLatin1(command), QStringLiteral("--help")});
            QVERIFY2(help.exitCode == 0 && help.out.contains("Usage:"), command);
            QVERIFY2(cli({QString::fromLatin1(command)}).exitCode == 2, command);
        }
        const Run missing = cli({QStringLiteral("runs"), path(QStringLiteral("nowhere.churnlens"))});
        QCOMPARE(missing.exitCode, 6);
        QVERIFY(missing.err.contains(QStringLiteral("does not exist")));
    }

    void trainRecordsAndRegisters()
    {
        Run first = train(project(), QStringLiteral("xgboost"), {QStringLiteral("--register"), QStringLiteral("--reason"),
                                                                 QStringLiteral("first model"), QStringLiteral("--json")});
        QVERIFY2(first.exitCode == 0, qPrintable(failure(first)));
        const QJsonObject a = json(first);
        QCOMPARE(a.value(QStringLiteral("project")).toString(), QFileInfo(project()).absoluteFilePath());
        QCOMPARE(a.value(QStringLiteral("run_id")).toInteger(), 1);
        const QJsonObject v1 = a.value(QStringLiteral("version")).toObject();
        QCOMPARE(v1.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(v1.value(QStringLiteral("label")).toString(), QStringLiteral("v1"));
        QCOMPARE(v1.value(QStringLiteral("status")).toString(), QStringLiteral("champion")); // the first version
        QCOMPARE(v1.value(QStringLiteral("family")).toString(), QStringLiteral("xgboost"));
        QCOMPARE(v1.value(QStringLiteral("run_id")).toInteger(), 1);
        QVERIFY(a.contains(QStringLiteral("models"))); // the report's keys stay

        // Text output names the run and the version.
        Run second = train(project(), QStringLiteral("logistic"), {QStringLiteral("--register"), QStringLiteral("--reason"),
                                                                   QStringLiteral("logistic for comparison")});
        QVERIFY2(second.exitCode == 0, qPrintable(failure(second)));
        QVERIFY2(second.out.contains("Recorded as run 2") && second.out.contains("as v2, challenger"), second.out.constData());

        // Without --register only the run is recorded.
        Run third = train(project(), QStringLiteral("logistic"), {QStringLiteral("--json")});
        QVERIFY2(third.exitCode == 0, qPrintable(failure(third)));
        QCOMPARE(json(third).value(QStringLiteral("run_id")).toInteger(), 3);
        QVERIFY(json(third).value(QStringLiteral("version")).isNull());
    }

    void runsAndModels()
    {
        const QJsonObject runs = jsonOf({QStringLiteral("runs"), project(), QStringLiteral("--json")});
        const QJsonArray list = runs.value(QStringLiteral("runs")).toArray();
        QCOMPARE(list.size(), 3);
        for (const QJsonValue &v : list) {
            const QJsonObject r = v.toObject();
            for (const char *key : {"id", "created", "data", "fingerprint", "target", "train_rows", "test_rows", "families", "best", "cv_auc",
                                    "test_auc", "test_f1", "seconds", "status", "note", "tags"})
                QVERIFY2(r.contains(QLatin1String(key)), key);
            QCOMPARE(r.value(QStringLiteral("data")).toString(), QStringLiteral("train.csv"));
            QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
            QCOMPARE(r.value(QStringLiteral("fingerprint")).toString().size(), 64);
            QCOMPARE(r.value(QStringLiteral("train_rows")).toInteger() + r.value(QStringLiteral("test_rows")).toInteger(), 600);
            QVERIFY(r.value(QStringLiteral("test_auc")).toDouble() > 0.5);
        }
        QCOMPARE(list[0].toObject().value(QStringLiteral("families")).toArray(), QJsonArray{QStringLiteral("xgboost")});
        QCOMPARE(list[1].toObject().value(QStringLiteral("best")).toString(), QStringLiteral("logistic"));
        // The same data, so the same fingerprint.
        QCOMPARE(list[0].toObject().value(QStringLiteral("fingerprint")), list[2].toObject().value(QStringLiteral("fingerprint")));

        // The run keeps the column roles the CLI trained with.
        {
            auto file = churnlens::ProjectFile::open(project(), churnlens::ProjectFile::Access::ReadOnly);
            QVERIFY2(file, why(file).constData());
            auto run = churnlens::RunStore(**file).get(1);
            QVERIFY2(run, why(run).constData());
            const QJsonObject roles = run->settings.value(QStringLiteral("roles")).toObject();
            QCOMPARE(roles.value(QStringLiteral("target")).toString(), QStringLiteral("Churn"));
            QCOMPARE(roles.value(QStringLiteral("positive_label")).toString(), QStringLiteral("Yes"));
            QCOMPARE(roles.value(QStringLiteral("id")).toString(), QStringLiteral("customerID"));
            const QJsonArray columns = roles.value(QStringLiteral("columns")).toArray();
            QCOMPARE(columns.size(), 22);
            const QJsonObject tenure = columns[5].toObject();
            QCOMPARE(tenure.value(QStringLiteral("name")).toString(), QStringLiteral("tenure"));
            QCOMPARE(tenure.value(QStringLiteral("role")).toString(), QStringLiteral("feature"));
            QCOMPARE(tenure.value(QStringLiteral("semantic")).toString(), QStringLiteral("tenure"));
            QCOMPARE(tenure.value(QStringLiteral("type")).toString(), QStringLiteral("numeric"));
            QCOMPARE(columns[21].toObject().value(QStringLiteral("role")).toString(), QStringLiteral("target"));
            QCOMPARE(run->report.value(QStringLiteral("positive_label")).toString(), QStringLiteral("Yes"));
        }

        const Run text = cli({QStringLiteral("runs"), project()});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("Test AUC") && text.out.contains("train.csv") && text.out.count('\n') >= 6, text.out.constData());

        const QJsonObject models = jsonOf({QStringLiteral("models"), project(), QStringLiteral("--json")});
        QCOMPARE(models.value(QStringLiteral("champion")).toInt(), 1);
        const QJsonArray versions = models.value(QStringLiteral("versions")).toArray();
        QCOMPARE(versions.size(), 2);
        for (const char *key : {"version", "label", "status", "family", "threshold", "test_auc", "created", "run_id", "model_index", "origin"})
            QVERIFY2(versions[1].toObject().contains(QLatin1String(key)), key);
        QCOMPARE(versions[1].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("challenger"));
        QCOMPARE(versions[1].toObject().value(QStringLiteral("run_id")).toInteger(), 2);
        const Run modelsText = cli({QStringLiteral("models"), project()});
        QVERIFY(modelsText.out.contains("champion") && modelsText.out.contains("Logistic"));
    }

    void promoteRollbackHistory()
    {
        const Run promoted = cli({QStringLiteral("promote"), project(), QStringLiteral("v2"), QStringLiteral("--reason"), QStringLiteral("simpler model")});
        QVERIFY2(promoted.exitCode == 0, qPrintable(failure(promoted)));
        QVERIFY2(promoted.out.contains("v2 is now the champion; v1 is archived"), promoted.out.constData());
        QCOMPARE(championNow(), 2);

        QJsonObject history = jsonOf({QStringLiteral("history"), project(), QStringLiteral("--json")});
        QCOMPARE(actionsOf(history), (QStringList{QStringLiteral("register"), QStringLiteral("promote"), QStringLiteral("register"),
                                                  QStringLiteral("promote")}));
        QCOMPARE(history.value(QStringLiteral("champion")).toInt(), 2);
        QVERIFY(history.value(QStringLiteral("at")).isNull());
        const QJsonObject promotion = history.value(QStringLiteral("events")).toArray().last().toObject();
        for (const char *key : {"id", "at", "action", "version", "previous_champion", "champion", "user", "reason"})
            QVERIFY2(promotion.contains(QLatin1String(key)), key);
        QCOMPARE(promotion.value(QStringLiteral("previous_champion")).toInt(), 1);
        QCOMPARE(promotion.value(QStringLiteral("reason")).toString(), QStringLiteral("simpler model"));
        QVERIFY(!promotion.value(QStringLiteral("user")).toString().isEmpty());

        // Champion at a date-time: just before the promotion, and at it (ISO with a zone).
        const QDateTime promotedAt = QDateTime::fromString(promotion.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
        QVERIFY(promotedAt.isValid());
        QJsonObject before = jsonOf({QStringLiteral("history"), project(), QStringLiteral("--at"),
                                     promotedAt.addMSecs(-1).toUTC().toString(Qt::ISODateWithMs), QStringLiteral("--json")});
        QCOMPARE(before.value(QStringLiteral("champion")).toInt(), 1);
        QCOMPARE(before.value(QStringLiteral("champion_version")).toObject().value(QStringLiteral("label")).toString(), QStringLiteral("v1"));
        QCOMPARE(actionsOf(before).size(), 3);
        QJsonObject atPromotion = jsonOf({QStringLiteral("history"), project(), QStringLiteral("--at"),
                                          promotedAt.toUTC().toString(Qt::ISODateWithMs), QStringLiteral("--json")});
        QCOMPARE(atPromotion.value(QStringLiteral("champion")).toInt(), 2);
        // A local date-time without a zone.
        QCOMPARE(jsonOf({QStringLiteral("history"), project(), QStringLiteral("--at"),
                         promotedAt.toLocalTime().addMSecs(-1).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")), QStringLiteral("--json")})
                     .value(QStringLiteral("champion")).toInt(), 1);
        // A date alone is the end of that day; before the project existed there was no champion.
        QCOMPARE(jsonOf({QStringLiteral("history"), project(), QStringLiteral("--at"), QDate::currentDate().addDays(1).toString(Qt::ISODate),
                         QStringLiteral("--json")}).value(QStringLiteral("champion")).toInt(), 2);
        const QJsonObject past = jsonOf({QStringLiteral("history"), project(), QStringLiteral("--at"), QStringLiteral("2001-01-01"), QStringLiteral("--json")});
        QVERIFY(past.value(QStringLiteral("champion")).isNull());
        QVERIFY(past.value(QStringLiteral("events")).toArray().isEmpty());
        QCOMPARE(cli({QStringLiteral("history"), project(), QStringLiteral("--at"), QStringLiteral("3 March")}).exitCode, 2);
        const Run historyText = cli({QStringLiteral("history"), project(), QStringLiteral("--at"), QStringLiteral("2001-01-01")});
        QVERIFY2(historyText.exitCode == 0 && historyText.out.contains("Champion at 2001-01-01 23:59:59 (local time): none"), historyText.out.constData());

        // Roll back to v1; nothing earlier is left after that.
        const Run back = cli({QStringLiteral("rollback"), project(), QStringLiteral("--reason"), QStringLiteral("v2 flags too many"),
                              QStringLiteral("--json")});
        QVERIFY2(back.exitCode == 0, qPrintable(failure(back)));
        const QJsonObject event = json(back).value(QStringLiteral("event")).toObject();
        QCOMPARE(event.value(QStringLiteral("action")).toString(), QStringLiteral("rollback"));
        QCOMPARE(event.value(QStringLiteral("previous_champion")).toInt(), 2);
        QCOMPARE(json(back).value(QStringLiteral("champion")).toObject().value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(championNow(), 1);
        const Run again = cli({QStringLiteral("rollback"), project(), QStringLiteral("--reason"), QStringLiteral("again")});
        QCOMPARE(again.exitCode, 2);
        QVERIFY(again.err.contains(QStringLiteral("no earlier champion")));

        // Archive the challenger-less v2 (archived already) is refused; v1 as champion too.
        QCOMPARE(cli({QStringLiteral("archive"), project(), QStringLiteral("2"), QStringLiteral("--reason"), QStringLiteral("x")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("archive"), project(), QStringLiteral("v1"), QStringLiteral("--reason"), QStringLiteral("x")}).exitCode, 2);
        QCOMPARE(actionsOf(jsonOf({QStringLiteral("history"), project(), QStringLiteral("--json")})).size(), 5);
    }

    void badVersions()
    {
        for (const char *version : {"abc", "v", "0", "v-1", "v2.5", "12345678901"}) {
            const Run r = cli({QStringLiteral("promote"), project(), QString::fromLatin1(version), QStringLiteral("--reason"), QStringLiteral("x")});
            QVERIFY2(r.exitCode == 2, version);
            QVERIFY2(r.err.contains(QStringLiteral("not a model version")), qPrintable(r.err));
        }
        const Run missing = cli({QStringLiteral("promote"), project(), QStringLiteral("v9"), QStringLiteral("--reason"), QStringLiteral("x")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains(QStringLiteral("no model version v9")));
        QCOMPARE(cli({QStringLiteral("promote"), project(), QStringLiteral("2")}).exitCode, 2); // no reason
        QCOMPARE(cli({QStringLiteral("archive"), project(), QStringLiteral("v9"), QStringLiteral("--reason"), QStringLiteral("x")}).exitCode, 2);
        QCOMPARE(championNow(), 1); // nothing changed
    }

    void scoreUsesTheChampionAndRecords()
    {
        const QString out = path(QStringLiteral("campaign.csv"));
        const Run r = cli({QStringLiteral("score"), path(QStringLiteral("new.csv")), QStringLiteral("--project"), project(), QStringLiteral("--top"),
                           QStringLiteral("25"), QStringLiteral("--out"), out, QStringLiteral("--json"), QStringLiteral("--quiet")});
        QVERIFY2(r.exitCode == 0, qPrintable(failure(r)));
        const QJsonObject o = json(r);
        QCOMPARE(o.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("model")).toString(), QStringLiteral("v1 (XGBoost)"));
        QCOMPARE(o.value(QStringLiteral("exported")).toInt(), 25);
        QCOMPARE(o.value(QStringLiteral("log")).toString(), QFileInfo(project()).absoluteFilePath());
        const qint64 scoringId = o.value(QStringLiteral("scoring_id")).toInteger();
        const qint64 exportId = o.value(QStringLiteral("export_id")).toInteger();
        QVERIFY(scoringId > 0 && exportId > 0);

        auto file = churnlens::ProjectFile::open(project(), churnlens::ProjectFile::Access::ReadOnly);
        QVERIFY2(file, why(file).constData());
        const auto version = churnlens::ModelRegistry(**file).version(1);
        QVERIFY(version);
        QCOMPARE(o.value(QStringLiteral("threshold")).toDouble(), version->threshold); // the registered threshold
        const churnlens::ActivityLog activity(**file);
        const auto scorings = activity.scorings();
        QVERIFY(scorings);
        QCOMPARE(scorings->size(), 1);
        const churnlens::ScoringRecord &s = scorings->first();
        QCOMPARE(s.id, scoringId);
        QCOMPARE(s.version, std::optional<int>(1));
        QCOMPARE(s.model, QStringLiteral("v1 (XGBoost)"));
        QCOMPARE(s.threshold, version->threshold);
        QCOMPARE(s.rows, qint64(300));
        QCOMPARE(s.high + s.medium + s.low, qint64(300));
        QCOMPARE(s.high, o.value(QStringLiteral("high")).toInteger());
        QCOMPARE(s.fingerprint.size(), 64);
        QVERIFY(s.source.endsWith(QStringLiteral("new.csv")));
        QCOMPARE(s.selection.value(QStringLiteral("mode")).toString(), QStringLiteral("top_n"));
        QCOMPARE(s.selection.value(QStringLiteral("top_n")).toInt(), 25);
        const auto exports = activity.exports();
        QVERIFY(exports);
        QCOMPARE(exports->size(), 1);
        QCOMPARE(exports->first().id, exportId);
        QCOMPARE(exports->first().version, std::optional<int>(1));
        QCOMPARE(exports->first().scoringId, std::optional<qint64>(scoringId));
        QCOMPARE(exports->first().record.file, QFileInfo(out).absoluteFilePath());
        QCOMPARE(exports->first().record.rows, qsizetype(25));
        QCOMPARE(exports->first().record.model, QStringLiteral("v1 (XGBoost)"));
        // Not in the global log: that is for exports without a project.
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("xdg/churnlens/exports.jsonl"))));
        file->reset();

        // Text output names the version and threshold; explain takes the champion too.
        const Run text = cli({QStringLiteral("score"), path(QStringLiteral("new.csv")), QStringLiteral("--project"), project(), QStringLiteral("--quiet")});
        QVERIFY2(text.exitCode == 0 && text.out.contains("v1 (XGBoost), champion of project churn")
                     && text.out.contains(QStringLiteral("(threshold %1)").arg(version->threshold, 0, 'f', 3).toUtf8()),
                 text.out.constData());
        const Run explain = cli({QStringLiteral("explain"), path(QStringLiteral("new.csv")), QStringLiteral("--project"), project(),
                                 QStringLiteral("--json"), QStringLiteral("--quiet")});
        QVERIFY2(explain.exitCode == 0, qPrintable(failure(explain)));
        QCOMPARE(json(explain).value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(json(explain).value(QStringLiteral("threshold")).toDouble(), version->threshold);
        // The reasons name the fields by the labels the user gave them in the project.
        QStringList ids;
        {
            QFile csv(path(QStringLiteral("new.csv")));
            QVERIFY(csv.open(QIODevice::ReadOnly | QIODevice::Text));
            QVERIFY(QString::fromUtf8(csv.readLine()).startsWith(QLatin1String("customerID,")));
            for (int i = 0; i < 10; ++i)
                ids << QString::fromUtf8(csv.readLine()).section(QLatin1Char(','), 0, 0);
        }
        const QStringList explainIds{QStringLiteral("explain"), path(QStringLiteral("new.csv")), QStringLiteral("--project"), project(),
                                     QStringLiteral("--ids"), ids.join(QLatin1Char(',')), QStringLiteral("--json"), QStringLiteral("--quiet")};
        const Run plain = cli(explainIds);
        QVERIFY2(plain.exitCode == 0, qPrintable(failure(plain)));
        QSet<QString> fields;
        for (const QJsonValue &c : json(plain).value(QStringLiteral("customers")).toArray())
            for (const QJsonValue &f : c.toObject().value(QStringLiteral("factors")).toArray())
                fields.insert(f.toObject().value(QStringLiteral("field")).toString());
        QVERIFY(!fields.isEmpty());
        {
            auto writer = churnlens::ProjectFile::open(project());
            QVERIFY(writer);
            QJsonObject labels;
            for (const QString &f : std::as_const(fields))
                labels.insert(f, QStringLiteral("Label of ") + f);
            QJsonObject state = (*writer)->state(QStringLiteral("workspace")).value_or(QJsonObject());
            state.insert(QStringLiteral("labels"), labels);
            QVERIFY((*writer)->setState(QStringLiteral("workspace"), state));
        }
        const Run labelled = cli(explainIds);
        QVERIFY2(labelled.exitCode == 0, qPrintable(failure(labelled)));
        int reasons = 0;
        for (const QJsonValue &c : json(labelled).value(QStringLiteral("customers")).toArray()) {
            for (const QJsonValue &v : c.toObject().value(QStringLiteral("factors")).toArray()) {
                const QJsonObject f = v.toObject();
                const QString text = f.value(QStringLiteral("text")).toString();
                QVERIFY2(text.contains(QStringLiteral("Label of ") + f.value(QStringLiteral("field")).toString()), qPrintable(text));
                ++reasons;
            }
        }
        QVERIFY(reasons > 0);
        // --model still wins over the champion.
        const Run folder = cli({QStringLiteral("score"), path(QStringLiteral("new.csv")), QStringLiteral("--project"), project(),
                                QStringLiteral("--model"), QStringLiteral(CHURNLENS_TESTDATA "/../../models/default"), QStringLiteral("--json"),
                                QStringLiteral("--quiet")});
        QVERIFY2(folder.exitCode == 0, qPrintable(failure(folder)));
        QVERIFY(json(folder).value(QStringLiteral("version")).isNull());
    }

    void projectWithoutChampion()
    {
        const QString empty = path(QStringLiteral("empty.churnlens"));
        QVERIFY(churnlens::ProjectFile::create(empty));
        const Run r = cli({QStringLiteral("score"), path(QStringLiteral("new.csv")), QStringLiteral("--project"), empty, QStringLiteral("--quiet")});
        QCOMPARE(r.exitCode, 7);
        QVERIFY2(r.err.contains(QStringLiteral("no champion")) && r.err.contains(QStringLiteral("--register")), qPrintable(r.err));
        QCOMPARE(cli({QStringLiteral("explain"), path(QStringLiteral("new.csv")), QStringLiteral("--project"), empty, QStringLiteral("--quiet")}).exitCode, 7);
        QCOMPARE(cli({QStringLiteral("rollback"), empty, QStringLiteral("--reason"), QStringLiteral("x")}).exitCode, 2);
        const Run history = cli({QStringLiteral("history"), empty});
        QVERIFY(history.exitCode == 0 && history.out.contains("Champion now: none"));
    }

    void secondWriterIsRefusedReadersGoOn()
    {
        // This process holds the project for writing, as an open ChurnLens window would.
        auto writer = churnlens::ProjectFile::open(project());
        QVERIFY2(writer, why(writer).constData());
        const QList<QStringList> writes = {
            {QStringLiteral("promote"), project(), QStringLiteral("2"), QStringLiteral("--reason"), QStringLiteral("x")},
            {QStringLiteral("rollback"), project(), QStringLiteral("--reason"), QStringLiteral("x")},
            {QStringLiteral("score"), path(QStringLiteral("new.csv")), QStringLiteral("--project"), project(), QStringLiteral("--quiet")},
            {QStringLiteral("train"), path(QStringLiteral("train.csv")), QStringLiteral("--project"), project(), QStringLiteral("--quiet")},
        };
        for (const QStringList &arguments : writes) {
            const Run r = cli(arguments);
            QVERIFY2(r.exitCode == 6, qPrintable(arguments.first() + QLatin1Char(' ') + failure(r)));
            QVERIFY2(r.err.contains(QStringLiteral("in use")), qPrintable(r.err));
        }
        for (const char *command : {"runs", "models", "history"})
            QVERIFY2(cli({QString::fromLatin1(command), project(), QStringLiteral("--json")}).exitCode == 0, command);
        QCOMPARE(cli({QStringLiteral("explain"), path(QStringLiteral("new.csv")), QStringLiteral("--project"), project(), QStringLiteral("--quiet")})
                     .exitCode, 0);
        // Nothing was recorded by the refused commands.
        QCOMPARE(*churnlens::RunStore(**writer).count(), qint64(3));
        writer->reset();
        QCOMPARE(championNow(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliProject)
#include "tst_cliproject.moc"
