#include "trainview.h"

#include "data/datatable.h"
#include "workspace/workspace.h"
#include "trainjobspanel.h"
#include "trainresultsview.h"
#include "services/trainrun.h"
#include "trainsettings.h"

#include <QFileInfo>
#include <QFrame>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace churnlens {

TrainView::TrainView(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_run(new TrainRun(this))
{
    buildUi();
    connect(workspace, &Workspace::tableChanged, this, [this]() {
        m_settings->setTable(m_workspace->table().get());
        updateStart();
    });
    connect(m_settings, &TrainSettings::changed, this, &TrainView::updateStart);
    connect(m_run, &TrainRun::jobsReset, this, [this]() {
        m_jobsBox->show();
        updateStart();
    });
    connect(m_run, &TrainRun::resultsChanged, this, &TrainView::onResultsChanged);
    connect(m_run, &TrainRun::finished, this, &TrainView::onFinished);
    connect(m_run, &TrainRun::failed, this, [this](const Error &e) {
        showError(tr("Training failed"), e);
        Q_EMIT trainingFailed(e);
    });
    connect(m_results, &TrainResultsView::saveFailed, this, [this](const Error &e) { showError(tr("Could not save the model"), e); });
    m_settings->setTable(workspace->table().get());
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
    m_placeholder->setText(tr("Choose the settings on the left and press Start training.\n\n"
                              "Each model is tested on customers it never saw while learning; the results appear here "
                              "as soon as the first model is done."));
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
    if (m_run->start(table, m_settings->options(), name))
        updateStart();
}

void TrainView::cancel()
{
    m_run->cancelAll();
}

void TrainView::onResultsChanged()
{
    const auto results = m_run->results();
    m_results->setResults(results);
    m_stack->setCurrentWidget(results ? static_cast<QWidget *>(m_resultsArea) : m_placeholder);
    if (!results)
        m_placeholder->setText(tr("Training… the results appear here as soon as the first model is done."));
}

void TrainView::onFinished()
{
    updateStart();
    const auto results = m_run->results();
    if (results && results->report.best >= 0)
        m_workspace->setModel(TrainResults::modelOf(results, results->report.best));
    else
        m_placeholder->setText(tr("No model was trained. Change the settings and press Start training."));
    Q_EMIT trainingFinished();
}

void TrainView::showError(const QString &title, const Error &error)
{
    // Window-modal and non-blocking: the run may still report while the box is open.
    auto *box = new QMessageBox(QMessageBox::Warning, title, error.message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("trainErrorBox"));
    if (!error.hint.isEmpty())
        box->setInformativeText(tr("What to do: %1").arg(error.hint));
    box->setDetailedText(error.toString());
    box->open();
}

} // namespace churnlens
