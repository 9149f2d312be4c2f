// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"
#include "commandexitfile.h"
#include "execution.h"
#include "leasekeeper.h"
#include "taskregistry.h"
#include "tasksettings.h"

#include <QJsonObject>
#include <QSet>
#include <QTimeZone>
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

namespace cxcron {

struct RunnerOptions
{
    QTimeZone zone = QTimeZone::systemTimeZone(); ///< zone of cron expressions
    QString who;                                  ///< recorded as triggered_by (default: OS user)
    int outputLimitBytes = 4 * 1024 * 1024;       ///< larger results are stored truncated
    /// Due tasks of one minute run side by side, at most this many at once, so a slow or hung
    /// task never holds back another task's slot.
    int parallelism = 4;
    /// A live run renews its lease every leaseRenewSeconds for leaseTtlSeconds; a run whose
    /// lease was not renewed in time is taken for dead by any host (whatever its timeout). The
    /// run's own processes are stopped leaseSafetySeconds before its lease could expire, so a
    /// host that then takes the task over never overlaps them.
    int leaseTtlSeconds = 120;
    int leaseRenewSeconds = 15;
    int leaseSafetySeconds = 15;
    int cancelGraceMs = 10000; ///< how long a stopped task may take to end (commands: TERM, KILL)
    /// How long the runner keeps trying to record a run's end through a database outage; 0:
    /// twice the lease, after which another host has recorded the run as interrupted anyway
    /// (its processes were stopped by then), and the runner gives up (exit 4).
    int recordRetrySeconds = 0;
};

struct RunOutcome
{
    QString task;
    qint64 logId = 0;
    ExecState state = ExecState::Failed;
    qint64 durationMs = 0;
    QString error; ///< "Class: message" for failures, reason for skips
    QJsonObject output;
    bool threadAbandoned = false; ///< a timed-out task did not stop; the process should exit soon
};

/// What the runner would do for one task at a given time.
struct TaskPlan
{
    std::shared_ptr<Task> task;
    TaskConfig config;
    QDateTime latestSlot; ///< UTC
    QDateTime nextSlot;   ///< UTC
};

/// Decides what is due, claims it, runs it on a worker thread with a timeout and records it.
/// Uses the calling thread's connection for bookkeeping; each task gets its own connection on
/// its worker thread, so its transaction never mixes with the history writes.
class Runner
{
public:
    Runner(TaskRegistry registry, std::shared_ptr<Clock> clock, RunnerOptions options = {});

    /// The scheduled run (`cxcron run`): recovers interrupted rows, then runs each due task once.
    QList<RunOutcome> runDue();
    /// Runs @p taskName now, ignoring its schedule but not its lease. Throws Error(NotFound) for
    /// an unknown task and Error(Busy) when the task is already running.
    RunOutcome runNow(const QString &taskName, Trigger trigger, const QString &who = {});
    /// Marks `running` rows whose process is gone or whose lease expired as `interrupted`; a
    /// row whose command had ended by itself before its runner on this host died is recorded
    /// as the command ended (not counted).
    int recoverInterrupted();
    QList<TaskPlan> plan();

    /// Called from another thread to cancel the runs of this runner (the GUI's cancel button):
    /// those in flight stop and are recorded as cancelled by @p who (default: options.who), and
    /// none starts any more, even when the cancel comes before the run began.
    void cancel(const QString &who = {});
    bool isCancelRequested() const { return m_cancelRequested; }
    /// Called on the task's worker thread: (task, done, total).
    std::function<void(const QString &, int, int)> onProgress;

    const TaskRegistry &registry() const { return m_registry; }
    const RunnerOptions &options() const { return m_options; }

private:
    void recordEndedCommand(const Execution &row, const CommandExitFile::Exit &exit);
    struct Pending;
    struct InFlight;
    /// Starts, supervises (timeouts, cancel, lease renewal) and records runs, at most
    /// options.parallelism at once; @p next claims the next run to start, or returns false.
    /// @p next gets the concurrency groups of the runs in flight.
    using NextRun = std::function<bool(Pending &, QList<RunOutcome> &, const QSet<QString> &)>;
    QList<RunOutcome> supervise(const NextRun &next);
    RunOutcome record(const InFlight &run);
    bool claimDue(const std::shared_ptr<Task> &task, const TaskConfig &config, const QDateTime &at,
                  Pending &pending, QList<RunOutcome> &skipped);
    QDateTime now();
    /// The lease's TTL, renewal and safety margin, for the keeper and the fences.
    LeaseKeeper::Timing leaseTiming() const;
    QString cancelledBy() const;

    TaskRegistry m_registry;
    std::shared_ptr<Clock> m_clock;
    RunnerOptions m_options;
    std::atomic_bool m_cancelRequested{false};
    mutable std::mutex m_cancelMutex;
    QString m_cancelledBy;
};

} // namespace cxcron
