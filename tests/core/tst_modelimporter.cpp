// Importing models: ChurnLens folders unchanged, and XGBoost's own JSON from Python matched to a
// ChurnLens preparation by feature name; the Python model scores as Python scores it.
#include "data/dataloader.h"
#include "ml/modelbundle.h"
#include "ml/modelfolder.h"
#include "ml/modelimporter.h"
#include "score/modelverifier.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace churnlens;

namespace {

const QString PythonModel = QStringLiteral(CHURNLENS_TESTDATA "/python_model");
const QString DefaultModel = QStringLiteral(CHURNLENS_SOURCE "/models/default");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

//! The preparation the Python model's features were made with (a copy of models/default's).
FittedPreparation pythonPreparation()
{
    auto prep = FittedPreparation::fromJson(QJsonDocument::fromJson(readAll(PythonModel + QStringLiteral("/preparation.json"))).object());
    if (!prep)
        qFatal("python_model/preparation.json: %s", qPrintable(prep.error().toString()));
    return *prep;
}

//! Python's model.json with \a edit applied to its "learner" object.
QByteArray editedLearner(const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject root = QJsonDocument::fromJson(readAll(PythonModel + QStringLiteral("/model.json"))).object();
    QJsonObject learner = root.value(QStringLiteral("learner")).toObject();
    edit(learner);
    root.insert(QStringLiteral("learner"), learner);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

//! Python's model.json without feature names, edited as text: XGBoost reads back only the exact
//! number forms it wrote (1.0 stays 1.0), which a trip through QJsonDocument would not keep.
QByteArray unnamedModel(const QByteArray &numFeature = {})
{
    QString text = QString::fromUtf8(readAll(PythonModel + QStringLiteral("/model.json")));
    for (const char *key : {"feature_names", "feature_types"})
        text.replace(QRegularExpression(QStringLiteral("\"%1\":\\[[^\\]]*\\]").arg(QLatin1String(key))), QStringLiteral("\"%1\":[]").arg(QLatin1String(key)));
    if (!numFeature.isEmpty())
        text.replace(QRegularExpression(QStringLiteral("\"num_feature\":\"[0-9]+\"")), QStringLiteral("\"num_feature\":\"%1\"").arg(QString::fromLatin1(numFeature)));
    return text.toUtf8();
}

bool sameFiles(const ModelBundle::Files &a, const ModelBundle::Files &b)
{
    return a.modelFileName == b.modelFileName && a.preparationFileName == b.preparationFileName && a.model == b.model
        && a.preparation == b.preparation && a.meta == b.meta;
}

} // namespace

class TestModelImporter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    DataTable m_telco;
    FittedPreparation m_prep;

    ModelImportOptions options() const
    {
        ModelImportOptions o;
        o.preparation = m_prep;
        o.target = QStringLiteral("Churn");
        o.positiveLabel = QStringLiteral("Yes");
        o.created = QDateTime(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC);
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Loaded as `churnlens-cli prepare` loads it, which wrote the features Python trained on.
        auto loaded = DataLoader::load(DataSource::fromPath(QStringLiteral(CHURNLENS_TESTDATA "/telco.csv")));
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
        m_telco = std::move(loaded->table);
        m_prep = pythonPreparation();
    }

    void pythonModelScoresAsPythonDoes()
    {
        auto imported = ModelImporter::importFolder(PythonModel, options());
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().toString()));
        QVERIFY(imported->foreign);
        QVERIFY2(imported->issues.isEmpty(), qPrintable(imported->issues.value(0).toString()));
        QCOMPARE(imported->files.model, readAll(PythonModel + QStringLiteral("/model.json"))); // kept as Python wrote it
        auto bundle = ModelBundle::decode(imported->files);
        QVERIFY(bundle);
        QCOMPARE(bundle->threshold(), 0.5);
        QCOMPARE(bundle->meta().value(QStringLiteral("origin")).toString(), QStringLiteral("imported"));
        QCOMPARE(bundle->meta().value(QStringLiteral("params")).toObject().value(QStringLiteral("n_estimators")).toDouble(), 60.0);

        // ChurnLens's normal path: prepare the raw customers with the preparation, then score.
        QList<Issue> issues;
        auto p = bundle->predictProba(m_telco, &issues);
        QVERIFY2(p, qPrintable(p ? QString() : p.error().toString()));
        const QList<QByteArray> lines = readAll(PythonModel + QStringLiteral("/predictions.csv")).trimmed().split('\n');
        QCOMPARE(lines.value(0), QByteArray("row,probability"));
        QCOMPARE(qsizetype(p->size()), lines.size() - 1);
        QCOMPARE(qsizetype(p->size()), m_telco.rowCount());
        double worst = 0.0;
        qsizetype worstRow = -1;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> fields = lines[i].split(',');
            QCOMPARE(fields.value(0).toLongLong(), i - 1);
            bool ok = false;
            const double python = fields.value(1).toDouble(&ok);
            QVERIFY(ok);
            const double diff = std::abs((*p)[size_t(i - 1)] - python);
            if (diff > worst) {
                worst = diff;
                worstRow = i - 1;
            }
        }
        qInfo("max |ChurnLens - Python| over %lld customers: %.3g%s", qlonglong(p->size()), worst,
              worstRow < 0 ? " (every probability identical)" : qPrintable(QStringLiteral(" (row %1)").arg(worstRow)));
        QVERIFY2(worst <= 1e-6, qPrintable(QStringLiteral("row %1 differs by %2").arg(worstRow).arg(worst)));
    }

    void importIsVerifiedOnASample()
    {
        // What the registry shows after an import: the Python model scores and explains in ChurnLens.
        auto imported = ModelImporter::importFolder(PythonModel, options());
        QVERIFY(imported);
        auto bundle = ModelBundle::decode(imported->files);
        QVERIFY(bundle);
        auto v = ModelVerifier::verify(*bundle, m_telco);
        QVERIFY2(v, qPrintable(v ? QString() : v.error().toString()));
        QCOMPARE(v->rowsScored, ModelVerifier::DefaultSampleRows);
        QCOMPARE(v->labelledRows, ModelVerifier::DefaultSampleRows);
        QVERIFY2(v->rocAuc > 0.8, qPrintable(QString::number(v->rocAuc)));
        QVERIFY(v->explained); // TreeSHAP reads Python's trees, and the factors add up
        QVERIFY(v->minProbability < 0.5 && v->maxProbability > 0.5);
    }

    void mismatchedNamesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("renamed") << editedLearner([](QJsonObject &l) {
            QJsonArray names = l.value(QStringLiteral("feature_names")).toArray();
            names[4] = QStringLiteral("tenure_months");
            l.insert(QStringLiteral("feature_names"), names);
        }) << QStringList{QStringLiteral("Feature 5 is \"tenure_months\" in the model but \"tenure\" in the preparation"),
                          QStringLiteral("Missing from the model: \"tenure\""), QStringLiteral("Not made by the preparation: \"tenure_months\"")};
        QTest::newRow("swapped") << editedLearner([](QJsonObject &l) {
            QJsonArray names = l.value(QStringLiteral("feature_names")).toArray();
            const QJsonValue first = names[0];
            names[0] = names[1];
            names[1] = first;
            l.insert(QStringLiteral("feature_names"), names);
        }) << QStringList{QStringLiteral("Feature 1 is \"SeniorCitizen=1\" in the model but \"gender=Male\""),
                          QStringLiteral("The names are the same, in another order")};
    }

    void mismatchedNamesAreRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, expected);
        auto imported = ModelImporter::fromXgboostJson(json, options(), QStringLiteral("/somewhere/model.json"));
        QVERIFY(!imported);
        QCOMPARE(int(imported.error().code), int(ErrorCode::Model));
        QCOMPARE(imported.error().file, QStringLiteral("/somewhere/model.json"));
        for (const QString &text : expected)
            QVERIFY2(imported.error().message.contains(text), qPrintable(imported.error().message));
        QVERIFY2(imported.error().hint.contains(QStringLiteral("churnlens-cli prepare")), qPrintable(imported.error().hint));
    }

    void fewerFeaturesNameWhatIsMissing()
    {
        // A model trained on the first 40 features only: the preparation makes one more.
        const QByteArray json = editedLearner([](QJsonObject &l) {
            QJsonArray names = l.value(QStringLiteral("feature_names")).toArray();
            names.removeLast();
            l.insert(QStringLiteral("feature_names"), names);
        });
        auto imported = ModelImporter::fromXgboostJson(json, options());
        QVERIFY(!imported);
        const QString last = m_prep.featureNames().last();
        QVERIFY2(imported.error().message.contains(QStringLiteral("The model has %1 features, the preparation makes %2.")
                                                      .arg(m_prep.featureCount() - 1).arg(m_prep.featureCount())),
                 qPrintable(imported.error().message));
        QVERIFY2(imported.error().message.contains(QStringLiteral("Missing from the model: \"%1\"").arg(last)), qPrintable(imported.error().message));
    }

    void wrongObjectiveIsRefused_data()
    {
        QTest::addColumn<QString>("objective");
        QTest::newRow("regression") << QStringLiteral("reg:squarederror");
        QTest::newRow("raw margins") << QStringLiteral("binary:logitraw");
        QTest::newRow("multi-class") << QStringLiteral("multi:softprob");
    }

    void wrongObjectiveIsRefused()
    {
        QFETCH(QString, objective);
        const QByteArray json = editedLearner([&objective](QJsonObject &l) {
            QJsonObject o = l.value(QStringLiteral("objective")).toObject();
            o.insert(QStringLiteral("name"), objective);
            l.insert(QStringLiteral("objective"), o);
        });
        auto imported = ModelImporter::fromXgboostJson(json, options());
        QVERIFY(!imported);
        QCOMPARE(int(imported.error().code), int(ErrorCode::Model));
        QVERIFY2(imported.error().message.contains(QStringLiteral("objective is \"%1\"").arg(objective)), qPrintable(imported.error().message));
        QVERIFY(imported.error().message.contains(QStringLiteral("binary:logistic")));
    }

    void notAModelIsRefused()
    {
        auto notJson = ModelImporter::fromXgboostJson("{\"learner\": [", options());
        QVERIFY(!notJson);
        QVERIFY(notJson.error().message.contains(QStringLiteral("not valid JSON")));
        auto noLearner = ModelImporter::fromXgboostJson("{\"version\": [1, 7, 4]}", options());
        QVERIFY(!noLearner);
        QVERIFY(noLearner.error().message.contains(QStringLiteral("learner")));
        auto linear = ModelImporter::fromXgboostJson(editedLearner([](QJsonObject &l) {
            l.insert(QStringLiteral("gradient_booster"), QJsonObject{{QStringLiteral("name"), QStringLiteral("gblinear")}});
        }), options());
        QVERIFY(!linear);
        QVERIFY(linear.error().message.contains(QStringLiteral("gblinear")));
        ModelImportOptions noPrep = options();
        noPrep.preparation = {};
        auto withoutPrep = ModelImporter::importFolder(PythonModel, noPrep);
        QVERIFY(!withoutPrep);
        QVERIFY(withoutPrep.error().message.contains(QStringLiteral("no preparation was given")));
        ModelImportOptions badThreshold = options();
        badThreshold.threshold = 1.5;
        QCOMPARE(int(ModelImporter::importFolder(PythonModel, badThreshold).error().code), int(ErrorCode::Usage));
        auto empty = ModelImporter::importFolder(m_dir.path(), options());
        QVERIFY(!empty);
        QVERIFY(empty.error().message.contains(QStringLiteral("neither meta.json")));
        QCOMPARE(int(ModelImporter::importFolder(m_dir.filePath(QStringLiteral("nowhere")), options()).error().code), int(ErrorCode::Io));
    }

    void unnamedFeaturesAreCountedAndWarned()
    {
        const QByteArray unnamed = unnamedModel();
        QVERIFY(!unnamed.contains("\"tenure\""));
        auto imported = ModelImporter::fromXgboostJson(unnamed, options());
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().toString()));
        QCOMPARE(imported->issues.size(), qsizetype(1));
        QCOMPARE(imported->issues[0].severity, Issue::Severity::Warning);
        QVERIFY(imported->issues[0].message.contains(QStringLiteral("does not name its features")));
        // It scores exactly as the named model does.
        auto named = ModelImporter::importFolder(PythonModel, options());
        QVERIFY(named);
        auto a = ModelBundle::decode(imported->files), b = ModelBundle::decode(named->files);
        QVERIFY(a && b);
        QCOMPARE(*a->predictProba(m_telco), *b->predictProba(m_telco));

        // Without names, the counts must agree.
        const QByteArray wrongCount = unnamedModel("40");
        QVERIFY(wrongCount.contains("\"num_feature\":\"40\""));
        auto refused = ModelImporter::fromXgboostJson(wrongCount, options());
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("it has 40 where the preparation makes %1").arg(m_prep.featureCount())),
                 qPrintable(refused.error().message));
    }

    void thresholdAndTargetAreRecorded()
    {
        ModelImportOptions o = options();
        o.threshold = 0.3;
        o.source = QStringLiteral("notebook churn-2026.ipynb");
        auto imported = ModelImporter::importFolder(PythonModel, o);
        QVERIFY(imported);
        auto bundle = ModelBundle::decode(imported->files);
        QVERIFY(bundle);
        QCOMPARE(bundle->threshold(), 0.3);
        const QJsonObject meta = bundle->meta();
        QCOMPARE(meta.value(QStringLiteral("target")).toString(), QStringLiteral("Churn"));
        QCOMPARE(meta.value(QStringLiteral("positive_label")).toString(), QStringLiteral("Yes"));
        QCOMPARE(meta.value(QStringLiteral("created")).toString(), QStringLiteral("2026-03-01T09:30:00Z"));
        QCOMPARE(meta.value(QStringLiteral("imported_from")).toString(), o.source);
        QVERIFY(meta.value(QStringLiteral("note")).toString().contains(o.source));
        QCOMPARE(meta.value(QStringLiteral("versions")).toObject().value(QStringLiteral("xgboost")).toString(), QStringLiteral("1.7.4"));
        QCOMPARE(meta.value(QStringLiteral("features")).toArray().size(), qsizetype(m_prep.featureCount()));
        // The labels come from the recorded churn column.
        const std::vector<int8_t> labels = bundle->targetLabels(m_telco);
        QCOMPARE(qsizetype(labels.size()), m_telco.rowCount());
        QCOMPARE(std::count(labels.begin(), labels.end(), int8_t(1)), 1869);
        // The same import, twice, gives the same bytes.
        auto again = ModelImporter::importFolder(PythonModel, o);
        QVERIFY(again && sameFiles(again->files, imported->files));
    }

    void exportThenImportIsByteIdentical_data()
    {
        QTest::addColumn<bool>("python");
        QTest::newRow("trained in ChurnLens (models/default)") << false;
        QTest::newRow("imported from Python") << true;
    }

    void exportThenImportIsByteIdentical()
    {
        QFETCH(bool, python);
        ModelBundle::Files files;
        if (python) {
            auto imported = ModelImporter::importFolder(PythonModel, options());
            QVERIFY(imported);
            files = imported->files;
        } else {
            auto read = ModelBundle::read(DefaultModel);
            QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
            files = *read;
        }
        const QString folder = m_dir.filePath(python ? QStringLiteral("export-python") : QStringLiteral("export-default"));
        ModelCardInfo info;
        info.version = QStringLiteral("v2");
        QVERIFY(ModelFolder::exportModel(folder, files, info));
        QVERIFY(QFile::exists(folder + QStringLiteral("/MODEL_CARD.md")));

        auto back = ModelImporter::importFolder(folder); // a ChurnLens folder now: no options needed
        QVERIFY2(back, qPrintable(back ? QString() : back.error().toString()));
        QVERIFY(!back->foreign);
        QVERIFY(sameFiles(back->files, files));
        auto a = ModelBundle::decode(files), b = ModelBundle::decode(back->files);
        QVERIFY(a && b);
        auto pa = a->predictProba(m_telco), pb = b->predictProba(m_telco);
        QVERIFY(pa && pb);
        QCOMPARE(*pa, *pb);
        QCOMPARE(a->threshold(), b->threshold());
    }

    void brokenChurnLensFolderFailsAsLoadDoes()
    {
        const QString folder = m_dir.filePath(QStringLiteral("broken"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(writeAll(folder + QStringLiteral("/meta.json"), "{\"format\": \"something else\"}"));
        auto imported = ModelImporter::importFolder(folder, options());
        QVERIFY(!imported);
        auto loaded = ModelBundle::load(folder);
        QVERIFY(!loaded);
        QCOMPARE(imported.error().message, loaded.error().message);
    }
};

QTEST_GUILESS_MAIN(TestModelImporter)
#include "tst_modelimporter.moc"
