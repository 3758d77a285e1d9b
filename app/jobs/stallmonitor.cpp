#include "stallmonitor.h"

#include "jobmanager.h"
#include "taskrunner.h"

#include <QByteArray>

#include <algorithm>
#include <cstdio>

#if defined(Q_OS_UNIX)
#include <time.h>
#endif

namespace churnlens {

namespace {
constexpr int TickMs = 5;
const QString NoJob = QStringLiteral("(no job)");
} // namespace

StallMonitor::StallMonitor(qint64 thresholdMs, bool log, QObject *parent)
    : QObject(parent)
    , m_thresholdMs(std::max<qint64>(1, thresholdMs))
    , m_log(log)
{
    JobManager *manager = JobManager::instance();
    connect(manager, &JobManager::jobStarted, this, &StallMonitor::onJobStarted);
    connect(manager, &JobManager::jobFinished, this, &StallMonitor::onJobFinished);
    for (TaskRunner *r : manager->activeJobs())
        onJobStarted(r);
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(TickMs);
    connect(&m_timer, &QTimer::timeout, this, &StallMonitor::tick);
    m_lastTickNs = nowNs();
    m_lastTickCpuNs = threadCpuNs();
    m_lastTickShared.store(m_lastTickNs);
    publish();
    m_timer.start();
    m_watchdog = std::thread([this] { watch(); });
}

StallMonitor::~StallMonitor()
{
    m_stop.store(true);
    if (m_watchdog.joinable())
        m_watchdog.join();
    if (m_log)
        std::fprintf(stderr, "%s", qPrintable(report()));
}

qint64 StallMonitor::thresholdFromEnvironment()
{
    const QByteArray value = qgetenv("CHURNLENS_STALL_MONITOR").trimmed();
    if (value.isEmpty() || value == "0")
        return 0;
    bool ok = false;
    const qint64 ms = value.toLongLong(&ok);
    return ok && ms > 1 ? ms : 50;
}

qint64 StallMonitor::nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

qint64 StallMonitor::threadCpuNs()
{
#if defined(Q_OS_UNIX)
    timespec t{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t) == 0)
        return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
#endif
    return 0;
}

void StallMonitor::setPhase(const QString &phase)
{
    m_phase = phase;
    if (!phase.isEmpty() && !m_duringGap.contains(phase))
        m_duringGap << phase;
    publish();
}

void StallMonitor::setContext(const QString &context)
{
    m_context = context;
    publish();
}

void StallMonitor::onJobStarted(TaskRunner *runner)
{
    m_active.insert(runner);
    m_titles[runner] = runner->title();
    if (!m_duringGap.contains(runner->title()))
        m_duringGap << runner->title();
    publish();
}

void StallMonitor::onJobFinished(TaskRunner *runner)
{
    // The job's done() runs on this thread right after: its title stays in m_duringGap until the next tick.
    m_active.erase(runner);
    m_titles.erase(runner);
}

void StallMonitor::publish()
{
    std::lock_guard lock(m_mutex);
    m_publishedDuring = m_duringGap;
    m_publishedContext = m_context;
}

void StallMonitor::tick()
{
    const qint64 now = nowNs();
    const qint64 delayMs = std::max<qint64>(0, (now - m_lastTickNs) / 1000000 - TickMs);
    const qint64 cpu = threadCpuNs();
    const qint64 busyMs = std::clamp<qint64>((cpu - m_lastTickCpuNs) / 1000000, 0, delayMs);
    m_lastTickNs = now;
    m_lastTickCpuNs = cpu;
    m_lastTickShared.store(now);
    ++m_ticks;
    m_worstMs = std::max(m_worstMs, delayMs);
    const QStringList during = m_duringGap.isEmpty() ? QStringList{NoJob} : m_duringGap;
    for (const QString &name : during) {
        qint64 &worst = m_worstPerJob[name];
        worst = std::max(worst, delayMs);
        qint64 &busiest = m_worstBusyPerJob[name];
        busiest = std::max(busiest, busyMs);
    }
    if (delayMs > m_thresholdMs) {
        m_stalls.push_back({delayMs, busyMs, during});
        if (m_log)
            std::fprintf(stderr, "churnlens stall: GUI thread blocked %lld ms (busy %lld ms of it) [%s] while: %s\n",
                         static_cast<long long>(delayMs), static_cast<long long>(busyMs), qPrintable(m_context),
                         qPrintable(during.join(QStringLiteral("; "))));
    }
    // From now on: what is active, and the phase.
    m_duringGap.clear();
    if (!m_phase.isEmpty())
        m_duringGap << m_phase;
    for (TaskRunner *r : m_active) {
        const QString &title = m_titles[r];
        if (!m_duringGap.contains(title))
            m_duringGap << title;
    }
    publish();
}

void StallMonitor::watch()
{
    qint64 reportedFor = -1; // the tick a long freeze was last reported for
    qint64 reportedSeconds = 0;
    while (!m_stop.load()) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
        const qint64 last = m_lastTickShared.load();
        const qint64 blockedMs = (nowNs() - last) / 1000000;
        if (blockedMs < 1000 || !m_log)
            continue;
        // A freeze past a second: say so while it lasts (the GUI thread will report its length after).
        const qint64 seconds = blockedMs / 1000;
        if (reportedFor == last && reportedSeconds >= seconds)
            continue;
        reportedFor = last;
        reportedSeconds = seconds;
        QStringList during;
        QString context;
        {
            std::lock_guard lock(m_mutex);
            during = m_publishedDuring;
            context = m_publishedContext;
        }
        std::fprintf(stderr, "churnlens stall: GUI thread not responding for %lld s [%s] while: %s\n", static_cast<long long>(seconds),
                     qPrintable(context), qPrintable(during.isEmpty() ? NoJob : during.join(QStringLiteral("; "))));
    }
}

QString StallMonitor::report() const
{
    std::vector<std::pair<QString, qint64>> rows(m_worstPerJob.begin(), m_worstPerJob.end());
    std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    QString out = QStringLiteral("churnlens stall monitor: %1 ticks, %2 stalls over %3 ms, worst %4 ms; worst per job "
                                 "(and the most of one delay the GUI thread spent working itself):\n")
                      .arg(m_ticks)
                      .arg(m_stalls.size())
                      .arg(m_thresholdMs)
                      .arg(m_worstMs);
    for (const auto &[name, ms] : rows) {
        const auto busy = m_worstBusyPerJob.find(name);
        out += QStringLiteral("  %1 ms  (busy %2 ms)\t%3\n").arg(ms, 6).arg(busy == m_worstBusyPerJob.end() ? 0 : busy->second, 4).arg(name);
    }
    return out;
}

} // namespace churnlens
