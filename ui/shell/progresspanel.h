#pragma once

#include "jobs/taskrunner.h"

#include <QPointer>
#include <QSet>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace churnlens {


/*!
 * Status-bar widget for long jobs: what is running, a bar, the time left and a Cancel
 * button. Follows every job of the JobManager and shows the most recently started one
 * (with how many others run); hidden when idle, and a job shows only after ShowAfterMs.
 */
class ProgressPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProgressPanel(QWidget *parent = nullptr);

    static constexpr int ShowAfterMs = 250;
    //! The job shown now, or null when idle.
    TaskRunner *current() const { return m_current; }

public Q_SLOTS:
    //! Cancels the job shown (Esc and the Cancel button).
    void cancelCurrent();

private:
    void onStarted(TaskRunner *runner);
    void onProgress(TaskRunner *runner);
    void onFinished(TaskRunner *runner);
    void update();

    QList<QPointer<TaskRunner>> m_running;
    QSet<TaskRunner *> m_watched;
    QPointer<TaskRunner> m_current;
    QLabel *m_text;
    QProgressBar *m_bar;
    QLabel *m_eta;
    QToolButton *m_cancel;
};

} // namespace churnlens
