#pragma once

#include "common/error.h"
#include "data/fieldlabels.h"
#include "score/campaignoptions.h"
#include "score/campaignsummary.h"

#include <QJsonObject>
#include <QWidget>

#include <memory>
#include <vector>

class QButtonGroup;
class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QRadioButton;
class QSpinBox;
class QTimer;

namespace churnlens {

class CampaignPlanner;
class DataTable;
class TaskRunner;
struct ScoreResult;

/*!
 * The campaign list: who to contact, chosen by probability threshold, top N or budget, with the
 * cost per contact, the customer value and the share who accept an offer. Counts, cost and
 * expected value follow every change at once: a CampaignPlanner (built by CampaignService on a
 * worker after each scoring) answers in O(log n). Customer value is the monthly charges times a number of months
 * when the data has a charges column, otherwise one amount per customer.
 * GUI thread only.
 */
class CampaignPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CampaignPanel(QWidget *parent = nullptr);
    ~CampaignPanel() override;

    void setScores(std::shared_ptr<const DataTable> table, std::shared_ptr<const ScoreResult> scores);
    //! The model's decision threshold, the starting point of the threshold selection.
    void setModelThreshold(double threshold);

    CampaignOptions options() const;
    //! The planner for the current scores and values; null while it is being built.
    std::shared_ptr<const CampaignPlanner> planner() const { return m_planner; }
    CampaignSummary summary() const;
    //! The campaign list (rows of the scored table), best first; empty while not ready.
    std::vector<qsizetype> rows() const;
    //! True when the table should show the campaign list only.
    bool showsOnlyList() const;
    bool isReady() const { return bool(m_planner); }
    //! The choices on the panel, to be remembered (Workspace::setCampaignSettings) and restored.
    QJsonObject state() const;
    void setState(const QJsonObject &state);
    //! Writes the money figures and fields again in Currency::current() (the preferences changed).
    void refreshMoney();
    //! Names the value column by \a labels (Workspace::fieldLabels()): the user's label, else the known one.
    void setFieldLabels(const FieldLabels &labels);
    //! The text before the months field ("Value: Monthly charges ×").
    QString valueLabelText() const;

    // For tests and scripting of the panel, as a user would set it.
    void setMode(CampaignOptions::Mode mode);
    void setTopN(qsizetype n);
    void setThresholdPercent(double percent);
    void setBudget(double budget, double contactCost);

Q_SIGNALS:
    //! The list changed (other options, new scores, rebuilt planner).
    void selectionChanged();
    //! The "only this list" switch changed.
    void onlyListToggled(bool on);
    //! A planner is ready for the current scores.
    void plannerReady();
    //! The user changed a choice worth remembering (state()).
    void settingsChanged();

private:
    void buildUi();
    void rebuildPlanner();
    void updateSummary();
    void updateModeWidgets();

    std::shared_ptr<const DataTable> m_table;
    std::shared_ptr<const ScoreResult> m_scores;
    std::shared_ptr<const CampaignPlanner> m_planner;
    TaskRunner *m_runner;
    QTimer *m_rebuild;
    bool m_hasValueColumn = false;
    QString m_valueColumn; //!< the value column's name in the file
    Semantic m_valueSemantic = Semantic::None;
    FieldLabels m_labels;

    QButtonGroup *m_modes = nullptr;
    QRadioButton *m_byThreshold = nullptr;
    QRadioButton *m_byTopN = nullptr;
    QRadioButton *m_byBudget = nullptr;
    QDoubleSpinBox *m_threshold = nullptr;
    QSpinBox *m_topN = nullptr;
    QDoubleSpinBox *m_budget = nullptr;
    QDoubleSpinBox *m_cost = nullptr;
    QDoubleSpinBox *m_acceptance = nullptr;
    QLabel *m_valueLabel = nullptr;
    QSpinBox *m_months = nullptr;
    QDoubleSpinBox *m_fixedValue = nullptr;
    QCheckBox *m_onlyList = nullptr;
    QLabel *m_customers = nullptr;
    QLabel *m_churners = nullptr;
    QLabel *m_kept = nullptr;
    QLabel *m_contactCost = nullptr;
    QLabel *m_atRisk = nullptr;
    QLabel *m_expected = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace churnlens
