#include "trainview.h"

#include "common/wheelguard.h"
#include "common/format.h"
#include "shell/errorpresenter.h"
#include "data/datatable.h"
#include "workspace/workspace.h"
#include "trainjobspanel.h"
#include "trainresultsview.h"
#include "services/trainrun.h"
#include "trainsettings.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLocale>
#include <QSignalBlocker>
#include <QFrame>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QEvent>
#include <QLayout>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace churnlens {

namespace {

// Keeps the settings at least as tall as their wrapped notes need at the width they have: the
// scroll area otherwise squeezed the tuning note over the rows around it (first start, 1360x860).
class WrapHeightKeeper : public QObject
{
public:
    explicit WrapHeightKeeper(QWidget *settings)
        : QObject(settings)
    {
        settings->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest) {
            auto *settings = static_cast<QWidget *>(watched);
            if (settings->layout() && settings->width() > 0) {
                settings->layout()->activate();
                const int needed = settings->layout()->totalHeightForWidth(settings->width());
                if (needed > 0 && settings->minimumHeight() != needed)
                    settings->setMinimumHeight(needed);
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

TrainView::TrainView(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_run(workspace->training())
{
    buildUi();
    connect(workspace, &Workspace::tableChanged, this, [this]() {
        m_settings->setTable(m_workspace->table().get(), &m_workspace->fieldLabels());
        updateStart();
    });
    // New data: only runs made on it are shown (earlier runs stay in the Workspace).
    connect(workspace, &Workspace::dataLoaded, this, [this]() {
        if (m_run->isRunning() && m_run->results() && m_run->results()->dataGeneration != m_workspace->dataGeneration())
            m_jobsBox->hide();
    // The running jobs' rows (name, bar, step, time) must not make the window wider than a
    // laptop screen in German: in a narrow window they are cut at the right instead.
    m_jobsBox->setMinimumWidth(320);
        m_shownRun = 0;
        onRunsChanged();
    });
    connect(workspace, &Workspace::runsChanged, this, &TrainView::onRunsChanged);
    connect(m_runPicker, &QComboBox::activated, this, [this](int index) { showRun(m_runPicker->itemData(index).toInt()); });
    m_settings->setState(workspace->trainSettings());
    // A project opened: its settings replace the ones shown.
    connect(workspace, &Workspace::settingsRestored, this, [this]() { m_settings->setState(m_workspace->trainSettings()); });
    connect(m_settings, &TrainSettings::changed, this, [this]() {
        m_workspace->setTrainSettings(m_settings->state());
        updateStart();
    });
    connect(m_run, &TrainRun::jobsReset, this, [this]() {
        m_jobsBox->show();
        m_shownRun = m_run->runId(); // follow the new run
        m_stack->setCurrentWidget(m_placeholder);
        m_placeholder->setText(tr("Training… the results appear here as soon as the first model is done."));
        updateStart();
    });
    connect(m_run, &TrainRun::finished, this, &TrainView::onFinished);
    connect(m_run, &TrainRun::failed, this, [this](const Error &e) {
        showError(tr("Training failed"), e);
        Q_EMIT trainingFailed(e);
    });
    connect(m_results, &TrainResultsView::saveFailed, this, [this](const Error &e) { showError(tr("Could not save the model"), e); });
    m_settings->setTable(workspace->table().get(), &workspace->fieldLabels());
    connect(workspace, &Workspace::fieldLabelsChanged, this,
            [this]() { m_settings->setTable(m_workspace->table().get(), &m_workspace->fieldLabels()); });
    onRunsChanged();
    updateStart();
}

TrainView::~TrainView() = default;

bool TrainView::isTraining() const
{
    return m_run->isRunning();
}

void TrainView::buildUi()
{
    m_settings = new TrainSettings(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_settings);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The wheel scrolls the settings; a field changes only once clicked or tabbed into.
    WheelGuard::installOnChildren(m_settings);
    new WrapHeightKeeper(m_settings);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("trainProblem"));
    m_start = new QPushButton(tr("Start training"), this);
    m_start->setObjectName(QStringLiteral("startTraining"));
    m_start->setDefault(true);
    m_start->setMinimumHeight(m_start->sizeHint().height() + 8);
    connect(m_start, &QPushButton::clicked, this, &TrainView::start);
    auto *left = new QWidget(this);
    auto *ll = new QVBoxLayout(left);
    ll->setContentsMargins(0, 0, 6, 0);
    ll->addWidget(scroll, 1);
    ll->addWidget(m_problem);
    ll->addWidget(m_start);
    // As wide as the settings need (German texts are longer): the scroll area has no horizontal bar.
    const int settingsWidth = m_settings->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width() + 8;
    left->setMinimumWidth(std::max(300, settingsWidth));

    m_jobsBox = new QFrame(this);
    static_cast<QFrame *>(m_jobsBox)->setFrameShape(QFrame::StyledPanel);
    m_jobs = new TrainJobsPanel(m_run, m_jobsBox);
    auto *jl = new QVBoxLayout(m_jobsBox);
    jl->setContentsMargins(8, 6, 8, 6);
    jl->addWidget(m_jobs);
    m_jobsBox->hide();

    m_placeholder = new QLabel(this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setText(defaultPlaceholder());
    m_results = new TrainResultsView(m_workspace, this);
    // On a laptop screen (768 px) the results need more height than there is: they scroll
    // instead of pushing the window past the screen's bottom edge.
    m_resultsArea = new QScrollArea(this);
    // A container: QScrollArea sizes a widget whose own layout has height-for-width (wrapped
    // labels) to its preferred height, which would scroll even on a tall screen.
    auto *resultsBox = new QWidget(m_resultsArea);
    auto *rbl = new QVBoxLayout(resultsBox);
    rbl->setContentsMargins(0, 0, 0, 0);
    rbl->addWidget(m_results);
    m_resultsArea->setWidget(resultsBox);
    m_resultsArea->setWidgetResizable(true);
    m_resultsArea->setFrameShape(QFrame::NoFrame);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_resultsArea);
    auto *right = new QWidget(this);
    auto *rl = new QVBoxLayout(right);
    rl->setContentsMargins(6, 0, 0, 0);
    m_runBar = new QWidget(this);
    auto *bl = new QHBoxLayout(m_runBar);
    bl->setContentsMargins(0, 0, 0, 0);
    auto *runLabel = new QLabel(tr("Results of:"), m_runBar);
    m_runPicker = new QComboBox(m_runBar);
    m_runPicker->setObjectName(QStringLiteral("runPicker"));
    m_runPicker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_runPicker->setToolTip(tr("Every training run on this data is kept: pick one to see its results again."));
    runLabel->setBuddy(m_runPicker);
    bl->addWidget(runLabel);
    bl->addWidget(m_runPicker);
    bl->addStretch(1);
    m_runBar->hide();
    rl->addWidget(m_runBar);
    rl->addWidget(m_jobsBox);
    rl->addWidget(m_stack, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({std::max(360, settingsWidth), 1000});
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);
}

void TrainView::updateStart()
{
    const auto table = m_workspace->table();
    QString problem;
    if (!table)
        problem = tr("Open customer data to train a model.");
    else if (table->targetIndex() < 0 || table->positiveLabel().isEmpty())
        problem = tr("Choose the churn column (the target) in the Data view first.");
    else
        problem = m_settings->problem();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    const bool running = m_run->isRunning();
    m_start->setEnabled(problem.isEmpty() && !running);
    m_start->setText(running ? tr("Training…") : tr("Start training"));
    m_settings->setEnabled(!running);
}

void TrainView::start()
{
    updateStart();
    if (!m_start->isEnabled())
        return;
    const auto table = m_workspace->table();
    const DataSource &src = m_workspace->source();
    QString name = src.kind == DataSource::Kind::Sql ? src.displayName() : QFileInfo(src.path).fileName();
    if (name.isEmpty())
        name = table->sourceName();
    if (m_run->start(table, m_settings->options(), name, m_workspace->dataGeneration()))
        updateStart();
}

void TrainView::cancel()
{
    m_run->cancelAll();
}

void TrainView::onRunsChanged()
{
    const auto runs = m_workspace->runsOfCurrentData();
    {
        const QSignalBlocker block(m_runPicker);
        m_runPicker->clear();
        for (auto it = runs.rbegin(); it != runs.rend(); ++it) {
            const TrainResults &r = **it;
            QStringList families;
            for (const ModelReport &m : r.report.models)
                families << displayName(m.kind);
            QString state;
            if (r.running)
                state = tr("training…");
            else if (r.report.best >= 0)
                state = tr("best ROC AUC %1").arg(format::number(r.report.bestModel().test.rocAuc, 3));
            m_runPicker->addItem(tr("Run %1 · %2 · %3").arg(r.runId).arg(QLocale().toString(r.started.time(), QLocale::ShortFormat),
                                                               families.join(QStringLiteral(", ")))
                                     + (state.isEmpty() ? QString() : QStringLiteral(" · ") + state),
                                 r.runId);
        }
    }
    m_runBar->setVisible(runs.size() > 1);
    if (runs.isEmpty()) {
        m_shownRun = 0;
        m_results->setResults(nullptr);
        m_stack->setCurrentWidget(m_placeholder);
        if (!m_run->isRunning() || !m_run->results() || m_run->results()->dataGeneration != m_workspace->dataGeneration())
            m_placeholder->setText(defaultPlaceholder());
        return;
    }
    // Keep showing the run the user picked; a new run is followed as it trains.
    bool known = false;
    for (const auto &r : runs)
        known = known || r->runId == m_shownRun;
    showRun(known ? m_shownRun : runs.last()->runId);
}

void TrainView::showRun(int runId)
{
    std::shared_ptr<const TrainResults> shown;
    for (const auto &r : m_workspace->runsOfCurrentData()) {
        if (r->runId == runId)
            shown = r;
    }
    if (!shown)
        return;
    m_shownRun = runId;
    const int at = m_runPicker->findData(runId);
    if (at >= 0 && m_runPicker->currentIndex() != at) {
        const QSignalBlocker block(m_runPicker);
        m_runPicker->setCurrentIndex(at);
    }
    if (m_results->results() != shown)
        m_results->setResults(shown);
    m_stack->setCurrentWidget(m_resultsArea);
}

QString TrainView::defaultPlaceholder()
{
    return tr("Choose the settings on the left and press Start training.\n\n"
              "Each model is tested on customers it never saw while learning; the results appear here "
              "as soon as the first model is done.");
}

void TrainView::onFinished()
{
    updateStart();
    const auto results = m_run->results();
    const bool ours = results && results->dataGeneration == m_workspace->dataGeneration();
    if (!results || results->report.best < 0) {
        if (m_shownRun == m_run->runId() || m_workspace->runsOfCurrentData().isEmpty()) {
            m_stack->setCurrentWidget(m_placeholder);
            m_placeholder->setText(tr("No model was trained. Change the settings and press Start training."));
        }
    } else if (!ours) {
        m_jobsBox->hide(); // trained on data that is closed now; the run stays in the Workspace
    }
    Q_EMIT trainingFinished();
}

void TrainView::showError(const QString &title, const Error &error)
{
    ErrorPresenter::show(this, title, error)->setObjectName(QStringLiteral("trainErrorBox"));
}

} // namespace churnlens
