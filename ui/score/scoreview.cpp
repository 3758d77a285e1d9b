#include "scoreview.h"

#include "common/wheelguard.h"
#include "campaignpanel.h"
#include "data/datatable.h"
#include "shell/dataopener.h"
#include "common/format.h"
#include "shell/errorpresenter.h"
#include "ml/modelbundle.h"
#include "common/placeholderpage.h"
#include "riskdelegate.h"
#include "common/riskstyle.h"
#include "risktablemodel.h"
#include "score/risktableorder.h"
#include "score/scoreresult.h"
#include "workspace/scoringcontext.h"
#include "services/scoringservice.h"
#include "services/trainresults.h"
#include "workspace/workspace.h"
#include "jobs/taskrunner.h"

#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace churnlens {

ScoreView::ScoreView(ScoringContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new RiskTableModel(this))
    , m_orderRunner(new TaskRunner(this))
    , m_exportRunner(new TaskRunner(this))
    , m_orderDelay(new QTimer(this))
{
    m_orderDelay->setSingleShot(true);
    m_orderDelay->setInterval(200); // typing in the search field
    connect(m_orderDelay, &QTimer::timeout, this, &ScoreView::startOrder);
    buildUi();
    connect(context, &ScoringContext::modelChanged, this, &ScoreView::onModelChanged);
    connect(context, &ScoringContext::scoresChanged, this, &ScoreView::onScoresChanged);
    connect(context, &ScoringContext::scoringStarted, this, &ScoreView::updateHeader);
    connect(context, &ScoringContext::scoringFailed, this, [this](const Error &e) {
        m_placeholder->setText(tr("These customers could not be scored.\n\n%1%2")
                                   .arg(e.message, e.hint.isEmpty() ? QString() : QStringLiteral("\n") + e.hint));
        m_stack->setCurrentIndex(0);
        updateHeader();
    });
    connect(context, &ScoringContext::modelFailed, this, [this](const Error &e) {
        if (!isVisible())
            return; // the Explain area says it when it is the one shown
        Error shown = e;
        shown.message = tr("The model could not be opened.") + QLatin1Char(' ') + e.message;
        ErrorPresenter::show(this, tr("Open Model"), shown);
    });
    connect(context->runner(), &TaskRunner::progressChanged, this, [this](double f, const QString &text) {
        m_bar->setValue(int(f * 1000));
        if (!text.isEmpty())
            m_busyText->setText(text);
    });
    connect(context->runner(), &TaskRunner::started, this, &ScoreView::updateHeader);
    connect(context->runner(), &TaskRunner::finished, this, &ScoreView::updateHeader);
    connect(context->workspace(), &Workspace::tableChanged, this, &ScoreView::updateHeader);
    connect(context->workspace(), &Workspace::runsChanged, this, &ScoreView::updateHeader);
    // A new currency or risk level rule: money and the tier explanations are written again.
    connect(context->workspace(), &Workspace::preferencesChanged, this, [this]() {
        m_campaign->refreshMoney();
        updateRiskTooltips();
    });
    connect(m_model, &RiskTableModel::sortRequested, this, &ScoreView::requestOrder);
    connect(m_campaign, &CampaignPanel::selectionChanged, this, [this]() {
        if (m_campaign->showsOnlyList())
            requestOrder();
        m_exportCsv->setEnabled(m_campaign->isReady());
        m_exportXlsx->setEnabled(m_campaign->isReady());
    });
    connect(m_campaign, &CampaignPanel::onlyListToggled, this, &ScoreView::requestOrder);
    onModelChanged();
    onScoresChanged();
}

ScoreView::~ScoreView() = default;

bool ScoreView::isOrdering() const
{
    return m_orderRunner->isRunning() || m_orderDelay->isActive();
}

void ScoreView::buildUi()
{
    m_campaign = new CampaignPanel(this);
    m_campaign->setFieldLabels(m_context->workspace()->fieldLabels());
    connect(m_context->workspace(), &Workspace::fieldLabelsChanged, m_campaign,
            [this]() { m_campaign->setFieldLabels(m_context->workspace()->fieldLabels()); });
    // The campaign's assumptions are the user's: remembered between sessions.
    m_campaign->setState(m_context->workspace()->campaignSettings());
    // Merged into the campaign settings: other entries (the Impact area's "impact") stay as they are.
    connect(m_campaign, &CampaignPanel::settingsChanged, this, [this]() {
        QJsonObject settings = m_context->workspace()->campaignSettings();
        const QJsonObject state = m_campaign->state();
        for (auto it = state.begin(); it != state.end(); ++it)
            settings.insert(it.key(), it.value());
        m_context->workspace()->setCampaignSettings(settings);
    });
    connect(m_context->workspace(), &Workspace::settingsRestored, this,
            [this]() { m_campaign->setState(m_context->workspace()->campaignSettings()); });
    m_exportCsv = new QPushButton(tr("Export CSV…"), this);
    m_exportXlsx = new QPushButton(tr("Export Excel…"), this);
    m_exportCsv->setToolTip(tr("Save the campaign list (ids, probability, risk, reasons) as a CSV file"));
    m_exportXlsx->setToolTip(tr("Save the campaign list as an Excel workbook (.xlsx)"));
    m_exportCsv->setDefault(true);
    m_exportCsv->setEnabled(false); // until there is a list (CampaignPanel::selectionChanged)
    m_exportXlsx->setEnabled(false);
    connect(m_exportCsv, &QPushButton::clicked, this, &ScoreView::exportCsv);
    connect(m_exportXlsx, &QPushButton::clicked, this, &ScoreView::exportExcel);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(right);
    scroll->setWidget(m_campaign);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    WheelGuard::installOnChildren(m_campaign); // the wheel scrolls the panel, not the figure under it
    // The campaign figures must be readable in full; the table takes what is left.
    scroll->setMinimumWidth(m_campaign->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width() + 8);
    rightLayout->addWidget(scroll, 1);
    auto *exports = new QHBoxLayout;
    exports->addWidget(m_exportCsv);
    exports->addWidget(m_exportXlsx);
    rightLayout->addLayout(exports);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("riskTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new RiskDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(RiskTableModel::ProbabilityColumn, Qt::DescendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    // Fixed row heights: a million rows scroll without measuring any of them.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->verticalHeader()->hide();
    m_table->setToolTip(tr("Double-click a customer to see why, and what would change it"));
    m_table->viewport()->installEventFilter(this); // the reasons share the width the table gets
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        m_context->showCustomer(m_model->tableRow(index.row()));
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        m_context->showCustomer(m_model->tableRow(index.row()));
    });

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Find a customer id or a reason (e.g. contract, fiber)…"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, [this]() { m_orderDelay->start(); });
    m_shown = new QLabel(this);
    m_shown->setForegroundRole(QPalette::PlaceholderText);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_search, 1);
    filterRow->addWidget(m_shown);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(buildCounts());
    leftLayout->addLayout(filterRow);
    leftLayout->addWidget(m_table, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    QWidget *placeholderPage = makePlaceholderPage(&m_placeholder, this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(placeholderPage);
    m_stack->addWidget(split);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildHeader());
    layout->addWidget(m_stack, 1);
}

QList<AreaCommand> ScoreView::openCommands()
{
    AreaCommand open;
    open.text = tr("Open &Model…");
    open.objectName = QStringLiteral("openModelAction");
    open.shortcut = QKeySequence(Qt::CTRL | Qt::Key_M);
    open.statusTip = tr("Score and explain with a model folder saved earlier");
    open.run = [this]() { openModel(); };
    return {open};
}

QWidget *ScoreView::showFindField()
{
    return m_search;
}

AreaCommand ScoreView::exportCommand()
{
    AreaCommand command;
    command.text = tr("&Export Campaign List…");
    command.statusTip = tr("Save the campaign list as an Excel workbook (.xlsx)");
    command.run = [this]() { exportExcel(); };
    return command;
}

QWidget *ScoreView::buildHeader()
{
    auto *header = new QWidget(this);
    m_modelLine = new QLabel(header);
    m_modelLine->setTextFormat(Qt::RichText);
    m_modelLine->setWordWrap(true); // a long model name must not widen the window
    m_openModel = new QPushButton(tr("Open Model…"), header);
    m_openModel->setToolTip(tr("Use a model folder saved earlier (by you, a colleague or churnlens-cli train)"));
    connect(m_openModel, &QPushButton::clicked, this, &ScoreView::openModel);
    m_useTrained = new QPushButton(tr("Use the Latest Trained Model"), header);
    m_useTrained->setObjectName(QStringLiteral("useLatestTrained"));
    m_useTrained->setToolTip(tr("Score with the best model of the latest training run, at the threshold chosen when it was trained. "
                                "To choose another model or threshold, use “Use this model” in the Train area."));
    connect(m_useTrained, &QPushButton::clicked, m_context, &ScoringContext::useLatestTrainedModel);
    m_dataLine = new QLabel(header);
    m_dataLine->setTextFormat(Qt::RichText);
    m_dataLine->setWordWrap(true);
    m_scoreLoaded = new QPushButton(tr("Score the Loaded Data"), header);
    connect(m_scoreLoaded, &QPushButton::clicked, m_context, &ScoringContext::scoreSessionTable);
    m_scoreFile = new QPushButton(QIcon(QStringLiteral(":/icons/open.svg")), tr("Score Another File…"), header);
    m_scoreFile->setToolTip(tr("Score a customer file without replacing the data you work on"));
    connect(m_scoreFile, &QPushButton::clicked, this, &ScoreView::openFileToScore);

    m_busy = new QWidget(header);
    m_busyText = new QLabel(m_busy);
    m_bar = new QProgressBar(m_busy);
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(12);
    auto *cancel = new QPushButton(tr("Cancel"), m_busy);
    connect(cancel, &QPushButton::clicked, m_context, &ScoringContext::cancel);
    auto *busy = new QHBoxLayout(m_busy);
    busy->setContentsMargins(0, 0, 0, 0);
    busy->addWidget(m_busyText);
    busy->addWidget(m_bar, 1);
    busy->addWidget(cancel);
    m_busy->hide();

    m_warnings = new QLabel(header);
    m_warnings->setObjectName(QStringLiteral("scoringWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::RichText);
    m_warnings->hide();

    m_inSample = new QLabel(header);
    m_inSample->setObjectName(QStringLiteral("inSampleNote"));
    m_inSample->setWordWrap(true);
    m_inSample->hide();

    auto *grid = new QGridLayout(header);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_modelLine, 0, 0);
    grid->addWidget(m_useTrained, 0, 1);
    grid->addWidget(m_openModel, 0, 2);
    grid->addWidget(m_dataLine, 1, 0);
    grid->addWidget(m_scoreLoaded, 1, 1);
    grid->addWidget(m_scoreFile, 1, 2);
    grid->addWidget(m_busy, 2, 0, 1, 3);
    grid->addWidget(m_inSample, 3, 0, 1, 3);
    grid->addWidget(m_warnings, 4, 0, 1, 3);
    grid->setColumnStretch(0, 1);
    return header;
}

QWidget *ScoreView::buildCounts()
{
    auto *counts = new QWidget(this);
    // The level buttons on one line, the cut-offs under them: side by side they made the
    // window wider than a 1366 px laptop in German.
    auto *lines = new QVBoxLayout(counts);
    lines->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    auto *cutRow = new QHBoxLayout;
    lines->addLayout(row);
    lines->addLayout(cutRow);
    for (RiskLevel level : {RiskLevel::High, RiskLevel::Medium, RiskLevel::Low}) {
        auto *b = new QToolButton(counts);
        b->setObjectName(QStringLiteral("level_%1").arg(machineName(level)));
        b->setCheckable(true); // checked: the table shows only this level
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setMinimumWidth(120);
        connect(b, &QToolButton::clicked, this, [this, level]() { showOnlyLevel(level); });
        m_levelButtons[size_t(level)] = b;
        row->addWidget(b);
    }
    row->addStretch(1);
    m_highCut = new QDoubleSpinBox(counts);
    m_mediumCut = new QDoubleSpinBox(counts);
    for (QDoubleSpinBox *box : {m_highCut, m_mediumCut}) {
        box->setRange(0.0, 100.0);
        box->setDecimals(1);
        box->setSuffix(QStringLiteral(" %"));
        box->setKeyboardTracking(false);
        connect(box, &QDoubleSpinBox::valueChanged, this, &ScoreView::applyRiskCuts);
    }
    m_defaultCuts = new QToolButton(counts);
    m_defaultCuts->setObjectName(QStringLiteral("defaultRiskCuts"));
    m_defaultCuts->setText(tr("Default"));
    m_defaultCuts->setToolTip(tr("Go back to the cut points of the risk level rule in Preferences"));
    connect(m_defaultCuts, &QToolButton::clicked, m_context, &ScoringContext::useDefaultRiskThresholds);
    auto *cuts = new QLabel(tr("High from"), counts);
    cutRow->addWidget(cuts);
    cutRow->addWidget(m_highCut);
    cutRow->addWidget(new QLabel(tr("medium from"), counts));
    cutRow->addWidget(m_mediumCut);
    cutRow->addWidget(m_defaultCuts);
    cutRow->addStretch(1);
    updateRiskTooltips();
    return counts;
}

void ScoreView::showOnlyLevel(RiskLevel level)
{
    // One card shows its level alone; the same card again shows everyone.
    if (m_levelFilter == level)
        m_levelFilter.reset();
    else
        m_levelFilter = level;
    updateCounts();
    requestOrder();
}

void ScoreView::updateRiskTooltips()
{
    const QString how = m_context->model() ? m_context->riskThresholdsDescription() : QString();
    const QString rule = how.isEmpty() ? QString() : QStringLiteral("\n\n") + tr("How the levels are chosen:") + QLatin1Char('\n') + how;
    for (RiskLevel level : {RiskLevel::High, RiskLevel::Medium, RiskLevel::Low}) {
        QToolButton *b = m_levelButtons[size_t(level)];
        const QString click = m_levelFilter == level ? tr("Click to show all customers again.")
                                                     : tr("Click to show only these customers; click again to show everyone.");
        b->setToolTip(click + rule);
    }
    m_highCut->setToolTip(tr("Customers from this churn probability up are high risk.") + rule);
    m_mediumCut->setToolTip(tr("From this probability up to the high-risk line, customers are medium risk.") + rule);
    m_defaultCuts->setVisible(m_context->riskThresholdsPinned());
}

void ScoreView::applyRiskCuts()
{
    RiskThresholds t;
    t.high = m_highCut->value() / 100.0;
    t.medium = m_mediumCut->value() / 100.0;
    if (!t.validate()) {
        // Keep medium at or below high, as the user most likely meant.
        const QSignalBlocker block(m_mediumCut);
        m_mediumCut->setValue(m_highCut->value());
        t.medium = t.high;
    }
    m_context->setRiskThresholds(t);
}

void ScoreView::fitReasonColumns()
{
    // The reasons share what the id, probability and risk leave, so that as much of each
    // sentence shows as the window allows; too narrow, the table scrolls instead.
    const int reasons = m_model->columnCount() - RiskTableModel::FirstFactorColumn;
    if (reasons <= 0)
        return;
    QHeaderView *header = m_table->horizontalHeader();
    int used = 0;
    for (int c = 0; c < RiskTableModel::FirstFactorColumn; ++c)
        used += header->sectionSize(c);
    const int each = std::max(m_table->fontMetrics().averageCharWidth() * 46, (m_table->viewport()->width() - used) / reasons);
    // A reason column is as wide as the longest reason among the customers at the top of the
    // list (read in full there: "Tenure of 1 month, below the usual 29, raises churn risk" was
    // cut at an equal share), within bounds; the last column takes what is left.
    const QFontMetrics fm = m_table->fontMetrics();
    const int rows = std::min(m_model->rowCount(), 200);
    for (int c = RiskTableModel::FirstFactorColumn; c < m_model->columnCount() - 1; ++c) {
        int widest = 0;
        for (int row = 0; row < rows; ++row)
            widest = std::max(widest, fm.horizontalAdvance(m_model->index(row, c).data().toString()));
        int width = rows > 0 ? std::clamp(widest + 16, fm.averageCharWidth() * 24, fm.averageCharWidth() * 80) : each;
        // The main reason stays within the visible width (elided there, not cut at the edge).
        if (c == RiskTableModel::FirstFactorColumn)
            width = std::min(width, std::max(fm.averageCharWidth() * 24, m_table->viewport()->width() - used));
        header->resizeSection(c, width);
    }
}

bool ScoreView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitReasonColumns();
    return QWidget::eventFilter(watched, event);
}

void ScoreView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Open the area and the customers are scored: no extra click for the common case.
    m_context->ensureScored();
}

void ScoreView::onModelChanged()
{
    auto model = m_context->model();
    if (model)
        m_campaign->setModelThreshold(model->threshold());
    updateHeader();
    onScoresChanged();
}

void ScoreView::onScoresChanged()
{
    auto scores = m_context->scores();
    auto table = m_context->scoredTable();
    m_model->setScores(table, scores);
    m_campaign->setScores(table, scores);
    if (scores) {
        const QSignalBlocker a(m_highCut), b(m_mediumCut);
        m_highCut->setValue(scores->riskThresholds.high * 100.0);
        m_mediumCut->setValue(scores->riskThresholds.medium * 100.0);
        m_table->horizontalHeader()->resizeSection(RiskTableModel::IdColumn, m_table->fontMetrics().horizontalAdvance(QStringLiteral("0000-XXXXXX")) + 24);
        {
            // As wide as the longer of the header and a percentage, plus the sort arrow's room.
            const QString header = m_model->headerData(RiskTableModel::ProbabilityColumn, Qt::Horizontal).toString();
            const int text = std::max(m_table->horizontalHeader()->fontMetrics().horizontalAdvance(header),
                                      m_table->fontMetrics().horizontalAdvance(locale().toString(100.0, 'f', 1) + QLatin1Char('%')));
            m_table->horizontalHeader()->resizeSection(RiskTableModel::ProbabilityColumn, text + 28);
        }
        m_table->horizontalHeader()->resizeSection(RiskTableModel::RiskColumn, m_table->fontMetrics().horizontalAdvance(tr("Medium")) + 40);
        fitReasonColumns();
        m_stack->setCurrentIndex(1);
        startOrder();
    } else {
        m_stack->setCurrentIndex(0);
    }
    m_inSample->setVisible(scores && m_context->scoresTrainingData());
    if (m_inSample->isVisibleTo(this) && m_context->model() && table)
        m_inSample->setText(QStringLiteral("ℹ ") + ScoringService::trainingDataNote(*m_context->model(), *table));
    updateHeader();
    updateCounts();
    updateWarnings();
}

void ScoreView::updateHeader()
{
    auto model = m_context->model();
    auto session = m_context->workspace();
    m_modelLine->setText(model ? tr("<b>Model:</b> %1 · predicts churn from %2")
                                     .arg(m_context->modelTitle().toHtmlEscaped(), format::percent(model->threshold(), 1))
                               : tr("<b>Model:</b> none yet — %1").arg(m_context->modelProblem().toHtmlEscaped()));
    const auto latest = session->latestRunWithModel();
    const bool latestInUse = latest && m_context->origin() == ScoringContext::Origin::Trained && m_context->trainedRun()
                             && m_context->trainedRun()->runId == latest->runId;
    m_useTrained->setVisible(latest && !latestInUse);
    auto scores = m_context->scores();
    const bool busy = m_context->runner()->isRunning();
    if (scores) {
        const QString source = QFileInfo(m_context->scoredSource()).fileName();
        m_dataLine->setText(tr("<b>Customers:</b> %1 · %2 scored in %3%4")
                                .arg((source.isEmpty() ? m_context->scoredSource() : source).toHtmlEscaped(),
                                     format::count(scores->counts.scored()), format::seconds(scores->seconds),
                                     m_context->scoresSessionTable() ? tr(" (the data you loaded)") : tr(" (a separate file)")));
    } else {
        m_dataLine->setText(session->hasTable() ? tr("<b>Customers:</b> %1 loaded, not scored yet").arg(format::count(session->table()->rowCount()))
                                                : tr("<b>Customers:</b> none loaded"));
    }
    m_scoreLoaded->setEnabled(model && session->hasTable() && !busy);
    m_scoreFile->setEnabled(bool(model));
    m_busy->setVisible(busy);
    if (busy)
        m_busyText->setText(m_context->runner()->title());
    if (!scores && !busy) {
        if (!model)
            m_placeholder->setText(tr("There is no model to score with yet.\n\nTrain one in the Train area, "
                                      "or open a saved model folder with “Open Model…”."));
        else if (m_placeholder->text().isEmpty() || !m_placeholder->text().startsWith(tr("These customers could not be scored.")))
            m_placeholder->setText(tr("Score the loaded data, or another customer file, to see who is about to leave."));
    } else if (busy && !scores) {
        m_placeholder->setText(tr("Scoring customers…"));
    }
}

void ScoreView::updateCounts()
{
    auto scores = m_context->scores();
    for (RiskLevel level : {RiskLevel::High, RiskLevel::Medium, RiskLevel::Low}) {
        QToolButton *b = m_levelButtons[size_t(level)];
        b->setChecked(m_levelFilter == level);
        const qsizetype n = scores ? scores->counts.at(level) : 0;
        const qsizetype all = scores ? scores->counts.scored() : 0;
        b->setText(QStringLiteral("%1\n%2 · %3").arg(RiskStyle::label(level), format::count(n),
                                                     format::percent(all > 0 ? double(n) / double(all) : std::nan(""), 1)));
        const QColor c = RiskStyle::color(level);
        const QColor text = RiskStyle::textColor(level);
        // Every card filled while the table shows everyone; with one level shown, its card is
        // framed in the text colour and the others fade to an outline.
        const QColor frame = palette().color(QPalette::WindowText);
        if (!m_levelFilter)
            b->setStyleSheet(QStringLiteral("QToolButton{background:%1;color:%2;border:3px solid %1;border-radius:6px;padding:2px 8px;font-weight:bold;}")
                                 .arg(c.name(), text.name()));
        else if (b->isChecked())
            b->setStyleSheet(QStringLiteral("QToolButton{background:%1;color:%2;border:3px solid %3;border-radius:6px;padding:2px 8px;font-weight:bold;}")
                                 .arg(c.name(), text.name(), frame.name()));
        else
            b->setStyleSheet(QStringLiteral("QToolButton{background:transparent;color:%1;border:1px dashed %1;border-radius:6px;padding:4px 10px;}")
                                 .arg(c.name()));
    }
    updateRiskTooltips();
}

void ScoreView::updateWarnings()
{
    auto scores = m_context->scores();
    QStringList lines;
    if (scores) {
        if (!scores->missingColumns.isEmpty())
            lines << tr("<b>Missing columns:</b> %1 — the model filled them in with typical training values, so these "
                        "customers' scores are less precise.")
                         .arg(scores->missingColumns.join(QStringLiteral(", ")).toHtmlEscaped());
        for (const Issue &issue : scores->issues) { // the loader's notes that matter are among them
            if (issue.severity == Issue::Severity::Info)
                continue;
            lines << issue.toString().toHtmlEscaped();
        }
    }
    lines.removeDuplicates();
    const int shown = 6;
    if (lines.size() > shown) {
        const qsizetype more = lines.size() - shown;
        lines = lines.mid(0, shown);
        lines << tr("… and %n more.", nullptr, int(more));
    }
    m_warnings->setVisible(!lines.isEmpty());
    m_warnings->setText(QStringLiteral("⚠ ") + lines.join(QStringLiteral("<br>⚠ ")));
}

void ScoreView::requestOrder()
{
    m_orderDelay->start(0);
}

void ScoreView::startOrder()
{
    m_orderDelay->stop();
    auto scores = m_context->scores();
    auto table = m_context->scoredTable();
    if (!scores || !table)
        return;
    RiskTableQuery query;
    query.sortColumn = m_model->sortColumn();
    query.descending = m_model->sortOrder() == Qt::DescendingOrder;
    for (RiskLevel level : {RiskLevel::Low, RiskLevel::Medium, RiskLevel::High})
        query.levels[size_t(level)] = !m_levelFilter || *m_levelFilter == level;
    query.text = m_search->text();
    if (m_campaign->showsOnlyList()) {
        if (!m_campaign->isReady()) {
            m_orderRunner->cancel(); // an order of the whole table would be stale
            return;                  // ordered again when the planner is ready (selectionChanged)
        }
        query.only = std::make_shared<const std::vector<qsizetype>>(m_campaign->rows());
    }
    m_shown->setText(tr("Sorting…"));
    using Rows = Result<std::vector<qsizetype>>;
    // Latest wins: an order for an older sort, filter or search is never shown.
    m_orderRunner->startLatest<Rows>(
        tr("Sorting customers"),
        [scores, table, query](Progress &progress) { return RiskTableOrder::compute(*scores, *table, query, &progress); },
        [this, scores](Rows &&rows) {
            if (!rows || scores != m_context->scores())
                return;
            const qsizetype selected = m_table->currentIndex().isValid() ? m_model->tableRow(m_table->currentIndex().row()) : -1;
            const auto shared = std::make_shared<const std::vector<qsizetype>>(std::move(*rows));
            m_model->setRows(shared);
            m_shown->setText(tr("Showing %1 of %2 customers").arg(format::count(qsizetype(shared->size())), format::count(scores->rows)));
            if (selected >= 0) {
                const int at = m_model->viewRow(selected);
                if (at >= 0)
                    m_table->selectRow(at);
            }
            Q_EMIT rowsUpdated();
        });
}

} // namespace churnlens
