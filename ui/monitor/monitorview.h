#pragma once

#include "common/error.h"
#include "project/monitorstore.h"
#include "services/monitorservice.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTimer;

namespace churnlens {

class ChartPanel;
class DataTable;
class DriftTableModel;
class ExplanationDriftModel;
class ModelBundle;
class MonitorSettingsDialog;
class PerformancePanel;
class Project;
class RecommendationBanner;
class RetrainDialog;
class ScoringContext;
class TaskRunner;
class Workspace;

/*!
 * The "Monitor" area, the analyst's check of a new customer file against the model in use: is
 * it still the population the model learned from (drift of every field, of the predictions and
 * of the explanations), how well does the model do on it (measured with outcomes, else
 * estimated), and is it time to retrain (the recommendation, with Retrain… to train and compare
 * a challenger). Thin: MonitorService checks on a worker through the JobManager (latest wins,
 * debounced after the data or the model in use change, progress with ETA and Cancel); a check
 * lands only if the data and the model it started from are still in use. In a project every
 * check is stored (MonitorStore) and the trend over the stored checks is drawn; the settings
 * are the project's (MonitorSettings), and changing them recommends again without a new check.
 * Lives on the GUI thread.
 */
class MonitorView : public QWidget
{
    Q_OBJECT

public:
    explicit MonitorView(Workspace *workspace, QWidget *parent = nullptr);
    ~MonitorView() override;

    Workspace *workspace() const { return m_workspace; }
    //! The check shown, flagged and recommended under settings(); null before the first one.
    std::shared_ptr<const MonitorReport> report() const { return m_report; }
    //! Checks shown so far (tests wait for it to move).
    quint64 checkCount() const { return m_checkCount; }
    //! True while a check is due: waiting out the debounce, or running.
    bool isChecking() const;
    TaskRunner *runner() const { return m_runner; }
    const MonitorSettings &settings() const { return m_settings; }
    //! The project's stored checks as the trend shows them (empty without a project).
    const QList<MonitorCheckRecord> &trendChecks() const { return m_trend; }

    QLabel *headline() const { return m_headline; }
    QPushButton *checkButton() const { return m_check; }
    QPushButton *settingsButton() const { return m_settingsButton; }
    RecommendationBanner *banner() const { return m_banner; }
    QTableView *fieldsTable() const { return m_fields; }
    DriftTableModel *driftModel() const { return m_driftModel; }
    QSortFilterProxyModel *driftProxy() const { return m_driftProxy; }
    ChartPanel *fieldChart() const { return m_fieldChart; }
    ChartPanel *predictionChart() const { return m_predictionChart; }
    PerformancePanel *performance() const { return m_performance; }
    QTableView *explanationTable() const { return m_explanation; }
    ChartPanel *trendChart() const { return m_trendChart; }
    QScrollArea *scrollArea() const { return m_scroll; }
    //! True when the check shown is of the data and the model in use now.
    bool reportIsCurrent() const;
    //! True while the page says what to do instead of showing a check.
    bool showsPlaceholder() const;
    QString placeholderText() const;
    //! The settings dialog or the retrain dialog, while open.
    MonitorSettingsDialog *settingsDialog() const;
    RetrainDialog *retrainDialog() const;

    /*!
     * Uses \a settings from now on: saved in the open project (when writable), and the shown
     * check's fields are flagged and its recommendation worked out again under them (no new check).
     */
    void setSettings(const MonitorSettings &settings);
    //! The field whose distribution the chart shows; selects its row.
    void selectField(const QString &name);
    QString selectedField() const;

public Q_SLOTS:
    //! Checks the data in use against the model in use now ("Check now").
    void checkNow();
    void openSettings();
    void openRetrain();

Q_SIGNALS:
    //! A new check is shown.
    void checkShown();
    //! A check is stored in the project (the trend has it).
    void checkStored(qint64 id);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildHeader();
    QWidget *buildContent();
    QWidget *buildFieldsSection();
    QWidget *buildLowerSection();
    void scheduleCheck();
    void startCheck(bool byUser);
    //! A new check: shown, stored in the project, counted.
    void apply(std::shared_ptr<const MonitorReport> report, std::shared_ptr<const ModelBundle> model, bool byUser);
    //! The shown check under the settings in force (MonitorService::reapply), when they differ from its own.
    void reapplySettings();
    void showReport(const QString &keepField);
    //! The report's recommendation in the banner, fields named by their labels.
    void showRecommendation();
    MonitorService::FieldNamer fieldNamer() const;
    void applyFieldLabels();
    void store(const MonitorReport &report, bool byUser);
    void onProjectChanged();
    void reloadTrend();
    void showField(const QString &name);
    void showPrediction();
    void updateHeader();
    void updatePlaceholder();
    void updateRetrain();
    QString dataName() const;
    QString modelName() const;

    Workspace *m_workspace;
    ScoringContext *m_context;
    TaskRunner *m_runner;
    QTimer *m_debounce;
    MonitorSettings m_settings;
    std::shared_ptr<const MonitorReport> m_report;
    //! The model the shown check was made with (its test metrics), and the data.
    std::shared_ptr<const ModelBundle> m_reportModel;
    std::weak_ptr<const DataTable> m_reportTable;
    QList<MonitorCheckRecord> m_trend;
    QString m_trendProblem;
    QPointer<Project> m_project;
    quint64 m_checkCount = 0;
    bool m_dirty = true;
    bool m_pendingByUser = false;
    bool m_dark = false; //!< the theme the charts were drawn for
    QString m_checkError;
    QString m_checkHint;

    QLabel *m_headline = nullptr;
    QPushButton *m_check = nullptr;
    QPushButton *m_settingsButton = nullptr;
    QWidget *m_busy = nullptr;
    QLabel *m_busyText = nullptr;
    QProgressBar *m_bar = nullptr;
    QLabel *m_eta = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QScrollArea *m_scroll = nullptr;
    RecommendationBanner *m_banner = nullptr;
    QLabel *m_notes = nullptr;
    QLabel *m_fieldsTitle = nullptr;
    QTableView *m_fields = nullptr;
    DriftTableModel *m_driftModel = nullptr;
    QSortFilterProxyModel *m_driftProxy = nullptr;
    ChartPanel *m_fieldChart = nullptr;
    ChartPanel *m_predictionChart = nullptr;
    PerformancePanel *m_performance = nullptr;
    QTableView *m_explanation = nullptr;
    ExplanationDriftModel *m_explanationModel = nullptr;
    QLabel *m_explanationNote = nullptr;
    ChartPanel *m_trendChart = nullptr;
    QPointer<MonitorSettingsDialog> m_settingsDialog;
    QPointer<RetrainDialog> m_retrainDialog;
};

} // namespace churnlens
