#pragma once

#include "data/datasource.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace churnlens {

class PreviewModel;
class TaskRunner;

/*!
 * Import options for a text file with a live preview of its first rows: delimiter,
 * encoding, header, decimal separator, missing-value tokens and the churn column.
 * The preview is read off the GUI thread and refreshed whenever a setting changes.
 */
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(const QString &path, QWidget *parent = nullptr);
    ~ImportDialog() override;

    //! The source to load with the chosen options.
    DataSource source() const;
    CsvOptions options() const;
    PreviewModel *previewModel() const { return m_model; }
    //! True while a preview is being read (tests wait for it).
    bool isRefreshing() const;

    //! Setting: show this dialog when a text file is opened (otherwise load with detected options).
    static bool askOnOpen();

public Q_SLOTS:
    void accept() override;
    void setDelimiter(char delimiter);
    //! Reads the preview now with the current settings (a read in progress is replaced).
    void refresh();

Q_SIGNALS:
    void previewUpdated();

private:
    void buildUi();
    void scheduleRefresh();
    void showDetected();

    QString m_path;
    TaskRunner *m_runner;
    QTimer *m_debounce;
    PreviewModel *m_model;
    QComboBox *m_delimiter = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_header = nullptr;
    QComboBox *m_decimal = nullptr;
    QLineEdit *m_missing = nullptr;
    QCheckBox *m_blankMissing = nullptr;
    QComboBox *m_target = nullptr;
    QCheckBox *m_askAgain = nullptr;
    QLabel *m_detected = nullptr;
    QLabel *m_status = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace churnlens
