// SPDX-License-Identifier: GPL-3.0-or-later
#include "runwatchdog.h"

#include "logging.h"
#include "shutdownsignal.h"

namespace cxcron {

RunWatchdog::RunWatchdog(const ActiveRuns &runs, std::function<QString()> cancelledBy)
    : m_runs(runs)
    , m_cancelledBy(std::move(cancelledBy))
    , m_thread([this] {
        for (;;) {
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait_for(lock, std::chrono::milliseconds(100), [this] { return m_stop; });
                if (m_stop)
                    return;
            }
            check();
        }
    })
{}

RunWatchdog::~RunWatchdog()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void RunWatchdog::check()
{
    const int signal = ShutdownSignal::received();
    const QString cancelledBy = m_cancelledBy();
    for (const auto &run : m_runs.snapshot()) {
        TaskWorker &worker = *run->worker;
        if (worker.finished() || worker.stopReason() != CancelReason::None)
            continue;
        if (signal != 0 && worker.requestStop(CancelReason::Shutdown))
            qCWarning(lcRunner).noquote()
                << "signal" << signal << ": stopping" << run->task << "#" << run->logId;
        else if (!cancelledBy.isEmpty())
            worker.requestStop(CancelReason::User, cancelledBy);
        else if (worker.elapsedMs() > run->timeoutMs)
            worker.requestStop(CancelReason::Timeout);
        else if (run->fence->expired() && worker.requestStop(CancelReason::Fence))
            qCWarning(lcRunner).noquote()
                << "the lease of" << run->task << "#" << run->logId
                << "could not be renewed in time; stopping the run before it can expire";
    }
}

} // namespace cxcron
