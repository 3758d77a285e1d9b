#include "settingswriter.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSemaphore>
#include <QSettings>
#include <QThread>

#include <atomic>

namespace churnlens {

namespace {

QMutex s_mutex;
QThread *s_thread = nullptr;
std::atomic<int> s_handedOver{0};

//! Deleted on the writer thread after the QSettings handed over before it.
class FlushMarker : public QObject
{
public:
    explicit FlushMarker(QSemaphore *done) : m_done(done) {}
    ~FlushMarker() override
    {
        QSettings().sync();
        m_done->release();
    }

private:
    QSemaphore *m_done;
};

void stopWriter()
{
    QThread *thread = nullptr;
    {
        QMutexLocker lock(&s_mutex);
        thread = std::exchange(s_thread, nullptr);
    }
    if (!thread)
        return;
    // Objects still waiting for deleteLater() are deleted (and written) when the thread finishes.
    thread->quit();
    thread->wait();
    delete thread;
}

QThread *writerThread()
{
    QMutexLocker lock(&s_mutex);
    if (!s_thread && QCoreApplication::instance()) {
        s_thread = new QThread;
        s_thread->setObjectName(QStringLiteral("churnlens-settings"));
        s_thread->start(QThread::LowPriority);
        qAddPostRoutine(stopWriter);
    }
    return s_thread;
}

} // namespace

namespace SettingsWriter {

void setValue(const QString &key, const QVariant &value)
{
    auto *settings = new QSettings;
    settings->setValue(key, value); // visible to every QSettings of this process from here on
    QThread *thread = writerThread();
    if (!thread || thread == QThread::currentThread()) {
        delete settings; // no application (or on the writer itself): write here, as QSettings does
        return;
    }
    // Its pending write (a posted update request) moves along; the destructor writes what is left.
    settings->moveToThread(thread);
    settings->deleteLater();
    ++s_handedOver;
}

void flush()
{
    QThread *thread = nullptr;
    {
        QMutexLocker lock(&s_mutex);
        thread = s_thread;
    }
    if (!thread || thread == QThread::currentThread())
        return;
    // Deferred deletes run in the order they were posted: when this one runs, the earlier
    // QSettings objects are written.
    QSemaphore done;
    auto *marker = new FlushMarker(&done);
    marker->moveToThread(thread);
    marker->deleteLater();
    done.acquire();
}

int handedOver()
{
    return s_handedOver.load();
}

} // namespace SettingsWriter

} // namespace churnlens
