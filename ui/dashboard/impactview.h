#pragma once

#include "common/error.h"
#include "shell/area.h"
#include "workspace/impactassumptions.h"

#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTimer;

namespace churnlens {

class DataTable;
class HowComputedPanel;
class ImpactCards;
class ImpactChartsGrid;
class ImpactNotes;
class ScoringContext;
class SimulatorForm;
class SimulatorResults;
class TaskRunner;
struct ImpactReport;
struct ImpactRequest;

/*!
 * The "Impact" area, the executive's page: customers and revenue at risk, whether the
 * probabilities can be trusted as money, a campaign simulator with its recommendation, the
 * profit, gains, segment and trend charts, how each figure is computed, and a PDF report.
 * Thin: ImpactService builds the report on a worker (latest wins, ~150 ms after the last
 * change of the scores or the assumptions); a report lands only on the scores it was built
 * from. The assumptions live in the workspace's campaign settings ("impact"), so a project
 * saves them. Lives on the GUI thread.
 */
class ImpactView : public QWidget, public AreaContributions
{
    Q_OBJECT

public:
    explicit ImpactView(ScoringContext *context, QWidget *parent = nullptr);
    ~ImpactView() override;

    ScoringContext *context() const { return m_context; }
    //! The report shown; null before the first one (or without scores).
    std::shared_ptr<const ImpactReport> report() const { return m_report; }
    //! Reports shown so far (tests wait for it to move).
    quint64 reportCount() const { return m_reportCount; }
    //! True while a report is due: waiting out the debounce, or being built.
    bool isBuilding() const;
    TaskRunner *runner() const { return m_runner; }
    TaskRunner *exportRunner() const { return m_exportRunner; }
    ImpactAssumptions assumptions() const;
    /*!
     * The request a build would start from now, pointing at the scoring context's table,
     * scores and model (valid while they are in use); no history. For tests and the report.
     */
    ImpactRequest currentRequest() const;

    ImpactCards *cards() const { return m_cards; }
    ImpactNotes *notes() const { return m_notes; }
    SimulatorForm *simulator() const { return m_form; }
    SimulatorResults *simulatorResults() const { return m_results; }
    ImpactChartsGrid *charts() const { return m_charts; }
    HowComputedPanel *howComputed() const { return m_how; }
    QPushButton *exportButton() const { return m_export; }
    QScrollArea *scrollArea() const { return m_scroll; }
    //! True while the page says what to do instead of showing figures.
    bool showsPlaceholder() const;
    QString placeholderText() const;

    //! Writes the report shown to \a path as PDF on a worker; false when there is none or an export runs.
    bool exportPdf(const QString &path);
    //! File > Export: the report as PDF.
    AreaCommand exportCommand() override;

public Q_SLOTS:
    void exportPdfWithDialog();

Q_SIGNALS:
    //! A new report is shown.
    void reportShown();
    void reportExported(const QString &path);
    void exportFailed(const churnlens::Error &error);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildHeader();
    QWidget *buildContent();
    void scheduleBuild();
    void startBuild();
    void apply(std::shared_ptr<const ImpactReport> report);
    void onAssumptionsChanged();
    void onSettingsRestored();
    void onProjectChanged();
    void updateHeader();
    void updatePlaceholder();

    ScoringContext *m_context;
    TaskRunner *m_runner;
    TaskRunner *m_exportRunner;
    QTimer *m_debounce;
    std::shared_ptr<const ImpactReport> m_report;
    //! The fingerprint of a scored table that is not the workspace's (worked out by a build).
    QString m_fingerprint;
    std::weak_ptr<const DataTable> m_fingerprintOf;
    quint64 m_reportCount = 0;
    bool m_dirty = true;
    QString m_buildError;

    QLabel *m_headline = nullptr;
    QPushButton *m_export = nullptr;
    QWidget *m_busy = nullptr;
    QLabel *m_busyText = nullptr;
    QProgressBar *m_bar = nullptr;
    QLabel *m_placeholder = nullptr;
    QStackedWidget *m_stack = nullptr;
    QScrollArea *m_scroll = nullptr;
    ImpactCards *m_cards = nullptr;
    ImpactNotes *m_notes = nullptr;
    SimulatorForm *m_form = nullptr;
    SimulatorResults *m_results = nullptr;
    ImpactChartsGrid *m_charts = nullptr;
    HowComputedPanel *m_how = nullptr;
};

} // namespace churnlens
