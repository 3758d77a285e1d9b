// Model folders written all or nothing: read back before they replace anything, never into a
// folder of other files, never with file names that leave the folder.
#include "ml/modelbundle.h"
#include "ml/modelfolder.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace churnlens;

namespace {

const QString DefaultModel = QStringLiteral(CHURNLENS_SOURCE "/models/default");

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestModelFolder : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ModelBundle::Files m_files;

    //! Everything in the test folder's top level, hidden staging folders included.
    QStringList entries() const
    {
        return QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto files = ModelBundle::read(DefaultModel);
        QVERIFY2(files, qPrintable(files ? QString() : files.error().toString()));
        m_files = *files;
    }

    void writesAndReplacesWholeFolders()
    {
        const QString folder = m_dir.filePath(QStringLiteral("model"));
        QVERIFY(ModelFolder::write(folder, m_files, {{QStringLiteral("NOTES.txt"), "first"}}));
        auto back = ModelBundle::read(folder);
        QVERIFY(back);
        QCOMPARE(back->model, m_files.model);
        QCOMPARE(back->meta, m_files.meta);
        QVERIFY(QFile::exists(folder + QStringLiteral("/NOTES.txt")));
        // A second write replaces the folder as a whole: the extra file of the first is gone.
        QVERIFY(ModelFolder::write(folder, m_files));
        QVERIFY(!QFile::exists(folder + QStringLiteral("/NOTES.txt")));
        QCOMPARE(entries(), QStringList{QStringLiteral("model")}); // no staging or old folders left
    }

    void neverWritesIntoOtherFiles()
    {
        const QString photos = m_dir.filePath(QStringLiteral("photos"));
        QVERIFY(QDir().mkpath(photos));
        QVERIFY(writeAll(photos + QStringLiteral("/beach.jpg"), "jpeg"));
        auto refused = ModelFolder::write(photos, m_files);
        QVERIFY(!refused);
        QCOMPARE(int(refused.error().code), int(ErrorCode::Io));
        QCOMPARE(QDir(photos).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("beach.jpg")});
        const QString file = m_dir.filePath(QStringLiteral("a-file"));
        QVERIFY(writeAll(file, "x"));
        QVERIFY(!ModelFolder::write(file, m_files));
        QVERIFY(!ModelFolder::isReplaceable(file));
        QVERIFY(ModelFolder::isReplaceable(m_dir.filePath(QStringLiteral("new"))));
    }

    void refusesNamesThatLeaveTheFolder_data()
    {
        QTest::addColumn<QString>("modelName");
        QTest::addColumn<QString>("extraName");
        QTest::newRow("parent") << QStringLiteral("../model.json") << QString();
        QTest::newRow("absolute") << QStringLiteral("/tmp/model.json") << QString();
        QTest::newRow("meta twice") << QStringLiteral("meta.json") << QString();
        QTest::newRow("extra over the model") << QStringLiteral("model.json") << QStringLiteral("model.json");
        QTest::newRow("extra empty") << QStringLiteral("model.json") << QStringLiteral("");
    }

    void refusesNamesThatLeaveTheFolder()
    {
        QFETCH(QString, modelName);
        QFETCH(QString, extraName);
        ModelBundle::Files files = m_files;
        files.modelFileName = modelName;
        QList<ModelFolder::ExtraFile> extra;
        if (!extraName.isNull())
            extra.append({extraName, "x"});
        const QStringList before = entries();
        const auto written = ModelFolder::write(m_dir.filePath(QStringLiteral("named")), files, extra);
        QVERIFY(!written);
        QCOMPARE(entries(), before);
    }

    void refusesFilesThatDoNotLoad()
    {
        const QStringList before = entries();
        ModelBundle::Files broken = m_files;
        broken.meta = "{\"format\": \"churnlens-model\", \"version\": 1, \"model\": \"xgboost\"}";
        auto written = ModelFolder::write(m_dir.filePath(QStringLiteral("broken")), broken);
        QVERIFY(!written);
        QCOMPARE(int(written.error().code), int(ErrorCode::Model));
        QCOMPARE(entries(), before); // nothing left behind, staging included

        // Names that disagree with meta.json would make a folder that loads other files than given.
        ModelBundle::Files renamed = m_files;
        QJsonObject meta = QJsonDocument::fromJson(renamed.meta).object();
        meta.insert(QStringLiteral("preparation_file"), QStringLiteral("prep.json"));
        renamed.meta = QJsonDocument(meta).toJson();
        auto mismatched = ModelFolder::write(m_dir.filePath(QStringLiteral("renamed")), renamed);
        QVERIFY(!mismatched);
        QCOMPARE(entries(), before);
        // The export checks the files before writing anything.
        QVERIFY(!ModelFolder::exportModel(m_dir.filePath(QStringLiteral("broken")), broken));
        QCOMPARE(entries(), before);
    }
};

QTEST_GUILESS_MAIN(TestModelFolder)
#include "tst_modelfolder.moc"
