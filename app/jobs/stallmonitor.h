#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <map>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

namespace churnlens {

class TaskRunner;

/*!
 * Proves that the GUI thread keeps answering while long jobs run (CHURNLENS_STALL_MONITOR=1,
 * or =<ms> for another threshold than 50 ms). A precise timer ticks on the GUI thread every
 * few milliseconds; a tick that comes late measures how long the event loop was blocked. Each
 * delay is charged to the jobs that were active (or ended) while it lasted and to the phase a
 * driver named (setPhase), so the worst delay per job is known; every stall over the threshold
 * is logged with what was running. A watchdog thread notices a stall while it lasts (the GUI
 * thread cannot report on itself then) and logs a freeze that goes past one second.
 * Lives on the GUI thread; the watchdog only reads what the GUI thread publishes under a lock.
 */
class StallMonitor : public QObject
{
    Q_OBJECT

public:
    struct Stall
    {
        qint64 ms = 0;
        //! CPU time the GUI thread itself used in it. Much less than ms: the thread was not
        //! working but waiting (for a core on a busy machine, a lock, the disk); close to ms:
        //! work of its own (a model rebuilt, a table filled) to move off it.
        qint64 busyMs = 0;
        QStringList during; //!< jobs (and the phase) active while it lasted
    };

    //! \a thresholdMs: delays above it are stalls (logged when \a log).
    explicit StallMonitor(qint64 thresholdMs = 50, bool log = true, QObject *parent = nullptr);
    ~StallMonitor() override;

    /*!
     * The threshold asked for by CHURNLENS_STALL_MONITOR: 0 when unset or "0" (no monitor),
     * 50 for "1" or any other non-number, else the number given (in ms).
     */
    static qint64 thresholdFromEnvironment();

    //! Names what a driver is doing now (a test: "load", "train forest"); empty = nothing.
    void setPhase(const QString &phase);
    //! Where the user is (the area shown), logged with each stall.
    void setContext(const QString &context);

    qint64 thresholdMs() const { return m_thresholdMs; }
    //! Ticks seen so far (a test's proof that the monitor ran).
    qint64 ticks() const { return m_ticks; }
    //! Longest delay of the event loop seen so far, in ms.
    qint64 worstMs() const { return m_worstMs; }
    //! Longest delay per job title or phase seen so far (also those under the threshold).
    const std::map<QString, qint64> &worstPerJob() const { return m_worstPerJob; }
    //! Most CPU time the GUI thread used in one delay, per job title or phase (see Stall::busyMs).
    const std::map<QString, qint64> &worstBusyPerJob() const { return m_worstBusyPerJob; }
    const std::vector<Stall> &stalls() const { return m_stalls; }
    //! The worst delay per job, one line each, worst first.
    QString report() const;

private:
    void tick();
    void onJobStarted(TaskRunner *runner);
    void onJobFinished(TaskRunner *runner);
    void publish();
    void watch();
    static qint64 nowNs();
    //! CPU time of the calling thread (0 where the platform cannot tell).
    static qint64 threadCpuNs();

    qint64 m_thresholdMs;
    bool m_log;
    QTimer m_timer;
    qint64 m_lastTickNs = 0;
    qint64 m_lastTickCpuNs = 0;
    qint64 m_ticks = 0;
    qint64 m_worstMs = 0;
    QString m_phase;
    QString m_context;
    std::set<TaskRunner *> m_active;
    std::map<TaskRunner *, QString> m_titles;
    QStringList m_duringGap; //!< what ran since the last tick (ended jobs stay until the next one)
    std::map<QString, qint64> m_worstPerJob;
    std::map<QString, qint64> m_worstBusyPerJob;
    std::vector<Stall> m_stalls;

    // Shared with the watchdog.
    std::atomic<qint64> m_lastTickShared{0};
    std::atomic<bool> m_stop{false};
    std::mutex m_mutex;
    QStringList m_publishedDuring;
    QString m_publishedContext;
    std::thread m_watchdog;
};

} // namespace churnlens
