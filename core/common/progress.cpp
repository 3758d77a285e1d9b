#include "progress.h"

#include <algorithm>

namespace churnlens {

void Progress::setProgress(double fraction)
{
    fraction = std::clamp(fraction, 0.0, 1.0);
    m_fraction.store(fraction, std::memory_order_relaxed);
    if (m_callback)
        m_callback(fraction, text());
}

void Progress::setText(const QString &text)
{
    {
        QMutexLocker lock(&m_mutex);
        m_text = text;
    }
    if (m_callback)
        m_callback(fraction(), text);
}

QString Progress::text() const
{
    QMutexLocker lock(&m_mutex);
    return m_text;
}

void SubProgress::setProgress(double fraction)
{
    Progress::setProgress(fraction);
    if (m_parent)
        m_parent->setProgress(m_begin + (m_end - m_begin) * std::clamp(fraction, 0.0, 1.0));
}

void SubProgress::setText(const QString &text)
{
    Progress::setText(text);
    if (m_parent)
        m_parent->setText(text);
}

} // namespace churnlens
