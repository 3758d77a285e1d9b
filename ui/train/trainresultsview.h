#pragma once

#include "common/error.h"
#include "evaluationcharts.h"
#include "services/trainresults.h"

#include <QWidget>

#include <array>
#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QSplitter;
class QSortFilterProxyModel;
class QTableView;
class QTabWidget;

namespace churnlens {

class ChartPanel;
class ConfusionPanel;
class LeaderboardModel;
class Workspace;
class TaskRunner;

/*!
 * The results of a training run: the leaderboard, and for the model selected in it the
 * evaluation curves, the confusion matrix with its threshold slider and the feature
 * importance; "Save model…" writes the selected model's folder (off the GUI thread) and
 * "Use this model" hands it to the Workspace for scoring and explaining. GUI thread only.
 */
class TrainResultsView : public QWidget
{
    Q_OBJECT

public:
    explicit TrainResultsView(Workspace *workspace, QWidget *parent = nullptr);
    ~TrainResultsView() override;

    void setResults(std::shared_ptr<const TrainResults> results);
    std::shared_ptr<const TrainResults> results() const { return m_results; }
    //! Index into results()->report.models of the selected model, or -1.
    int selectedModel() const { return m_selected; }
    void selectModel(int index);

    QTableView *leaderboard() const { return m_table; }
    LeaderboardModel *leaderboardModel() const { return m_model; }
    ConfusionPanel *confusionPanel() const { return m_confusion; }
    //! The scroll area the confusion panel sits in (above the importance chart).
    QScrollArea *confusionScroll() const { return m_confusionScroll; }
    ChartPanel *curvePanel(EvaluationCharts::Kind kind) const { return m_curves[size_t(kind)]; }
    ChartPanel *importancePanel() const { return m_importance; }
    QTabWidget *chartTabs() const { return m_tabs; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *useButton() const { return m_use; }
    TaskRunner *saver() const { return m_saver; }

    //! No height-for-width: in a scroll area the view takes the height it is given (see TrainView).
    bool hasHeightForWidth() const override { return false; }

public Q_SLOTS:
    //! Asks for a folder and saves the selected model there.
    void saveWithDialog();
    //! Saves the selected model into \a directory (replacing a model saved there before).
    void saveModel(const QString &directory);
    //! Makes the selected model the Workspace's model.
    void useSelected();

Q_SIGNALS:
    void modelSaved(const QString &directory);
    void saveFailed(const churnlens::Error &error);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void rebuildCharts();
    void rebuildImportance();
    void updateTableHeight();
    void fitConfusionPanel();
    //! Importance bars whose labels fit the panel's height (Qt hides every other label when crowded).
    int importanceBarsThatFit() const;
    void updateHeader();
    void onThresholdChanged();

    Workspace *m_workspace;
    std::shared_ptr<const TrainResults> m_results;
    int m_selected = -1;
    LeaderboardModel *m_model;
    QSortFilterProxyModel *m_proxy;
    TaskRunner *m_saver;
    QLabel *m_title = nullptr;
    QComboBox *m_source = nullptr;
    QPushButton *m_use = nullptr;
    QPushButton *m_save = nullptr;
    QTableView *m_table = nullptr;
    QTabWidget *m_tabs = nullptr;
    std::array<ChartPanel *, EvaluationCharts::KindCount> m_curves{};
    ChartPanel *m_importance = nullptr;
    int m_importanceBars = 0; //!< bars in the chart shown, 0 = none
    QLabel *m_importanceNote = nullptr;
    ConfusionPanel *m_confusion = nullptr;
    QScrollArea *m_confusionScroll = nullptr;
    QSplitter *m_right = nullptr;
    bool m_confusionFitted = false; //!< the splitter gave the panel its height for these results
    bool m_confusionDragged = false; //!< the user moved the handle: the split is theirs
    QLabel *m_notes = nullptr;
};

} // namespace churnlens
