// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertconditions.h"

#include "database.h"
#include "historyrepository.h"
#include "sql.h"

#include <algorithm>

namespace cxcron::AlertConditions {
namespace {

constexpr int kRecentRows = 20;

QList<Execution> select(const QSqlDatabase &db, const QString &where, const QVariantList &values, int limit,
                        bool newestFirst = true)
{
    QList<Execution> rows;
    QSqlQuery q =
        Sql::exec(db,
                  QStringLiteral("SELECT ") + HistoryRepository::summaryColumns() + QStringLiteral(" FROM ") +
                      cronLogsByTask(db) + QStringLiteral(" WHERE ") + where +
                      (newestFirst ? QStringLiteral(" ORDER BY id DESC LIMIT ")
                                   : QStringLiteral(" ORDER BY id LIMIT ")) +
                      QString::number(limit),
                  values);
    while (q.next())
        rows << HistoryRepository::readSummary(q);
    return rows;
}

/// The failure streak that ends with @p lastFailureId: its first failure and its length.
void streakEndingAt(const QSqlDatabase &db, const QString &task, qint64 lastFailureId,
                    std::optional<Execution> &first, int &count)
{
    const QList<Execution> success =
        select(db, QStringLiteral("name = ? AND state = 'success' AND id < ?"), {task, lastFailureId}, 1);
    const qint64 after = success.isEmpty() ? 0 : success.first().id;
    const QList<Execution> start = select(
        db, QStringLiteral("name = ? AND id > ? AND id <= ? AND state IN (") + failureStatesSql() + u')',
        {task, after, lastFailureId}, 1, false);
    if (!start.isEmpty())
        first = start.first();
    QSqlQuery q = Sql::exec(db,
                            QStringLiteral("SELECT COUNT(*) FROM ") + cronLogsByTask(db) +
                                QStringLiteral(" WHERE name = ? AND id > ? AND id <= ? AND state IN (") +
                                failureStatesSql() + u')',
                            {task, after, lastFailureId});
    count = q.next() ? q.value(0).toInt() : 0;
}

void evaluateSkips(const QSqlDatabase &db, TaskCondition &c, const AlertThresholds &t)
{
    int leading = 0;
    for (const Execution &e : std::as_const(c.recent)) {
        if (e.state == ExecState::Running)
            continue;
        if (e.state != ExecState::Skipped)
            break;
        if (leading++ == 0)
            c.lastSkip = e;
    }
    if (leading < t.overlapSkips) {
        c.lastSkip.reset();
        return;
    }
    const QList<Execution> before =
        select(db, QStringLiteral("name = ? AND state NOT IN ('skipped', 'running') AND id < ?"),
               {c.task, c.lastSkip->id}, 1);
    const qint64 after = before.isEmpty() ? 0 : before.first().id;
    const QList<Execution> first =
        select(db, QStringLiteral("name = ? AND state = 'skipped' AND id > ?"), {c.task, after}, 1, false);
    QSqlQuery q =
        Sql::exec(db,
                  QStringLiteral("SELECT COUNT(*) FROM ") + cronLogsByTask(db) +
                      QStringLiteral(" WHERE name = ? AND state = 'skipped' AND id > ? AND id <= ?"),
                  {c.task, after, c.lastSkip->id});
    c.skips = q.next() ? q.value(0).toInt() : leading;
    if (!first.isEmpty())
        c.firstSkip = first.first();
}

qint64 medianOfSuccesses(const QSqlDatabase &db, const QString &task, qint64 beforeId,
                         const AlertThresholds &t)
{
    QSqlQuery q =
        Sql::exec(db,
                  QStringLiteral("SELECT duration_ms FROM ") + cronLogsByTask(db) +
                      QStringLiteral(" WHERE name = ? AND state = 'success' "
                                     "AND id < ? AND duration_ms IS NOT NULL ORDER BY id DESC LIMIT ") +
                      QString::number(t.slowSample),
                  {task, beforeId});
    QList<qint64> values;
    while (q.next())
        values << q.value(0).toLongLong();
    if (values.size() < t.slowMinSample)
        return -1;
    std::sort(values.begin(), values.end());
    const int n = int(values.size());
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

void evaluateSlow(const QSqlDatabase &db, TaskCondition &c, const QDateTime &nowUtc, const AlertThresholds &t)
{
    // Candidates: runs still going, and the newest success (skips and failures in between do
    // not hide it).
    for (const Execution &e : std::as_const(c.recent)) {
        qint64 ms = -1;
        if (e.state == ExecState::Success)
            ms = e.durationMs;
        else if (e.state == ExecState::Running && e.startAt.isValid())
            ms = e.startAt.msecsTo(nowUtc);
        if (ms > t.slowMinMs) {
            const qint64 median = medianOfSuccesses(db, c.task, e.id, t);
            if (median >= 0 && double(ms) > t.slowFactor * double(median)) {
                c.slow = e;
                c.slowMs = ms;
                c.medianMs = median;
                return;
            }
        }
        if (e.state == ExecState::Success)
            return;
    }
}

} // namespace

QString cronLogsByTask(const QSqlDatabase &db)
{
    return Database::isSqlite(db) ? QStringLiteral("cron_logs INDEXED BY cron_logs_name_id")
                                  : QStringLiteral("cron_logs FORCE INDEX (cron_logs_name_id)");
}

TaskCondition evaluate(const QSqlDatabase &db, const QString &task, const QDateTime &nowUtc,
                       const AlertThresholds &t)
{
    TaskCondition c;
    c.task = task;
    c.recent = select(db, QStringLiteral("name = ?"), {task}, kRecentRows);
    if (c.recent.isEmpty())
        return c;
    const QList<Execution> finished = select(
        db, QStringLiteral("name = ? AND state IN ('success', ") + failureStatesSql() + u')', {task}, 2);
    if (!finished.isEmpty() && isFailure(finished.first().state)) {
        c.latestFailure = finished.first();
        streakEndingAt(db, task, finished.first().id, c.failingSince, c.failures);
    } else if (finished.size() == 2 && isFailure(finished.at(1).state)) {
        c.recoveredBy = finished.first();
        streakEndingAt(db, task, finished.at(1).id, c.recoveredStreakStart, c.recoveredFailures);
    }
    evaluateSkips(db, c, t);
    evaluateSlow(db, c, nowUtc, t);
    return c;
}

} // namespace cxcron::AlertConditions
