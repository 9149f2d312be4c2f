// SPDX-License-Identifier: GPL-3.0-or-later
#include "lease.h"

#include "database.h"
#include "hostinfo.h"
#include "sql.h"

#include <QSqlError>
#include <QUuid>

namespace cxcron::Lease {

// Every write here may race with runners on other hosts: on a Galera cluster, writes to the same
// lease row from two nodes conflict at certification and one fails with 1213. Each function
// retries its own statement (Sql::retryOnConflict), so it can be called from any thread without
// the caller knowing about conflicts; every statement gives the same result when run again.

bool tryAcquire(const QSqlDatabase &db, const QString &task, const QString &holder, qint64 logId,
                const QDateTime &nowUtc, const QDateTime &expiresUtc)
{
    const QString insert = Database::isSqlite(db)
                               ? QStringLiteral("INSERT OR IGNORE INTO cxcron_leases (name) VALUES (?)")
                               : QStringLiteral("INSERT IGNORE INTO cxcron_leases (name) VALUES (?)");
    // Two nodes inserting the missing row at once conflict even with IGNORE: run it again, it
    // then finds the row and does nothing.
    Sql::retryOnConflict("creating a lease row", [&] { Sql::exec(db, insert, {task}); });
    for (int attempt = 1;; ++attempt) {
        QSqlQuery q(db);
        QSqlError error;
        if (Sql::tryExec(
                q,
                // "OR holder = ?": a retry after a success whose reply was lost takes it again.
                QStringLiteral(
                    "UPDATE cxcron_leases SET holder = ?, log_id = ?, acquired_at = ?, "
                    "expires_at = ? WHERE name = ? AND (holder IS NULL OR expires_at < ? OR holder = ?)"),
                {holder, logId, Sql::fromUtc(nowUtc), Sql::fromUtc(expiresUtc), task, Sql::fromUtc(nowUtc),
                 holder},
                &error))
            return q.numRowsAffected() == 1 || isHeld(db, task, holder, false);
        // A Galera certification conflict means another host updated the row at the same time:
        // retry, and see whether the lease is still free.
        if (!Sql::isRetryableConflict(error))
            Sql::fail(q);
        if (attempt >= 3)
            return false; // still contended: the caller records a skip, never a second run
        Sql::conflictPause("taking a lease", attempt, error.databaseText());
    }
}

void attachLog(const QSqlDatabase &db, const QString &task, const QString &holder, qint64 logId)
{
    Sql::retryOnConflict("attaching a run to its lease", [&] {
        Sql::exec(db, QStringLiteral("UPDATE cxcron_leases SET log_id = ? WHERE name = ? AND holder = ?"),
                  {logId, task, holder});
    });
}

void release(const QSqlDatabase &db, const QString &task, const QString &holder)
{
    Sql::retryOnConflict("releasing a lease", [&] {
        Sql::exec(db,
                  QStringLiteral("UPDATE cxcron_leases SET holder = NULL, log_id = NULL, expires_at = NULL "
                                 "WHERE name = ? AND holder = ?"),
                  {task, holder});
    });
}

void releaseForLog(const QSqlDatabase &db, qint64 logId)
{
    // No retry: it runs inside the caller's transaction, which a conflict rolls back as a whole.
    Sql::exec(
        db,
        QStringLiteral(
            "UPDATE cxcron_leases SET holder = NULL, log_id = NULL, expires_at = NULL WHERE log_id = ?"),
        {logId});
}

bool renew(const QSqlDatabase &db, const QString &task, const QString &holder, const QDateTime &expiresUtc)
{
    return Sql::retryOnConflict("renewing a lease", [&] {
        QSqlQuery q = Sql::exec(
            db, QStringLiteral("UPDATE cxcron_leases SET expires_at = ? WHERE name = ? AND holder = ?"),
            {Sql::fromUtc(expiresUtc), task, holder});
        if (q.numRowsAffected() == 1)
            return true;
        // MySQL counts changed rows only: the same expiry twice in one millisecond is still ours.
        QSqlQuery check = Sql::exec(
            db, QStringLiteral("SELECT 1 FROM cxcron_leases WHERE name = ? AND holder = ?"), {task, holder});
        return check.next();
    });
}

bool isHeld(const QSqlDatabase &db, const QString &task, const QString &holder, bool lock)
{
    const QString sql = QStringLiteral("SELECT 1 FROM cxcron_leases WHERE name = ? AND holder = ?") +
                        (lock && !Database::isSqlite(db) ? QStringLiteral(" FOR UPDATE") : QString());
    return Sql::exec(db, sql, {task, holder}).next();
}

std::optional<Holding> holdingOfLog(const QSqlDatabase &db, qint64 logId)
{
    QSqlQuery q =
        Sql::exec(db,
                  QStringLiteral(
                      "SELECT holder, expires_at FROM cxcron_leases WHERE log_id = ? AND holder IS NOT NULL"),
                  {logId});
    if (!q.next())
        return std::nullopt;
    return Holding{q.value(0).toString(), Sql::toUtc(q.value(1))};
}

bool holderIsDeadHere(const QString &holder)
{
    const QStringList parts = holder.split(u'|');
    if (parts.size() != 4 || parts.at(1) != HostInfo::instanceId())
        return false;
    bool ok = false;
    const qint64 pid = parts.at(2).toLongLong(&ok);
    return ok && pid != HostInfo::pid() && !HostInfo::isProcessAlive(pid);
}

qint64 holderLog(const QSqlDatabase &db, const QString &task, const QDateTime &nowUtc)
{
    QSqlQuery q =
        Sql::exec(db,
                  QStringLiteral("SELECT log_id FROM cxcron_leases WHERE name = ? AND holder IS NOT NULL "
                                 "AND expires_at >= ?"),
                  {task, Sql::fromUtc(nowUtc)});
    return q.next() ? q.value(0).toLongLong() : 0;
}

QString newHolderToken()
{
    return HostInfo::hostName() + u'|' + HostInfo::instanceId() + u'|' + QString::number(HostInfo::pid()) +
           u'|' + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
}

} // namespace cxcron::Lease
