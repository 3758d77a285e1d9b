#include "progresspanel.h"

#include "common/format.h"
#include "jobs/jobmanager.h"
#include "jobs/taskrunner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QTimer>
#include <QToolButton>

#include <cmath>

namespace churnlens {

ProgressPanel::ProgressPanel(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_eta(new QLabel(this))
    , m_cancel(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(false);
    m_bar->setFixedWidth(180);
    m_bar->setMaximumHeight(m_text->sizeHint().height());
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop this step (Esc)"));
    m_cancel->setAutoRaise(true);
    m_eta->setMinimumWidth(m_eta->fontMetrics().horizontalAdvance(QStringLiteral("about 55 min left")));
    // A long step name ("Erklärungen für alle Kunden berechnen…") is cut in a narrow window rather
    // than widening the window past the screen; the tooltip has it whole.
    m_text->setMinimumWidth(60);
    layout->addWidget(m_text);
    layout->addWidget(m_bar);
    layout->addWidget(m_eta);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, &ProgressPanel::cancelCurrent);
    // The time left follows the job's rate: refresh it while nothing reports (a slow step).
    auto *clock = new QTimer(this);
    clock->setInterval(1000);
    connect(clock, &QTimer::timeout, this, [this]() {
        if (m_current && isVisible())
            update();
    });
    clock->start();
    hide();
    // Every job of the application passes through the one JobManager: all of them show here.
    JobManager *jobs = JobManager::instance();
    connect(jobs, &JobManager::jobStarted, this, &ProgressPanel::onStarted);
    connect(jobs, &JobManager::jobFinished, this, &ProgressPanel::onFinished);
    for (TaskRunner *runner : jobs->activeJobs())
        onStarted(runner);
}

void ProgressPanel::cancelCurrent()
{
    if (m_current)
        m_current->cancel();
}

void ProgressPanel::onStarted(TaskRunner *runner)
{
    if (!m_watched.contains(runner)) {
        m_watched.insert(runner);
        connect(runner, &TaskRunner::progressChanged, this, [this, runner]() { onProgress(runner); });
        connect(runner, &TaskRunner::cancelRequested, this, [this, runner]() { onProgress(runner); });
        connect(runner, &QObject::destroyed, this, [this, runner]() { m_watched.remove(runner); });
    }
    m_running.removeAll(runner);
    m_running.append(runner);
    m_current = runner;
    update();
    // Jobs over in a blink (a what-if re-score, a re-sort) would only make the bar flicker:
    // a job shows once it has run for a moment.
    QTimer::singleShot(ShowAfterMs, this, [this, job = QPointer<TaskRunner>(runner)]() {
        if (job && job == m_current && job->isRunning()) {
            update();
            show();
        }
    });
}

void ProgressPanel::onProgress(TaskRunner *runner)
{
    if (runner == m_current)
        update();
}

void ProgressPanel::onFinished(TaskRunner *runner)
{
    m_running.removeAll(runner);
    m_running.removeAll(nullptr);
    if (runner != m_current)
        return;
    m_current = m_running.isEmpty() ? nullptr : m_running.last().data();
    if (m_current)
        update();
    else
        hide();
}

void ProgressPanel::update()
{
    if (!m_current)
        return;
    if (m_current->isCanceling()) {
        m_text->setText(tr("Canceling…"));
        m_eta->clear();
        m_cancel->setEnabled(false);
        return;
    }
    m_cancel->setEnabled(true);
    QString text = m_current->text();
    if (text.isEmpty())
        text = m_current->title();
    const qsizetype others = m_running.size() - 1;
    if (others > 0)
        text = tr("%1 (and %n more)", "other jobs running", int(others)).arg(text);
    m_text->setText(text);
    m_text->setToolTip(text);
    m_bar->setValue(int(std::lround(m_current->fraction() * 1000.0)));
    m_eta->setText(format::eta(m_current->etaSeconds()));
}

} // namespace churnlens
