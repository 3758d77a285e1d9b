#pragma once

#include "common/error.h"
#include "shell/area.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace churnlens {

class BeeswarmWidget;
class ChartPanel;
class ScoringContext;
class TaskRunner;
class WaterfallWidget;
class WhatIf;
class WhatIfPanel;
struct SampleExplanation;

/*!
 * The Explain area. "One customer": a waterfall from the model's starting point to the
 * customer's probability with the factors in words, and the what-if editor. "All customers":
 * importance per field (mean |SHAP| next to gain), the SHAP summary beeswarm and a dependence
 * plot per field, drawn from an evenly spread sample of at most 2,000 customers (importance uses
 * all of them). Everything is computed off the GUI thread from the scores the "Score & export"
 * area shares (ScoringContext). Lives on the GUI thread.
 */
class ExplainView : public QWidget, public AreaContributions
{
    Q_OBJECT

public:
    explicit ExplainView(ScoringContext *context, QWidget *parent = nullptr);
    ~ExplainView() override;

    ScoringContext *context() const { return m_context; }
    //! The explanation of the sample, once computed.
    std::shared_ptr<const SampleExplanation> sample() const { return m_sample; }
    WhatIfPanel *whatIfPanel() const { return m_whatIf; }
    WaterfallWidget *waterfall() const { return m_waterfall; }
    BeeswarmWidget *beeswarm() const { return m_beeswarm; }
    ChartPanel *importancePanel() const { return m_importance; }
    ChartPanel *dependencePanel() const { return m_dependence; }
    QComboBox *dependenceField() const { return m_field; }
    QTabWidget *tabs() const { return m_tabs; }
    //! The whole-file explanation (and the what-if engine).
    TaskRunner *runner() const { return m_runner; }
    //! One customer's waterfall; separate, so that showing a customer never cancels runner().
    TaskRunner *customerRunner() const { return m_customerRunner; }
    //! The customer shown (row of the scored table), or -1.
    qsizetype customerRow() const { return m_row; }
    bool isBusy() const;
    //! Edit > Find: the customer id field (its tab is shown), once there are scores to explain.
    QWidget *showFindField() override;

public Q_SLOTS:
    //! Shows the customer in \a row of the scored table on the "One customer" tab.
    void showCustomer(qsizetype row);
    //! Shows the customer with id \a id; false (and a message) if there is none.
    bool showCustomerId(const QString &id);
    void showAllCustomers();

Q_SIGNALS:
    //! The whole-file charts are drawn.
    void sampleReady();
    //! The customer's waterfall and editor are ready.
    void customerReady();

protected:
    void showEvent(QShowEvent *event) override;
    //! A theme change redraws the charts, whose colours are fixed when they are built.
    void changeEvent(QEvent *event) override;

private:
    struct Global;
    void buildUi();
    QWidget *buildCustomerTab();
    QWidget *buildAllTab();
    void onScoresChanged();
    void startGlobal();
    void startCustomer();
    void drawGlobal();
    void drawDependence();
    void updateHeader();

    ScoringContext *m_context;
    TaskRunner *m_runner;
    TaskRunner *m_customerRunner;
    std::shared_ptr<const SampleExplanation> m_sample;
    std::shared_ptr<const WhatIf> m_engine;
    QString m_engineError;
    bool m_drawn = false; //!< the whole-file charts show m_sample
    qsizetype m_row = -1;

    QLabel *m_header = nullptr;
    QWidget *m_busy = nullptr;
    QLabel *m_busyText = nullptr;
    QProgressBar *m_bar = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_id = nullptr;
    QLabel *m_customerLine = nullptr;
    ChartPanel *m_waterfallPanel = nullptr;
    WaterfallWidget *m_waterfall = nullptr;
    WhatIfPanel *m_whatIf = nullptr;
    ChartPanel *m_importance = nullptr;
    ChartPanel *m_beeswarmPanel = nullptr;
    BeeswarmWidget *m_beeswarm = nullptr;
    QLabel *m_sampleNote = nullptr;
    ChartPanel *m_dependence = nullptr;
    QComboBox *m_field = nullptr;
};

} // namespace churnlens
