// Verifying a model on a sample: the summary a registry shows after an import.
#include "data/dataloader.h"
#include "ml/modelbundle.h"
#include "score/modelverifier.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <numeric>

using namespace churnlens;

namespace {

const QString DefaultModel = QStringLiteral(CHURNLENS_SOURCE "/models/default");
const QString Telco = QStringLiteral(CHURNLENS_TESTDATA "/telco.csv");

DataTable load(const QString &path)
{
    auto loaded = DataLoader::load(DataSource::fromPath(path));
    if (!loaded)
        qFatal("%s: %s", qPrintable(path), qPrintable(loaded.error().toString()));
    return std::move(loaded->table);
}

//! The first \a rows customers of Telco with \a from replaced by \a to, without the columns \a drop.
QString telcoVariant(const QString &path, int rows, const QByteArray &from, const QByteArray &to, const QByteArray &drop = {})
{
    QFile in(Telco);
    if (!in.open(QIODevice::ReadOnly))
        qFatal("cannot read telco.csv");
    QList<QByteArray> lines = in.readAll().split('\n').mid(0, rows + 1);
    int dropIndex = -1;
    if (!drop.isEmpty())
        dropIndex = int(lines[0].trimmed().split(',').indexOf(drop));
    QByteArray out;
    for (QByteArray &line : lines) {
        line.replace(from, to);
        QList<QByteArray> fields = line.trimmed().split(',');
        if (dropIndex >= 0)
            fields.removeAt(dropIndex);
        out += fields.join(',') + '\n';
    }
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(out) != out.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

class TestModelVerifier : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ModelBundle m_model;
    DataTable m_telco;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto model = ModelBundle::load(DefaultModel);
        QVERIFY2(model, qPrintable(model ? QString() : model.error().toString()));
        m_model = *model;
        m_telco = load(Telco);
    }

    void summarisesASample()
    {
        auto v = ModelVerifier::verify(m_model, m_telco, 1000);
        QVERIFY2(v, qPrintable(v ? QString() : v.error().toString()));
        QCOMPARE(v->tableRows, qsizetype(7043));
        QCOMPARE(v->rowsScored, qsizetype(1000));
        QCOMPARE(v->threshold, m_model.threshold());
        QVERIFY(v->minProbability > 0.0 && v->minProbability < v->meanProbability);
        QVERIFY(v->meanProbability < v->maxProbability && v->maxProbability < 1.0);
        // Telco churns at 26.5 %; a model with a threshold near 0.3 flags somewhat more.
        QVERIFY2(v->meanProbability > 0.2 && v->meanProbability < 0.33, qPrintable(QString::number(v->meanProbability)));
        QVERIFY(v->shareAtThreshold > 0.25 && v->shareAtThreshold < 0.5);
        QCOMPARE(v->labelledRows, qsizetype(1000));
        QVERIFY2(v->rocAuc > 0.8 && v->rocAuc < 0.95, qPrintable(QString::number(v->rocAuc)));
        QVERIFY(v->explained);
        for (const Issue &issue : v->issues)
            QVERIFY2(issue.severity != Issue::Severity::Error, qPrintable(issue.toString()));
        const QJsonObject json = v->toJson();
        QCOMPARE(json.value(QStringLiteral("rows_scored")).toDouble(), 1000.0);
        QCOMPARE(json.value(QStringLiteral("explained")).toBool(), true);
    }

    void everyRowMatchesFullScoring()
    {
        auto v = ModelVerifier::verify(m_model, m_telco, 0);
        QVERIFY(v);
        QCOMPARE(v->rowsScored, m_telco.rowCount());
        auto p = m_model.predictProba(m_telco);
        QVERIFY(p);
        const double mean = std::accumulate(p->begin(), p->end(), 0.0) / double(p->size());
        QVERIFY(std::abs(v->meanProbability - mean) < 1e-12);
        QCOMPARE(v->minProbability, *std::min_element(p->begin(), p->end()));
        QCOMPARE(v->maxProbability, *std::max_element(p->begin(), p->end()));
        const auto above = std::count_if(p->begin(), p->end(), [this](double x) { return x >= m_model.threshold(); });
        QCOMPARE(v->shareAtThreshold, double(above) / double(p->size()));
    }

    void reportsUnseenCategoriesAndMissingLabels()
    {
        const DataTable weekly = load(telcoVariant(m_dir.filePath(QStringLiteral("weekly.csv")), 200, "Month-to-month", "Weekly", "Churn"));
        auto v = ModelVerifier::verify(m_model, weekly);
        QVERIFY2(v, qPrintable(v ? QString() : v.error().toString()));
        QCOMPARE(v->rowsScored, qsizetype(200));
        QCOMPARE(v->labelledRows, qsizetype(0));
        QVERIFY(std::isnan(v->rocAuc));
        QVERIFY(v->toJson().value(QStringLiteral("roc_auc")).isNull());
        bool unseen = false;
        for (const Issue &issue : v->issues)
            unseen = unseen || (issue.message.contains(QStringLiteral("Weekly")) || issue.columnName == QLatin1String("Contract"));
        QVERIFY2(unseen, qPrintable(v->issues.isEmpty() ? QStringLiteral("no issues") : v->issues.first().toString()));
    }
};

QTEST_GUILESS_MAIN(TestModelVerifier)
#include "tst_modelverifier.moc"
