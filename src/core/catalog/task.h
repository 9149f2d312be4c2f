// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>
#include <stdexcept>

namespace cxcron {

/// Thrown by a task to fail with a class name ("DeliveryError"), a message and a trace. The
/// C++ call stack at the throw point is captured and appended to the trace.
class TaskError : public std::runtime_error
{
public:
    explicit TaskError(const QString &message, const QString &className = QStringLiteral("TaskError"),
                       const QStringList &details = {}, bool withStack = true);
    QString className() const { return m_className; }
    QString message() const { return m_message; }
    QString trace() const { return m_trace; }

private:
    QString m_className;
    QString m_message;
    QString m_trace;
};

/// Thrown by TaskContext::checkCancelled() when the run was cancelled or timed out.
class TaskCancelled : public TaskError
{
public:
    explicit TaskCancelled(const QString &message = defaultMessage());
    /// The message of checkCancelled(); the runner replaces it with the actual reason.
    static QString defaultMessage()
    {
        return QStringLiteral("The run was cancelled (timeout or user request).");
    }
};

/// Why a run was asked to stop.
enum class CancelReason : int
{
    None = 0,
    Timeout = 1,
    User = 2,
    LeaseLost = 3, ///< another host declared this run dead: stop before it overlaps a new one
    Fence = 4,     ///< the lease could not be renewed in time: stop before it can expire
    Shutdown = 5,  ///< the runner was asked to end (SIGTERM, SIGINT, SIGHUP)
};

class RunFence;

/// What a running task may use. Lives on the task's worker thread.
class TaskContext
{
public:
    TaskContext(const QDateTime &nowUtc, const QTimeZone &zone, qint64 logId, std::atomic_bool *cancel,
                const std::atomic_int *cancelReason = nullptr);

    /// This worker thread's own database connection.
    QSqlDatabase db() const;
    /// The database clock at the start of the run (UTC), advanced by elapsed wall time.
    QDateTime nowUtc() const { return m_now; }
    QTimeZone zone() const { return m_zone; }
    qint64 logId() const { return m_logId; }

    /// True once the run must stop. A task that saw it and then returns normally is taken to
    /// have stopped early: its run is recorded as cancelled, not as a success.
    bool isCancelled() const
    {
        const bool cancelled = m_cancel && m_cancel->load();
        if (cancelled)
            m_sawCancel = true;
        return cancelled;
    }
    /// Whether the task looked at the cancellation after it was requested (isCancelled(),
    /// checkCancelled()): then it did not run to its end unaware of the stop.
    bool sawCancel() const { return m_sawCancel; }
    const std::atomic_bool *cancelFlag() const { return m_cancel; }
    CancelReason cancelReason() const
    {
        return m_cancelReason ? CancelReason(m_cancelReason->load()) : CancelReason::None;
    }
    /// Call between items: throws TaskCancelled when the run must stop.
    void checkCancelled() const;
    /// Breadcrumbs: the last ones are written into the trace if the task throws.
    void step(const QString &what);
    QStringList steps() const { return m_steps; }
    void setProgress(int done, int total);
    std::function<void(int, int)> progressCallback;
    /// The last lines a running command printed, for whoever watches the run (throttled by the
    /// caller; the runner stores the latest one every few seconds).
    void publishLiveOutput(const QString &tail) const
    {
        if (liveOutputCallback)
            liveOutputCallback(tail);
    }
    std::function<void(const QString &)> liveOutputCallback;
    /// The run's lease as this host sees it: a command runs under cxcron-shim, which stops it
    /// when the fence's deadline passes; a native task checks it before each commit. Null
    /// outside a runner (a task called directly by a test).
    std::shared_ptr<RunFence> fence;

    /// The run ended but some of its items failed: it is recorded as `partial` with this
    /// exception, and its result is kept.
    void reportPartialFailure(const QString &className, const QString &message, const QString &details = {});
    bool isPartial() const { return !m_partialClass.isEmpty(); }
    QString partialClass() const { return m_partialClass; }
    QString partialMessage() const { return m_partialMessage; }
    QString partialDetails() const { return m_partialDetails; }
    /// What the run produced so far; stored even when run() throws (a command's output).
    void setOutput(const QJsonObject &output) { m_output = output; }
    QJsonObject output() const { return m_output; }

private:
    QDateTime m_now;
    QTimeZone m_zone;
    qint64 m_logId = 0;
    std::atomic_bool *m_cancel = nullptr;
    const std::atomic_int *m_cancelReason = nullptr;
    mutable bool m_sawCancel = false;
    QStringList m_steps;
    QString m_partialClass;
    QString m_partialMessage;
    QString m_partialDetails;
    QJsonObject m_output;
};

/// One recurring task of the CMS. Stateless: run() may be called from any worker thread.
class Task
{
public:
    virtual ~Task() = default;
    /// Stable slug used in cron_logs.name and on the command line, e.g. "services:expire".
    virtual QString name() const = 0;
    /// Translated display title.
    virtual QString title() const = 0;
    virtual QString description() const { return {}; }
    virtual Schedule defaultSchedule() const = 0;
    virtual int defaultTimeoutSeconds() const { return 600; }
    virtual bool enabledByDefault() const { return true; }
    /// "native" for tasks written in C++, "command" / "artisan" for programs cxcron supervises.
    virtual QString kind() const { return QStringLiteral("native"); }
    /// Tasks of one non-empty group never run at the same time in a runner: the native CMS
    /// tasks write the same tables and would only deadlock each other. Empty = no constraint.
    virtual QString concurrencyGroup() const { return QStringLiteral("cms-native"); }
    /// What is run, for display ("php artisan services:expire --ansi"); empty for native tasks.
    virtual QString commandLine() const { return {}; }
    /// Does the work and returns a JSON result (counts, ids touched, per-item errors); throws
    /// TaskError (or anything derived from std::exception) on failure.
    virtual QJsonObject run(TaskContext &context) = 0;
};

} // namespace cxcron
