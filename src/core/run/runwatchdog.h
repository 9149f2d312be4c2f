// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activerun.h"

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace cxcron {

/// The runner's thread that stops runs, and never touches the database: a timeout, the
/// runner's own cancel, a shutdown signal or a fence about to expire stops a run at once, even
/// while the runner's other threads wait on a locked table or a frozen link.
class RunWatchdog
{
public:
    /// @p cancelledBy: who cancelled the runner (Runner::cancel), or empty when nobody did.
    RunWatchdog(const ActiveRuns &runs, std::function<QString()> cancelledBy);
    ~RunWatchdog();
    RunWatchdog(const RunWatchdog &) = delete;
    RunWatchdog &operator=(const RunWatchdog &) = delete;

    /// Applies the rules to every active run once (the thread does it every 100 ms).
    void check();

private:
    const ActiveRuns &m_runs;
    std::function<QString()> m_cancelledBy;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace cxcron
