// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"
#include "execution.h"
#include "taskregistry.h"
#include "tasksettings.h"

#include <QJsonObject>
#include <QTimeZone>
#include <atomic>
#include <functional>

namespace cxcron {

struct RunnerOptions
{
    QTimeZone zone = QTimeZone::systemTimeZone(); ///< zone of cron expressions
    QString who;                                  ///< recorded as triggered_by (default: OS user)
    int outputLimitBytes = 4 * 1024 * 1024;       ///< larger results are stored truncated
    int leaseGraceSeconds = 60;                   ///< lease = timeout + grace
    int cancelGraceMs = 3000;                     ///< how long a timed-out task may take to stop
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
    /// Marks `running` rows whose process is gone or whose lease expired as `interrupted`.
    int recoverInterrupted();
    QList<TaskPlan> plan();

    /// Set from another thread to cancel the task running now (GUI cancel button).
    void cancel() { m_cancelRequested = true; }
    /// Called on the task's worker thread: (task, done, total).
    std::function<void(const QString &, int, int)> onProgress;

    const TaskRegistry &registry() const { return m_registry; }

private:
    RunOutcome execute(const std::shared_ptr<Task> &task, const TaskConfig &config, qint64 logId,
                       const QString &holder, const QDateTime &startUtc);
    QDateTime now();

    TaskRegistry m_registry;
    std::shared_ptr<Clock> m_clock;
    RunnerOptions m_options;
    std::atomic_bool m_cancelRequested{false};
};

} // namespace cxcron
