// SPDX-License-Identifier: GPL-3.0-or-later
#include "retention.h"

#include "errors.h"
#include "logging.h"
#include "sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <limits>

namespace cxcron::Retention {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Retention)
};

// For one task: delete rows with id < idLimit, older than the cut-offs, and not running.
struct Scope
{
    QString task;
    qint64 idLimit = 0; ///< exclusive; protects the newest keepLast runs
};

void validate(const RetentionPolicy &p)
{
    if (p.keepDays < 0 || p.keepLast < 0 || p.failedKeepDays < 0 || p.batchSize <= 0)
        throw Error(ErrorKind::Usage, Tr::tr("Retention values must be positive numbers."));
}

QList<Scope> scopes(const QSqlDatabase &db, const RetentionPolicy &p, const QString &newestCutoff)
{
    // Ids grow with time: the first row newer than every cut-off bounds the work (found on the
    // start_at index), so a prune never walks the recent part of a large history.
    qint64 firstNewer = std::numeric_limits<qint64>::max();
    {
        QSqlQuery q = Sql::exec(
            db, QStringLiteral("SELECT id FROM cron_logs WHERE start_at >= ? ORDER BY start_at LIMIT 1"),
            {newestCutoff});
        if (q.next())
            firstNewer = q.value(0).toLongLong();
    }
    QStringList names;
    if (!p.task.isEmpty()) {
        names << p.task;
    } else {
        QSqlQuery q = Sql::exec(db, QStringLiteral("SELECT DISTINCT name FROM cron_logs"));
        while (q.next())
            names << q.value(0).toString();
    }
    QList<Scope> result;
    for (const QString &name : names) {
        Scope s{name, firstNewer};
        if (p.keepLast > 0) {
            QSqlQuery q = Sql::exec(
                db,
                QStringLiteral("SELECT id FROM cron_logs WHERE name = ? ORDER BY id DESC LIMIT 1 OFFSET ?"),
                {name, p.keepLast - 1});
            if (!q.next())
                continue; // fewer than keepLast runs: keep them all
            s.idLimit = qMin(firstNewer, q.value(0).toLongLong());
        }
        result << s;
    }
    return result;
}

// The shared WHERE clause; failed/interrupted rows may be kept longer.
QString condition()
{
    return QStringLiteral("name = ? AND id < ? AND state <> 'running' AND start_at < ? "
                          "AND (state NOT IN ('failed', 'interrupted', 'partial') OR start_at < ?)");
}

QVariantList bindings(const Scope &s, const QString &cutoff, const QString &failedCutoff)
{
    return {s.task, s.idLimit, cutoff, failedCutoff};
}

QString cutoffFor(const QDateTime &now, int days)
{
    return Sql::fromUtc(now.addDays(-days));
}

} // namespace

qint64 count(const QSqlDatabase &db, const RetentionPolicy &p, const QDateTime &nowUtc)
{
    validate(p);
    const QString cutoff = cutoffFor(nowUtc, p.keepDays);
    const QString failedCutoff = cutoffFor(nowUtc, qMax(p.keepDays, p.failedKeepDays));
    qint64 total = 0;
    for (const Scope &s : scopes(db, p, cutoff)) {
        QSqlQuery q = Sql::exec(db, QStringLiteral("SELECT COUNT(*) FROM cron_logs WHERE ") + condition(),
                                bindings(s, cutoff, failedCutoff));
        if (q.next())
            total += q.value(0).toLongLong();
    }
    return total;
}

PruneResult prune(const QSqlDatabase &db, const RetentionPolicy &p, const QDateTime &nowUtc,
                  const std::function<void(qint64, qint64)> &progress, const std::atomic_bool *cancel)
{
    validate(p);
    const QString cutoff = cutoffFor(nowUtc, p.keepDays);
    const QString failedCutoff = cutoffFor(nowUtc, qMax(p.keepDays, p.failedKeepDays));
    const qint64 expected = progress ? count(db, p, nowUtc) : 0;
    PruneResult result;
    for (const Scope &s : scopes(db, p, cutoff)) {
        qint64 lowId = 0;
        for (;;) {
            if (cancel && cancel->load()) {
                result.cancelled = true;
                return result;
            }
            // The upper id of the next batch, found on the (name, id) index.
            QSqlQuery edge =
                Sql::exec(db,
                          QStringLiteral("SELECT id FROM cron_logs WHERE name = ? AND id > ? AND id < ? "
                                         "ORDER BY id LIMIT 1 OFFSET ?"),
                          {s.task, lowId, s.idLimit, p.batchSize - 1});
            const qint64 highId = edge.next() ? edge.value(0).toLongLong() : s.idLimit - 1;
            edge.finish();
            QElapsedTimer timer;
            timer.start();
            Sql::Transaction tx(db);
            QSqlQuery del = Sql::exec(db,
                                      QStringLiteral("DELETE FROM cron_logs WHERE ") + condition() +
                                          QStringLiteral(" AND id > ? AND id <= ?"),
                                      bindings(s, cutoff, failedCutoff) + QVariantList{lowId, highId});
            const qint64 n = qMax(0, del.numRowsAffected());
            tx.commit();
            result.longestBatchMs = qMax(result.longestBatchMs, timer.elapsed());
            result.deleted += n;
            ++result.batches;
            if (progress)
                progress(result.deleted, expected);
            if (highId >= s.idLimit - 1)
                break;
            lowId = highId;
        }
    }
    qCInfo(lcHistory) << "pruned" << result.deleted << "rows in" << result.batches << "batches";
    return result;
}

} // namespace cxcron::Retention
