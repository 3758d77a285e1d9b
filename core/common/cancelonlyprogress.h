#pragma once

#include "progress.h"

namespace churnlens {

/*!
 * Shares the parent's cancel flag and reports nothing: for an inner loop (one block of a
 * parallel loop) whose caller reports progress itself, so the loop still stops on cancel.
 * Thread-safe like Progress: several workers may poll one instance.
 */
class CancelOnlyProgress final : public Progress
{
public:
    explicit CancelOnlyProgress(const Progress *parent) : m_parent(parent) {}

    bool isCanceled() const override { return m_parent && m_parent->isCanceled(); }
    void setProgress(double) override {}
    void setText(const QString &) override {}

private:
    const Progress *m_parent;
};

} // namespace churnlens
