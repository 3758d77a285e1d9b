#include "sqlsession.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QThread>

#include <atomic>

namespace churnlens {

namespace {
std::atomic<quint64> sessionCounter{0};

bool startsReadOnlyWithStatement(const QString &driver)
{
    return driver == QLatin1String("QPSQL") || driver == QLatin1String("QMYSQL") || driver == QLatin1String("QMARIADB");
}
} // namespace

SqlSession::SqlSession(const DataSource &source)
    : m_source(source)
    , m_name(QStringLiteral("churnlens-sql-%1-%2")
                 .arg(sessionCounter.fetch_add(1))
                 .arg(quintptr(QThread::currentThreadId()), 0, 16))
{
}

SqlSession::~SqlSession()
{
    if (!m_added)
        return;
    if (m_db.isOpen()) {
        if (m_transaction == Transaction::Statement)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        else if (m_transaction == Transaction::Api)
            m_db.rollback();
        m_db.close();
    }
    m_db = QSqlDatabase(); // the last handle must be gone before the connection is removed
    QSqlDatabase::removeDatabase(m_name);
}

bool SqlSession::isSqlite() const
{
    return m_source.kind == DataSource::Kind::Sqlite
           || (m_source.kind == DataSource::Kind::Sql && m_source.sql.driver == QLatin1String("QSQLITE"));
}

QString SqlSession::sqlitePath() const
{
    return m_source.kind == DataSource::Kind::Sqlite ? m_source.path : m_source.sql.database;
}

QString SqlSession::errorText(const QSqlError &error) const
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    text = text.simplified();
    const QString &password = m_source.sql.password;
    if (password.size() >= 3)
        text.replace(password, QStringLiteral("••••"));
    return text;
}

Result<void> SqlSession::open()
{
    if (m_source.kind == DataSource::Kind::Csv)
        return makeError(ErrorCode::Usage, Tr::tr("A CSV file is not a database."));
    const QString driver = isSqlite() ? QStringLiteral("QSQLITE") : m_source.sql.driver;
    if (!QSqlDatabase::isDriverAvailable(driver))
        return std::unexpected(Error::make(
            ErrorCode::Database,
            Tr::tr("The database driver “%1” is not installed. Installed drivers: %2.")
                .arg(driver, QSqlDatabase::drivers().join(QStringLiteral(", "))),
            where(),
            Tr::tr("On Debian, install libqt6sql6-psql for PostgreSQL, libqt6sql6-mysql for MySQL/MariaDB or "
                   "libqt6sql6-odbc for ODBC.")));
    if (isSqlite())
        return openSqlite();

    m_db = QSqlDatabase::addDatabase(driver, m_name);
    m_added = true;
    const SqlConnection &c = m_source.sql;
    m_db.setHostName(c.host);
    if (c.port > 0)
        m_db.setPort(c.port);
    m_db.setDatabaseName(c.database);
    m_db.setUserName(c.user);
    m_db.setPassword(c.password);
    // An unreachable server should fail in seconds, not hang a worker for minutes.
    if (driver == QLatin1String("QPSQL"))
        m_db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    else if (driver == QLatin1String("QMYSQL") || driver == QLatin1String("QMARIADB"))
        m_db.setConnectOptions(QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=10"));
    if (!m_db.open()) {
        const QString text = errorText(m_db.lastError());
        m_db.setPassword(QString());
        return std::unexpected(Error::make(
            ErrorCode::Database, Tr::tr("Could not connect to the database: %1").arg(text), where(),
            Tr::tr("Check the host, port, database name, user name and password, and that the server accepts "
                   "connections.")));
    }
    m_db.setPassword(QString()); // not needed any more once connected
    return {};
}

Result<void> SqlSession::openSqlite()
{
    const QString path = sqlitePath();
    const QFileInfo info(path);
    if (!info.exists())
        return std::unexpected(Error::make(ErrorCode::Io, Tr::tr("The file does not exist."), path));
    if (!info.isFile() || !info.isReadable())
        return std::unexpected(Error::make(ErrorCode::Io, Tr::tr("The file cannot be read."), path));
    if (info.size() > 0) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return std::unexpected(Error::make(ErrorCode::Io, Tr::tr("The file cannot be read: %1").arg(f.errorString()), path));
        if (f.read(16) != QByteArray("SQLite format 3", 16))
            return std::unexpected(Error::make(ErrorCode::BadInput, Tr::tr("This file is not a SQLite database."), path,
                                                Tr::tr("Open CSV and text files as files, not as databases.")));
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_added = true;
    m_db.setDatabaseName(path);
    // Read-only at the file level: no query can change the user's database.
    m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!m_db.open())
        return std::unexpected(Error::make(ErrorCode::Database,
                                            Tr::tr("Could not open the database: %1").arg(errorText(m_db.lastError())), path));
    return {};
}

Result<void> SqlSession::beginReadOnly()
{
    if (startsReadOnlyWithStatement(m_db.driverName())) {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("START TRANSACTION READ ONLY")))
            return std::unexpected(Error::make(
                ErrorCode::Database,
                Tr::tr("Could not start a read-only transaction: %1").arg(errorText(q.lastError())), where()));
        m_transaction = Transaction::Statement;
    } else if (m_db.driver()->hasFeature(QSqlDriver::Transactions) && m_db.transaction()) {
        m_transaction = Transaction::Api; // SQLite: one snapshot for the count and the rows
    }
    return {};
}

Result<QStringList> SqlSession::tables()
{
    QStringList names;
    if (isSqlite()) {
        // Asked directly (QSqlDatabase::tables() hides errors such as "file is not a database").
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")))
            return std::unexpected(Error::make(
                ErrorCode::BadInput, Tr::tr("Could not read the list of tables: %1").arg(errorText(q.lastError())),
                sqlitePath()));
        while (q.next())
            names << q.value(0).toString();
    } else {
        names = m_db.tables(QSql::Tables) + m_db.tables(QSql::Views);
        if (m_db.lastError().isValid())
            return std::unexpected(Error::make(
                ErrorCode::Database, Tr::tr("Could not read the list of tables: %1").arg(errorText(m_db.lastError())),
                where()));
    }
    names.removeIf([](const QString &n) { return n.startsWith(QLatin1String("sqlite_")); });
    names.removeDuplicates();
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    return names;
}

} // namespace churnlens
