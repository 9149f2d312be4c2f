// SPDX-License-Identifier: GPL-3.0-or-later
#include "leasekeeper.h"

#include "database.h"
#include "errors.h"
#include "lease.h"
#include "logging.h"
#include "runcontrolpoller.h"

#include <QHash>

namespace cxcron {
namespace {
/// A statement of the keeper waits this long for the server before its link is taken for dead.
constexpr int kLinkTimeoutSeconds = 10;
/// How often cancel requests are read and live output stored.
constexpr qint64 kControlPollMs = 2000;
} // namespace

LeaseKeeper::LeaseKeeper(const ActiveRuns &runs, std::shared_ptr<Clock> clock, Timing timing)
    : m_runs(runs)
    , m_clock(std::move(clock))
    , m_timing(timing)
    , m_thread([this] { loop(); })
{}

LeaseKeeper::~LeaseKeeper()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void LeaseKeeper::loop()
{
    Database::setThreadLinkTimeout(kLinkTimeoutSeconds);
    struct Renewal
    {
        qint64 dueAtMs = 0;
        int failures = 0;
    };
    QHash<qint64, Renewal> renewals;
    RunControlPoller control(m_clock);
    qint64 lastPollMs = RunFence::nowMs();
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait_for(lock, std::chrono::milliseconds(250), [this] { return m_stop; });
            if (m_stop)
                break;
        }
        const auto runs = m_runs.snapshot();
        QHash<qint64, Renewal> kept;
        for (const auto &run : runs) {
            Renewal r =
                renewals.value(run->logId, Renewal{RunFence::nowMs() + m_timing.renewSeconds * 1000LL, 0});
            const qint64 startedAt = RunFence::nowMs();
            if (startedAt >= r.dueAtMs) {
                try {
                    const QSqlDatabase db = Database::connection();
                    const QDateTime expires = m_clock->nowUtc(db).addSecs(m_timing.ttlSeconds);
                    if (Lease::renew(db, run->task, run->holder, expires)) {
                        run->fence->extendTo(fenceFor(startedAt, m_timing));
                        if (r.failures > 0)
                            qCInfo(lcRunner).noquote() << "lease of" << run->task << "#" << run->logId
                                                       << "renewed again after" << r.failures << "failures";
                        r = Renewal{startedAt + m_timing.renewSeconds * 1000LL, 0};
                    } else {
                        r.dueAtMs = startedAt + m_timing.renewSeconds * 1000LL;
                        if (!run->worker->finished() && run->worker->requestStop(CancelReason::LeaseLost))
                            qCWarning(lcRunner).noquote()
                                << "lost the lease of" << run->task << "#" << run->logId << "; stopping it";
                    }
                } catch (const Error &e) {
                    ++r.failures;
                    // Backoff within the lease: 1, 2, 4, 5, 5 … s, so an outage is noticed
                    // as soon as it ends without hammering a server that is restarting.
                    r.dueAtMs = startedAt + qMin<qint64>(1000LL << qMin(r.failures - 1, 3), 5000);
                    const qint64 left = (run->fence->deadlineMs() - startedAt) / 1000;
                    qCWarning(lcRunner).noquote()
                        << "cannot renew the lease of" << run->task << "#" << run->logId << "(attempt"
                        << r.failures
                        << (left > 0 ? QStringLiteral("; the run is stopped unless renewed within %1 s):").arg(left)
                                     : QStringLiteral("; its fence has passed, the run was stopped):"))
                        << e.message();
                    if (e.kind() == ErrorKind::Connection)
                        Database::closeThreadConnection();
                }
            }
            kept.insert(run->logId, r);
        }
        renewals = kept;
        if (RunFence::nowMs() - lastPollMs >= kControlPollMs) {
            lastPollMs = RunFence::nowMs();
            QList<RunControlPoller::Run> polled;
            for (const auto &run : runs)
                if (!run->worker->finished())
                    polled.append({run->logId, run->task, run->worker.get()});
            control.poll(polled);
        }
    }
    Database::closeThreadConnection();
}

} // namespace cxcron
