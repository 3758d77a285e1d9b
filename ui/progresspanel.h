#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace churnlens {

class TaskRunner;

/*!
 * Status-bar widget for long jobs: what is running, a bar, the time left and a Cancel
 * button. Shows the most recently started job of those it watches; hidden when idle.
 */
class ProgressPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProgressPanel(QWidget *parent = nullptr);

    //! Follows \a runner from now on (its next start shows the panel).
    void watch(TaskRunner *runner);
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
    QPointer<TaskRunner> m_current;
    QLabel *m_text;
    QProgressBar *m_bar;
    QLabel *m_eta;
    QToolButton *m_cancel;
};

} // namespace churnlens
