#include "retraindialog.h"

#include "common/format.h"
#include "comparisonpanel.h"
#include "jobs/taskrunner.h"
#include "models/reasondialog.h"
#include "project/project.h"
#include "workspace/workspace.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace churnlens {

namespace {
QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setWordWrap(true);
    return l;
}
} // namespace

RetrainDialog::RetrainDialog(Inputs inputs, QWidget *parent)
    : QDialog(parent)
    , m_inputs(std::move(inputs))
    , m_project(m_inputs.workspace ? m_inputs.workspace->project() : nullptr)
    , m_runner(new TaskRunner(this))
{
    setObjectName(QStringLiteral("retrainDialog"));
    setWindowTitle(tr("Retrain the Model"));
    if (m_project) {
        if (auto name = m_project->file().embeddedDataName(); name && !name->isEmpty()) {
            m_embeddedName = *name;
            m_useEmbedded = true;
        }
    }
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildSetup());
    m_pages->addWidget(buildRunning());
    m_pages->addWidget(buildResult());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    connect(m_runner, &TaskRunner::progressChanged, this, [this](double f, const QString &text) {
        m_bar->setValue(int(f * 1000));
        if (!text.isEmpty())
            m_runningText->setText(text);
        m_eta->setText(format::eta(m_runner->etaSeconds()));
    });
    if (m_inputs.workspace)
        connect(m_inputs.workspace, &Workspace::projectChanged, this, &RetrainDialog::updateSetup);
    updateSetup();
    resize(std::max(sizeHint().width(), 640), sizeHint().height());
}

RetrainDialog::~RetrainDialog() = default;

QWidget *RetrainDialog::buildSetup()
{
    auto *page = new QWidget(this);
    m_intro = wrapped(tr("Train a challenger with the same settings as %1 (same kind of model and parameters, no new "
                         "search), then compare both on part of %2 that neither has seen. Nothing changes for your "
                         "customers until you promote the challenger.")
                          .arg(m_inputs.championName, m_inputs.dataName),
                      page);
    m_combined = new QRadioButton(tr("Train on the training data and this file"), page);
    m_combined->setObjectName(QStringLiteral("trainCombined"));
    m_newOnly = new QRadioButton(tr("Train on this file alone"), page);
    m_newOnly->setObjectName(QStringLiteral("trainNewOnly"));
    auto *group = new QButtonGroup(page);
    group->addButton(m_combined);
    group->addButton(m_newOnly);
    m_combined->setChecked(true);
    m_source = wrapped(QString(), page);
    m_source->setObjectName(QStringLiteral("trainingDataSource"));
    m_source->setForegroundRole(QPalette::PlaceholderText);
    m_choose = new QPushButton(tr("Choose the Training File…"), page);
    m_choose->setObjectName(QStringLiteral("chooseTrainingFile"));
    connect(m_choose, &QPushButton::clicked, this, [this]() {
        const QString path = QFileDialog::getOpenFileName(this, tr("The File the Model Was Trained On"), QDir::homePath(),
                                                          tr("Customer data (*.csv *.tsv *.txt *.sqlite *.db);;All files (*)"));
        if (!path.isEmpty())
            setTrainingFile(path);
    });
    auto *newOnlyNote = wrapped(tr("Learns this file's customers only: use it when the old data no longer describes them."), page);
    newOnlyNote->setForegroundRole(QPalette::PlaceholderText);
    auto *holdout = wrapped(tr("30% of this file, with the same share of leavers as the rest, is kept aside to compare both models fairly."), page);
    m_message = wrapped(QString(), page);
    m_message->setObjectName(QStringLiteral("retrainMessage"));
    m_message->hide();
    connect(m_combined, &QRadioButton::toggled, this, &RetrainDialog::updateSetup);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, page);
    m_start = buttons->addButton(tr("Train and Compare"), QDialogButtonBox::AcceptRole);
    m_start->setObjectName(QStringLiteral("startRetrain"));
    m_start->setDefault(true);
    connect(m_start, &QPushButton::clicked, this, &RetrainDialog::start);
    connect(buttons, &QDialogButtonBox::rejected, this, &RetrainDialog::reject);

    auto *sourceRow = new QHBoxLayout;
    sourceRow->setContentsMargins(24, 0, 0, 0);
    sourceRow->addWidget(m_source, 1);
    sourceRow->addWidget(m_choose, 0, Qt::AlignTop);
    auto *newOnlyRow = new QHBoxLayout;
    newOnlyRow->setContentsMargins(24, 0, 0, 0);
    newOnlyRow->addWidget(newOnlyNote);
    auto *v = new QVBoxLayout(page);
    v->setContentsMargins(0, 0, 0, 0);
    v->addWidget(m_intro);
    v->addSpacing(6);
    v->addWidget(m_combined);
    v->addLayout(sourceRow);
    v->addWidget(m_newOnly);
    v->addLayout(newOnlyRow);
    v->addSpacing(6);
    v->addWidget(holdout);
    v->addWidget(m_message);
    v->addStretch(1);
    v->addWidget(buttons);
    return page;
}

QWidget *RetrainDialog::buildRunning()
{
    auto *page = new QWidget(this);
    m_runningText = wrapped(tr("Training the challenger…"), page);
    m_bar = new QProgressBar(page);
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(false);
    m_eta = new QLabel(page);
    m_eta->setForegroundRole(QPalette::PlaceholderText);
    auto *cancel = new QPushButton(tr("Cancel"), page);
    cancel->setObjectName(QStringLiteral("cancelRetrain"));
    connect(cancel, &QPushButton::clicked, m_runner, &TaskRunner::cancel);
    auto *row = new QHBoxLayout;
    row->addWidget(m_bar, 1);
    row->addWidget(m_eta);
    row->addWidget(cancel);
    auto *v = new QVBoxLayout(page);
    v->setContentsMargins(0, 0, 0, 0);
    v->addStretch(1);
    v->addWidget(m_runningText);
    v->addLayout(row);
    v->addStretch(2);
    return page;
}

QWidget *RetrainDialog::buildResult()
{
    auto *page = new QWidget(this);
    m_panel = new ComparisonPanel;
    auto *scroll = new QScrollArea(page);
    scroll->setWidget(m_panel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_promoted = wrapped(QString(), page);
    m_promoted->setObjectName(QStringLiteral("promotedNote"));
    m_promoted->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, page);
    m_promote = buttons->addButton(tr("Promote Challenger…"), QDialogButtonBox::ActionRole);
    m_promote->setObjectName(QStringLiteral("promoteChallenger"));
    connect(m_promote, &QPushButton::clicked, this, &RetrainDialog::promote);
    connect(buttons, &QDialogButtonBox::rejected, this, &RetrainDialog::reject);
    auto *v = new QVBoxLayout(page);
    v->setContentsMargins(0, 0, 0, 0);
    v->addWidget(scroll, 1);
    v->addWidget(m_promoted);
    v->addWidget(buttons);
    return page;
}

void RetrainDialog::updateSetup()
{
    const bool combined = m_combined->isChecked();
    QString problem;
    if (!m_project)
        problem = tr("Retraining needs a project: the challenger, its comparison with the champion and a promotion are "
                     "kept there. Save your work as a project first (File ▸ New Project…).");
    else if (m_project->isReadOnly())
        problem = tr("This project is open read-only, so the challenger cannot be kept in it. Open it for writing, or "
                     "save a copy (File ▸ Save Project As…).");
    else if (!m_inputs.champion || !m_inputs.newData)
        problem = tr("There is no model or no data to retrain with.");

    if (m_useEmbedded)
        m_source->setText(tr("Uses the training data kept in the project (%1), after checking it is the data %2 was "
                             "trained on.").arg(m_embeddedName, m_inputs.championName));
    else if (!m_trainingFile.isEmpty())
        m_source->setText(tr("Training data: %1").arg(QDir::toNativeSeparators(m_trainingFile)));
    else
        m_source->setText(tr("Choose the file %1 was trained on; the project keeps no copy of it.").arg(m_inputs.championName));
    m_source->setEnabled(combined);
    m_choose->setEnabled(combined);
    m_choose->setVisible(!m_useEmbedded);
    m_start->setEnabled(problem.isEmpty() && !m_runner->isRunning()
                        && (!combined || m_useEmbedded || !m_trainingFile.isEmpty()));
    if (!problem.isEmpty())
        showMessage(problem);
}

void RetrainDialog::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

ReasonDialog *RetrainDialog::reasonDialog() const
{
    return m_reasonDialog;
}

QString RetrainDialog::trainingDataText() const
{
    return m_source->text();
}

QString RetrainDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

bool RetrainDialog::isShowingComparison() const
{
    return m_pages->currentIndex() == 2;
}

void RetrainDialog::setTrainingFile(const QString &path)
{
    m_trainingFile = QFileInfo(path).absoluteFilePath();
    m_useEmbedded = false;
    m_combined->setChecked(true);
    showMessage({});
    updateSetup();
}

void RetrainDialog::reject()
{
    // Closing stops the training; nothing was recorded yet.
    m_runner->cancel();
    QDialog::reject();
}

} // namespace churnlens
