// SPDX-License-Identifier: GPL-3.0-or-later
#include "runcontrol.h"

#include "database.h"
#include "sql.h"

namespace cxcron::RunControl {
namespace {

bool isRunning(const QSqlDatabase &db, qint64 logId)
{
    QSqlQuery q = Sql::exec(db, QStringLiteral("SELECT state FROM cron_logs WHERE id = ?"), {logId});
    return q.next() && q.value(0).toString() == QLatin1String("running");
}

} // namespace

bool requestCancel(const QSqlDatabase &db, qint64 logId, const QString &who)
{
    if (!isRunning(db, logId))
        return false;
    {
        Sql::Transaction tx(db);
        Sql::exec(db, QStringLiteral("DELETE FROM cxcron_cancel_requests WHERE log_id = ?"), {logId});
        Sql::exec(
            db,
            QStringLiteral(
                "INSERT INTO cxcron_cancel_requests (log_id, requested_by, requested_at) VALUES (?, ?, ?)"),
            {logId, who, Sql::fromUtc(Database::serverNowUtc(db))});
        tx.commit();
    }
    // The run may have ended meanwhile, and its runner cleared its requests before this one
    // arrived: no request may outlive its run.
    if (isRunning(db, logId))
        return true;
    Sql::exec(db, QStringLiteral("DELETE FROM cxcron_cancel_requests WHERE log_id = ?"), {logId});
    return false;
}

std::optional<QString> cancelRequestedBy(const QSqlDatabase &db, qint64 logId)
{
    QSqlQuery q = Sql::exec(
        db, QStringLiteral("SELECT requested_by FROM cxcron_cancel_requests WHERE log_id = ?"), {logId});
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString();
}

QHash<qint64, QString> cancelRequests(const QSqlDatabase &db, const QList<qint64> &logIds)
{
    QHash<qint64, QString> result;
    if (logIds.isEmpty())
        return result;
    QVariantList values;
    for (qint64 id : logIds)
        values << id;
    QSqlQuery q = Sql::exec(db,
                            QStringLiteral("SELECT log_id, requested_by FROM cxcron_cancel_requests WHERE "
                                           "log_id IN (") +
                                Sql::placeholders(logIds.size()) + u')',
                            values);
    while (q.next())
        result.insert(q.value(0).toLongLong(), q.value(1).toString());
    return result;
}

void storeLiveTail(const QSqlDatabase &db, qint64 logId, const QString &text, const QDateTime &atUtc)
{
    // Only the run's own runner writes its row: an UPDATE, else the first INSERT, cannot race.
    const QString at = Sql::fromUtc(atUtc);
    QSqlQuery q = Sql::exec(
        db, QStringLiteral("UPDATE cxcron_live_output SET tail = ?, updated_at = ? WHERE log_id = ?"),
        {text, at, logId});
    if (q.numRowsAffected() > 0)
        return;
    q.finish();
    if (Sql::exec(db, QStringLiteral("SELECT 1 FROM cxcron_live_output WHERE log_id = ?"), {logId}).next())
        return; // MariaDB counts unchanged rows as not affected
    Sql::exec(db,
              QStringLiteral("INSERT INTO cxcron_live_output (log_id, tail, updated_at) VALUES (?, ?, ?)"),
              {logId, text, at});
}

std::optional<LiveTail> liveTail(const QSqlDatabase &db, qint64 logId)
{
    QSqlQuery q = Sql::exec(
        db, QStringLiteral("SELECT tail, updated_at FROM cxcron_live_output WHERE log_id = ?"), {logId});
    if (!q.next())
        return std::nullopt;
    return LiveTail{q.value(0).toString(), Sql::toUtc(q.value(1))};
}

void clearRun(const QSqlDatabase &db, qint64 logId)
{
    Sql::Transaction tx(db);
    Sql::exec(db, QStringLiteral("DELETE FROM cxcron_cancel_requests WHERE log_id = ?"), {logId});
    Sql::exec(db, QStringLiteral("DELETE FROM cxcron_live_output WHERE log_id = ?"), {logId});
    tx.commit();
}

} // namespace cxcron::RunControl
