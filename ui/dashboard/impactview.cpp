#include "impactview.h"

#include "common/format.h"
#include "common/placeholderpage.h"
#include "howcomputedpanel.h"
#include "impactcards.h"
#include "impactchartsgrid.h"
#include "impactnotes.h"
#include "jobs/taskrunner.h"
#include "project/project.h"
#include "services/impactservice.h"
#include "simulatorform.h"
#include "simulatorresults.h"
#include "workspace/scoringcontext.h"
#include "workspace/workspace.h"

#include <QGridLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace churnlens {

namespace {
constexpr int DebounceMs = 150;
} // namespace

ImpactView::ImpactView(ScoringContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_runner(new TaskRunner(this))
    , m_exportRunner(new TaskRunner(this))
    , m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &ImpactView::startBuild);

    QWidget *placeholderPage = makePlaceholderPage(&m_placeholder, this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(placeholderPage);
    m_stack->addWidget(buildContent());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildHeader());
    layout->addWidget(m_stack, 1);

    Workspace *workspace = context->workspace();
    const ImpactAssumptions saved = ImpactAssumptions::fromSettings(workspace->campaignSettings());
    m_form->setAssumptions(saved);
    m_charts->setSegmentColumn(saved.segmentColumn);

    connect(m_form, &SimulatorForm::changed, this, &ImpactView::onAssumptionsChanged);
    connect(m_charts, &ImpactChartsGrid::segmentColumnChanged, this, &ImpactView::onAssumptionsChanged);
    connect(workspace, &Workspace::settingsRestored, this, &ImpactView::onSettingsRestored);
    // A new currency: the same report, its money written again.
    connect(workspace, &Workspace::preferencesChanged, this, [this]() {
        m_form->refreshMoney();
        apply(m_report);
    });
    connect(workspace, &Workspace::projectChanged, this, &ImpactView::onProjectChanged);
    // Segments named as the Data area names the columns, following its labels.
    connect(workspace, &Workspace::fieldLabelsChanged, this, [this]() { apply(m_report); });
    connect(context, &ScoringContext::scoresChanged, this, &ImpactView::scheduleBuild);
    connect(context, &ScoringContext::modelChanged, this, &ImpactView::updateHeader);
    connect(context, &ScoringContext::scoringStarted, this, &ImpactView::updateHeader);
    connect(context, &ScoringContext::scoringFailed, this, [this](const Error &e) {
        m_buildError = tr("These customers could not be scored.\n\n%1").arg(e.message);
        updateHeader();
    });
    for (TaskRunner *runner : {m_runner, context->runner()}) {
        connect(runner, &TaskRunner::started, this, &ImpactView::updateHeader);
        connect(runner, &TaskRunner::finished, this, &ImpactView::updateHeader);
        connect(runner, &TaskRunner::progressChanged, this, [this, runner](double f, const QString &text) {
            m_bar->setValue(int(f * 1000));
            m_busyText->setText(text.isEmpty() ? runner->title() : text);
        });
    }
    onProjectChanged();
    updateHeader();
}

ImpactView::~ImpactView() = default;

QWidget *ImpactView::buildHeader()
{
    auto *header = new QWidget(this);
    m_headline = new QLabel(header);
    m_headline->setObjectName(QStringLiteral("impactHeadline"));
    m_headline->setTextFormat(Qt::RichText);
    m_headline->setWordWrap(true);
    m_export = new QPushButton(tr("Export Report (PDF)…"), header);
    m_export->setObjectName(QStringLiteral("exportImpactReport"));
    m_export->setToolTip(tr("Save this page as a one- or two-page PDF report to print or send"));
    connect(m_export, &QPushButton::clicked, this, &ImpactView::exportPdfWithDialog);

    m_busy = new QWidget(header);
    m_busyText = new QLabel(m_busy);
    m_bar = new QProgressBar(m_busy);
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(12);
    auto *cancel = new QPushButton(tr("Cancel"), m_busy);
    connect(cancel, &QPushButton::clicked, this, [this]() {
        m_debounce->stop();
        m_runner->cancel();
        m_context->cancel();
    });
    auto *busy = new QHBoxLayout(m_busy);
    busy->setContentsMargins(0, 0, 0, 0);
    busy->addWidget(m_busyText);
    busy->addWidget(m_bar, 1);
    busy->addWidget(cancel);
    m_busy->hide();

    auto *grid = new QGridLayout(header);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_headline, 0, 0);
    grid->addWidget(m_export, 0, 1, Qt::AlignTop);
    grid->addWidget(m_busy, 1, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    return header;
}

QWidget *ImpactView::buildContent()
{
    m_cards = new ImpactCards;
    m_notes = new ImpactNotes;
    m_form = new SimulatorForm;
    m_results = new SimulatorResults;
    m_charts = new ImpactChartsGrid;
    m_how = new HowComputedPanel;

    // A panel like the charts' (not a group box): its heading reads as one of the page's sections.
    auto *simulator = new QFrame;
    simulator->setObjectName(QStringLiteral("campaignSimulator"));
    simulator->setFrameShape(QFrame::StyledPanel);
    simulator->setAutoFillBackground(true);
    simulator->setBackgroundRole(QPalette::Base);
    auto *heading = new QLabel(tr("Campaign simulator"), simulator);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    heading->setFont(headingFont);
    auto *sim = new QVBoxLayout(simulator);
    sim->setContentsMargins(12, 8, 12, 10);
    sim->setSpacing(10);
    sim->addWidget(heading);
    sim->addWidget(m_form);
    sim->addWidget(m_results);
    sim->addStretch(1);
    // Wide enough for the figures and their ranges; the charts take the rest.
    simulator->setMinimumWidth(400);
    simulator->setMaximumWidth(470);

    auto *middle = new QHBoxLayout;
    middle->setSpacing(12);
    middle->addWidget(simulator, 0);
    middle->addWidget(m_charts, 1);

    auto *content = new QWidget;
    auto *v = new QVBoxLayout(content);
    v->setContentsMargins(0, 0, 6, 0);
    v->setSpacing(10);
    v->addWidget(m_cards);
    v->addWidget(m_notes);
    v->addLayout(middle, 1);
    v->addWidget(m_how);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("impactScroll"));
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    return m_scroll;
}

bool ImpactView::isBuilding() const
{
    return m_debounce->isActive() || m_runner->isRunning();
}

bool ImpactView::showsPlaceholder() const
{
    return m_stack->currentIndex() == 0;
}

QString ImpactView::placeholderText() const
{
    return m_placeholder->text();
}

ImpactAssumptions ImpactView::assumptions() const
{
    ImpactAssumptions a = m_form->assumptions();
    a.segmentColumn = m_charts->segmentColumn();
    return a;
}

void ImpactView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Open the area and the customers are scored: no extra click, as in Score & export.
    m_context->ensureScored();
    if (m_dirty)
        scheduleBuild();
}

void ImpactView::apply(std::shared_ptr<const ImpactReport> report)
{
    m_report = std::move(report);
    const ImpactReport *r = m_report.get();
    m_cards->setReport(r);
    m_notes->setReport(r);
    m_results->setReport(r);
    m_form->setColumns(m_context->scoredTable().get());
    const std::shared_ptr<const DataTable> scored = m_context->scoredTable();
    m_charts->setFieldNamer([scored, labels = m_context->workspace()->fieldLabels()](const QString &name) {
        const int c = scored ? scored->indexOf(name) : -1;
        return c >= 0 ? labels.label(scored->column(c)) : labels.label(name);
    });
    m_charts->setValueNamer([scored](const QString &column, const QString &value) {
        const int c = scored ? scored->indexOf(column) : -1;
        return FieldLabels::knownValue(column, c >= 0 ? scored->column(c).semantic() : Semantic::None, value);
    });
    m_charts->setReport(m_report, scored.get(), m_context->workspace()->project() != nullptr);
    m_how->setSections(r ? ImpactService::howComputed(*r) : QList<std::pair<QString, QString>>{});
    if (r) {
        ++m_reportCount;
        Q_EMIT reportShown();
    }
    updateHeader();
}

void ImpactView::onAssumptionsChanged()
{
    // Remembered at once (the project saves them); the other areas' campaign settings stay as they are.
    Workspace *workspace = m_context->workspace();
    workspace->setCampaignSettings(assumptions().mergedInto(workspace->campaignSettings()));
    scheduleBuild();
}

void ImpactView::onSettingsRestored()
{
    const ImpactAssumptions saved = ImpactAssumptions::fromSettings(m_context->workspace()->campaignSettings());
    m_form->setAssumptions(saved);
    m_charts->setSegmentColumn(saved.segmentColumn);
    scheduleBuild();
}

void ImpactView::onProjectChanged()
{
    // The trend follows the project's scorings: a new one recorded means a new point.
    if (Project *project = m_context->workspace()->project())
        connect(project, &Project::activityChanged, this, &ImpactView::scheduleBuild, Qt::UniqueConnection);
    scheduleBuild();
}

void ImpactView::updateHeader()
{
    const bool scoring = m_context->runner()->isRunning();
    const bool building = m_runner->isRunning();
    m_busy->setVisible(scoring || building);
    if (scoring || building)
        m_busyText->setText((scoring ? m_context->runner() : m_runner)->title());
    m_export->setEnabled(m_report && !m_exportRunner->isRunning());

    if (m_report) {
        m_headline->setText(tr("<b>%1</b> customers from <b>%2</b> · model <b>%3</b>")
                                .arg(format::count(m_report->kpis.scored), m_report->dataName.toHtmlEscaped(),
                                     m_report->modelName.toHtmlEscaped()));
    } else {
        m_headline->setText(tr("<b>What churn costs, and what a campaign would save</b>"));
    }
    updatePlaceholder();
}

void ImpactView::updatePlaceholder()
{
    if (m_report && m_context->scores()) {
        m_stack->setCurrentIndex(1);
        return;
    }
    m_stack->setCurrentIndex(0);
    const Workspace *workspace = m_context->workspace();
    if (!m_buildError.isEmpty() && !m_context->runner()->isRunning())
        m_placeholder->setText(m_buildError);
    else if (!m_context->model() && !m_context->runner()->isRunning())
        m_placeholder->setText(tr("There is no model to score with yet.\n\nTrain one in the Train area, or open a saved model "
                                  "folder with File ▸ Open Model…; this page then shows what churn costs and what a "
                                  "campaign would save."));
    else if (!workspace->hasTable() && !m_context->scores())
        m_placeholder->setText(tr("Open a customer file (File ▸ Open Data…) to see what churn costs and what a campaign "
                                  "would save."));
    else if (m_context->runner()->isRunning())
        m_placeholder->setText(tr("Scoring customers…"));
    else if (!m_context->scores())
        m_placeholder->setText(tr("Score the customers in Score & export to see what churn costs and what a campaign would "
                                  "save."));
    else
        m_placeholder->setText(tr("Working out the impact figures…"));
}

} // namespace churnlens
