// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace cxcron::RunControl {

/// Asks the runner of the running execution @p logId, on whatever host or process it runs, to
/// stop it: a row in cxcron_cancel_requests that the runner polls. The run is then recorded as
/// failed/TaskCancelled, naming @p who. False when the row does not exist or is not running.
bool requestCancel(const QSqlDatabase &db, qint64 logId, const QString &who);
/// Who asked to cancel @p logId, if anyone did.
std::optional<QString> cancelRequestedBy(const QSqlDatabase &db, qint64 logId);
/// The cancel requests among @p logIds (log id → who): one indexed query, for the runner's poll.
QHash<qint64, QString> cancelRequests(const QSqlDatabase &db, const QList<qint64> &logIds);

/// The last lines a running command printed, as its runner last stored them.
struct LiveTail
{
    QString text;
    QDateTime updatedUtc;
};
/// Stores (replaces) the live tail of the running @p logId; called by the run's own runner.
void storeLiveTail(const QSqlDatabase &db, qint64 logId, const QString &text, const QDateTime &atUtc);
/// The live tail of @p logId; none once the run ended (its output is then in cron_logs).
std::optional<LiveTail> liveTail(const QSqlDatabase &db, qint64 logId);

/// Forgets the cancel request and the live tail of a run that ended.
void clearRun(const QSqlDatabase &db, qint64 logId);

} // namespace cxcron::RunControl
