// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>
#include <functional>

class QSqlError;

namespace cxcron::Sql {

/// Prepares @p sql, binds @p values positionally and executes it. Throws Error(Database) with the
/// driver's message on failure (Error(Busy) when another writer held the lock too long). Every statement in
/// cxcron goes through here or prepare().
QSqlQuery exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});
/// Like exec() but returns false (and leaves the error in *error) instead of throwing.
bool tryExec(QSqlQuery &query, const QString &sql, const QVariantList &values, QSqlError *error);
/// Throws Error(Database) for @p query's last error, prefixed by @p what.
[[noreturn]] void fail(const QSqlQuery &query, const QString &what = {});

/// True when @p error means the database stayed locked by another writer longer than allowed:
/// SQLite busy/locked after the busy timeout, MySQL/MariaDB lock wait timeout (1205). exec(),
/// fail() and Transaction throw these as Error(Busy) with a message saying so.
bool isBusy(const QSqlError &error);
/// How long an SQLite connection waits for another writer's lock: CXCRON_SQLITE_BUSY_TIMEOUT_MS
/// (milliseconds) when set, else 15000.
int sqliteBusyTimeoutMs();

/// True when @p error is a UNIQUE / PRIMARY KEY violation (SQLite 2067/1555, MySQL 1062).
bool isUniqueViolation(const QSqlError &error);
/// True for a conflict worth retrying: deadlock or Galera certification failure (1213), lock wait
/// timeout (1205). Never SQLite busy, which comes only after the busy timeout was waited out.
bool isRetryableConflict(const QSqlError &error);
/// True when @p error is a lost race with another transaction: an InnoDB deadlock or, on a Galera
/// cluster, a certification conflict with a write committed on another node (both error 1213).
bool isConflict(const QSqlError &error);

/// What exec(), fail() and Transaction throw for an isConflict() error: the whole transaction was
/// rolled back by the server. Its kind stays Database, so callers that do not expect it see an
/// ordinary database error.
class Conflict : public Error
{
public:
    using Error::Error;
};

/// How many times retryOnConflict() runs a write in all.
constexpr int kConflictAttempts = 5;
/// Logs (at info level: an expected race is not an error) that @p what lost a race and is run again,
/// then waits a few random milliseconds, longer at each @p attempt, so the racers do not meet again.
void conflictPause(const char *what, int attempt, const QString &message);

/// Runs @p fn, a write that runners on several hosts (several Galera nodes) may race on, and runs it
/// again while it fails with a Conflict, kConflictAttempts times in all; the last Conflict is
/// thrown. @p fn must be one statement or one whole transaction (a conflict rolls back the whole
/// transaction: never retry one statement of a longer transaction), and must give the same result
/// when it runs again after another runner did the same write.
template<typename Fn>
auto retryOnConflict(const char *what, Fn &&fn) -> decltype(fn())
{
    for (int attempt = 1;; ++attempt) {
        try {
            return fn();
        } catch (const Conflict &e) {
            if (attempt >= kConflictAttempts)
                throw;
            conflictPause(what, attempt, e.message());
        }
    }
}

/// @p count copies of @p one ("?", "(?,?)"…) joined by commas: the marks of an IN (…) list or of
/// a multi-row VALUES, whose values are bound.
QString placeholders(qsizetype count, const QString &one = QStringLiteral("?"));

/// 'yyyy-MM-dd HH:mm:ss.zzz' in UTC: the storage format of every timestamp (DATETIME(3) / TEXT).
QString fromUtc(const QDateTime &utc);
/// Reads a stored timestamp (a string or a driver QDateTime) as UTC. Invalid for NULL.
QDateTime toUtc(const QVariant &value);

/// RAII transaction: rolls back unless commit() was called. On SQLite it is BEGIN IMMEDIATE
/// (every transaction here writes), so it waits for the write lock at the start rather than
/// failing at its first write.
/// Called on this thread just before every Transaction commits; it throws to refuse the
/// commit (the transaction then rolls back). A run's worker thread installs one that checks the
/// run still holds its lease, so a native task never commits after another host may have taken
/// the task over (a fencing check in the same transaction). Empty: no check.
void setThreadCommitGuard(std::function<void(const QSqlDatabase &)> guard);

class Transaction
{
public:
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    QString m_connection;
    bool m_done = false;
};

} // namespace cxcron::Sql
