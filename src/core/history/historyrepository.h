// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "execution.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <optional>

namespace cxcron {

/// Which executions to select; shared by the history listing and the GUI's report queries.
struct ExecutionSelection
{
    QString task;            ///< empty = every task
    QList<ExecState> states; ///< empty = every state
    QDateTime since;         ///< UTC, inclusive
    QDateTime until;         ///< UTC, exclusive
    QString text;            ///< case-insensitive substring of output or exception

    /// Longest accepted search text: SQLite refuses LIKE patterns over 50,000 bytes ("pattern too
    /// complex"), and nobody types more; longer text is a usage error (HistoryRepository throws).
    static constexpr int MaxTextLength = 1000;
};

struct HistoryFilter : ExecutionSelection
{
    qint64 beforeId = 0; ///< paging: only the rows after this one, newest first (0 = from the newest)
    int limit = 50;
};

struct TaskStats
{
    int total = 0;
    int success = 0;
    int failed = 0; ///< failed + interrupted + completed with errors
    int skipped = 0;
    int cancelled = 0; ///< stopped on request: neither a success nor a failure of the task
    qint64 averageMs = -1;
    /// The runs that say whether the task works: not the skipped or cancelled ones.
    int judged() const { return total - skipped - cancelled; }
    double successRate() const { return judged() > 0 ? double(success) / judged() : 0.0; }
};

/// Reads and writes cron_logs. Every method takes the caller's thread connection.
namespace HistoryRepository {

/// Inserts the `running` row claiming (task, slot). Returns its id, or 0 when another runner
/// already claimed that slot (UNIQUE violation): that is how one due slot runs exactly once.
qint64 claimSlot(const QSqlDatabase &db, const QString &task, const QDateTime &slotUtc,
                 const QDateTime &startUtc, const QString &who);
/// Inserts a `running` row for a run outside the schedule (manual / cli).
qint64 insertManual(const QSqlDatabase &db, const QString &task, Trigger trigger, const QDateTime &startUtc,
                    const QString &who);
/// Writes the end of a run that is still `running`. Returns false, writing nothing, when the row
/// already ended: another host found it interrupted, and its verdict stands. @p output is stored
/// as given (callers cap its size).
bool finish(const QSqlDatabase &db, qint64 id, ExecState state, const QDateTime &endUtc, qint64 durationMs,
            const QString &output, const QString &exceptionClass = {}, const QString &exceptionMessage = {},
            const QString &trace = {});

bool slotTaken(const QSqlDatabase &db, const QString &task, const QDateTime &slotUtc);
/// The id of the slot's row if this very process claimed it (a claim whose reply was lost in an
/// outage, then retried), else 0.
qint64 slotClaimedHere(const QSqlDatabase &db, const QString &task, const QDateTime &slotUtc);
/// The columns of a summary row, in the order readSummary() reads them.
QString summaryColumns();
Execution readSummary(const QSqlQuery &query);
/// Appends the WHERE conditions (with their bound values) selecting @p selection; the text
/// condition uses the database's text index when it has one (see TextSearch).
void appendConditions(const QSqlDatabase &db, const ExecutionSelection &selection, QStringList &where,
                      QVariantList &values);
/// Newest first; rows carry no output/exception text (see get()).
QList<Execution> list(const QSqlDatabase &db, const HistoryFilter &filter);
std::optional<Execution> get(const QSqlDatabase &db, qint64 id);
std::optional<Execution> lastRun(const QSqlDatabase &db, const QString &task);
/// Start of the newest scheduled run of any task: the runner's heartbeat.
QDateTime lastScheduledRun(const QSqlDatabase &db);
TaskStats stats(const QSqlDatabase &db, const QString &task, const QDateTime &sinceUtc);
QList<Execution> runningRows(const QSqlDatabase &db);

} // namespace HistoryRepository
} // namespace cxcron
