#include "progresspanel.h"

#include "format.h"
#include "taskrunner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
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
    layout->addWidget(m_text);
    layout->addWidget(m_bar);
    layout->addWidget(m_eta);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, &ProgressPanel::cancelCurrent);
    hide();
}

void ProgressPanel::watch(TaskRunner *runner)
{
    connect(runner, &TaskRunner::started, this, [this, runner]() { onStarted(runner); });
    connect(runner, &TaskRunner::progressChanged, this, [this, runner]() { onProgress(runner); });
    connect(runner, &TaskRunner::cancelRequested, this, [this, runner]() { onProgress(runner); });
    connect(runner, &TaskRunner::finished, this, [this, runner]() { onFinished(runner); });
    if (runner->isRunning())
        onStarted(runner);
}

void ProgressPanel::cancelCurrent()
{
    if (m_current)
        m_current->cancel();
}

void ProgressPanel::onStarted(TaskRunner *runner)
{
    m_running.removeAll(runner);
    m_running.append(runner);
    m_current = runner;
    update();
    show();
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
    const QString text = m_current->text();
    m_text->setText(text.isEmpty() ? m_current->title() : text);
    m_bar->setValue(int(std::lround(m_current->fraction() * 1000.0)));
    m_eta->setText(format::eta(m_current->etaSeconds()));
}

} // namespace churnlens
