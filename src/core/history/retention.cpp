// SPDX-License-Identifier: GPL-3.0-or-later
#include "retention.h"

#include "database.h"
#include "errors.h"
#include "execution.h"
#include "logging.h"
#include "sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QScopeGuard>

namespace cxcron::Retention {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Retention)
};

constexpr qint64 kMinBatch = 100;
constexpr qint64 kMaxBatch = 200000;
constexpr qint64 kCheckpointMs = 1000;
// SQLite page cache while pruning, in KiB. Every batch deletes from the table, its eleven
// indexes and the trigram index; with the default 2 MiB the pages of one batch were evicted
// before the next batch came back to them, so each batch read most of them again.
constexpr int kPruneCacheKib = 65536;

void validate(const RetentionPolicy &p)
{
    if (p.keepDays < 0 || p.keepLast < 0 || p.failedKeepDays < 0 || p.batchSize <= 0 || p.targetBatchMs < 0)
        throw Error(ErrorKind::Usage, Tr::tr("Retention values must be positive numbers."));
}

QString cutoffFor(const QDateTime &now, int days)
{
    return Sql::fromUtc(now.addDays(-days));
}

/// A start_at read back, to bind as a range bound. SQLite compares the stored text, so it is
/// bound as stored (a CMS v1 row may lack the milliseconds); MariaDB's DATETIME is normalised.
QString bound(const QVariant &value)
{
    if (value.metaType().id() == QMetaType::QString)
        return value.toString();
    return Sql::fromUtc(Sql::toUtc(value));
}

QStringList taskNames(const QSqlDatabase &db)
{
    // A loose scan of the (name, id) index: one short lookup per task, not a scan of every row.
    QStringList names;
    QSqlQuery first = Sql::exec(db, QStringLiteral("SELECT MIN(name) FROM cron_logs"));
    QVariant name = first.next() ? first.value(0) : QVariant();
    while (!name.isNull()) {
        names << name.toString();
        QSqlQuery next =
            Sql::exec(db, QStringLiteral("SELECT MIN(name) FROM cron_logs WHERE name > ?"), {name});
        name = next.next() ? next.value(0) : QVariant();
    }
    return names;
}

/// Builds the one condition that both the count and the delete use.
RetentionSelection selection(const QSqlDatabase &db, const RetentionPolicy &p, const QDateTime &now)
{
    RetentionSelection sel;
    sel.policy = p;
    sel.nowUtc = now;
    sel.cutoffUtc = now.addDays(-p.keepDays);
    sel.cutoff = cutoffFor(now, p.keepDays);
    const QString failedCutoff = cutoffFor(now, qMax(p.keepDays, p.failedKeepDays));
    // Rows added after the selection was made (a run that starts while the user reads the
    // preview, an import) are not part of it: what is deleted is what was counted.
    QSqlQuery last = Sql::exec(db, QStringLiteral("SELECT MAX(id) FROM cron_logs"));
    const qint64 lastId = last.next() ? last.value(0).toLongLong() : 0;
    last.finish();
    // "+id": a filter only; as a range on the primary key it would lure the planner away from
    // the start_at index (SQLite picks the rowid range for the count).
    QStringList where{
        QStringLiteral("start_at < ?"), QStringLiteral("+id <= ?"), QStringLiteral("state <> 'running'"),
        QStringLiteral("(state NOT IN (") + failureStatesSql() + QStringLiteral(") OR start_at < ?)")};
    sel.values << sel.cutoff << lastId << failedCutoff;
    if (!p.task.isEmpty()) {
        where << QStringLiteral("name = ?");
        sel.values << p.task;
    }
    if (p.keepLast > 0) {
        // The newest keepLast runs of a task start at or after the start of its keepLast-th
        // newest run. When that is after the cut-off the time rule already keeps them; only the
        // tasks that ran fewer than keepLast times since the cut-off need an exception.
        const QStringList names = p.task.isEmpty() ? taskNames(db) : QStringList{p.task};
        for (const QString &name : names) {
            QSqlQuery q = Sql::exec(db,
                                    QStringLiteral("SELECT start_at FROM cron_logs WHERE name = ? "
                                                   "ORDER BY start_at DESC LIMIT 1 OFFSET ?"),
                                    {name, p.keepLast - 1});
            if (!q.next()) { // fewer than keepLast runs: keep them all
                where << QStringLiteral("name <> ?");
                sel.values << name;
                continue;
            }
            const QString threshold = bound(q.value(0));
            if (threshold >= sel.cutoff)
                continue;
            where << QStringLiteral("NOT (name = ? AND start_at >= ?)");
            sel.values << name << threshold;
        }
    }
    sel.where = where.join(QStringLiteral(" AND "));
    QSqlQuery q =
        Sql::exec(db, QStringLiteral("SELECT COUNT(*) FROM cron_logs WHERE ") + sel.where, sel.values);
    sel.rows = q.next() ? q.value(0).toLongLong() : 0;
    return sel;
}

/// The start_at of the row @p rows rows after @p from in start_at order (the end of the next
/// batch), or an empty string when fewer rows are left before the cut-off.
QString batchEnd(const QSqlDatabase &db, const RetentionSelection &sel, const QString &from, qint64 rows)
{
    QString sql = QStringLiteral("SELECT start_at FROM cron_logs WHERE start_at >= ? AND start_at < ?");
    QVariantList values{from, sel.cutoff};
    if (!sel.policy.task.isEmpty()) {
        sql += QStringLiteral(" AND name = ?");
        values << sel.policy.task;
    }
    sql += QStringLiteral(" ORDER BY start_at LIMIT 1 OFFSET ?");
    values << rows;
    QSqlQuery q = Sql::exec(db, sql, values);
    if (!q.next())
        return {};
    QString end = bound(q.value(0));
    if (end == from) {
        // More than a batch of rows share one start time: take all of them.
        QSqlQuery next =
            Sql::exec(db, QStringLiteral("SELECT MIN(start_at) FROM cron_logs WHERE start_at > ?"), {from});
        end = next.next() && !next.isNull(0) ? bound(next.value(0)) : QString();
        if (end.isEmpty() || end >= sel.cutoff)
            return {};
    }
    return end;
}

QString oldestStart(const QSqlDatabase &db, const RetentionPolicy &p)
{
    QSqlQuery q =
        p.task.isEmpty()
            ? Sql::exec(db, QStringLiteral("SELECT MIN(start_at) FROM cron_logs"))
            : Sql::exec(db, QStringLiteral("SELECT MIN(start_at) FROM cron_logs WHERE name = ?"), {p.task});
    return q.next() && !q.isNull(0) ? bound(q.value(0)) : QString();
}

} // namespace

RetentionSelection select(const QSqlDatabase &db, const RetentionPolicy &p, const QDateTime &nowUtc)
{
    validate(p);
    return selection(db, p, nowUtc);
}

qint64 count(const QSqlDatabase &db, const RetentionPolicy &p, const QDateTime &nowUtc)
{
    return select(db, p, nowUtc).rows;
}

PruneResult prune(const QSqlDatabase &db, const RetentionPolicy &p, const QDateTime &nowUtc,
                  const std::function<void(qint64, qint64)> &progress, const std::atomic_bool *cancel)
{
    return prune(db, select(db, p, nowUtc), progress, cancel);
}

PruneResult prune(const QSqlDatabase &db, const RetentionSelection &sel,
                  const std::function<void(qint64, qint64)> &progress, const std::atomic_bool *cancel)
{
    const RetentionPolicy &p = sel.policy;
    validate(p);
    PruneResult result;
    QString from = oldestStart(db, p);
    if (from.isEmpty() || from >= sel.cutoff)
        return result;
    qint64 size = p.batchSize;
    // SQLite copies the WAL back into the database inside the COMMIT that crosses the
    // auto-checkpoint size, which would count against a batch. The write lock is free by then,
    // so prune checkpoints itself between batches instead.
    const bool sqlite = Database::isSqlite(db);
    int autoCheckpoint = 0;
    int cacheSize = 0;
    if (sqlite) {
        QSqlQuery q = Sql::exec(db, QStringLiteral("PRAGMA wal_autocheckpoint"));
        autoCheckpoint = q.next() ? q.value(0).toInt() : 1000;
        q.finish();
        QSqlQuery c = Sql::exec(db, QStringLiteral("PRAGMA cache_size"));
        cacheSize = c.next() ? c.value(0).toInt() : -2000;
        c.finish();
        Sql::exec(db, QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
        Sql::exec(db, QStringLiteral("PRAGMA cache_size = -%1").arg(kPruneCacheKib));
    }
    const auto restore = qScopeGuard([&] {
        if (!sqlite)
            return;
        QSqlQuery q(db); // never throws: it may run while an error unwinds
        q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(autoCheckpoint));
        q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize));
    });
    // The same condition as the count, cut into start_at ranges.
    const QString del =
        QStringLiteral("DELETE FROM cron_logs WHERE start_at >= ? AND start_at < ? AND ") + sel.where;
    QElapsedTimer sinceCheckpoint;
    sinceCheckpoint.start();
    for (;;) {
        if (cancel && cancel->load()) {
            result.cancelled = true;
            break;
        }
        const QString end = batchEnd(db, sel, from, size);
        const QString upTo = end.isEmpty() ? sel.cutoff : end;
        QElapsedTimer timer;
        timer.start();
        Sql::Transaction tx(db);
        QSqlQuery q = Sql::exec(db, del, QVariantList{from, upTo} + sel.values);
        const qint64 n = qMax(0, q.numRowsAffected());
        q.finish();
        tx.commit();
        const qint64 ms = timer.elapsed();
        result.longestBatchMs = qMax(result.longestBatchMs, ms);
        result.batchesOver200Ms += ms > 200 ? 1 : 0;
        result.deleted += n;
        ++result.batches;
        // Checkpointing after every batch copied the pages that every batch touches (the
        // per-column indexes, the trigram index) back into the database once per batch; once a
        // second copies each of them about once per second, with the WAL still bounded.
        if (sqlite && sinceCheckpoint.elapsed() >= kCheckpointMs) {
            Sql::exec(db, QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
            sinceCheckpoint.start();
        }
        if (progress)
            progress(result.deleted, sel.rows);
        if (end.isEmpty())
            break;
        from = end;
        if (p.targetBatchMs > 0) {
            // Aim at the target: fewer, larger batches cost less in total; no batch may hold
            // the write lock for long. Never more than double or less than half at once.
            const qint64 wanted = ms > 0 ? size * p.targetBatchMs / ms : size * 2;
            size = qBound(kMinBatch, qBound(size / 2, wanted, size * 2), kMaxBatch);
        }
    }
    if (sqlite) // what the last batches left in the WAL, not to the next writer's commit
        Sql::exec(db, QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
    qCInfo(lcHistory) << "pruned" << result.deleted << "rows in" << result.batches << "batches";
    return result;
}

} // namespace cxcron::Retention
