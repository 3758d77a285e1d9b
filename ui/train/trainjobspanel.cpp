#include "trainjobspanel.h"

#include "common/format.h"
#include "jobs/taskrunner.h"
#include "services/trainrun.h"

#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace churnlens {

TrainJobsPanel::TrainJobsPanel(TrainRun *run, QWidget *parent)
    : QWidget(parent)
    , m_run(run)
    , m_rowsBox(new QWidget(this))
    , m_cancelAll(new QPushButton(tr("Cancel all"), this))
    , m_summary(new QLabel(this))
    , m_clock(new QTimer(this))
{
    m_cancelAll->setObjectName(QStringLiteral("cancelAllTraining"));
    m_cancelAll->setToolTip(tr("Stop the model being trained and skip the ones waiting (Esc in the status bar does the same)."));
    connect(m_cancelAll, &QPushButton::clicked, run, &TrainRun::cancelAll);
    m_summary->setWordWrap(true); // a long (German) summary wraps rather than widening the window
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_cancelAll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_rowsBox);
    // Elapsed time moves on between progress reports (a slow round, a long preparation).
    m_clock->setInterval(500);
    connect(m_clock, &QTimer::timeout, this, &TrainJobsPanel::tick);
    connect(run, &TrainRun::jobsReset, this, &TrainJobsPanel::rebuild);
    connect(run, &TrainRun::jobChanged, this, [this](int index) {
        updateRow(index);
        tick();
    });
    connect(run, &TrainRun::finished, this, &TrainJobsPanel::tick);
    rebuild();
}

void TrainJobsPanel::rebuild()
{
    delete m_rowsBox->layout();
    qDeleteAll(m_rowsBox->findChildren<QWidget *>(Qt::FindDirectChildrenOnly));
    m_rows.clear();
    auto *grid = new QGridLayout(m_rowsBox);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(4);
    const QFontMetrics fm(font());
    for (size_t i = 0; i < m_run->jobs().size(); ++i) {
        Row row;
        row.name = new QLabel(QStringLiteral("<b>%1</b>").arg(displayName(m_run->jobs()[i].kind)), m_rowsBox);
        row.name->setMinimumWidth(fm.horizontalAdvance(tr("Logistic regression")) + 12);
        row.bar = new QProgressBar(m_rowsBox);
        row.bar->setRange(0, 1000);
        row.bar->setTextVisible(false);
        row.bar->setFixedWidth(160);
        row.bar->setMaximumHeight(fm.height());
        row.step = new QLabel(m_rowsBox);
        row.step->setMinimumWidth(120);
        row.step->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        row.time = new QLabel(m_rowsBox);
        row.time->setMinimumWidth(fm.horizontalAdvance(QStringLiteral("2 min 00 s · about 55 min left")));
        row.time->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row.cancel = new QToolButton(m_rowsBox);
        row.cancel->setText(tr("Cancel"));
        row.cancel->setToolTip(tr("Stop this model only; the others still train."));
        row.cancel->setObjectName(QStringLiteral("cancelJob%1").arg(i));
        const int index = int(i);
        connect(row.cancel, &QToolButton::clicked, m_run, [this, index]() { m_run->cancelJob(index); });
        const int r = int(i);
        grid->addWidget(row.name, r, 0);
        grid->addWidget(row.bar, r, 1);
        grid->addWidget(row.step, r, 2);
        grid->addWidget(row.time, r, 3);
        grid->addWidget(row.cancel, r, 4);
        m_rows.push_back(row);
    }
    grid->setColumnStretch(2, 1);
    for (int i = 0; i < rowCount(); ++i)
        updateRow(i);
    tick();
}

void TrainJobsPanel::updateRow(int index)
{
    if (index < 0 || index >= rowCount() || size_t(index) >= m_run->jobs().size())
        return;
    const TrainRun::Job &job = m_run->jobs()[size_t(index)];
    Row &row = m_rows[size_t(index)];
    const bool running = job.state == TrainRun::JobState::Running;
    row.bar->setValue(int(std::clamp(job.fraction, 0.0, 1.0) * 1000));
    row.cancel->setVisible(running || job.state == TrainRun::JobState::Waiting);
    row.cancel->setEnabled(!(running && m_run->runner()->isCanceling()));
    QString step = job.step;
    QString time;
    switch (job.state) {
    case TrainRun::JobState::Waiting:
        time = tr("waiting");
        break;
    case TrainRun::JobState::Running: {
        const TaskRunner *runner = m_run->runner();
        time = format::seconds(runner->elapsedSeconds());
        const QString eta = format::eta(runner->etaSeconds());
        if (!eta.isEmpty() && !runner->isCanceling())
            time += QStringLiteral(" · ") + eta;
        break;
    }
    case TrainRun::JobState::Done: {
        time = tr("done in %1").arg(format::seconds(job.seconds));
        step = tr("Finished");
        if (const auto results = m_run->results()) {
            for (const ModelReport &m : results->report.models)
                if (m.kind == job.kind)
                    step = tr("Finished · test ROC AUC %1").arg(format::number(m.test.rocAuc, 3));
        }
        break;
    }
    case TrainRun::JobState::Canceled:
    case TrainRun::JobState::Skipped:
        row.bar->setValue(0);
        break;
    case TrainRun::JobState::Failed:
        time = tr("failed");
        break;
    }
    row.step->setText(step);
    row.step->setToolTip(step);
    row.time->setText(time);
    row.name->setEnabled(job.state != TrainRun::JobState::Canceled && job.state != TrainRun::JobState::Skipped);
}

void TrainJobsPanel::tick()
{
    const int current = m_run->currentJob();
    if (current >= 0)
        updateRow(current);
    const bool running = m_run->isRunning();
    m_cancelAll->setVisible(running);
    m_cancelAll->setEnabled(running && !m_run->runner()->isCanceling());
    if (running && !m_clock->isActive())
        m_clock->start();
    else if (!running)
        m_clock->stop();
    int done = 0;
    for (const TrainRun::Job &j : m_run->jobs())
        done += j.state == TrainRun::JobState::Done ? 1 : 0;
    const int total = int(m_run->jobs().size());
    if (running)
        m_summary->setText(tr("<b>Training</b> — %1 of %n model(s) done", nullptr, total).arg(done));
    else
        m_summary->setText(total == 0 ? QString() : tr("<b>Training finished</b> — %1 of %n model(s) trained", nullptr, total).arg(done));
}

QString TrainJobsPanel::stepText(int index) const
{
    return index >= 0 && index < rowCount() ? m_rows[size_t(index)].step->text() : QString();
}

QToolButton *TrainJobsPanel::cancelButton(int index) const
{
    return index >= 0 && index < rowCount() ? m_rows[size_t(index)].cancel : nullptr;
}

} // namespace churnlens
