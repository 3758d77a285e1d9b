// churnlens-cli as a script sees it: exit codes, messages naming the file and line, and the
// JSON keys README documents, through a whole generate → profile → train → score → explain run.
#include "clirun.h"
#include "xlsxread.h"
#include "ml/modelbundle.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using clitest::cli;
using clitest::json;
using clitest::readAll;
using clitest::Run;
using clitest::write;

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The export log goes to the test's own data folder, not the user's.
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("xdg")).toUtf8());
    }

    void helpAndUsageErrors()
    {
        QCOMPARE(cli({QStringLiteral("--help")}).exitCode, 0);
        for (const char *command : {"generate", "profile", "train", "score", "explain"}) {
            const Run help = cli({QString::fromLatin1(command), QStringLiteral("--help")});
            QVERIFY2(help.exitCode == 0, command);
            QVERIFY2(help.out.contains("Usage:"), command);
            // The usage line names the command as it is typed, not the path the test started.
            const QString usage = QString::fromUtf8(help.out).section(QLatin1Char('\n'), 0, 0);
            QVERIFY2(usage.contains(QStringLiteral("churnlens-cli %1 [options]").arg(QString::fromLatin1(command))), qPrintable(usage));
            QVERIFY2(!usage.contains(QLatin1Char('/')), qPrintable(usage));
        }
        const Run unknown = cli({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("frobnicate")));
        QCOMPARE(cli({QStringLiteral("train")}).exitCode, 2);                       // no file
        QCOMPARE(cli({QStringLiteral("score")}).exitCode, 2); // no file
        QCOMPARE(cli({QStringLiteral("generate"), QStringLiteral("--rows"), QStringLiteral("many"), QStringLiteral("--out"),
                      path(QStringLiteral("x.csv"))})
                     .exitCode,
                 2);
    }

    void badInputNamesFileAndLine()
    {
        const QString quote = path(QStringLiteral("quote.csv"));
        QVERIFY(write(quote, "id,x,Churn\n1,\"abc,Yes\n2,3,No\n"));
        const Run r = cli({QStringLiteral("profile"), quote, QStringLiteral("--quiet")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("quote.csv:line 2, column 2")), qPrintable(r.err));

        const QString empty = path(QStringLiteral("empty.csv"));
        QVERIFY(write(empty, ""));
        QCOMPARE(cli({QStringLiteral("profile"), empty, QStringLiteral("--quiet")}).exitCode, 3);

        const Run missing = cli({QStringLiteral("profile"), path(QStringLiteral("nowhere.csv")), QStringLiteral("--quiet")});
        QCOMPARE(missing.exitCode, 6); // I/O
        QVERIFY(missing.err.contains(QStringLiteral("nowhere.csv")));
    }

    void generateIsDeterministic()
    {
        const QString a = path(QStringLiteral("a.csv")), b = path(QStringLiteral("b.csv")), c = path(QStringLiteral("c.csv"));
        QCOMPARE(cli({QStringLiteral("generate"), QStringLiteral("--rows"), QStringLiteral("500"), QStringLiteral("--seed"),
                      QStringLiteral("7"), QStringLiteral("--out"), a})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("generate"), QStringLiteral("--rows"), QStringLiteral("500"), QStringLiteral("--seed"),
                      QStringLiteral("7"), QStringLiteral("--out"), b})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("generate"), QStringLiteral("--rows"), QStringLiteral("500"), QStringLiteral("--seed"),
                      QStringLiteral("8"), QStringLiteral("--out"), c})
                     .exitCode,
                 0);
        const QByteArray bytes = readAll(a);
        QCOMPARE(bytes.count('\n'), 501);
        QCOMPARE(readAll(b), bytes);
        QVERIFY(readAll(c) != bytes);
    }

    void profileJsonOnTelco()
    {
        const Run r = cli({QStringLiteral("profile"), QStringLiteral(CHURNLENS_TESTDATA "/telco.csv"), QStringLiteral("--json"),
                           QStringLiteral("--quiet")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = json(r);
        QCOMPARE(o.value(QStringLiteral("rows")).toInteger(), 7043);
        QCOMPARE(o.value(QStringLiteral("target")).toString(), QStringLiteral("Churn"));
        QCOMPARE(o.value(QStringLiteral("positive_label")).toString(), QStringLiteral("Yes"));
        QVERIFY(qAbs(o.value(QStringLiteral("churn_rate")).toDouble() - 1869.0 / 7043.0) < 1e-9);
        QCOMPARE(o.value(QStringLiteral("rows_with_missing")).toInteger(), 11);
        QVERIFY(o.value(QStringLiteral("load_seconds")).toDouble() > 0.0);
        const QJsonArray columns = o.value(QStringLiteral("columns")).toArray();
        QCOMPARE(columns.size(), 21);
        bool sawId = false, sawTotal = false;
        for (const QJsonValue &v : columns) {
            const QJsonObject c = v.toObject();
            for (const char *key : {"name", "type", "role", "missing", "unique"})
                QVERIFY2(c.contains(QLatin1String(key)), key);
            if (c.value(QStringLiteral("name")).toString() == QLatin1String("customerID")) {
                sawId = true;
                QCOMPARE(c.value(QStringLiteral("role")).toString(), QStringLiteral("id"));
            }
            if (c.value(QStringLiteral("name")).toString() == QLatin1String("TotalCharges")) {
                sawTotal = true;
                QCOMPARE(c.value(QStringLiteral("missing")).toInteger(), 11);
            }
        }
        QVERIFY(sawId && sawTotal);
    }

    void trainOutSavesAtomically()
    {
        const QString data = path(QStringLiteral("small.csv"));
        QCOMPARE(cli({QStringLiteral("generate"), QStringLiteral("--rows"), QStringLiteral("800"), QStringLiteral("--out"), data}).exitCode, 0);
        auto train = [&](const QString &out) {
            return cli({QStringLiteral("train"), data, QStringLiteral("--model"), QStringLiteral("logistic"), QStringLiteral("--folds"),
                        QStringLiteral("2"), QStringLiteral("--out"), out, QStringLiteral("--quiet")});
        };
        // A folder holding other files is not a model folder: refused, and left as it was.
        const QString other = path(QStringLiteral("reports"));
        QVERIFY(QDir().mkpath(other));
        QVERIFY(write(other + QStringLiteral("/notes.txt"), "keep me"));
        const Run refused = train(other);
        QCOMPARE(refused.exitCode, 6); // I/O
        QVERIFY2(refused.err.contains(QStringLiteral("reports")), qPrintable(refused.err));
        QCOMPARE(readAll(other + QStringLiteral("/notes.txt")), QByteArray("keep me"));
        QVERIFY(!QFile::exists(other + QStringLiteral("/meta.json")));

        // A new folder, then the same folder again: each time a model that loads, and no staging folder left behind.
        const QString model = path(QStringLiteral("small-model"));
        for (int round = 0; round < 2; ++round) {
            const Run saved = train(model);
            QVERIFY2(saved.exitCode == 0, qPrintable(saved.err));
            auto loaded = churnlens::ModelBundle::load(model);
            QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
            QCOMPARE(loaded->kind(), churnlens::ModelKind::Logistic);
            QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral(".small-model.*")}, QDir::AllEntries | QDir::Hidden), QStringList());
        }
    }

    void trainScoreExplain()
    {
        const QString data = path(QStringLiteral("customers.csv"));
        QCOMPARE(cli({QStringLiteral("generate"), QStringLiteral("--rows"), QStringLiteral("3000"), QStringLiteral("--out"), data})
                     .exitCode,
                 0);
        const QString model = path(QStringLiteral("model"));
        const Run trained = cli({QStringLiteral("train"), data, QStringLiteral("--model"), QStringLiteral("logistic"),
                                 QStringLiteral("--folds"), QStringLiteral("3"), QStringLiteral("--out"), model,
                                 QStringLiteral("--json"), QStringLiteral("--quiet")});
        QCOMPARE(trained.exitCode, 0);
        const QJsonObject t = json(trained);
        QCOMPARE(t.value(QStringLiteral("best")).toString(), QStringLiteral("logistic"));
        const QJsonObject m = t.value(QStringLiteral("models")).toArray().first().toObject();
        for (const char *key : {"model", "params", "cv", "test", "seconds"})
            QVERIFY2(m.contains(QLatin1String(key)), key);
        const QJsonObject test = m.value(QStringLiteral("test")).toObject();
        for (const char *key : {"accuracy", "precision", "recall", "f1", "roc_auc", "pr_auc", "log_loss", "brier", "threshold", "confusion"})
            QVERIFY2(test.contains(QLatin1String(key)), key);
        // The generator's churn is learnable: far better than guessing.
        QVERIFY2(test.value(QStringLiteral("roc_auc")).toDouble() > 0.75, qPrintable(QString::number(test.value(QStringLiteral("roc_auc")).toDouble())));
        QVERIFY(m.value(QStringLiteral("cv")).toObject().value(QStringLiteral("roc_auc")).toObject().contains(QStringLiteral("std")));
        QVERIFY(QFile::exists(model + QStringLiteral("/meta.json")));
        QVERIFY(QFile::exists(model + QStringLiteral("/preparation.json")));

        const QString list = path(QStringLiteral("list.csv"));
        const Run scored = cli({QStringLiteral("score"), data, QStringLiteral("--model"), model, QStringLiteral("--top"), QStringLiteral("25"),
                                QStringLiteral("--out"), list, QStringLiteral("--json"), QStringLiteral("--quiet")});
        QCOMPARE(scored.exitCode, 0);
        const QJsonObject s = json(scored);
        QCOMPARE(s.value(QStringLiteral("rows")).toInteger(), 3000);
        QCOMPARE(s.value(QStringLiteral("scored")).toInteger(), 3000);
        QCOMPARE(s.value(QStringLiteral("high")).toInteger() + s.value(QStringLiteral("medium")).toInteger()
                     + s.value(QStringLiteral("low")).toInteger(),
                 3000);
        QCOMPARE(s.value(QStringLiteral("exported")).toInteger(), 25);
        QVERIFY(s.contains(QStringLiteral("seconds")) && s.value(QStringLiteral("warnings")).isArray());
        const QList<QByteArray> lines = readAll(list).trimmed().split('\n');
        QCOMPARE(lines.size(), 26);
        QVERIFY(lines.first().contains("churn_probability") && lines.first().contains("factor_1"));
        // Ranked: rank 1..n in file order, and the ranking key never rises down the list.
        const QList<QByteArray> header = lines.first().trimmed().split(',');
        QCOMPARE(header.first(), QByteArray("rank"));
        const qsizetype keyAt = header.contains("expected_value") ? header.indexOf("expected_value") : header.indexOf("churn_probability");
        QVERIFY(header.contains("expected_value") && header.contains("value_at_risk")); // the generator maps monthly charges
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> cells = lines.at(i).split(',');
            QCOMPARE(cells.first().toInt(), int(i));
            if (i > 1)
                QVERIFY(cells.at(keyAt).toDouble() <= lines.at(i - 1).split(',').at(keyAt).toDouble());
        }

        const QString id = QString::fromUtf8(lines.at(1).split(',').at(1));
        const Run explained = cli({QStringLiteral("explain"), data, QStringLiteral("--model"), model, QStringLiteral("--ids"), id,
                                   QStringLiteral("--json"), QStringLiteral("--quiet")});
        QCOMPARE(explained.exitCode, 0);
        const QJsonObject e = json(explained);
        QVERIFY(!e.value(QStringLiteral("importance")).toArray().isEmpty());
        const QJsonArray customers = e.value(QStringLiteral("customers")).toArray();
        QCOMPARE(customers.size(), 1);
        QCOMPARE(customers.first().toObject().value(QStringLiteral("id")).toString(), id);
        QVERIFY(!customers.first().toObject().value(QStringLiteral("factors")).toArray().isEmpty());

        // Excel, in euros: the Campaign sheet says the rule, the assumptions and the same figures
        // as the command's own summary; the training data scored again is in-sample.
        const QString book = path(QStringLiteral("list.xlsx"));
        const Run excel = cli({QStringLiteral("score"), data, QStringLiteral("--model"), model, QStringLiteral("--top"), QStringLiteral("40"),
                               QStringLiteral("--cost"), QStringLiteral("4"), QStringLiteral("--acceptance"), QStringLiteral("0.5"),
                               QStringLiteral("--currency"), QStringLiteral("EUR"), QStringLiteral("--out"), book, QStringLiteral("--json"),
                               QStringLiteral("--quiet")});
        QVERIFY2(excel.exitCode == 0, qPrintable(excel.err));
        const QJsonObject x = json(excel);
        QCOMPARE(x.value(QStringLiteral("in_sample")).toBool(), true);
        QCOMPARE(x.value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));
        const QJsonObject campaign = x.value(QStringLiteral("campaign")).toObject();
        QCOMPARE(xlsxtest::sheetNames(book), (QStringList{QStringLiteral("Customers"), QStringLiteral("Campaign")}));
        const xlsxtest::Sheet sheet = xlsxtest::readSheet(book, 1);
        const QStringList labels = xlsxtest::headers(sheet);
        QCOMPARE(labels.first(), QStringLiteral("Rank"));
        QVERIFY(labels.contains(QStringLiteral("Expected value (€)")));
        const int probabilityAt = int(labels.indexOf(QStringLiteral("Churn probability")));
        const int expectedAt = int(labels.indexOf(QStringLiteral("Expected value (€)")));
        for (int r = 1; r <= 40; ++r) {
            QCOMPARE(sheet.at(r, 0).number(), double(r));
            QCOMPARE(sheet.at(r, probabilityAt).format, QStringLiteral("0.0%"));
            QVERIFY(sheet.at(r, probabilityAt).number() > 0.0 && sheet.at(r, probabilityAt).number() < 1.0);
            if (r > 1)
                QVERIFY(sheet.at(r, expectedAt).number() <= sheet.at(r - 1, expectedAt).number());
        }
        QVERIFY(!sheet.cells.contains(xlsxtest::Sheet::reference(41, 0)));
        const auto notes = xlsxtest::notes(xlsxtest::readSheet(book, 2));
        QCOMPARE(notes.value(QStringLiteral("Who is on the list")).text, QStringLiteral("top 40"));
        QCOMPARE(notes.value(QStringLiteral("Contact cost per customer (€)")).number(), 4.0);
        QCOMPARE(notes.value(QStringLiteral("Offer acceptance rate")).number(), 0.5);
        QCOMPARE(notes.value(QStringLiteral("Months of charges a kept customer is worth")).number(), 12.0);
        QCOMPARE(notes.value(QStringLiteral("Customers on the list")).number(), campaign.value(QStringLiteral("customers")).toDouble());
        QCOMPARE(notes.value(QStringLiteral("Value at risk on the list (€)")).number(), campaign.value(QStringLiteral("value_at_risk")).toDouble());
        QCOMPARE(notes.value(QStringLiteral("Expected net value (€)")).number(), campaign.value(QStringLiteral("expected_value")).toDouble());
        QVERIFY(notes.value(QStringLiteral("Scores in-sample")).text.startsWith(QStringLiteral("yes")));
        QCOMPARE(notes.value(QStringLiteral("Data file")).text, data);
        QCOMPARE(notes.value(QStringLiteral("Currency")).text, QStringLiteral("EUR"));
        // Other customers are not in-sample; the text output says nothing about it then.
        const QString fresh = path(QStringLiteral("fresh.csv"));
        QCOMPARE(cli({QStringLiteral("generate"), QStringLiteral("--rows"), QStringLiteral("500"), QStringLiteral("--seed"), QStringLiteral("7"),
                      QStringLiteral("--out"), fresh}).exitCode, 0);
        const Run other = cli({QStringLiteral("score"), fresh, QStringLiteral("--model"), model, QStringLiteral("--json"), QStringLiteral("--quiet")});
        QCOMPARE(other.exitCode, 0);
        QCOMPARE(json(other).value(QStringLiteral("in_sample")).toBool(true), false);
        // Same size as the training data, other customers: told by the fingerprint.
        const QString twin = path(QStringLiteral("twin.csv"));
        QCOMPARE(cli({QStringLiteral("generate"), QStringLiteral("--rows"), QStringLiteral("3000"), QStringLiteral("--seed"), QStringLiteral("8"),
                      QStringLiteral("--out"), twin}).exitCode, 0);
        const Run sameSize = cli({QStringLiteral("score"), twin, QStringLiteral("--model"), model, QStringLiteral("--json"), QStringLiteral("--quiet")});
        QCOMPARE(sameSize.exitCode, 0);
        QCOMPARE(json(sameSize).value(QStringLiteral("in_sample")).toBool(true), false);
        const Run again = cli({QStringLiteral("score"), data, QStringLiteral("--model"), model, QStringLiteral("--top"), QStringLiteral("3"),
                               QStringLiteral("--quiet")});
        QVERIFY(again.out.contains("in-sample"));
        QVERIFY(!cli({QStringLiteral("score"), fresh, QStringLiteral("--model"), model, QStringLiteral("--quiet")}).out.contains("in-sample"));
        const Run badCurrency = cli({QStringLiteral("score"), data, QStringLiteral("--model"), model, QStringLiteral("--currency"),
                                     QStringLiteral("euro"), QStringLiteral("--quiet")});
        QCOMPARE(badCurrency.exitCode, 2);
        QVERIFY(badCurrency.err.contains(QStringLiteral("--currency")));
        // A symbol, as `report --currency` takes it, heads the money columns too.
        const QString dollars = path(QStringLiteral("dollars.xlsx"));
        const Run symbol = cli({QStringLiteral("score"), data, QStringLiteral("--model"), model, QStringLiteral("--top"), QStringLiteral("5"),
                                QStringLiteral("--currency"), QStringLiteral("$"), QStringLiteral("--out"), dollars, QStringLiteral("--quiet")});
        QVERIFY2(symbol.exitCode == 0, qPrintable(symbol.err));
        QVERIFY(xlsxtest::headers(xlsxtest::readSheet(dollars, 1)).contains(QStringLiteral("Expected value ($)")));

        // A model folder that is not there is an error naming it, not a crash.
        const Run noModel = cli({QStringLiteral("score"), data, QStringLiteral("--model"), path(QStringLiteral("nomodel")),
                                 QStringLiteral("--quiet")});
        QVERIFY(noModel.exitCode != 0);
        QVERIFY(noModel.err.contains(QStringLiteral("nomodel")));

        // Without --model: the model shipped with ChurnLens (next to the build, or installed).
        for (const char *command : {"score", "explain"}) {
            const Run shipped = cli({QString::fromLatin1(command), data, QStringLiteral("--json"), QStringLiteral("--quiet")});
            QVERIFY2(shipped.exitCode == 0, qPrintable(shipped.err));
            QVERIFY(json(shipped).value(QStringLiteral("model")).toString().endsWith(QStringLiteral("models/default")));
        }
        const Run shippedText = cli({QStringLiteral("score"), data, QStringLiteral("--top"), QStringLiteral("3")});
        QVERIFY(shippedText.out.contains("Model: ") && shippedText.out.contains("models/default"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
