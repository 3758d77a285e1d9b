#pragma once

#include <QMutex>
#include <QString>

#include <atomic>
#include <functional>

namespace churnlens {

/*!
 * Progress and cancel for long synchronous core work (load, profile, train, score…).
 * Thread-safe: the worker calls setProgress()/setText() and polls isCanceled();
 * any thread may call cancel(). The callback runs on the worker's thread: a GUI
 * must forward it with a queued connection or a QPromise, never touch widgets in it.
 */
class Progress
{
public:
    using Callback = std::function<void(double fraction, const QString &text)>;

    Progress() = default;
    virtual ~Progress() = default;
    Progress(const Progress &) = delete;
    Progress &operator=(const Progress &) = delete;

    void setCallback(Callback callback) { m_callback = std::move(callback); }

    virtual bool isCanceled() const { return m_canceled.load(std::memory_order_relaxed); }
    virtual void cancel() { m_canceled.store(true, std::memory_order_relaxed); }

    //! Fraction done in [0, 1]; values outside are clamped.
    virtual void setProgress(double fraction);
    double fraction() const { return m_fraction.load(std::memory_order_relaxed); }

    virtual void setText(const QString &text);
    QString text() const;

private:
    std::atomic<bool> m_canceled{false};
    std::atomic<double> m_fraction{0.0};
    mutable QMutex m_mutex;
    QString m_text;
    Callback m_callback;
};

/*!
 * One step of a longer job: maps this step's [0, 1] onto [begin, end] of the parent,
 * and shares the parent's cancel flag. Safe to pass a null parent (no reporting).
 */
class SubProgress final : public Progress
{
public:
    SubProgress(Progress *parent, double begin, double end)
        : m_parent(parent), m_begin(begin), m_end(end) {}

    bool isCanceled() const override { return m_parent ? m_parent->isCanceled() : Progress::isCanceled(); }
    void cancel() override { m_parent ? m_parent->cancel() : Progress::cancel(); }
    void setProgress(double fraction) override;
    void setText(const QString &text) override;

private:
    Progress *m_parent;
    double m_begin;
    double m_end;
};

//! Convenience for code that accepts a nullable Progress*.
inline bool isCanceled(const Progress *p) { return p && p->isCanceled(); }

} // namespace churnlens
