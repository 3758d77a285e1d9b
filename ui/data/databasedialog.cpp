#include "databasedialog.h"

#include "data/dataloader.h"
#include "common/format.h"
#include "jobs/taskrunner.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <algorithm>

namespace churnlens {

namespace {
const QString Sqlite = QStringLiteral("QSQLITE");
const QString Postgres = QStringLiteral("QPSQL");

int defaultPort(const QString &driver)
{
    if (driver == Postgres)
        return 5432;
    if (driver == QLatin1String("QMYSQL") || driver == QLatin1String("QMARIADB"))
        return 3306;
    if (driver == QLatin1String("QIBASE"))
        return 3050;
    if (driver == QLatin1String("QOCI"))
        return 1521;
    if (driver == QLatin1String("QTDS"))
        return 1433;
    return 0;
}

// Most files hold one customer table among lookups and logs: preselect it if the name says so.
int likelyCustomerTable(const QStringList &tables)
{
    for (const QString &hint : {QStringLiteral("customer"), QStringLiteral("churn"), QStringLiteral("client"),
                                QStringLiteral("subscriber"), QStringLiteral("account")}) {
        for (int i = 0; i < tables.size(); ++i)
            if (tables[i].contains(hint, Qt::CaseInsensitive))
                return i;
    }
    return 0;
}
} // namespace

DatabaseDialog::DatabaseDialog(QWidget *parent)
    : QDialog(parent)
    , m_runner(new TaskRunner(this))
{
    setWindowTitle(tr("Open Database"));
    buildUi();
    loadSettings();
    onDriverChanged();
}

DatabaseDialog::~DatabaseDialog()
{
    // A connect to an unreachable server only ends at its timeout: do not make the user wait for it.
    if (m_runner->isRunning())
        m_runner->abandon();
}

QStringList DatabaseDialog::offeredDrivers()
{
    QStringList list{Sqlite, Postgres};
    for (const QString &d : QSqlDatabase::drivers()) {
        // QSQLITE3 / QPSQL7 style aliases duplicate the main drivers.
        if (!list.contains(d) && d != QLatin1String("QSQLITE3") && d != QLatin1String("QPSQL7")
            && d != QLatin1String("QMARIADB"))
            list.append(d);
    }
    return list;
}

QString DatabaseDialog::driverTitle(const QString &driver)
{
    if (driver == Sqlite)
        return tr("SQLite file");
    if (driver == Postgres)
        return tr("PostgreSQL");
    if (driver == QLatin1String("QMYSQL"))
        return tr("MySQL / MariaDB");
    if (driver == QLatin1String("QODBC"))
        return tr("ODBC data source");
    if (driver == QLatin1String("QIBASE"))
        return tr("Firebird / InterBase");
    if (driver == QLatin1String("QOCI"))
        return tr("Oracle");
    if (driver == QLatin1String("QDB2"))
        return tr("IBM Db2");
    return driver;
}

void DatabaseDialog::buildUi()
{
    m_driver = new QComboBox(this);
    const QStringList available = QSqlDatabase::drivers();
    for (const QString &d : offeredDrivers()) {
        m_driver->addItem(driverTitle(d), d);
        if (!available.contains(d)) {
            // Offer it, greyed out, so people learn what to install rather than wonder.
            auto *model = qobject_cast<QStandardItemModel *>(m_driver->model());
            model->item(m_driver->count() - 1)->setEnabled(false);
            m_driver->setItemText(m_driver->count() - 1, tr("%1 (driver not installed)").arg(driverTitle(d)));
        }
    }

    m_file = new QLineEdit(this);
    m_file->setPlaceholderText(tr("customers.sqlite"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this]() {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open SQLite File"), QFileInfo(m_file->text()).absolutePath(),
            tr("SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)"));
        if (!path.isEmpty())
            setSqliteFile(path);
    });
    auto *filePage = new QWidget(this);
    auto *fileLayout = new QFormLayout(filePage);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto *fileLabel = new QLabel(tr("&File:"), filePage);
    fileLabel->setBuddy(m_file);
    fileLayout->addRow(fileLabel, fileRow);

    m_host = new QLineEdit(this);
    m_port = new QSpinBox(this);
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("default"));
    m_database = new QLineEdit(this);
    m_user = new QLineEdit(this);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(tr("Used for this connection only; never saved."));
    auto *serverPage = new QWidget(this);
    auto *server = new QFormLayout(serverPage);
    server->setContentsMargins(0, 0, 0, 0);
    auto *hostRow = new QHBoxLayout;
    hostRow->addWidget(m_host, 1);
    auto *portLabel = new QLabel(tr("P&ort:"), this);
    portLabel->setBuddy(m_port);
    hostRow->addWidget(portLabel);
    hostRow->addWidget(m_port);
    auto *hostLabel = new QLabel(tr("&Host:"), serverPage);
    hostLabel->setBuddy(m_host);
    server->addRow(hostLabel, hostRow);
    server->addRow(tr("&Database:"), m_database);
    server->addRow(tr("&User:"), m_user);
    server->addRow(tr("&Password:"), m_password);
    m_driverNote = new QLabel(tr("The password is used for this connection only and is never saved."), this);
    m_driverNote->setWordWrap(true);
    m_driverNote->setForegroundRole(QPalette::PlaceholderText);
    server->addRow(new QLabel(serverPage), m_driverNote);

    m_filePage = filePage;
    m_serverPage = serverPage;

    m_connect = new QPushButton(tr("&Connect"), this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *connectRow = new QHBoxLayout;
    connectRow->addWidget(m_connect);
    connectRow->addWidget(m_status, 1);

    m_useTable = new QRadioButton(tr("A &table:"), this);
    m_useQuery = new QRadioButton(tr("A &query (read-only SELECT):"), this);
    m_useTable->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_useTable);
    group->addButton(m_useQuery);
    m_tables = new QListWidget(this);
    m_query = new QPlainTextEdit(this);
    m_query->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_query->setPlaceholderText(QStringLiteral("SELECT * FROM customers WHERE …"));
    m_query->setTabChangesFocus(true);
    auto *what = new QGroupBox(tr("What to load"), this);
    auto *whatLayout = new QGridLayout(what);
    whatLayout->addWidget(m_useTable, 0, 0);
    whatLayout->addWidget(m_useQuery, 0, 1);
    whatLayout->addWidget(m_tables, 1, 0);
    whatLayout->addWidget(m_query, 1, 1);
    whatLayout->setColumnStretch(0, 1);
    whatLayout->setColumnStretch(1, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Load"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DatabaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DatabaseDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Type:"), m_driver);
    // Three forms share one label column so that every field starts at the same x.
    const QList<QLayout *> forms{form, fileLayout, server};
    int labelWidth = 0;
    for (QLayout *l : forms)
        for (int r = 0; r < static_cast<QFormLayout *>(l)->rowCount(); ++r)
            if (QLayoutItem *item = static_cast<QFormLayout *>(l)->itemAt(r, QFormLayout::LabelRole))
                labelWidth = std::max(labelWidth, item->sizeHint().width());
    for (QLayout *l : forms)
        for (int r = 0; r < static_cast<QFormLayout *>(l)->rowCount(); ++r)
            if (QLayoutItem *item = static_cast<QFormLayout *>(l)->itemAt(r, QFormLayout::LabelRole); item && item->widget())
                item->widget()->setMinimumWidth(labelWidth);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_filePage);
    layout->addWidget(m_serverPage);
    layout->addLayout(connectRow);
    layout->addWidget(what, 1);
    layout->addWidget(buttons);
    resize(720, 560);

    connect(m_driver, &QComboBox::currentIndexChanged, this, &DatabaseDialog::onDriverChanged);
    connect(m_connect, &QPushButton::clicked, this, &DatabaseDialog::connectToDatabase);
    connect(m_file, &QLineEdit::returnPressed, this, &DatabaseDialog::connectToDatabase);
    connect(m_tables, &QListWidget::currentRowChanged, this, &DatabaseDialog::updateOk);
    connect(m_tables, &QListWidget::itemDoubleClicked, this, &DatabaseDialog::accept);
    connect(m_query, &QPlainTextEdit::textChanged, this, [this]() {
        if (!m_query->toPlainText().trimmed().isEmpty())
            m_useQuery->setChecked(true);
        updateOk();
    });
    connect(m_tables, &QListWidget::itemClicked, this, [this]() { m_useTable->setChecked(true); });
    connect(group, &QButtonGroup::buttonToggled, this, &DatabaseDialog::updateOk);
}

QString DatabaseDialog::driver() const
{
    return m_driver->currentData().toString();
}

void DatabaseDialog::onDriverChanged()
{
    const bool file = driver() == Sqlite;
    // Hidden pages take no room (a stacked widget would keep the taller server form's height).
    m_filePage->setVisible(file);
    m_serverPage->setVisible(!file);
    if (!file) {
        QSettings s;
        s.beginGroup(QStringLiteral("database/") + driver());
        m_host->setText(s.value(QStringLiteral("host"), QStringLiteral("localhost")).toString());
        m_port->setValue(s.value(QStringLiteral("port"), defaultPort(driver())).toInt());
        m_database->setText(s.value(QStringLiteral("database")).toString());
        m_user->setText(s.value(QStringLiteral("user")).toString());
        m_password->clear();
    }
    m_tables->clear();
    m_status->clear();
    updateOk();
}

void DatabaseDialog::loadSettings()
{
    QSettings s;
    const int i = m_driver->findData(s.value(QStringLiteral("database/driver"), Sqlite).toString());
    if (i >= 0)
        m_driver->setCurrentIndex(i);
    m_file->setText(s.value(QStringLiteral("database/sqliteFile")).toString());
}

void DatabaseDialog::saveSettings() const
{
    QSettings s;
    s.setValue(QStringLiteral("database/driver"), driver());
    if (driver() == Sqlite) {
        s.setValue(QStringLiteral("database/sqliteFile"), m_file->text());
        return;
    }
    // Only what identifies the server; the password stays in memory for this load only.
    s.beginGroup(QStringLiteral("database/") + driver());
    s.setValue(QStringLiteral("host"), m_host->text());
    s.setValue(QStringLiteral("port"), m_port->value());
    s.setValue(QStringLiteral("database"), m_database->text());
    s.setValue(QStringLiteral("user"), m_user->text());
}

void DatabaseDialog::setSqliteFile(const QString &path)
{
    m_driver->setCurrentIndex(m_driver->findData(Sqlite));
    m_file->setText(QFileInfo(path).absoluteFilePath());
    connectToDatabase();
}

DataSource DatabaseDialog::connectionSource() const
{
    DataSource s;
    if (driver() == Sqlite) {
        s.kind = DataSource::Kind::Sqlite;
        s.path = m_file->text().trimmed();
        return s;
    }
    s.kind = DataSource::Kind::Sql;
    s.sql.driver = driver();
    s.sql.host = m_host->text().trimmed();
    s.sql.port = m_port->value();
    s.sql.database = m_database->text().trimmed();
    s.sql.user = m_user->text().trimmed();
    s.sql.password = m_password->text();
    return s;
}

DataSource DatabaseDialog::source() const
{
    DataSource s = connectionSource();
    if (m_useQuery->isChecked())
        s.query = m_query->toPlainText().trimmed();
    else if (m_tables->currentItem())
        s.table = m_tables->currentItem()->text();
    return s;
}

QStringList DatabaseDialog::tables() const
{
    QStringList list;
    for (int i = 0; i < m_tables->count(); ++i)
        list.append(m_tables->item(i)->text());
    return list;
}

bool DatabaseDialog::isConnecting() const
{
    return m_runner->isRunning();
}

void DatabaseDialog::connectToDatabase()
{
    if (m_runner->isRunning())
        return;
    const DataSource src = connectionSource();
    if (src.kind == DataSource::Kind::Sqlite && src.path.isEmpty()) {
        m_status->setText(tr("Choose a SQLite file first."));
        return;
    }
    m_connect->setEnabled(false);
    m_status->setText(tr("Connecting…"));
    m_tables->clear();
    m_runner->start<Result<QStringList>>(
        tr("Connecting"), [src](Progress &) { return DataLoader::listTables(src); },
        [this](Result<QStringList> &&result) {
            m_connect->setEnabled(true);
            if (!result) {
                m_status->setText(QStringLiteral("<span style='color:#c0392b'>%1</span>")
                                      .arg(result.error().toString().toHtmlEscaped()));
            } else {
                m_tables->addItems(*result);
                if (!result->isEmpty())
                    m_tables->setCurrentRow(likelyCustomerTable(*result));
                const qsizetype n = result->size();
                m_status->setText(n == 0   ? tr("Connected. The database has no tables; write a query.")
                                  : n == 1 ? tr("Connected: one table.")
                                           : tr("Connected: %1 tables.").arg(format::count(n)));
            }
            updateOk();
            Q_EMIT tablesListed();
        });
}

void DatabaseDialog::updateOk()
{
    const bool ready = m_useQuery->isChecked() ? !m_query->toPlainText().trimmed().isEmpty()
                                               : m_tables->currentItem() != nullptr;
    m_ok->setEnabled(ready);
}

void DatabaseDialog::accept()
{
    if (!m_ok->isEnabled())
        return;
    saveSettings();
    QDialog::accept();
}

} // namespace churnlens
