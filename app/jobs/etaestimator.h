#pragma once

#include <QtGlobal>

#include <deque>

namespace churnlens {

/*!
 * Time left for a job from its measured rate, not from its average since the start: the rate is
 * taken over a recent window (a quarter of the time worked, 5 to 60 s), so a step that runs
 * slower than the ones before it (training after preparing) soon shows in the estimate, and a
 * stretch without progress makes the estimate grow instead of freezing it. The job's steps are
 * weighed by the share of the bar the job gives them, so the estimate is as good as those shares.
 * Not thread-safe: fed and read on one thread (the TaskRunner's).
 */
class EtaEstimator
{
public:
    //! Progress \a fraction reached at \a seconds of work.
    void add(double seconds, double fraction);
    //! Seconds left at \a seconds of work; NaN while too early to tell.
    double eta(double seconds) const;
    void clear()
    {
        m_samples.clear();
        m_trimmed = false;
    }

private:
    struct Sample
    {
        double seconds;
        double fraction;
    };
    std::deque<Sample> m_samples;
    bool m_trimmed = false; //!< samples older than the window were dropped
};

} // namespace churnlens
