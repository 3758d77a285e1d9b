#include "etaestimator.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace churnlens {

namespace {
constexpr double MinWindow = 5.0;
constexpr double MaxWindow = 60.0;
constexpr double Keep = 2.0 * MaxWindow; // seconds of samples kept
} // namespace

void EtaEstimator::add(double seconds, double fraction)
{
    if (!m_samples.empty()) {
        Sample &last = m_samples.back();
        if (fraction <= last.fraction)
            return; // no progress: the last sample's time stays the start of the pause
        // At most a sample per 250 ms: a fast job must not grow the list.
        if (seconds - last.seconds < 0.25 && m_samples.size() > 1) {
            last.fraction = fraction;
            last.seconds = seconds;
            return;
        }
    }
    m_samples.push_back({seconds, fraction});
    while (m_samples.size() > 2 && seconds - m_samples[1].seconds > Keep) {
        m_samples.pop_front();
        m_trimmed = true;
    }
}

double EtaEstimator::eta(double seconds) const
{
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    if (m_samples.empty())
        return nan;
    const double f = m_samples.back().fraction;
    // Early estimates swing wildly; say nothing until there is something to go on.
    if (f < 0.03 || seconds < 0.7)
        return nan;
    if (f >= 1.0)
        return 0.0;
    const double window = std::clamp(0.25 * seconds, MinWindow, MaxWindow);
    // The rate over the window before the last progress, up to now: the newest earlier sample at
    // or before the window's start, else the oldest kept one (or the job's start, progress 0,
    // while nothing was dropped). Time without progress since then counts, so the estimate grows
    // the longer nothing moves.
    const double windowStart = m_samples.back().seconds - window;
    double fromSeconds = 0.0, fromFraction = 0.0;
    bool found = false;
    for (auto it = std::next(m_samples.rbegin()); it != m_samples.rend(); ++it) {
        if (it->seconds <= windowStart) {
            fromSeconds = it->seconds;
            fromFraction = it->fraction;
            found = true;
            break;
        }
    }
    if (!found && m_trimmed && m_samples.size() > 1) {
        fromSeconds = m_samples.front().seconds;
        fromFraction = m_samples.front().fraction;
    }
    const double span = seconds - fromSeconds;
    const double rate = span > 0.0 ? (f - fromFraction) / span : 0.0;
    if (!(rate > 0.0))
        return nan;
    return (1.0 - f) / rate;
}

} // namespace churnlens
