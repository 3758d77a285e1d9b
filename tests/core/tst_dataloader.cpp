#include "data/dataloader.h"
#include "data/samplegenerator.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace churnlens;

namespace {

QString errorOf(const auto &result) { return result ? QString() : result.error().toString(); }

const QString telcoCsv = QStringLiteral(CHURNLENS_TESTDATA "/telco.csv");

int col(const DataTable &t, const char *name) { return t.indexOf(QLatin1String(name)); }

QString churnPercent(const DataTable &t) { return QString::number(t.churnRate() * 100, 'f', 2); }

// Telco as text in SQLite (blank TotalCharges as NULL): the types must come out as for CSV.
bool writeTelcoSqlite(const QString &path)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
        db.setDatabaseName(path);
        QFile f(telcoCsv);
        if (db.open() && f.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> lines = f.readAll().split('\n');
            const QStringList header = QString::fromUtf8(lines[0].trimmed()).split(QLatin1Char(','));
            QStringList columns, marks;
            for (const QString &h : header) {
                columns << QStringLiteral("\"%1\" TEXT").arg(h);
                marks << QStringLiteral("?");
            }
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("CREATE TABLE customers (%1)").arg(columns.join(QLatin1Char(','))));
            db.transaction();
            q.prepare(QStringLiteral("INSERT INTO customers VALUES (%1)").arg(marks.join(QLatin1Char(','))));
            for (qsizetype i = 1; ok && i < lines.size(); ++i) {
                if (lines[i].trimmed().isEmpty())
                    continue;
                const QStringList cells = QString::fromUtf8(lines[i].trimmed()).split(QLatin1Char(','));
                for (qsizetype c = 0; c < cells.size(); ++c)
                    q.bindValue(int(c), cells[c].trimmed().isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                                     : QVariant(cells[c]));
                ok = q.exec();
            }
            db.commit();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("writer"));
    return ok;
}

void compareTables(const DataTable &a, const DataTable &b)
{
    QCOMPARE(a.rowCount(), b.rowCount());
    QCOMPARE(a.columnNames(), b.columnNames());
    for (int c = 0; c < a.columnCount(); ++c) {
        QCOMPARE(int(a.column(c).type()), int(b.column(c).type()));
        QCOMPARE(int(a.column(c).role()), int(b.column(c).role()));
        QCOMPARE(int(a.column(c).semantic()), int(b.column(c).semantic()));
        QCOMPARE(a.column(c).missingCount(), b.column(c).missingCount());
        QCOMPARE(a.column(c).distinctCount(), b.column(c).distinctCount());
    }
    QCOMPARE(a.positiveLabel(), b.positiveLabel());
    QCOMPARE(a.churnRate(), b.churnRate());
}

bool pgFromEnvironment(DataSource *s)
{
    QHash<QString, QString> env;
    for (const char *k : {"CHURNLENS_PG_HOST", "CHURNLENS_PG_PORT", "CHURNLENS_PG_DB", "CHURNLENS_PG_USER",
                          "CHURNLENS_PG_PASSWORD"})
        env[QLatin1String(k)] = qEnvironmentVariable(k);
    if (env[QStringLiteral("CHURNLENS_PG_HOST")].isEmpty() && qEnvironmentVariableIsSet("CHURNLENS_PG_ENV_FILE")) {
        QFile f(qEnvironmentVariable("CHURNLENS_PG_ENV_FILE"));
        if (f.open(QIODevice::ReadOnly))
            for (QByteArray line : f.readAll().split('\n')) {
                line = line.trimmed();
                if (line.startsWith("export "))
                    line = line.mid(7);
                if (const qsizetype eq = line.indexOf('='); eq > 0)
                    env[QString::fromUtf8(line.left(eq))] = QString::fromUtf8(line.mid(eq + 1));
            }
    }
    if (env[QStringLiteral("CHURNLENS_PG_HOST")].isEmpty())
        return false;
    s->kind = DataSource::Kind::Sql;
    s->sql.driver = QStringLiteral("QPSQL");
    s->sql.host = env[QStringLiteral("CHURNLENS_PG_HOST")];
    s->sql.port = env[QStringLiteral("CHURNLENS_PG_PORT")].toInt();
    s->sql.database = env[QStringLiteral("CHURNLENS_PG_DB")];
    s->sql.user = env[QStringLiteral("CHURNLENS_PG_USER")];
    s->sql.password = env[QStringLiteral("CHURNLENS_PG_PASSWORD")];
    s->table = QStringLiteral("telco");
    return true;
}

} // namespace

class TestDataLoader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void fromPath_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("sqlite");
        QTest::newRow("csv") << "customers.csv" << false;
        QTest::newRow("tsv") << "customers.tsv" << false;
        QTest::newRow("no suffix") << "customers" << false;
        QTest::newRow("sqlite") << "customers.sqlite" << true;
        QTest::newRow("sqlite3") << "customers.sqlite3" << true;
        QTest::newRow("db upper case") << "CUSTOMERS.DB" << true;
    }
    void fromPath()
    {
        QFETCH(QString, name);
        QFETCH(bool, sqlite);
        const DataSource s = DataSource::fromPath(QStringLiteral("/data/") + name);
        QCOMPARE(s.kind == DataSource::Kind::Sqlite, sqlite);
        QCOMPARE(s.path, QStringLiteral("/data/") + name);
        QCOMPARE(s.displayName(), name);
    }

    void fromPathSniffsSqliteHeader()
    {
        const QString path = m_dir.filePath(QStringLiteral("export.dat"));
        QVERIFY(writeTelcoSqlite(path));
        QCOMPARE(int(DataSource::fromPath(path).kind), int(DataSource::Kind::Sqlite));
        QCOMPARE(int(DataSource::fromPath(telcoCsv).kind), int(DataSource::Kind::Csv));
    }

    void displayNames()
    {
        DataSource s = DataSource::fromPath(QStringLiteral("/x/shop.sqlite"));
        s.table = QStringLiteral("customers");
        QCOMPARE(s.displayName(), QStringLiteral("shop.sqlite: customers"));
        s.table.clear();
        s.query = QStringLiteral("SELECT 1");
        QCOMPARE(s.displayName(), QStringLiteral("shop.sqlite: query"));

        DataSource pg;
        pg.kind = DataSource::Kind::Sql;
        pg.sql.host = QStringLiteral("db.example.com");
        pg.sql.port = 5433;
        pg.sql.database = QStringLiteral("crm");
        pg.sql.user = QStringLiteral("analyst");
        pg.sql.password = QStringLiteral("hunter22");
        pg.table = QStringLiteral("customers");
        QCOMPARE(pg.displayName(), QStringLiteral("crm (analyst@db.example.com:5433): customers"));
    }

    void telcoCsvLoad()
    {
        Progress progress;
        double last = 0;
        progress.setCallback([&last](double f, const QString &) { last = f; });
        const auto r = DataLoader::load(DataSource::fromPath(telcoCsv), &progress);
        QVERIFY2(r, qPrintable(errorOf(r)));
        const DataTable &t = r->table;
        QCOMPARE(t.rowCount(), 7043);
        QCOMPARE(t.columnCount(), 21);
        QCOMPARE(t.column(col(t, "TotalCharges")).missingCount(), 11);
        QCOMPARE(t.column(t.idIndex()).name(), QStringLiteral("customerID"));
        QCOMPARE(t.column(t.targetIndex()).name(), QStringLiteral("Churn"));
        QCOMPARE(t.positiveLabel(), QStringLiteral("Yes"));
        QCOMPARE(churnPercent(t), QStringLiteral("26.54"));
        QCOMPARE(t.column(t.semanticIndex(Semantic::Tenure)).name(), QStringLiteral("tenure"));
        QCOMPARE(t.column(t.semanticIndex(Semantic::MonthlyCharges)).name(), QStringLiteral("MonthlyCharges"));
        QCOMPARE(t.column(t.semanticIndex(Semantic::TotalCharges)).name(), QStringLiteral("TotalCharges"));
        QCOMPARE(t.column(t.semanticIndex(Semantic::Contract)).name(), QStringLiteral("Contract"));
        QCOMPARE(t.semanticColumns(Semantic::Service).size(), size_t(8));
        QCOMPARE(last, 1.0);
        QVERIFY(r->seconds > 0);
    }

    void telcoSqliteMatchesCsv()
    {
        const QString path = m_dir.filePath(QStringLiteral("telco.sqlite"));
        QVERIFY(writeTelcoSqlite(path));
        DataSource s = DataSource::fromPath(path);
        const auto tables = DataLoader::listTables(s);
        QVERIFY2(tables, qPrintable(errorOf(tables)));
        QCOMPARE(*tables, QStringList{QStringLiteral("customers")});
        s.table = QStringLiteral("customers");
        const auto lite = DataLoader::load(s);
        QVERIFY2(lite, qPrintable(errorOf(lite)));
        const auto csv = DataLoader::load(DataSource::fromPath(telcoCsv));
        QVERIFY(csv);
        compareTables(lite->table, csv->table);
        QCOMPARE(churnPercent(lite->table), QStringLiteral("26.54"));
    }

    void telcoPostgresMatchesCsv()
    {
        DataSource pg;
        if (!pgFromEnvironment(&pg)) {
            if (qEnvironmentVariable("CI") == QLatin1String("true"))
                QFAIL("CI=true but CHURNLENS_PG_HOST is not set: run scripts/start-postgres.sh first");
            QSKIP("No PostgreSQL server: eval \"$(scripts/start-postgres.sh)\" to run this test");
        }
        const auto server = DataLoader::load(pg);
        QVERIFY2(server, qPrintable(errorOf(server)));
        const auto csv = DataLoader::load(DataSource::fromPath(telcoCsv));
        QVERIFY(csv);
        compareTables(server->table, csv->table);
        QCOMPARE(churnPercent(server->table), QStringLiteral("26.54"));
        QVERIFY(!server->table.sourceName().contains(pg.sql.password));
    }

    void generatedSample()
    {
        const QString path = m_dir.filePath(QStringLiteral("sample.csv"));
        QVERIFY(SampleGenerator::writeCsv(path, 100000, 42));
        const auto r = DataLoader::load(DataSource::fromPath(path));
        QVERIFY2(r, qPrintable(errorOf(r)));
        const DataTable &t = r->table;
        QCOMPARE(t.rowCount(), 100000);
        QCOMPARE(t.columnCount(), 22);
        QCOMPARE(t.column(t.idIndex()).name(), QStringLiteral("customerID"));
        QCOMPARE(t.column(t.targetIndex()).name(), QStringLiteral("Churn"));
        QCOMPARE(t.positiveLabel(), QStringLiteral("Yes"));
        QVERIFY(std::abs(t.churnRate() - 0.27) < 0.015);
        QCOMPARE(t.column(t.semanticIndex(Semantic::SupportCalls)).name(), QStringLiteral("SupportCalls"));
        QCOMPARE(t.semanticColumns(Semantic::Service).size(), size_t(8));
        QCOMPARE(int(t.column(col(t, "MonthlyCharges")).type()), int(ColumnType::Numeric));
        const double incomplete = double(t.rowsWithMissing()) / double(t.rowCount());
        QVERIFY2(std::abs(incomplete - 0.15) < 0.015, qPrintable(QString::number(incomplete)));
    }

    void targetHint()
    {
        DataSource s = DataSource::fromPath(telcoCsv);
        s.targetHint = QStringLiteral("Partner");
        const auto r = DataLoader::load(s);
        QVERIFY2(r, qPrintable(errorOf(r)));
        QCOMPARE(r->table.column(r->table.targetIndex()).name(), QStringLiteral("Partner"));

        s.targetHint = QStringLiteral("Chrun");
        const auto bad = DataLoader::load(s);
        QVERIFY(!bad);
        QCOMPARE(int(bad.error().code), int(ErrorCode::Usage));
        QVERIFY(bad.error().message.contains(QStringLiteral("Chrun")));
    }

    void qualityWarningsAreAdded()
    {
        const QString path = m_dir.filePath(QStringLiteral("odd.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("id,region,discount,tenure,churned\n");
        for (int i = 0; i < 300; ++i)
            f.write(QStringLiteral("C%1,North,%2,%3,%4\n")
                        .arg(i)
                        .arg(i % 5 == 0 ? QString::number(i) : QString())
                        .arg(i % 40)
                        .arg(i % 4 == 0 ? QStringLiteral("Yes") : QStringLiteral("No"))
                        .toUtf8());
        f.close();
        const auto r = DataLoader::load(DataSource::fromPath(path));
        QVERIFY2(r, qPrintable(errorOf(r)));
        QCOMPARE(r->table.column(r->table.targetIndex()).name(), QStringLiteral("churned"));
        QCOMPARE(r->table.column(r->table.idIndex()).name(), QStringLiteral("id"));
        auto warned = [&r](const char *column, const char *words) {
            return std::any_of(r->issues.begin(), r->issues.end(), [&](const Issue &i) {
                return i.columnName == QLatin1String(column) && i.message.contains(QLatin1String(words));
            });
        };
        QVERIFY(warned("region", "same value"));
        QVERIFY(warned("discount", "80.0%"));
    }

    void errorsAndCancel()
    {
        const auto missing = DataLoader::load(DataSource::fromPath(m_dir.filePath(QStringLiteral("none.csv"))));
        QVERIFY(!missing);
        const auto tables = DataLoader::listTables(DataSource::fromPath(telcoCsv));
        QVERIFY(!tables);
        QCOMPARE(int(tables.error().code), int(ErrorCode::Usage));

        Progress canceled;
        canceled.cancel();
        const auto r = DataLoader::load(DataSource::fromPath(telcoCsv), &canceled);
        QVERIFY(!r);
        QCOMPARE(int(r.error().code), int(ErrorCode::Canceled));
    }
};

QTEST_GUILESS_MAIN(TestDataLoader)
#include "tst_dataloader.moc"
