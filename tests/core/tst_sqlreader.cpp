#include "data/schemaguess.h"
#include "data/sqlguard.h"
#include "data/sqlreader.h"
#include "data/sqlsession.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

using namespace churnlens;

namespace {

QString errorOf(const auto &result) { return result ? QString() : result.error().toString(); }

// The Telco file has no quoted fields, so a split is enough to fill the test databases.
QList<QStringList> telcoRows(QStringList *header)
{
    QFile f(QStringLiteral(CHURNLENS_TESTDATA "/telco.csv"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<QStringList> rows;
    const QList<QByteArray> lines = f.readAll().split('\n');
    *header = QString::fromUtf8(lines[0].trimmed()).split(QLatin1Char(','));
    for (qsizetype i = 1; i < lines.size(); ++i)
        if (!lines[i].trimmed().isEmpty())
            rows << QString::fromUtf8(lines[i].trimmed()).split(QLatin1Char(','));
    return rows;
}

// Writes the fixtures through a separate, writable connection (the reader never writes).
bool fillDatabase(QSqlDatabase &db, bool sqlite)
{
    QSqlQuery q(db);
    QStringList header;
    const QList<QStringList> rows = telcoRows(&header);
    const QString real = sqlite ? QStringLiteral("REAL") : QStringLiteral("double precision");
    const QString blob = sqlite ? QStringLiteral("BLOB") : QStringLiteral("bytea");
    QStringList columns;
    for (const QString &h : header) {
        QString type = QStringLiteral("TEXT");
        if (h == QLatin1String("SeniorCitizen") || h == QLatin1String("tenure"))
            type = QStringLiteral("INTEGER");
        else if (h.endsWith(QLatin1String("Charges")))
            type = real;
        columns << QStringLiteral("\"%1\" %2").arg(h, type);
    }
    if (!sqlite) {
        // PostgreSQL already holds telco (loaded by scripts/start-postgres.sh with COPY).
        for (const char *sql : {"DROP TABLE IF EXISTS \"my \"\"odd\"\" table\"", "DROP SEQUENCE IF EXISTS test_seq",
                                "CREATE SEQUENCE test_seq"})
            if (!q.exec(QString::fromLatin1(sql)))
                return false;
    } else {
        if (!q.exec(QStringLiteral("CREATE TABLE telco (%1)").arg(columns.join(QStringLiteral(", ")))))
            return false;
        db.transaction();
        QStringList marks;
        for (qsizetype i = 0; i < header.size(); ++i)
            marks << QStringLiteral("?");
        q.prepare(QStringLiteral("INSERT INTO telco VALUES (%1)").arg(marks.join(QLatin1Char(','))));
        for (const QStringList &row : rows) {
            for (qsizetype c = 0; c < row.size(); ++c) {
                const QString v = row[c];
                if (v.trimmed().isEmpty())
                    q.bindValue(int(c), QVariant(QMetaType::fromType<double>())); // NULL
                else if (header[c] == QLatin1String("SeniorCitizen") || header[c] == QLatin1String("tenure"))
                    q.bindValue(int(c), v.toInt());
                else if (header[c].endsWith(QLatin1String("Charges")))
                    q.bindValue(int(c), v.toDouble());
                else
                    q.bindValue(int(c), v);
            }
            if (!q.exec())
                return false;
        }
        db.commit();
        if (!q.exec(QStringLiteral("CREATE VIEW churners AS SELECT * FROM telco WHERE \"Churn\" = 'Yes'")))
            return false;
    }
    // An awkward name, NULLs in every type, dates, and binary junk.
    if (!q.exec(QStringLiteral("CREATE TABLE \"my \"\"odd\"\" table\" (id INTEGER, \"the \"\"value\"\"\" %1, "
                               "label TEXT, since TEXT, junk %2)")
                    .arg(real, blob)))
        return false;
    q.prepare(QStringLiteral("INSERT INTO \"my \"\"odd\"\" table\" VALUES (?, ?, ?, ?, ?)"));
    for (int i = 0; i < 30; ++i) {
        q.bindValue(0, i);
        q.bindValue(1, i % 3 == 0 ? QVariant(QMetaType::fromType<double>()) : QVariant(i * 1.25));
        q.bindValue(2, i % 5 == 0 ? QVariant(QMetaType::fromType<QString>()) : QVariant(i % 2 ? "odd" : "even"));
        q.bindValue(3, QStringLiteral("2024-01-%1").arg(i % 28 + 1, 2, 10, QLatin1Char('0')));
        q.bindValue(4, i < 2 ? QVariant(QByteArray("\xff\x00\xfe", 3)) : QVariant(QMetaType::fromType<QByteArray>()));
        if (!q.exec())
            return false;
    }
    return true;
}

int col(const DataTable &t, const char *name) { return t.indexOf(QLatin1String(name)); }

// Table names a hostile (or unlucky) database holds; each table gets the same two columns and
// a row count of its own, so reading the wrong table shows.
struct HostileTable
{
    QString schema; // empty: the default schema
    QString name;
    int rows;
};

QList<HostileTable> hostileTables(bool postgres)
{
    QList<HostileTable> t = {
        {{}, QStringLiteral("it's"), 1},
        {{}, QStringLiteral("semi;colon; DROP TABLE telco; --"), 2},
        {{}, QStringLiteral("a.b"), 3},
        {{}, QStringLiteral("t' OR 'a'='a"), 4},
        {{}, QStringLiteral("x'); SELECT pg_sleep(0); --"), 5},
        {{}, QStringLiteral("Kündigung ✓ 客户"), 6},
        {{}, QStringLiteral("\"already\" quoted"), 7},
    };
    if (postgres)
        t.append({QStringLiteral("odd \"schema\"."), QStringLiteral("t.x'y"), 8});
    return t;
}

QString quotedIdentifier(const QString &name)
{
    QString q = name;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

// The name as SqlReader lists it (PostgreSQL: "schema.table" outside public).
QString listedName(const HostileTable &t)
{
    return t.schema.isEmpty() ? t.name : t.schema + QLatin1Char('.') + t.name;
}

bool createHostileTables(QSqlDatabase &db, bool postgres)
{
    QSqlQuery q(db);
    for (const HostileTable &t : hostileTables(postgres)) {
        if (!t.schema.isEmpty()) {
            q.exec(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(quotedIdentifier(t.schema)));
            if (!q.exec(QStringLiteral("CREATE SCHEMA %1").arg(quotedIdentifier(t.schema))))
                return false;
        }
        const QString table = t.schema.isEmpty() ? quotedIdentifier(t.name)
                                                 : quotedIdentifier(t.schema) + QLatin1Char('.') + quotedIdentifier(t.name);
        q.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(table));
        if (!q.exec(QStringLiteral("CREATE TABLE %1 (id INTEGER, \"co\"\"l.x'; --\" TEXT)").arg(table)))
            return false;
        for (int i = 0; i < t.rows; ++i) {
            if (!q.exec(QStringLiteral("INSERT INTO %1 VALUES (%2, 'v%2')").arg(table).arg(i)))
                return false;
        }
    }
    return true;
}

bool noReaderConnectionsLeft()
{
    const QStringList names = QSqlDatabase::connectionNames();
    return std::none_of(names.begin(), names.end(),
                        [](const QString &n) { return n.startsWith(QLatin1String("churnlens-sql-")); });
}

// The PostgreSQL server of scripts/start-postgres.sh, from the environment or its env file.
bool pgSource(DataSource *source)
{
    QHash<QString, QString> env;
    for (const char *k : {"CHURNLENS_PG_HOST", "CHURNLENS_PG_PORT", "CHURNLENS_PG_DB", "CHURNLENS_PG_USER",
                          "CHURNLENS_PG_PASSWORD"})
        env[QLatin1String(k)] = qEnvironmentVariable(k);
    const QString file = qEnvironmentVariable("CHURNLENS_PG_ENV_FILE");
    if (env.value(QStringLiteral("CHURNLENS_PG_HOST")).isEmpty() && !file.isEmpty()) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly)) {
            for (QByteArray line : f.readAll().split('\n')) {
                line = line.trimmed();
                if (line.startsWith("export "))
                    line = line.mid(7);
                const qsizetype eq = line.indexOf('=');
                if (eq > 0)
                    env[QString::fromUtf8(line.left(eq))] = QString::fromUtf8(line.mid(eq + 1));
            }
        }
    }
    if (env.value(QStringLiteral("CHURNLENS_PG_HOST")).isEmpty())
        return false;
    source->kind = DataSource::Kind::Sql;
    source->sql.driver = QStringLiteral("QPSQL");
    source->sql.host = env[QStringLiteral("CHURNLENS_PG_HOST")];
    source->sql.port = env.value(QStringLiteral("CHURNLENS_PG_PORT"), QStringLiteral("5432")).toInt();
    source->sql.database = env[QStringLiteral("CHURNLENS_PG_DB")];
    source->sql.user = env[QStringLiteral("CHURNLENS_PG_USER")];
    source->sql.password = env[QStringLiteral("CHURNLENS_PG_PASSWORD")];
    return true;
}

} // namespace

class TestSqlReader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    DataSource m_sqlite;
    DataSource m_pg;
    bool m_hasPg = false;

    // In CI a missing server is a failure, not a reason to skip.
    bool havePg()
    {
        if (m_hasPg)
            return true;
        if (qEnvironmentVariable("CI") == QLatin1String("true"))
            QTest::qFail("CI=true but CHURNLENS_PG_HOST is not set: run scripts/start-postgres.sh first", __FILE__,
                         __LINE__);
        else
            QTest::qSkip("No PostgreSQL server: eval \"$(scripts/start-postgres.sh)\" to run these tests", __FILE__,
                         __LINE__);
        return false;
    }

    DataSource sqliteWith(const QString &table, const QString &query = {}) const
    {
        DataSource s = m_sqlite;
        s.table = table;
        s.query = query;
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sqlite = DataSource::fromPath(m_dir.filePath(QStringLiteral("customers.sqlite")));
        QCOMPARE(int(m_sqlite.kind), int(DataSource::Kind::Sqlite));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
            db.setDatabaseName(m_sqlite.path);
            QVERIFY(db.open());
            QVERIFY2(fillDatabase(db, true), qPrintable(db.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("fixture"));

        m_hasPg = pgSource(&m_pg);
        if (m_hasPg) {
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pgfixture"));
                db.setHostName(m_pg.sql.host);
                db.setPort(m_pg.sql.port);
                db.setDatabaseName(m_pg.sql.database);
                db.setUserName(m_pg.sql.user);
                db.setPassword(m_pg.sql.password);
                QVERIFY2(db.open(), qPrintable(db.lastError().text()));
                QVERIFY2(fillDatabase(db, false), qPrintable(db.lastError().text()));
                QVERIFY2(createHostileTables(db, true), qPrintable(db.lastError().text()));
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("pgfixture"));
        }
    }

    void sqliteListTables()
    {
        const auto tables = SqlReader::listTables(m_sqlite);
        QVERIFY2(tables, qPrintable(errorOf(tables)));
        QCOMPARE(*tables, (QStringList{QStringLiteral("churners"), QStringLiteral("my \"odd\" table"),
                                       QStringLiteral("telco")}));
        QVERIFY(noReaderConnectionsLeft());
    }

    void sqliteTelco()
    {
        Progress progress;
        QList<double> fractions;
        progress.setCallback([&fractions](double f, const QString &) { fractions << f; });
        auto read = SqlReader::read(sqliteWith(QStringLiteral("telco")), &progress);
        QVERIFY2(read, qPrintable(errorOf(read)));
        DataTable &t = read->table;
        QCOMPARE(t.rowCount(), 7043);
        QCOMPARE(t.columnCount(), 21);
        QCOMPARE(t.column(col(t, "TotalCharges")).missingCount(), 11);
        QCOMPARE(int(t.column(col(t, "TotalCharges")).type()), int(ColumnType::Numeric));
        QCOMPARE(int(t.column(col(t, "Churn")).type()), int(ColumnType::Boolean));
        QCOMPARE(t.column(col(t, "MonthlyCharges")).value(0), 29.85);
        QCOMPARE(t.sourceName(), QStringLiteral("customers.sqlite: telco"));
        QCOMPARE(SchemaGuess::apply(t), QString());
        QCOMPARE(t.column(t.idIndex()).name(), QStringLiteral("customerID"));
        QCOMPARE(t.positiveLabel(), QStringLiteral("Yes"));
        QCOMPARE(QString::number(t.churnRate() * 100, 'f', 2), QStringLiteral("26.54"));
        QVERIFY(!fractions.isEmpty());
        QCOMPARE(fractions.last(), 1.0);
        QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));
        QVERIFY(read->seconds > 0);
        QVERIFY(noReaderConnectionsLeft());

        // A view and a case-insensitive name work too.
        const auto view = SqlReader::read(sqliteWith(QStringLiteral("CHURNERS")));
        QVERIFY2(view, qPrintable(errorOf(view)));
        QCOMPARE(view->table.rowCount(), 1869);
    }

    void sqliteOddTableAndNulls()
    {
        const auto read = SqlReader::read(sqliteWith(QStringLiteral("my \"odd\" table")));
        QVERIFY2(read, qPrintable(errorOf(read)));
        const DataTable &t = read->table;
        QCOMPARE(t.rowCount(), 30);
        QCOMPARE(t.columnNames(), (QStringList{QStringLiteral("id"), QStringLiteral("the \"value\""),
                                               QStringLiteral("label"), QStringLiteral("since"), QStringLiteral("junk")}));
        const Column &value = t.column(1);
        QCOMPARE(int(value.type()), int(ColumnType::Numeric));
        QCOMPARE(value.missingCount(), 10); // SQL NULL → missing, never 0
        QCOMPARE(value.value(1), 1.25);
        QCOMPARE(t.column(2).missingCount(), 6);
        QCOMPARE(int(t.column(3).type()), int(ColumnType::Date));
        QCOMPARE(t.column(4).missingCount(), 30); // binary junk is not a value
        const bool reported = std::any_of(read->issues.begin(), read->issues.end(), [](const Issue &i) {
            return i.columnName == QLatin1String("junk") && i.message.contains(QStringLiteral("binary"));
        });
        QVERIFY(reported);
    }

    void sqliteQuery()
    {
        const auto read = SqlReader::read(
            sqliteWith({}, QStringLiteral("  -- long-standing customers\n"
                                          "SELECT \"customerID\", tenure, \"Churn\", ';' AS semi FROM telco "
                                          "WHERE tenure >= 70 ;  ")));
        QVERIFY2(read, qPrintable(errorOf(read)));
        QCOMPARE(read->table.columnCount(), 4);
        QStringList header;
        const QList<QStringList> rows = telcoRows(&header);
        const auto expected = std::count_if(rows.begin(), rows.end(), [](const QStringList &r) { return r[5].toInt() >= 70; });
        QCOMPARE(read->table.rowCount(), qsizetype(expected));
        QCOMPARE(read->table.sourceName(), QStringLiteral("customers.sqlite: query"));

        const auto with = SqlReader::read(sqliteWith(
            {}, QStringLiteral("WITH c AS (SELECT \"Contract\", \"Churn\" FROM telco) SELECT \"Contract\", "
                               "AVG(\"Churn\" = 'Yes') AS rate FROM c GROUP BY \"Contract\" ORDER BY 1")));
        QVERIFY2(with, qPrintable(errorOf(with)));
        QCOMPARE(with->table.rowCount(), 3);
        QCOMPARE(with->table.column(1).value(0), 1655.0 / 3875.0); // month-to-month churn rate
    }

    void readOnlyProblems_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("select") << "SELECT * FROM telco" << true;
        QTest::newRow("lower case, trailing ;") << "select 1;" << true;
        QTest::newRow("with") << "WITH a AS (SELECT 1 AS x) SELECT x FROM a" << true;
        QTest::newRow("; in a string") << "SELECT 'a;b' AS s" << true;
        QTest::newRow("keyword in quotes") << "SELECT \"update\", 'delete' FROM t" << true;
        QTest::newRow("comments") << "/* DROP TABLE t; */ SELECT 1 -- ; DELETE" << true;
        QTest::newRow("dollar quoted") << "SELECT $x$ ; DROP $x$ AS s" << true;
        QTest::newRow("replace function") << "SELECT replace(\"Contract\", ' ', '_') FROM telco" << true;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("only a comment") << "-- nothing" << false;
        QTest::newRow("delete") << "DELETE FROM telco" << false;
        QTest::newRow("two statements") << "SELECT 1; DROP TABLE telco" << false;
        QTest::newRow("two selects") << "SELECT 1; SELECT 2" << false;
        QTest::newRow("select into") << "SELECT * INTO copy FROM telco" << false;
        QTest::newRow("modifying cte") << "WITH d AS (DELETE FROM telco RETURNING *) SELECT * FROM d" << false;
        QTest::newRow("for update") << "SELECT * FROM telco FOR UPDATE" << false;
        QTest::newRow("pragma") << "PRAGMA table_info(telco)" << false;
        QTest::newRow("attach") << "ATTACH DATABASE 'x.db' AS x" << false;
        QTest::newRow("insert") << "INSERT INTO telco VALUES (1)" << false;
        QTest::newRow("unterminated string") << "SELECT 'abc" << false;
        QTest::newRow("unterminated comment") << "SELECT 1 /* ;" << false;
        // With backslash escapes the string ends later and a second statement follows.
        QTest::newRow("backslash trick") << "SELECT 'a\\'' ; DROP TABLE telco; --'" << false;
        QTest::newRow("nested comment") << "SELECT 1 /* /* */ ; DROP TABLE t; */" << true;
    }
    void readOnlyProblems()
    {
        QFETCH(QString, sql);
        QFETCH(bool, accepted);
        const QString problem = SqlGuard::readOnlyProblem(sql);
        QCOMPARE(problem.isEmpty(), accepted);
    }

    void sqliteRejectsWritingQueries()
    {
        const auto del = SqlReader::read(sqliteWith({}, QStringLiteral("DELETE FROM telco")));
        QVERIFY(!del);
        QCOMPARE(int(del.error().code), int(ErrorCode::Usage));
        QVERIFY(del.error().message.contains(QStringLiteral("DELETE")));
        const auto two = SqlReader::read(sqliteWith({}, QStringLiteral("SELECT 1; DROP TABLE telco")));
        QVERIFY(!two);
        QVERIFY(two.error().message.contains(QStringLiteral("one statement")));
        // The connection itself is read-only as well.
        SqlSession session(m_sqlite);
        QVERIFY(session.open());
        QSqlQuery q(session.database());
        QVERIFY(!q.exec(QStringLiteral("CREATE TABLE x (a INTEGER)")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM telco")));
        QVERIFY(q.lastError().text().contains(QStringLiteral("readonly"), Qt::CaseInsensitive));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM telco")) && q.next());
        QCOMPARE(q.value(0).toInt(), 7043);
    }

    void tableNamesAreNeverPasted_data()
    {
        QTest::addColumn<QString>("table");
        QTest::newRow("statement") << "telco; DROP TABLE telco";
        QTest::newRow("looks quoted") << "\"telco\"";
        QTest::newRow("quoted injection") << "\"telco\" WHERE 1=0; DROP TABLE telco; --\"";
        QTest::newRow("brackets") << "[telco]";
        QTest::newRow("missing") << "customers";
    }
    void tableNamesAreNeverPasted()
    {
        QFETCH(QString, table);
        const auto read = SqlReader::read(sqliteWith(table));
        QVERIFY(!read);
        QCOMPARE(int(read.error().code), int(ErrorCode::Database));
        QVERIFY(read.error().message.contains(table));
        QVERIFY(read.error().hint.contains(QStringLiteral("telco"))); // lists the tables that exist
        QCOMPARE(SqlReader::read(sqliteWith(QStringLiteral("telco")))->table.rowCount(), 7043);
    }

    void quoting()
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("quoting"));
        {
            const QSqlDriver *driver = db.driver();
            QCOMPARE(SqlGuard::quoted(driver, QStringLiteral("my \"odd\" table"), QSqlDriver::TableName).value_or(QString()),
                     QStringLiteral("\"my \"\"odd\"\" table\""));
            QCOMPARE(SqlGuard::quoted(driver, QStringLiteral("plain"), QSqlDriver::FieldName).value_or(QString()),
                     QStringLiteral("\"plain\""));
            // Names the driver passes through unquoted (they look quoted already) are quoted here.
            QCOMPARE(driver->escapeIdentifier(QStringLiteral("the \"value\""), QSqlDriver::FieldName),
                     QStringLiteral("the \"value\"")); // what Qt does with them
            QCOMPARE(SqlGuard::quoted(driver, QStringLiteral("the \"value\""), QSqlDriver::FieldName).value_or(QString()),
                     QStringLiteral("\"the \"\"value\"\"\""));
            QCOMPARE(SqlGuard::quoted(driver, QStringLiteral("\"x\"; DROP TABLE t; --\""), QSqlDriver::TableName)
                         .value_or(QString()),
                     QStringLiteral("\"\"\"x\"\"; DROP TABLE t; --\"\"\""));
            QCOMPARE(SqlGuard::quoted(driver, QStringLiteral("[a]"), QSqlDriver::TableName).value_or(QString()),
                     QStringLiteral("\"[a]\""));
            QCOMPARE(SqlGuard::quoted(driver, QStringLiteral("a.b"), QSqlDriver::FieldName).value_or(QString()),
                     QStringLiteral("\"a.b\""));
            QVERIFY(!SqlGuard::quoted(driver, QString(), QSqlDriver::TableName));
            QVERIFY(!SqlGuard::quoted(nullptr, QStringLiteral("a"), QSqlDriver::TableName));
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("quoting"));
    }

    void sqliteFileErrors()
    {
        DataSource missing = DataSource::fromPath(m_dir.filePath(QStringLiteral("nope.sqlite")));
        missing.table = QStringLiteral("telco");
        const auto a = SqlReader::read(missing);
        QVERIFY(!a);
        QCOMPARE(int(a.error().code), int(ErrorCode::Io));
        QVERIFY(!QFile::exists(missing.path)); // opening read-only never creates the file

        DataSource csv = m_sqlite;
        csv.path = QStringLiteral(CHURNLENS_TESTDATA "/telco.csv");
        csv.table = QStringLiteral("telco");
        const auto b = SqlReader::read(csv);
        QVERIFY(!b);
        QCOMPARE(int(b.error().code), int(ErrorCode::BadInput));
        QVERIFY(b.error().message.contains(QStringLiteral("not a SQLite database")));

        const QString emptyPath = m_dir.filePath(QStringLiteral("empty.db"));
        QFile empty(emptyPath);
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        DataSource e = DataSource::fromPath(emptyPath);
        const auto tables = SqlReader::listTables(e);
        QVERIFY2(tables, qPrintable(errorOf(tables)));
        QVERIFY(tables->isEmpty());
        e.table = QStringLiteral("telco");
        QVERIFY(!SqlReader::read(e));

        const auto noChoice = SqlReader::read(m_sqlite);
        QVERIFY(!noChoice);
        QCOMPARE(int(noChoice.error().code), int(ErrorCode::Usage));

        const auto badQuery = SqlReader::read(sqliteWith({}, QStringLiteral("SELECT nope FROM telco")));
        QVERIFY(!badQuery);
        QCOMPARE(int(badQuery.error().code), int(ErrorCode::Database));
        QVERIFY2(badQuery.error().message.contains(QStringLiteral("nope")), qPrintable(badQuery.error().message));
        QVERIFY(noReaderConnectionsLeft());
    }

    void cancel()
    {
        Progress canceled;
        canceled.cancel();
        const auto a = SqlReader::read(sqliteWith(QStringLiteral("telco")), &canceled);
        QVERIFY(!a);
        QCOMPARE(int(a.error().code), int(ErrorCode::Canceled));

        // Canceled while rows arrive: a query whose size is unknown, with many rows.
        Progress midway;
        int reports = 0;
        midway.setCallback([&](double, const QString &text) {
            if (text.contains(QStringLiteral("rows read")) && ++reports == 1)
                midway.cancel();
        });
        const auto b = SqlReader::read(
            sqliteWith({}, QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                          "WHERE i < 5000000) SELECT i, i * 2 AS j FROM n")),
            &midway);
        QVERIFY(!b);
        QCOMPARE(int(b.error().code), int(ErrorCode::Canceled));
        QVERIFY(noReaderConnectionsLeft());
    }

    void concurrentReads()
    {
        QList<QFuture<qsizetype>> futures;
        for (int i = 0; i < 4; ++i)
            futures << QtConcurrent::run([this] {
                const auto r = SqlReader::read(sqliteWith(QStringLiteral("telco")));
                return r ? r->table.rowCount() : qsizetype(-1);
            });
        for (auto &f : futures)
            QCOMPARE(f.result(), 7043);
        QVERIFY(noReaderConnectionsLeft());
    }

    void serverErrorsWithoutServer()
    {
        DataSource s;
        s.kind = DataSource::Kind::Sql;
        s.sql.driver = QStringLiteral("QNOPE");
        s.sql.database = QStringLiteral("crm");
        s.table = QStringLiteral("customers");
        const auto noDriver = SqlReader::read(s);
        QVERIFY(!noDriver);
        QCOMPARE(int(noDriver.error().code), int(ErrorCode::Database));
        QVERIFY(noDriver.error().message.contains(QStringLiteral("QNOPE")));
        QVERIFY(noDriver.error().message.contains(QStringLiteral("QSQLITE"))); // what is installed

        s.sql.driver = QStringLiteral("QPSQL");
        s.sql.host = QStringLiteral("127.0.0.1");
        s.sql.port = 1; // nothing listens there
        s.sql.user = QStringLiteral("analyst");
        s.sql.password = QStringLiteral("s3cret-pass");
        const auto refused = SqlReader::read(s);
        QVERIFY(!refused);
        QCOMPARE(int(refused.error().code), int(ErrorCode::Database));
        const QString text = refused.error().toString();
        QVERIFY2(text.contains(QStringLiteral("connect")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("s3cret")));
        QVERIFY(!s.displayName().contains(QStringLiteral("s3cret")));
        QVERIFY(noReaderConnectionsLeft());
    }

    void postgresTelco()
    {
        if (!havePg())
            return;
        const auto tables = SqlReader::listTables(m_pg);
        QVERIFY2(tables, qPrintable(errorOf(tables)));
        QVERIFY(tables->contains(QStringLiteral("telco")));
        QVERIFY(tables->contains(QStringLiteral("my \"odd\" table")));

        DataSource s = m_pg;
        s.table = QStringLiteral("telco");
        Progress progress;
        double last = 0;
        progress.setCallback([&last](double f, const QString &) { last = f; });
        auto pg = SqlReader::read(s, &progress);
        QVERIFY2(pg, qPrintable(errorOf(pg)));
        QCOMPARE(last, 1.0);
        DataTable &t = pg->table;
        QCOMPARE(t.rowCount(), 7043);
        QCOMPARE(t.columnCount(), 21);
        QCOMPARE(t.column(col(t, "TotalCharges")).missingCount(), 11);
        QCOMPARE(SchemaGuess::apply(t), QString());
        QCOMPARE(t.column(t.idIndex()).name(), QStringLiteral("customerID"));
        QCOMPARE(QString::number(t.churnRate() * 100, 'f', 2), QStringLiteral("26.54"));

        // Same columns, types, missing and distinct counts as the SQLite copy.
        auto lite = SqlReader::read(sqliteWith(QStringLiteral("telco")));
        QVERIFY(lite);
        for (int c = 0; c < t.columnCount(); ++c) {
            const Column &a = t.column(c);
            const Column &b = lite->table.column(c);
            QCOMPARE(a.name(), b.name());
            QCOMPARE(int(a.type()), int(b.type()));
            QCOMPARE(a.missingCount(), b.missingCount());
            QCOMPARE(a.distinctCount(), b.distinctCount());
        }
        QVERIFY(noReaderConnectionsLeft());
    }

    void postgresOddTableAndQuery()
    {
        if (!havePg())
            return;
        DataSource s = m_pg;
        s.table = QStringLiteral("my \"odd\" table");
        const auto odd = SqlReader::read(s);
        QVERIFY2(odd, qPrintable(errorOf(odd)));
        QCOMPARE(odd->table.rowCount(), 30);
        QCOMPARE(odd->table.column(1).name(), QStringLiteral("the \"value\""));
        QCOMPARE(odd->table.column(1).missingCount(), 10);
        QCOMPARE(odd->table.column(2).missingCount(), 6);
        QCOMPARE(odd->table.column(4).missingCount(), 30);

        s.table.clear();
        s.query = QStringLiteral("WITH m AS (SELECT * FROM telco WHERE \"Contract\" = 'Month-to-month') "
                                 "SELECT \"customerID\", \"Churn\" FROM m;");
        const auto q = SqlReader::read(s);
        QVERIFY2(q, qPrintable(errorOf(q)));
        QCOMPARE(q->table.rowCount(), 3875);

        s.query = QStringLiteral("DELETE FROM telco");
        QVERIFY(!SqlReader::read(s));
    }

    void postgresReadOnlyTransaction()
    {
        if (!havePg())
            return;
        // nextval() writes; it passes the text check but the read-only transaction refuses it.
        DataSource s = m_pg;
        s.query = QStringLiteral("SELECT nextval('test_seq') AS n");
        const auto r = SqlReader::read(s);
        QVERIFY(!r);
        QCOMPARE(int(r.error().code), int(ErrorCode::Database));
        QVERIFY2(r.error().message.contains(QStringLiteral("read-only")), qPrintable(r.error().message));
        QVERIFY(noReaderConnectionsLeft());
    }

    void postgresErrors()
    {
        if (!havePg())
            return;
        DataSource s = m_pg;
        s.table = QStringLiteral("telco; DROP TABLE telco");
        const auto bad = SqlReader::read(s);
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(QStringLiteral("no table")));

        s.table = QStringLiteral("telco");
        s.sql.password = QStringLiteral("wrong-password-123");
        const auto denied = SqlReader::read(s);
        QVERIFY(!denied);
        QCOMPARE(int(denied.error().code), int(ErrorCode::Database));
        QVERIFY2(denied.error().message.contains(QStringLiteral("password")), qPrintable(denied.error().message));
        QVERIFY(!denied.error().toString().contains(QStringLiteral("wrong-password-123")));

        s.sql.password = m_pg.sql.password;
        s.sql.database = QStringLiteral("no_such_database");
        const auto noDb = SqlReader::read(s);
        QVERIFY(!noDb);
        QVERIFY(noDb.error().message.contains(QStringLiteral("no_such_database")));
        QVERIFY(noReaderConnectionsLeft());
    }
    // Table names are only ever quoted, never pasted into SQL text or a string literal
    // (QSqlDatabase::record() did that: "it's" could not be opened and SQL in a name ran).
    void hostileTableNames_data()
    {
        QTest::addColumn<bool>("postgres");
        QTest::newRow("sqlite") << false;
        QTest::newRow("postgres") << true;
    }
    void hostileTableNames()
    {
        QFETCH(bool, postgres);
        if (postgres && !havePg())
            return;
        DataSource hostile = m_pg;
        if (!postgres) {
            // Its own file: the other SQLite tests count the tables of theirs.
            hostile = DataSource::fromPath(m_dir.filePath(QStringLiteral("hostile.sqlite")));
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("hostile"));
                db.setDatabaseName(hostile.path);
                QVERIFY(db.open());
                QVERIFY2(createHostileTables(db, false), qPrintable(db.lastError().text()));
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("hostile"));
        }
        const auto listed = SqlReader::listTables(hostile);
        QVERIFY2(listed, qPrintable(errorOf(listed)));
        for (const HostileTable &t : hostileTables(postgres)) {
            QVERIFY2(listed->contains(listedName(t)), qPrintable(listedName(t)));
            DataSource s = hostile;
            s.table = listedName(t);
            const auto r = SqlReader::read(s);
            QVERIFY2(r, qPrintable(listedName(t) + QStringLiteral(": ") + errorOf(r)));
            QCOMPARE(r->table.rowCount(), qsizetype(t.rows));
            QCOMPARE(r->table.columnNames(), (QStringList{QStringLiteral("id"), QStringLiteral("co\"l.x'; --")}));
        }
        // Nothing ran: the Telco table is still there, whole.
        DataSource telco = postgres ? m_pg : m_sqlite;
        telco.table = QStringLiteral("telco");
        const auto r = SqlReader::read(telco);
        QVERIFY2(r, qPrintable(errorOf(r)));
        QCOMPARE(r->table.rowCount(), 7043);
        QVERIFY(noReaderConnectionsLeft());
    }
};

QTEST_GUILESS_MAIN(TestSqlReader)
#include "tst_sqlreader.moc"
