#pragma once

#include "common/error.h"
#include "shell/area.h"

#include <QWidget>

#include <memory>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTimer;

namespace churnlens {

class ChartPanel;
class ColumnPage;
class ExploreCards;
class HeatmapWidget;
class Workspace;
class TaskRunner;
class DataTable;
struct Profile;

/*!
 * The Explore area: who churns, and what goes with it. Profiles the workspace's table off
 * the GUI thread (progress and cancel here and in the status bar) whenever the data or
 * its roles change, then shows overview cards, the drivers ranking, data-quality warnings,
 * missing values, one column in depth and the correlation heatmap. Every chart comes from
 * the finished profile, so a million rows cost no more to draw than a thousand. The profile
 * itself is the Workspace's (Workspace::profile()); the view keeps no copy.
 * Lives on the GUI thread.
 */
class ExploreView : public QWidget, public AreaContributions
{
    Q_OBJECT

public:
    explicit ExploreView(Workspace *workspace, QWidget *parent = nullptr);
    ~ExploreView() override;

    //! The profile shown: the Workspace's (Workspace::profile()), or null.
    std::shared_ptr<const Profile> profile() const;
    TaskRunner *runner() const { return m_runner; }
    bool isProfiling() const;

    ExploreCards *cards() const { return m_cards; }
    QTabWidget *tabs() const { return m_tabs; }
    ColumnPage *columnPage() const { return m_columns; }
    ChartPanel *driversPanel() const { return m_drivers; }
    ChartPanel *missingPanel() const { return m_missing; }
    ChartPanel *correlationPanel() const { return m_correlation; }
    QListWidget *warningList() const { return m_warnings; }
    //! Edit > Find: "Find a column" (its tab is shown), once the data is profiled.
    QWidget *showFindField() override;

public Q_SLOTS:
    //! Profiles the current table now (cancels and restarts a run in progress).
    void refresh();
    //! Opens the column tab on \a name.
    void showColumn(const QString &name);
    void cancel();

Q_SIGNALS:
    //! A profile finished and is shown.
    void profileReady();
    //! Profiling failed (not canceled).
    void profileFailed(const churnlens::Error &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void onTableChanged();
    void start();
    void onFinished(Result<Profile> &&result, quint64 generation, std::shared_ptr<const DataTable> table);
    void showProfile();
    void showPlaceholder(const QString &text, bool offerRetry);
    void rebuildOverview();

    Workspace *m_workspace;
    TaskRunner *m_runner;
    QTimer *m_debounce;

    ExploreCards *m_cards = nullptr;
    QWidget *m_busy = nullptr;
    QLabel *m_busyText = nullptr;
    QProgressBar *m_bar = nullptr;
    QPushButton *m_cancel = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QPushButton *m_retry = nullptr;
    QTabWidget *m_tabs = nullptr;
    ChartPanel *m_drivers = nullptr;
    QLabel *m_driversNote = nullptr;
    QListWidget *m_warnings = nullptr;
    ChartPanel *m_missing = nullptr;
    ColumnPage *m_columns = nullptr;
    ChartPanel *m_correlation = nullptr;
    HeatmapWidget *m_heatmap = nullptr;
};

} // namespace churnlens
