#pragma once

#include "common/error.h"
#include "common/progress.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <expected>
#include <type_traits>

namespace churnlens {

class JobManager;

template<typename T>
struct IsResult : std::false_type
{};
template<typename X>
struct IsResult<std::expected<X, Error>> : std::true_type
{};

/*!
 * One owner's lane of long work, run by the JobManager off the GUI thread (one job at a time
 * per runner; the manager caps how many run at once over all runners). The job gets a
 * Progress whose updates are coalesced and posted (queued) to this object, so a fast worker
 * cannot flood the event loop. The runner owns the future: its destructor cancels the job and
 * waits for it, and then never calls \c done.
 * A worker that throws does not take the application down: the exception becomes an Error.
 * When the job's result type is a Result<...>, \c done receives that error; otherwise failed()
 * says so and the JobManager announces it (jobFailed) for the window to show.
 * Lives on the GUI thread. Workers must not touch widgets or models.
 */
class TaskRunner : public QObject
{
    Q_OBJECT

public:
    explicit TaskRunner(QObject *parent = nullptr);
    ~TaskRunner() override;

    //! True from start until done() has run (also while waiting for a free thread).
    bool isRunning() const { return m_running; }
    //! True while started but not yet given a thread by the JobManager.
    bool isWaiting() const;
    bool isCanceling() const;
    QString title() const { return m_title; }
    double fraction() const;
    QString text() const;
    //! Seconds the job has worked (time spent waiting for a thread not counted).
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
        auto [run, deliver] = wrap<T>(std::move(work), std::move(done));
        return startImpl(title, std::move(run), std::move(deliver));
    }

    /*!
     * "Latest wins": starts \a work now if idle; otherwise cancels the running job (its
     * \c done is then never called) and runs this one as soon as it stopped. A later call
     * before that replaces this one. For work that follows changing inputs (a slider, a
     * filter, a field being typed), so owners need no queue of their own.
     */
    template<typename T>
    void startLatest(const QString &title, std::function<T(Progress &)> work, std::function<void(T &&)> done)
    {
        auto [run, deliver] = wrap<T>(std::move(work), std::move(done));
        startLatestImpl(title, std::move(run), std::move(deliver));
    }

    /*!
     * For owners that must go away now while the job cannot stop at once (a database
     * connect waits for its timeout): cancels, forgets \c done, hands the runner to the
     * application and deletes it when the job ends. The owner must not use it afterwards.
     */
    void abandon();

public Q_SLOTS:
    //! Asks the job to stop; it returns within the core's poll interval. Drops a job waiting in line (startLatest).
    void cancel();

Q_SIGNALS:
    void started(const QString &title);
    void progressChanged(double fraction, const QString &text);
    void cancelRequested();
    //! The worker threw and the result type could not carry the error (\c done was not called).
    void failed(const churnlens::Error &error);
    //! The job is over (done has run) and the runner is idle again.
    void finished();

private:
    //! Runs on the worker; returns normally, exceptions are the caller's business.
    using Work = std::function<void(Progress &)>;
    //! Runs on the GUI thread; \a thrown is the worker's error, if it threw. Returns whether
    //! the error (if any) reached the owner.
    using Deliver = std::function<bool(const Error *thrown)>;

    template<typename T>
    static std::pair<Work, Deliver> wrap(std::function<T(Progress &)> work, std::function<void(T &&)> done)
    {
        auto slot = std::make_shared<std::optional<T>>();
        Work run = [work = std::move(work), slot](Progress &p) { slot->emplace(work(p)); };
        Deliver deliver = [done = std::move(done), slot](const Error *thrown) {
            if (slot->has_value()) {
                done(std::move(**slot));
                return true;
            }
            if constexpr (IsResult<T>::value) {
                if (thrown) {
                    done(T(std::unexpected<Error>(*thrown)));
                    return true;
                }
            }
            return !thrown;
        };
        return {std::move(run), std::move(deliver)};
    }

    struct Shared;
    class PostingProgress;
    bool startImpl(const QString &title, Work work, Deliver deliver);
    void startLatestImpl(const QString &title, Work work, Deliver deliver);
    void deliverProgress();
    void onFinished();

    JobManager *m_manager;
    QFutureWatcher<void> m_watcher;
    std::shared_ptr<Shared> m_shared;
    Deliver m_deliver;
    QString m_title;
    bool m_running = false;
    struct Pending
    {
        QString title;
        Work work;
        Deliver deliver;
    };
    std::optional<Pending> m_pending;
};

} // namespace churnlens
