#include "data/databasedialog.h"
#include "data/dataloader.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace churnlens;

namespace {
QString makeSqlite(const QString &dir)
{
    const QString path = dir + QStringLiteral("/shop.sqlite");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("maker"));
        db.setDatabaseName(path);
        if (!db.open())
            return {};
        QSqlQuery q(db);
        q.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER, amount REAL)"));
        q.exec(QStringLiteral("CREATE TABLE customers (id TEXT, tenure INTEGER, churn TEXT)"));
        for (int i = 0; i < 50; ++i)
            q.exec(QStringLiteral("INSERT INTO customers VALUES ('c%1', %2, '%3')").arg(i).arg(i % 24).arg(i % 4 ? "No" : "Yes"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("maker"));
    return path;
}

QComboBox *driverCombo(DatabaseDialog &d)
{
    return d.findChildren<QComboBox *>().value(0);
}
} // namespace

class TestDatabaseDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ChurnLens"));
        QCoreApplication::setApplicationName(QStringLiteral("ChurnLensDbTest"));
        QSettings().clear();
    }

    void offersSqliteAndPostgresFirst()
    {
        const QStringList drivers = DatabaseDialog::offeredDrivers();
        QCOMPARE(drivers.value(0), QStringLiteral("QSQLITE"));
        QCOMPARE(drivers.value(1), QStringLiteral("QPSQL"));
        QCOMPARE(drivers.count(QStringLiteral("QSQLITE")), 1);
        QCOMPARE(DatabaseDialog::driverTitle(QStringLiteral("QPSQL")), QStringLiteral("PostgreSQL"));
    }

    void listsSqliteTablesAndLoadsOne()
    {
        QTemporaryDir dir;
        const QString path = makeSqlite(dir.path());
        QVERIFY(!path.isEmpty());
        DatabaseDialog dialog;
        QSignalSpy listed(&dialog, &DatabaseDialog::tablesListed);
        dialog.setSqliteFile(path);
        QVERIFY(dialog.isConnecting()); // listing runs off the GUI thread
        QVERIFY(listed.wait(10000));
        QCOMPARE(dialog.tables(), (QStringList{QStringLiteral("customers"), QStringLiteral("invoices")}));
        const DataSource source = dialog.source();
        QCOMPARE(int(source.kind), int(DataSource::Kind::Sqlite));
        QCOMPARE(source.table, QStringLiteral("customers")); // preselected by its name
        Result<LoadResult> loaded = DataLoader::load(source);
        QVERIFY2(loaded.has_value(), loaded ? "" : qPrintable(loaded.error().toString()));
        QCOMPARE(loaded->table.rowCount(), 50);

        // Writing a query switches to query mode.
        auto *query = dialog.findChild<QPlainTextEdit *>();
        query->setPlainText(QStringLiteral("SELECT id, tenure FROM customers WHERE tenure > 10"));
        QCOMPARE(dialog.source().query, QStringLiteral("SELECT id, tenure FROM customers WHERE tenure > 10"));
        QVERIFY(dialog.source().table.isEmpty());
    }

    void brokenFileShowsError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("junk.db"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        DatabaseDialog dialog;
        QSignalSpy listed(&dialog, &DatabaseDialog::tablesListed);
        dialog.setSqliteFile(path);
        QVERIFY(listed.wait(10000));
        QVERIFY(dialog.tables().isEmpty());
        QPushButton *load = nullptr;
        for (QPushButton *b : dialog.findChildren<QPushButton *>())
            if (b->text().contains(QStringLiteral("Load")))
                load = b;
        QVERIFY(load && !load->isEnabled());
    }

    void serverSettingsAreRememberedButNeverThePassword()
    {
        const QString secret = QStringLiteral("s3cret-Pa55");
        {
            DatabaseDialog dialog;
            QComboBox *driver = driverCombo(dialog);
            driver->setCurrentIndex(driver->findData(QStringLiteral("QPSQL")));
            QList<QLineEdit *> edits = dialog.findChildren<QLineEdit *>();
            // host, database, user, password: fill by echo mode and order of creation
            QLineEdit *password = nullptr;
            for (QLineEdit *e : edits)
                if (e->echoMode() == QLineEdit::Password)
                    password = e;
            QVERIFY(password);
            password->setText(secret);
            for (QLineEdit *e : edits) {
                if (e != password && e->isVisibleTo(&dialog) && e->text().isEmpty())
                    e->setText(QStringLiteral("churn_db"));
            }
            dialog.findChild<QPlainTextEdit *>()->setPlainText(QStringLiteral("SELECT 1"));
            const DataSource source = dialog.source();
            QCOMPARE(source.sql.password, secret);
            QCOMPARE(source.sql.port, 5432);
            dialog.accept();
        }
        QSettings settings;
        QCOMPARE(settings.value(QStringLiteral("database/driver")).toString(), QStringLiteral("QPSQL"));
        QCOMPARE(settings.value(QStringLiteral("database/QPSQL/port")).toInt(), 5432);
        for (const QString &key : settings.allKeys()) {
            QVERIFY2(!key.contains(QStringLiteral("password"), Qt::CaseInsensitive), qPrintable(key));
            QVERIFY2(!settings.value(key).toString().contains(secret), qPrintable(key));
        }
        DatabaseDialog again;
        QCOMPARE(driverCombo(again)->currentData().toString(), QStringLiteral("QPSQL"));
        QCOMPARE(again.source().sql.database, QStringLiteral("churn_db"));
        QVERIFY(again.source().sql.password.isEmpty());
    }
};

QTEST_MAIN(TestDatabaseDialog)
#include "tst_databasedialog.moc"
