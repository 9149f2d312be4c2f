// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <optional>

namespace cxcron::Lease {

/// Takes the per-task lease for @p holder until @p expiresUtc if it is free or expired, with
/// one conditional UPDATE (atomic on SQLite and InnoDB, Galera-safe: no GET_LOCK).
bool tryAcquire(const QSqlDatabase &db, const QString &task, const QString &holder, qint64 logId,
                const QDateTime &nowUtc, const QDateTime &expiresUtc);
/// Records the log id of the run that holds the lease (manual runs take the lease first).
void attachLog(const QSqlDatabase &db, const QString &task, const QString &holder, qint64 logId);
void release(const QSqlDatabase &db, const QString &task, const QString &holder);
/// Extends the lease of a live run. False when @p holder no longer holds it (another host
/// declared the run dead): the run must stop.
bool renew(const QSqlDatabase &db, const QString &task, const QString &holder, const QDateTime &expiresUtc);

/// Whether @p holder still holds the lease of @p task; inside a transaction on MariaDB the lease
/// row stays locked until it ends, so no other host can take the lease before the commit.
/// @p lock false: a plain read (outside a transaction a locking read only invites a Galera
/// brute-force abort).
bool isHeld(const QSqlDatabase &db, const QString &task, const QString &holder, bool lock = true);

/// Who holds the lease of the run @p logId, if anyone.
struct Holding
{
    QString holder;
    QDateTime expiresUtc;
};
std::optional<Holding> holdingOfLog(const QSqlDatabase &db, qint64 logId);
/// True when @p holder names a process of this host instance (HostInfo::instanceId()) that is
/// no longer alive: its run is certainly over, whatever its lease says.
bool holderIsDeadHere(const QString &holder);
/// Frees the lease held by the run @p logId (used when that run is found interrupted).
void releaseForLog(const QSqlDatabase &db, qint64 logId);
/// The log id of the run holding an unexpired lease on @p task, or 0.
qint64 holderLog(const QSqlDatabase &db, const QString &task, const QDateTime &nowUtc);
/// A unique holder token for this process and run: "host|instance|pid|random".
QString newHolderToken();

} // namespace cxcron::Lease
