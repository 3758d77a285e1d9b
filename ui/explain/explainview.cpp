#include "explainview.h"

#include "beeswarmwidget.h"
#include "data/datatable.h"
#include "dependencechart.h"
#include "common/chartpanel.h"
#include "common/format.h"
#include "shapimportancechart.h"
#include "ml/modelbundle.h"
#include "common/placeholderpage.h"
#include "common/riskstyle.h"
#include "explain/sampleexplanation.h"
#include "explain/factorwriter.h"
#include "score/scoreresult.h"
#include "explain/whatif.h"
#include "workspace/scoringcontext.h"
#include "workspace/workspace.h"
#include "jobs/taskrunner.h"
#include "waterfallwidget.h"
#include "whatifpanel.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QSettings>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace churnlens {

struct ExplainView::Global
{
    qsizetype riskiest = -1;
    std::shared_ptr<const SampleExplanation> sample;
    QString sampleError;
    std::shared_ptr<const WhatIf> engine;
    QString engineError;
};

namespace {

constexpr int MaxImportanceFields = 10; // more bars than this get their labels cut on a laptop screen
constexpr int MaxBeeswarmFields = 12;

//! The row of the customer with id \a id (the scored id column, or a 1-based row number), or -1.
qsizetype findCustomer(const DataTable &table, const ScoreResult &scores, const QString &id)
{
    const QString wanted = id.trimmed();
    if (wanted.isEmpty())
        return -1;
    const qsizetype n = std::min(table.rowCount(), scores.rows);
    if (scores.idColumn < 0) {
        bool ok = false;
        const qlonglong r = wanted.toLongLong(&ok);
        return ok && r >= 1 && r <= n ? qsizetype(r - 1) : -1;
    }
    const Column &column = table.column(scores.idColumn);
    if (column.isCoded()) {
        // One dictionary look-up, then an integer scan: fast even for a million customers.
        const int32_t code = column.dictionary().find(wanted.toStdString());
        if (code < 0)
            return -1;
        for (qsizetype r = 0; r < n; ++r)
            if (column.code(r) == code)
                return r;
        return -1;
    }
    bool ok = false;
    const double v = QLocale::c().toDouble(wanted, &ok);
    if (!ok)
        return -1;
    for (qsizetype r = 0; r < n; ++r)
        if (column.value(r) == v)
            return r;
    return -1;
}

//! The customer most likely to leave, or -1.
qsizetype riskiestCustomer(const ScoreResult &scores)
{
    qsizetype best = -1;
    for (qsizetype r = 0; r < scores.rows; ++r) {
        const double p = scores.probabilities[size_t(r)];
        if (!std::isnan(p) && (best < 0 || p > scores.probabilities[size_t(best)]))
            best = r;
    }
    return best;
}

} // namespace

ExplainView::ExplainView(ScoringContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_runner(new TaskRunner(this))
    , m_customerRunner(new TaskRunner(this))
{
    buildUi();
    connect(context, &ScoringContext::scoresChanged, this, &ExplainView::onScoresChanged);
    connect(context, &ScoringContext::modelChanged, this, &ExplainView::updateHeader);
    connect(context, &ScoringContext::scoringStarted, this, &ExplainView::updateHeader);
    connect(context, &ScoringContext::scoringFailed, this, [this](const Error &e) {
        m_placeholder->setText(tr("These customers could not be scored, so there is nothing to explain.\n\n%1").arg(e.message));
        updateHeader();
    });
    connect(context, &ScoringContext::customerRequested, this, &ExplainView::showCustomer);
    connect(context->runner(), &TaskRunner::started, this, &ExplainView::updateHeader);
    connect(context->runner(), &TaskRunner::finished, this, &ExplainView::updateHeader);
    for (TaskRunner *r : {context->runner(), m_runner}) {
        connect(r, &TaskRunner::progressChanged, this, [this, r](double f, const QString &text) {
            m_bar->setValue(int(f * 1000));
            m_busyText->setText(text.isEmpty() ? r->title() : text);
        });
    }
    connect(m_runner, &TaskRunner::started, this, &ExplainView::updateHeader);
    connect(m_runner, &TaskRunner::finished, this, &ExplainView::updateHeader);
    onScoresChanged();
}

ExplainView::~ExplainView() = default;

bool ExplainView::isBusy() const
{
    // A job replaced by a newer one (startLatest) keeps its runner running until the newer one is done.
    return m_runner->isRunning() || m_customerRunner->isRunning() || m_whatIf->isBusy() || m_context->isBusy();
}

void ExplainView::buildUi()
{
    m_header = new QLabel(this);
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_busy = new QWidget(this);
    m_busyText = new QLabel(m_busy);
    m_bar = new QProgressBar(m_busy);
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(12);
    auto *cancel = new QPushButton(tr("Cancel"), m_busy);
    connect(cancel, &QPushButton::clicked, this, [this]() {
        m_runner->cancel();
        m_context->cancel();
    });
    auto *busy = new QHBoxLayout(m_busy);
    busy->setContentsMargins(0, 0, 0, 0);
    busy->addWidget(m_busyText);
    busy->addWidget(m_bar, 1);
    busy->addWidget(cancel);
    m_busy->hide();

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildCustomerTab(), tr("One customer"));
    m_tabs->addTab(buildAllTab(), tr("All customers"));
    // Reopen on the tab last used: an analyst who studies the whole file keeps coming back to it.
    m_tabs->setCurrentIndex(std::clamp(QSettings().value(QStringLiteral("explain/tab")).toInt(), 0, 1));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        QSettings().setValue(QStringLiteral("explain/tab"), index);
        if (index == 1 && !m_sample && !m_runner->isRunning())
            startGlobal();
        else if (index == 1)
            drawGlobal();
    });

    QWidget *placeholderPage = makePlaceholderPage(&m_placeholder, this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(placeholderPage);
    m_stack->addWidget(m_tabs);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_busy);
    layout->addWidget(m_stack, 1);
}

QWidget *ExplainView::showFindField()
{
    if (m_stack->currentWidget() != m_tabs)
        return nullptr; // nothing explained yet: the page says why
    m_tabs->setCurrentIndex(0);
    return m_id;
}

QWidget *ExplainView::buildCustomerTab()
{
    auto *page = new QWidget(this);
    m_id = new QLineEdit(page);
    m_id->setPlaceholderText(tr("Customer id"));
    m_id->setMaximumWidth(220);
    connect(m_id, &QLineEdit::returnPressed, this, [this]() { showCustomerId(m_id->text()); });
    auto *go = new QPushButton(tr("Show"), page);
    connect(go, &QPushButton::clicked, this, [this]() { showCustomerId(m_id->text()); });
    auto *riskiest = new QPushButton(tr("Highest Risk"), page);
    riskiest->setToolTip(tr("The customer most likely to leave"));
    connect(riskiest, &QPushButton::clicked, this, [this]() {
        if (auto scores = m_context->scores())
            showCustomer(riskiestCustomer(*scores));
    });
    m_customerLine = new QLabel(page);
    m_customerLine->setTextFormat(Qt::RichText);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Customer:"), page));
    top->addWidget(m_id);
    top->addWidget(go);
    top->addWidget(riskiest);
    top->addSpacing(12);
    top->addWidget(m_customerLine, 1);

    m_waterfall = new WaterfallWidget;
    m_waterfallPanel = new ChartPanel(QStringLiteral("customer-waterfall"), page);
    m_waterfallPanel->setWidget(m_waterfall);
    m_whatIf = new WhatIfPanel(page);
    m_whatIf->setFieldLabels(m_context->workspace()->fieldLabels());
    connect(m_context->workspace(), &Workspace::fieldLabelsChanged, m_whatIf,
            [this]() { m_whatIf->setFieldLabels(m_context->workspace()->fieldLabels()); });
    auto *split = new QSplitter(Qt::Horizontal, page);
    split->addWidget(m_waterfallPanel);
    split->addWidget(m_whatIf);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    split->setSizes({840, 380});
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    return page;
}

QWidget *ExplainView::buildAllTab()
{
    auto *page = new QWidget(this);
    m_importance = new ChartPanel(QStringLiteral("field-importance"), page);
    m_importance->setMinimumHeight(260);
    auto *importanceNote = new QLabel(ShapImportanceChart::explanation(), page);
    importanceNote->setWordWrap(true);
    importanceNote->setForegroundRole(QPalette::PlaceholderText);
    auto *left = new QWidget(page);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_importance, 1);
    leftLayout->addWidget(importanceNote);

    m_beeswarm = new BeeswarmWidget;
    m_beeswarmPanel = new ChartPanel(QStringLiteral("shap-summary"), page);
    m_beeswarmPanel->setWidget(m_beeswarm);
    m_sampleNote = new QLabel(page);
    m_sampleNote->setWordWrap(true);
    m_sampleNote->setForegroundRole(QPalette::PlaceholderText);
    auto *right = new QWidget(page);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_beeswarmPanel, 1);
    rightLayout->addWidget(m_sampleNote);

    m_field = new QComboBox(page);
    m_field->setMinimumContentsLength(18);
    connect(m_field, &QComboBox::currentIndexChanged, this, &ExplainView::drawDependence);
    m_dependence = new ChartPanel(QStringLiteral("shap-dependence"), page);
    m_dependence->setMinimumHeight(240);
    auto *depBox = new QWidget(page);
    auto *depLayout = new QVBoxLayout(depBox);
    depLayout->setContentsMargins(0, 0, 0, 0);
    auto *pick = new QHBoxLayout;
    pick->addWidget(new QLabel(tr("Dependence plot for"), depBox));
    pick->addWidget(m_field);
    pick->addStretch(1);
    depLayout->addLayout(pick);
    depLayout->addWidget(m_dependence, 1);

    // Importance and one field's dependence on the left, the summary of all fields on the right.
    auto *leftSplit = new QSplitter(Qt::Vertical, page);
    leftSplit->addWidget(left);
    leftSplit->addWidget(depBox);
    leftSplit->setChildrenCollapsible(false);
    leftSplit->setSizes({500, 400});
    auto *split = new QSplitter(Qt::Horizontal, page);
    split->addWidget(leftSplit);
    split->addWidget(right);
    split->setChildrenCollapsible(false);
    split->setSizes({560, 680});
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(split, 1);
    return page;
}

void ExplainView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_context->ensureScored();
    if (m_context->scores() && !m_sample && !m_runner->isRunning())
        startGlobal();
    else
        drawGlobal();
}

void ExplainView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::ApplicationPaletteChange || !m_drawn)
        return;
    const int field = m_field->currentIndex();
    m_drawn = false;
    drawGlobal(); // now if shown, else when the tab is next seen
    if (m_drawn && field >= 0 && field < m_field->count())
        m_field->setCurrentIndex(field);
}

void ExplainView::updateHeader()
{
    auto model = m_context->model();
    auto scores = m_context->scores();
    QString text = model ? tr("<b>Model:</b> %1 · predicts churn from %2")
                               .arg(m_context->modelTitle().toHtmlEscaped(), format::percent(model->threshold(), 1))
                         : tr("<b>Model:</b> none yet — %1").arg(m_context->modelProblem().toHtmlEscaped());
    if (scores) {
        const QString source = QFileInfo(m_context->scoredSource()).fileName();
        text += tr(" · <b>Customers:</b> %1 (%2)").arg((source.isEmpty() ? m_context->scoredSource() : source).toHtmlEscaped(),
                                                      format::count(scores->rows));
    }
    m_header->setText(text);
    TaskRunner *running = m_context->runner()->isRunning() ? m_context->runner() : m_runner->isRunning() ? m_runner : nullptr;
    m_busy->setVisible(running);
    if (running)
        m_busyText->setText(running->title());
    if (!scores) {
        m_stack->setCurrentIndex(0);
        if (!model)
            m_placeholder->setText(tr("There is no model to explain yet.\n\nTrain one in the Train area, or open a saved model "
                                      "folder in “Score & export”."));
        else if (running)
            m_placeholder->setText(tr("Scoring customers…"));
        else if (!m_context->workspace()->hasTable())
            m_placeholder->setText(tr("Open customer data to see why customers leave."));
        else if (!m_placeholder->text().startsWith(tr("These customers could not be scored")))
            m_placeholder->setText(tr("Score the customers to explain them."));
    }
}

void ExplainView::onScoresChanged()
{
    m_sample.reset();
    m_drawn = false;
    m_engine.reset();
    m_whatIf->clear();
    m_waterfall->setExplanation(std::nullopt);
    m_importance->setMessage(tr("Working out which fields matter…"));
    m_dependence->setMessage(QString());
    m_field->clear();
    auto scores = m_context->scores();
    if (!scores) {
        m_row = -1;
        updateHeader();
        return;
    }
    m_stack->setCurrentIndex(1);
    updateHeader();
    if (m_row >= scores->rows)
        m_row = -1;
    // The engine for the what-if editor comes with the whole-file explanation: start it now.
    startGlobal();
}

void ExplainView::startGlobal()
{
    auto scores = m_context->scores();
    auto table = m_context->scoredTable();
    auto model = m_context->model();
    if (!scores || !table || !model)
        return;
    // Latest wins: a run on older scores stops, and its result is never delivered.
    m_runner->startLatest<Global>(
        tr("Explaining customers"),
        [model, table, scores](Progress &progress) {
            Global g;
            g.riskiest = riskiestCustomer(*scores); // a million rows: not on the GUI thread
            SubProgress sampleProgress(&progress, 0.0, 0.9);
            auto sample = SampleExplanation::compute(*model, *table, *scores, SampleExplanation::DefaultSample, &sampleProgress);
            if (sample)
                g.sample = std::make_shared<const SampleExplanation>(std::move(*sample));
            else
                g.sampleError = sample.error().message;
            if (isCanceled(&progress))
                return g;
            auto engine = WhatIf::create(*model, &scores->explainer, scores->riskThresholds);
            if (engine)
                g.engine = std::make_shared<const WhatIf>(std::move(*engine));
            else
                g.engineError = engine.error().message;
            return g;
        },
        [this, scores](Global &&g) {
            if (scores != m_context->scores())
                return;
            m_sample = g.sample;
            m_engine = g.engine;
            m_engineError = g.engineError;
            if (!m_sample)
                m_importance->setMessage(tr("No explanation for these customers: %1").arg(g.sampleError));
            m_drawn = false;
            drawGlobal();
            // Start with the customer most likely to leave: the one a manager asks about first.
            if (m_row < 0)
                m_row = g.riskiest;
            startCustomer();
            if (m_sample)
                Q_EMIT sampleReady();
        });
}

void ExplainView::drawGlobal()
{
    // Charts of 2,000 dots take tens of milliseconds to build: only when they are seen.
    if (!m_sample || m_drawn || !isVisible() || m_tabs->currentIndex() != 1)
        return;
    m_drawn = true;
    const SampleExplanation &e = *m_sample;
    ChartTable table;
    m_importance->setChart(ShapImportanceChart::build(e, MaxImportanceFields, [this](int field) {
        const int index = m_field->findData(field);
        if (index >= 0)
            m_field->setCurrentIndex(index);
    }, &table, m_context->workspace()->fieldLabels()));
    m_importance->setTable(table);
    m_beeswarm->setData(m_sample, m_context->scoredTable(), MaxBeeswarmFields, m_context->workspace()->fieldLabels());
    m_beeswarmPanel->setTable(m_beeswarm->chartTable());
    m_sampleNote->setText(
        qsizetype(e.rows.size()) < e.totalRows
            ? tr("Dots: an evenly spread sample of %1 of the %2 customers, for drawing only. The importance bars use all of them. "
                 "Hover a dot to see the customer.")
                  .arg(format::count(qsizetype(e.rows.size())), format::count(e.totalRows))
            : tr("One dot per customer (%1). Hover a dot to see the customer.").arg(format::count(e.totalRows)));
    const QSignalBlocker block(m_field);
    m_field->clear();
    for (int f : e.ranking())
        if (e.fieldColumns[size_t(f)] >= 0)
            m_field->addItem(m_context->workspace()->fieldLabels().label(e.fieldNames[f]), f);
    m_field->setCurrentIndex(0);
    drawDependence();
}

void ExplainView::drawDependence()
{
    if (!m_sample || m_field->currentIndex() < 0)
        return;
    ChartTable table;
    QChart *chart = DependenceChart::build(*m_sample, *m_context->scoredTable(), m_field->currentData().toInt(), &table,
                                           m_context->workspace()->fieldLabels());
    if (!chart) {
        m_dependence->setMessage(tr("No dependence plot for this field."));
        return;
    }
    m_dependence->setChart(chart);
    m_dependence->setTable(table);
    m_dependence->setFileName(QStringLiteral("shap-dependence-%1").arg(m_field->currentText().replace(QLatin1Char(' '), QLatin1Char('-'))));
}

void ExplainView::showCustomer(qsizetype row)
{
    auto scores = m_context->scores();
    if (!scores || row < 0 || row >= scores->rows)
        return;
    m_row = row;
    m_tabs->setCurrentIndex(0);
    startCustomer();
}

bool ExplainView::showCustomerId(const QString &id)
{
    auto scores = m_context->scores();
    auto table = m_context->scoredTable();
    if (!scores || !table)
        return false;
    const qsizetype row = findCustomer(*table, *scores, id);
    if (row < 0) {
        m_customerLine->setText(tr("<span style=\"color:%1\">No customer with the id “%2”.</span>")
                                    .arg(RiskStyle::color(RiskLevel::High).name(), id.toHtmlEscaped()));
        return false;
    }
    showCustomer(row);
    return true;
}

void ExplainView::showAllCustomers()
{
    m_tabs->setCurrentIndex(1);
    drawGlobal();
}

void ExplainView::startCustomer()
{
    auto scores = m_context->scores();
    auto table = m_context->scoredTable();
    auto model = m_context->model();
    if (!scores || !table || !model || m_row < 0)
        return;
    const qsizetype row = m_row;
    m_id->setText(scores->id(*table, row));
    const double p = scores->probabilities[size_t(row)];
    m_customerLine->setText(std::isnan(p) ? tr("This customer could not be scored.")
                                          : tr("Churn probability <b>%1</b> · <span style=\"background-color:%2; color:%3;\">&nbsp;%4&nbsp;</span>")
                                                .arg(format::percent(p, 1), RiskStyle::color(scores->risk[size_t(row)]).name(),
                                                     RiskStyle::textColor(scores->risk[size_t(row)]).name(),
                                                     RiskStyle::label(scores->risk[size_t(row)]).toHtmlEscaped()));
    if (!m_engine) {
        // Explained when startGlobal() has made the engine (its done() calls this again); if it
        // could not, say why.
        if (!m_runner->isRunning() && !m_engineError.isEmpty())
            m_customerLine->setText(tr("This model cannot re-score customers: %1").arg(m_engineError.toHtmlEscaped()));
        return;
    }
    std::shared_ptr<const WhatIf> engine = m_engine;
    using Explained = Result<CustomerExplanation>;
    // Latest wins: only the customer asked for last is shown.
    m_customerRunner->startLatest<Explained>(
        tr("Explaining the customer"), [engine, table, row](Progress &) { return engine->explain(*table, row); },
        [this, scores, table, model, row](Explained &&e) {
            if (scores != m_context->scores() || row != m_row)
                return;
            if (!e) {
                m_waterfall->setExplanation(std::nullopt);
                m_customerLine->setText(e.error().message.toHtmlEscaped());
                return;
            }
            m_waterfall->setExplanation(std::move(*e), scores->id(*table, row), model->kind(), model->calibration());
            m_waterfallPanel->setTable(m_waterfall->chartTable());
            m_waterfallPanel->setFileName(QStringLiteral("why-%1").arg(scores->id(*table, row)));
            if (m_engine)
                m_whatIf->setCustomer(m_engine, table, row, *model);
            Q_EMIT customerReady();
        });
}

} // namespace churnlens
