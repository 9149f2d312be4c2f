// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace cxcron {

enum class ExecState
{
    Running,
    Success,
    Failed,
    Skipped,
    Interrupted,
    /// Exited 0 but reported errors for some items (Laravel commands print error-styled lines
    /// for each failed item and still return 0).
    Partial,
    /// Stopped on someone's request (Cancel in the window, `cxcron cancel`): not a failure of
    /// the task. Rows written before this state existed keep theirs ("failed", TaskCancelled).
    Cancelled,
};

enum class Trigger
{
    Schedule, ///< the every-minute runner
    Manual,   ///< "Run now" in the GUI
    Cli,      ///< `cxcron run TASK`
};

QString stateKey(ExecState state); ///< "running", "success", …
ExecState stateFromKey(const QString &key, bool *ok = nullptr);
QString stateLabel(ExecState state); ///< translated
/// The states that need someone's attention: failed, interrupted, completed with errors (not a
/// run someone cancelled). The one list the statistics, alerts, retention and the GUI's
/// "Failures" filter share.
QList<ExecState> failureStates();
bool isFailure(ExecState state);
/// failureStates() as SQL literals for `state IN (…)`: "'failed', 'interrupted', 'partial'".
QString failureStatesSql();
/// Every state, in the order filters and metrics list them.
QList<ExecState> allStates();
QString triggerKey(Trigger trigger); ///< "schedule", "manual", "cli"
Trigger triggerFromKey(const QString &key);
QString triggerLabel(Trigger trigger); ///< translated

/// One row of cron_logs.
struct Execution
{
    qint64 id = 0;
    QString task;
    QDateTime scheduledFor; ///< UTC, invalid for manual runs
    QDateTime startAt;      ///< UTC
    QDateTime endAt;        ///< UTC, invalid while running
    ExecState state = ExecState::Running;
    QString output;    ///< JSON text (may be empty in list queries)
    QString exception; ///< "Class: message"
    QString exceptionClass;
    QString exceptionTrace;
    qint64 durationMs = -1;
    Trigger trigger = Trigger::Schedule;
    QString triggeredBy;
    QString host;
    qint64 pid = 0;

    QJsonObject toJson(bool withDetails) const;
};

} // namespace cxcron
