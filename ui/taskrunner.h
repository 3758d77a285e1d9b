#pragma once

#include "common/progress.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace churnlens {

/*!
 * Runs one long core job at a time off the GUI thread and reports its progress back.
 * The job gets a Progress whose updates are coalesced and posted (queued) to this
 * object, so a fast worker cannot flood the event loop. The runner owns the future:
 * its destructor cancels the job and waits for it, and then never calls \c done.
 * Lives on the GUI thread. Workers must not touch widgets or models.
 */
class TaskRunner : public QObject
{
    Q_OBJECT

public:
    explicit TaskRunner(QObject *parent = nullptr);
    ~TaskRunner() override;

    bool isRunning() const { return m_running; }
    bool isCanceling() const;
    QString title() const { return m_title; }
    double fraction() const;
    QString text() const;
    double elapsedSeconds() const;
    //! Estimated seconds left, NaN while too early to tell.
    double etaSeconds() const;

    /*!
     * Starts \a work(progress) on a worker thread; \a done(result) then runs on this
     * object's thread (also after a cancel: the result then says so). Returns false,
     * and does nothing, while another job is running.
     */
    template<typename T>
    bool start(const QString &title, std::function<T(Progress &)> work, std::function<void(T &&)> done)
    {
        auto slot = std::make_shared<std::optional<T>>();
        return startImpl(
            title, [work = std::move(work), slot](Progress &p) { slot->emplace(work(p)); },
            [done = std::move(done), slot]() {
                if (slot->has_value())
                    done(std::move(**slot));
            });
    }

    /*!
     * For owners that must go away now while the job cannot stop at once (a database
     * connect waits for its timeout): cancels, forgets \c done, hands the runner to the
     * application and deletes it when the job ends. The owner must not use it afterwards.
     */
    void abandon();

public Q_SLOTS:
    //! Asks the job to stop; it returns within the core's poll interval.
    void cancel();

Q_SIGNALS:
    void started(const QString &title);
    void progressChanged(double fraction, const QString &text);
    void cancelRequested();
    //! The job is over (done has run) and the runner is idle again.
    void finished();

private:
    class PostingProgress;
    bool startImpl(const QString &title, std::function<void(Progress &)> work, std::function<void()> done);
    void deliverProgress();
    void onFinished();

    QThreadPool m_pool;
    QFutureWatcher<void> m_watcher;
    std::shared_ptr<Progress> m_progress;
    std::shared_ptr<std::atomic<bool>> m_posted;
    std::function<void()> m_done;
    QElapsedTimer m_clock;
    QString m_title;
    bool m_running = false;
};

} // namespace churnlens
