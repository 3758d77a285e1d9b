#pragma once

#include "data/datasource.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace churnlens {

class TaskRunner;

/*!
 * Connects to a SQLite file or a server database through Qt's SQL drivers, lists its
 * tables (off the GUI thread) and lets the user pick one or write a query. Host, port,
 * database and user are remembered per driver; the password never is.
 */
class DatabaseDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DatabaseDialog(QWidget *parent = nullptr);
    ~DatabaseDialog() override;

    //! Preselects a SQLite file and lists its tables.
    void setSqliteFile(const QString &path);
    DataSource source() const;
    QStringList tables() const;
    bool isConnecting() const;

    //! Drivers offered: SQLite and PostgreSQL first, then whatever else Qt has.
    static QStringList offeredDrivers();
    static QString driverTitle(const QString &driver);

public Q_SLOTS:
    void accept() override;
    void connectToDatabase();

Q_SIGNALS:
    void tablesListed();

private:
    void buildUi();
    void onDriverChanged();
    void loadSettings();
    void saveSettings() const;
    void updateOk();
    QString driver() const;
    DataSource connectionSource() const;

    TaskRunner *m_runner;
    QComboBox *m_driver = nullptr;
    QWidget *m_filePage = nullptr;
    QWidget *m_serverPage = nullptr;
    QLineEdit *m_file = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_driverNote = nullptr;
    QPushButton *m_connect = nullptr;
    QLabel *m_status = nullptr;
    QRadioButton *m_useTable = nullptr;
    QRadioButton *m_useQuery = nullptr;
    QListWidget *m_tables = nullptr;
    QPlainTextEdit *m_query = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace churnlens
