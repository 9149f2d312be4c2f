// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionprofile.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace cxcron {

enum class Dialect
{
    Sqlite,
    MySql,
};

/// Per-thread connections to the active profile. Nothing stores a QSqlDatabase: callers ask
/// Database::connection() each time, which returns this thread's named connection, opening it
/// on first use. Pool threads call closeThreadConnection() before they return.
namespace Database {

/// Makes @p profile the active one (thread-safe). Existing connections of an older profile are
/// not reused: connection names carry a generation number.
void setProfile(const ConnectionProfile &profile);
ConnectionProfile profile();

/// This thread's open connection. Throws Error(Connection) with a clear, translated message if
/// the server is unreachable or refuses the credentials; never with the password in it.
QSqlDatabase connection();
/// Opens a connection named @p connectionName to @p profile, which need not be the active one
/// (a connection test); through 127.0.0.1:profile.ssh.forwardedPort when that is set. The caller
/// closes and removes it. Throws like connection().
QSqlDatabase openAs(const ConnectionProfile &profile, const QString &connectionName);
/// Opens (or re-checks) this thread's connection and returns nothing; convenient as a probe.
void ensureConnected();
void closeThreadConnection();
QString threadConnectionName();
/// How long a statement of the connections this thread opens from now on may wait for a
/// MariaDB server before the link is taken for dead (read and write timeouts; default 300 s).
/// The runner's bookkeeping uses short ones: a frozen link must not hold a lease renewal.
void setThreadLinkTimeout(int seconds);
/// How long a MariaDB statement waits for a row or table lock before it fails as Busy
/// (innodb_lock_wait_timeout and lock_wait_timeout of every session): CXCRON_DB_LOCK_WAIT_S,
/// default 20 s, instead of the server's default of a year for table locks.
int lockWaitSeconds();

Dialect dialect(const QSqlDatabase &db);
inline bool isSqlite(const QSqlDatabase &db)
{
    return dialect(db) == Dialect::Sqlite;
}

/// The database's clock in UTC with millisecond precision (one clock for every host).
QDateTime serverNowUtc(const QSqlDatabase &db);
bool tableExists(const QSqlDatabase &db, const QString &table);
QStringList columns(const QSqlDatabase &db, const QString &table);

} // namespace Database
} // namespace cxcron
