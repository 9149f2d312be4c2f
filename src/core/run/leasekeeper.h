// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activerun.h"
#include "clock.h"

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace cxcron {

/// The runner's bookkeeping thread, with a connection of its own and short link timeouts: it
/// renews the lease of every active run (retrying with backoff through database outages) and
/// moves each run's fence forward only after the database confirmed the renewal; it also
/// applies cancel requests and stores live output (RunControlPoller). Whatever the database
/// does, it never delays a stop: the watchdog and the shims act on the fences alone.
class LeaseKeeper
{
public:
    struct Timing
    {
        int ttlSeconds = 120;
        int renewSeconds = 15;
        /// How long before the lease could expire the run's processes must be gone: the kill
        /// grace of the shim plus a margin for clocks and scheduling.
        qint64 safetyMs = 15000;
    };
    LeaseKeeper(const ActiveRuns &runs, std::shared_ptr<Clock> clock, Timing timing);
    ~LeaseKeeper();
    LeaseKeeper(const LeaseKeeper &) = delete;
    LeaseKeeper &operator=(const LeaseKeeper &) = delete;

    /// The deadline of a lease that was (or is about to be) written at @p writtenAtMs.
    static qint64 fenceFor(qint64 writtenAtMs, const Timing &timing)
    {
        return writtenAtMs + qint64(timing.ttlSeconds) * 1000 - timing.safetyMs;
    }

private:
    void loop();

    const ActiveRuns &m_runs;
    std::shared_ptr<Clock> m_clock;
    Timing m_timing;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace cxcron
