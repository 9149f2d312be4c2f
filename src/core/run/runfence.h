// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <atomic>

namespace cxcron {

/// The local side of one run's lease: the moment (CLOCK_BOOTTIME, so a suspended host counts
/// the time it slept) by which the run's processes must be gone because the lease might expire
/// after it. The lease keeper moves it forward after each renewal the database confirmed;
/// nothing else does. The deadline is mirrored into a private file that cxcron-shim reads, so a
/// command is stopped in time even when the runner is frozen or blocked on the database.
class RunFence
{
public:
    /// @p marker names the run in the environment of every process it starts (CXCRON_RUN).
    explicit RunFence(const QString &marker);
    ~RunFence();
    RunFence(const RunFence &) = delete;
    RunFence &operator=(const RunFence &) = delete;

    static qint64 nowMs();
    /// The variable every process of a run carries: how leftovers are found (ProcessSweep).
    static QString markerVariable() { return QStringLiteral("CXCRON_RUN"); }

    /// Moves the deadline to @p deadlineMs (never backwards) and tells the shim.
    void extendTo(qint64 deadlineMs);
    qint64 deadlineMs() const { return m_deadline.load(); }
    bool expired() const { return nowMs() >= m_deadline.load(); }
    QString marker() const { return m_marker; }
    /// The file cxcron-shim reads; empty when it could not be created (then the runner alone
    /// enforces the deadline, and the run is refused: see CommandTask).
    QString filePath() const { return m_path; }

private:
    QString m_marker;
    QString m_path;
    std::atomic<qint64> m_deadline{0};
};

} // namespace cxcron
