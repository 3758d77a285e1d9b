#pragma once

#include "common/error.h"
#include "score/risklevel.h"

#include "shell/area.h"

#include <QWidget>

#include <array>
#include <memory>
#include <optional>
#include <vector>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace churnlens {

class CampaignPanel;
class RiskTableModel;
class ScoringContext;
class TaskRunner;

/*!
 * The "Score & export" area, the retention manager's three steps: customers in (the loaded
 * data, or another file), who is at risk and why (a sortable, filterable risk table with the
 * counts per level), and the campaign list out (CSV or Excel). Scoring, sorting, planning and
 * exporting all run off the GUI thread. Double-clicking a customer opens their explanation.
 * Lives on the GUI thread.
 */
class ScoreView : public QWidget, public AreaContributions
{
    Q_OBJECT

public:
    explicit ScoreView(ScoringContext *context, QWidget *parent = nullptr);
    ~ScoreView() override;

    ScoringContext *context() const { return m_context; }
    RiskTableModel *riskModel() const { return m_model; }
    QTableView *riskTable() const { return m_table; }
    CampaignPanel *campaignPanel() const { return m_campaign; }
    QLineEdit *searchField() const { return m_search; }
    TaskRunner *orderRunner() const { return m_orderRunner; }
    TaskRunner *exportRunner() const { return m_exportRunner; }
    /*!
     * The card of \a level with its count. Clicking a card shows only that level's customers;
     * clicking it again shows everyone (the shown card is checked).
     */
    QToolButton *levelButton(RiskLevel level) const { return m_levelButtons[size_t(level)]; }
    //! The level the table is limited to, if any.
    std::optional<RiskLevel> levelFilter() const { return m_levelFilter; }
    //! The note shown when the scored customers are the model's own training data.
    QLabel *inSampleNote() const { return m_inSample; }
    //! True while the table's order or filter is being computed.
    bool isOrdering() const;

    /*!
     * Writes the campaign list to \a path (CSV, or Excel for .xlsx) on a worker, records it in
     * the export log and then confirms with the row count (\a confirm: a message with "Show in
     * folder"). False if there is no list to export or an export is running.
     */
    bool exportTo(const QString &path, bool confirm = true);

public Q_SLOTS:
    void exportCsv();
    void exportExcel();
    void openFileToScore();
    void openModel();
    //! File > Open Model…
    QList<AreaCommand> openCommands() override;
    //! Edit > Find: the risk table's search field.
    QWidget *showFindField() override;
    //! File > Export: the campaign list as an Excel workbook.
    AreaCommand exportCommand() override;

Q_SIGNALS:
    //! An export finished: \a rows customers were written to \a path.
    void exported(const QString &path, qsizetype rows);
    void exportFailed(const churnlens::Error &error);
    //! The table shows a new order or filter.
    void rowsUpdated();

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    QWidget *buildHeader();
    QWidget *buildCounts();
    void onModelChanged();
    void onScoresChanged();
    void updateHeader();
    void updateCounts();
    void updateWarnings();
    void requestOrder();
    void startOrder();
    void exportWithDialog(const QString &suffix, const QString &filter);
    void showExported(const QString &path, qsizetype rows, const QList<Issue> &logWarnings = {}, const QString &project = {});
    void applyRiskCuts();
    void showOnlyLevel(RiskLevel level);
    void updateRiskTooltips();
    void fitReasonColumns();

    ScoringContext *m_context;
    RiskTableModel *m_model;
    TaskRunner *m_orderRunner;
    TaskRunner *m_exportRunner;
    QTimer *m_orderDelay;

    QLabel *m_modelLine = nullptr;
    QPushButton *m_openModel = nullptr;
    QPushButton *m_useTrained = nullptr;
    QLabel *m_dataLine = nullptr;
    QPushButton *m_scoreLoaded = nullptr;
    QPushButton *m_scoreFile = nullptr;
    QWidget *m_busy = nullptr;
    QLabel *m_busyText = nullptr;
    QProgressBar *m_bar = nullptr;
    QLabel *m_warnings = nullptr;
    std::array<QToolButton *, 3> m_levelButtons{};
    std::optional<RiskLevel> m_levelFilter;
    QToolButton *m_defaultCuts = nullptr;
    QLabel *m_inSample = nullptr;
    QDoubleSpinBox *m_highCut = nullptr;
    QDoubleSpinBox *m_mediumCut = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_shown = nullptr;
    QTableView *m_table = nullptr;
    CampaignPanel *m_campaign = nullptr;
    QPushButton *m_exportCsv = nullptr;
    QPushButton *m_exportXlsx = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
};

} // namespace churnlens
