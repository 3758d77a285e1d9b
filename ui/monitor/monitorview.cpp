#include "monitorview.h"
#include "data/datatable.h"
#include "data/fieldlabels.h"

#include "common/wheelguard.h"
#include "common/chartpanel.h"
#include "common/chartstyle.h"
#include "common/format.h"
#include "common/placeholderpage.h"
#include "drifttablemodel.h"
#include "explanationdriftmodel.h"
#include "jobs/taskrunner.h"
#include "monitorsettingsdialog.h"
#include "performancepanel.h"
#include "project/project.h"
#include "recommendationbanner.h"
#include "retraindialog.h"
#include "sparklinedelegate.h"
#include "workspace/scoringcontext.h"
#include "workspace/workspace.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace churnlens {

namespace {

constexpr int DebounceMs = 300;

QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *t = new QTableView(parent);
    t->setObjectName(name);
    t->setModel(model);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 10);
    t->horizontalHeader()->setStretchLastSection(true);
    t->horizontalHeader()->setHighlightSections(false);
    return t;
}

//! A panel like the Impact area's: Base background, a bold heading.
QFrame *section(const QString &name, QLabel **heading, QWidget *parent = nullptr)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(name);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAutoFillBackground(true);
    frame->setBackgroundRole(QPalette::Base);
    auto *label = new QLabel(frame);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    label->setFont(f);
    label->setWordWrap(true);
    auto *v = new QVBoxLayout(frame);
    v->setContentsMargins(10, 8, 10, 8);
    v->setSpacing(6);
    v->addWidget(label);
    *heading = label;
    return frame;
}

int textWidth(const QWidget *w, const QString &text)
{
    return w->fontMetrics().horizontalAdvance(text) + 16;
}

} // namespace

MonitorView::MonitorView(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_context(workspace->scoring())
    , m_runner(new TaskRunner(this))
    , m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    connect(m_debounce, &QTimer::timeout, this, [this]() { startCheck(std::exchange(m_pendingByUser, false)); });

    QWidget *placeholderPage = makePlaceholderPage(&m_placeholder, this);
    m_placeholder->setObjectName(QStringLiteral("monitorPlaceholder"));
    m_placeholder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(placeholderPage);
    m_stack->addWidget(buildContent());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildHeader());
    layout->addWidget(m_stack, 1);

    connect(workspace, &Workspace::tableChanged, this, &MonitorView::scheduleCheck);
    connect(workspace, &Workspace::projectChanged, this, &MonitorView::onProjectChanged);
    connect(m_context, &ScoringContext::modelChanged, this, &MonitorView::scheduleCheck);
    connect(m_runner, &TaskRunner::started, this, &MonitorView::updateHeader);
    connect(m_runner, &TaskRunner::finished, this, &MonitorView::updateHeader);
    connect(m_runner, &TaskRunner::progressChanged, this, [this](double f, const QString &text) {
        m_bar->setValue(int(f * 1000));
        m_busyText->setText(text.isEmpty() ? m_runner->title() : text);
        m_eta->setText(format::eta(m_runner->etaSeconds()));
    });
    // Fields named as the Data area names them ("Tenure (months)", not "tenure"), following its labels.
    applyFieldLabels();
    for (auto signal : {&Workspace::fieldLabelsChanged, &Workspace::tableChanged})
        connect(m_workspace, signal, this, &MonitorView::applyFieldLabels);
    m_dark = ChartStyle::isDark();
    onProjectChanged();
    updateHeader();
}

MonitorView::~MonitorView() = default;

MonitorService::FieldNamer MonitorView::fieldNamer() const
{
    const std::shared_ptr<const DataTable> data = m_workspace->table();
    const FieldLabels labels = m_workspace->fieldLabels();
    return [data, labels](const QString &name) {
        const int c = data ? data->indexOf(name) : -1;
        return c >= 0 ? labels.label(data->column(c)) : labels.label(name);
    };
}

void MonitorView::applyFieldLabels()
{
    m_driftModel->setLabeler(fieldNamer());
    m_explanationModel->setLabeler(fieldNamer());
    if (m_report)
        showRecommendation();
}

QWidget *MonitorView::buildHeader()
{
    auto *header = new QWidget(this);
    m_headline = new QLabel(header);
    m_headline->setObjectName(QStringLiteral("monitorHeadline"));
    m_headline->setTextFormat(Qt::RichText);
    m_headline->setWordWrap(true);
    m_settingsButton = new QPushButton(tr("Settings…"), header);
    m_settingsButton->setObjectName(QStringLiteral("monitorSettings"));
    m_settingsButton->setToolTip(tr("When a field counts as drifted and when to retrain"));
    connect(m_settingsButton, &QPushButton::clicked, this, &MonitorView::openSettings);
    m_check = new QPushButton(tr("Check Now"), header);
    m_check->setObjectName(QStringLiteral("checkNow"));
    m_check->setToolTip(tr("Compare the data in use with what the model was trained on, now"));
    connect(m_check, &QPushButton::clicked, this, &MonitorView::checkNow);

    m_busy = new QWidget(header);
    m_busyText = new QLabel(m_busy);
    m_bar = new QProgressBar(m_busy);
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(12);
    m_eta = new QLabel(m_busy);
    m_eta->setForegroundRole(QPalette::PlaceholderText);
    auto *cancel = new QPushButton(tr("Cancel"), m_busy);
    cancel->setObjectName(QStringLiteral("cancelCheck"));
    connect(cancel, &QPushButton::clicked, this, [this]() {
        m_debounce->stop();
        m_runner->cancel();
    });
    auto *busy = new QHBoxLayout(m_busy);
    busy->setContentsMargins(0, 0, 0, 0);
    busy->addWidget(m_busyText);
    busy->addWidget(m_bar, 1);
    busy->addWidget(m_eta);
    busy->addWidget(cancel);
    m_busy->hide();

    auto *grid = new QGridLayout(header);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_headline, 0, 0);
    grid->addWidget(m_settingsButton, 0, 1, Qt::AlignTop);
    grid->addWidget(m_check, 0, 2, Qt::AlignTop);
    grid->addWidget(m_busy, 1, 0, 1, 3);
    grid->setColumnStretch(0, 1);
    return header;
}

QWidget *MonitorView::buildContent()
{
    m_banner = new RecommendationBanner;
    connect(m_banner, &RecommendationBanner::retrainRequested, this, &MonitorView::openRetrain);
    m_notes = new QLabel;
    m_notes->setObjectName(QStringLiteral("monitorNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::RichText);
    m_notes->hide();

    m_trendChart = new ChartPanel(QStringLiteral("monitor-trend"));
    m_trendChart->setMinimumHeight(280);

    auto *content = new QWidget;
    auto *v = new QVBoxLayout(content);
    v->setContentsMargins(0, 0, 6, 0);
    v->setSpacing(10);
    v->addWidget(m_banner);
    v->addWidget(m_notes);
    v->addWidget(buildFieldsSection());
    v->addWidget(buildLowerSection());
    v->addWidget(m_trendChart);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("monitorScroll"));
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    WheelGuard::installOnChildren(content); // the wheel scrolls the page, not a field under it
    return m_scroll;
}

QWidget *MonitorView::buildFieldsSection()
{
    QFrame *fields = section(QStringLiteral("monitorFields"), &m_fieldsTitle);
    m_driftModel = new DriftTableModel(this);
    m_driftProxy = new QSortFilterProxyModel(this);
    m_driftProxy->setSourceModel(m_driftModel);
    m_driftProxy->setSortRole(DriftTableModel::SortRole);
    m_fields = makeTable(m_driftProxy, QStringLiteral("driftTable"), fields);
    m_fields->setItemDelegateForColumn(DriftTableModel::Distribution, new SparklineDelegate(m_fields));
    m_fields->setSortingEnabled(true);
    m_fields->sortByColumn(DriftTableModel::Psi, Qt::DescendingOrder);
    QHeaderView *h = m_fields->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->setMinimumSectionSize(36);
    // First (it resizes every column): the last column stretches, and a small set width keeps it
    // from pushing a scroll bar on narrow screens.
    h->setDefaultSectionSize(60);
    const QString measure = QLocale().toString(0.888, 'f', 3);
    m_fields->setColumnWidth(DriftTableModel::Field, textWidth(this, QStringLiteral("MonthlyCharges")));
    m_fields->setColumnWidth(DriftTableModel::Distribution,
                             std::max(88, textWidth(this, m_driftModel->headerData(DriftTableModel::Distribution, Qt::Horizontal).toString())));
    for (int c : {DriftTableModel::Psi, DriftTableModel::Kl, DriftTableModel::Js})
        m_fields->setColumnWidth(c, std::max(textWidth(this, measure), textWidth(this, m_driftModel->headerData(c, Qt::Horizontal).toString())));
    m_fields->setColumnWidth(DriftTableModel::Test, textWidth(this, QStringLiteral("χ² 8888.8")));
    m_fields->setColumnWidth(DriftTableModel::PValue, textWidth(this, QStringLiteral("p < 0.001")));
    m_fields->setColumnWidth(DriftTableModel::Missing, textWidth(this, QStringLiteral("88.8% → 88.8%")));
    m_fields->setColumnWidth(DriftTableModel::Unseen, textWidth(this, m_driftModel->headerData(DriftTableModel::Unseen, Qt::Horizontal).toString()));
    // The verdict sits next to the field's name: last, it was cut off on a laptop in German
    // ("Ge…" for "Gedriftet") behind a horizontal scroll bar.
    QFont bold = font();
    bold.setBold(true);
    int statusWidth = textWidth(this, m_driftModel->headerData(DriftTableModel::Flag, Qt::Horizontal).toString());
    for (const QString &status : {DriftTableModel::tr("Drifted"), DriftTableModel::tr("Stable"), DriftTableModel::tr("No values")})
        statusWidth = std::max(statusWidth, QFontMetrics(bold).horizontalAdvance(status) + 16);
    m_fields->setColumnWidth(DriftTableModel::Flag, statusWidth);
    h->moveSection(h->visualIndex(DriftTableModel::Flag), h->visualIndex(DriftTableModel::Field) + 1);
    m_fields->setMinimumHeight(260);
    connect(m_fields->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        const QModelIndex source = m_driftProxy->mapToSource(current);
        if (const FeatureDrift *f = m_driftModel->feature(source.row()))
            showField(f->name);
    });

    m_fieldChart = new ChartPanel(QStringLiteral("monitor-field"));
    m_fieldChart->setMinimumWidth(320);

    // The table needs its columns; the chart takes a quarter (at least what its labels need).
    auto *row = new QHBoxLayout;
    row->setSpacing(10);
    row->addWidget(m_fields, 3);
    row->addWidget(m_fieldChart, 1);
    static_cast<QVBoxLayout *>(fields->layout())->addLayout(row, 1);
    fields->setMinimumHeight(380);
    return fields;
}

QWidget *MonitorView::buildLowerSection()
{
    QLabel *predictionHeading = nullptr;
    QFrame *predictions = section(QStringLiteral("monitorPredictions"), &predictionHeading);
    predictionHeading->setText(tr("Predicted churn probability"));
    predictionHeading->setToolTip(tr("How the model's churn probabilities are spread: on its test rows in training, and on this file."));
    m_predictionChart = new ChartPanel(QStringLiteral("monitor-predictions"), predictions);
    m_predictionChart->setFrameShape(QFrame::NoFrame);
    m_predictionChart->setMinimumHeight(300);
    predictions->layout()->addWidget(m_predictionChart);

    QLabel *perfHeading = nullptr;
    QFrame *perf = section(QStringLiteral("monitorPerformance"), &perfHeading);
    perfHeading->hide(); // the panel names itself (measured or estimated)
    m_performance = new PerformancePanel(perf);
    perf->layout()->addWidget(m_performance);

    QLabel *explainHeading = nullptr;
    QFrame *explain = section(QStringLiteral("monitorExplanation"), &explainHeading);
    explainHeading->setText(tr("What drives the model's answers"));
    m_explanationModel = new ExplanationDriftModel(this);
    m_explanation = makeTable(m_explanationModel, QStringLiteral("explanationTable"), explain);
    m_explanation->setSelectionMode(QAbstractItemView::NoSelection);
    // One row per field the model reads: small enough to fit its columns to their contents.
    QHeaderView *eh = m_explanation->horizontalHeader();
    eh->setSectionResizeMode(ExplanationDriftModel::Field, QHeaderView::Stretch);
    eh->setSectionResizeMode(ExplanationDriftModel::Training, QHeaderView::ResizeToContents);
    eh->setSectionResizeMode(ExplanationDriftModel::Now, QHeaderView::ResizeToContents);
    eh->setSectionResizeMode(ExplanationDriftModel::Rank, QHeaderView::ResizeToContents);
    eh->setStretchLastSection(false);
    m_explanationNote = new QLabel(explain);
    m_explanationNote->setWordWrap(true);
    m_explanationNote->setForegroundRole(QPalette::PlaceholderText);
    explain->layout()->addWidget(m_explanation);
    explain->layout()->addWidget(m_explanationNote);

    auto *row = new QWidget;
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    h->setSpacing(10);
    h->addWidget(predictions, 3);
    h->addWidget(perf, 4);
    h->addWidget(explain, 4);
    return row;
}

MonitorSettingsDialog *MonitorView::settingsDialog() const
{
    return m_settingsDialog;
}

RetrainDialog *MonitorView::retrainDialog() const
{
    return m_retrainDialog;
}

bool MonitorView::isChecking() const
{
    return m_debounce->isActive() || m_runner->isRunning();
}

bool MonitorView::showsPlaceholder() const
{
    return m_stack->currentIndex() == 0;
}

QString MonitorView::placeholderText() const
{
    return m_placeholder->text();
}

void MonitorView::changeEvent(QEvent *event)
{
    // Qt Charts and the banner's style sheet take their colours when made: a new theme makes them again.
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        && ChartStyle::isDark() != m_dark) {
        m_dark = ChartStyle::isDark();
        m_banner->updateStyle();
        if (m_report) {
            showField(selectedField());
            showPrediction();
        }
        reloadTrend();
    }
    QWidget::changeEvent(event);
}

void MonitorView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        scheduleCheck();
}

void MonitorView::checkNow()
{
    m_pendingByUser = true;
    m_dirty = true;
    m_debounce->stop();
    startCheck(std::exchange(m_pendingByUser, false));
}

void MonitorView::scheduleCheck()
{
    m_dirty = true;
    // Hidden, the work waits until the area is shown: a new file elsewhere costs nothing here.
    if (!isVisible()) {
        updateHeader();
        return;
    }
    m_debounce->start();
    updateHeader();
}

} // namespace churnlens
