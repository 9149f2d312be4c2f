// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyrepository.h"

#include "errors.h"
#include "hostinfo.h"
#include "reportquery.h"
#include "sql.h"
#include "textsearch.h"
#include "wordvocabulary.h"

#include <QCoreApplication>
#include <QSqlError>

namespace cxcron::HistoryRepository {
namespace {

const QString kSummaryColumns = QStringLiteral(
    "id, name, scheduled_for, start_at, end_at, state, duration_ms, trigger_kind, triggered_by, host, pid, "
    "exception_class");

QVariant nullString()
{
    return QVariant(QMetaType(QMetaType::QString));
}

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? nullString() : QVariant(text);
}

} // namespace

QString summaryColumns()
{
    return kSummaryColumns;
}

Execution readSummary(const QSqlQuery &q)
{
    Execution e;
    e.id = q.value(0).toLongLong();
    e.task = q.value(1).toString();
    e.scheduledFor = Sql::toUtc(q.value(2));
    e.startAt = Sql::toUtc(q.value(3));
    e.endAt = Sql::toUtc(q.value(4));
    e.state = stateFromKey(q.value(5).toString());
    e.durationMs = q.isNull(6) ? -1 : q.value(6).toLongLong();
    e.trigger = triggerFromKey(q.value(7).toString());
    e.triggeredBy = q.value(8).toString();
    e.host = q.value(9).toString();
    e.pid = q.value(10).toLongLong();
    e.exceptionClass = q.value(11).toString();
    return e;
}

void appendConditions(const QSqlDatabase &db, const ExecutionSelection &f, QStringList &where,
                      QVariantList &values)
{
    if (!f.task.isEmpty()) {
        where << QStringLiteral("name = ?");
        values << f.task;
    }
    if (!f.states.isEmpty()) {
        QStringList marks;
        for (ExecState s : f.states) {
            marks << QStringLiteral("?");
            values << stateKey(s);
            // CLIENTXCMS v1 wrote a success flag (1/0) where cxcron writes a state.
            if (s == ExecState::Success || s == ExecState::Failed) {
                marks << QStringLiteral("?");
                values << QString(s == ExecState::Success ? QStringLiteral("1") : QStringLiteral("0"));
            }
        }
        where << QString(QStringLiteral("state IN (") + marks.join(u',') + u')');
    }
    if (f.since.isValid()) {
        where << QStringLiteral("start_at >= ?");
        values << Sql::fromUtc(f.since);
    }
    if (f.until.isValid()) {
        where << QStringLiteral("start_at < ?");
        values << Sql::fromUtc(f.until);
    }
    TextSearch::append(db, f.text, where, values);
}

qint64 claimSlot(const QSqlDatabase &db, const QString &task, const QDateTime &slotUtc,
                 const QDateTime &startUtc, const QString &who)
{
    for (int attempt = 1;; ++attempt) {
        QSqlQuery q(db);
        QSqlError error;
        const bool ok = Sql::tryExec(
            q,
            QStringLiteral("INSERT INTO cron_logs (name, scheduled_for, start_at, state, manual, "
                           "trigger_kind, triggered_by, host, pid) "
                           "VALUES (?, ?, ?, 'running', 0, 'schedule', ?, ?, ?)"),
            {task, Sql::fromUtc(slotUtc).left(19), Sql::fromUtc(startUtc), who, HostInfo::hostName(),
             HostInfo::pid()},
            &error);
        if (ok)
            return q.lastInsertId().toLongLong();
        if (Sql::isUniqueViolation(error))
            return 0;
        // Galera reports a lost certification race as a deadlock (1213): if the slot is now
        // taken another host won it; otherwise the conflict was with something else: retry.
        if (Sql::isRetryableConflict(error) && attempt < 3) {
            if (slotTaken(db, task, slotUtc))
                return 0;
            continue;
        }
        Sql::fail(q);
    }
}

qint64 insertManual(const QSqlDatabase &db, const QString &task, Trigger trigger, const QDateTime &startUtc,
                    const QString &who)
{
    QSqlQuery q = Sql::exec(
        db,
        QStringLiteral("INSERT INTO cron_logs (name, scheduled_for, start_at, state, manual, "
                       "trigger_kind, triggered_by, host, pid) "
                       "VALUES (?, NULL, ?, 'running', 1, ?, ?, ?, ?)"),
        {task, Sql::fromUtc(startUtc), triggerKey(trigger), who, HostInfo::hostName(), HostInfo::pid()});
    return q.lastInsertId().toLongLong();
}

bool finish(const QSqlDatabase &db, qint64 id, ExecState state, const QDateTime &endUtc, qint64 durationMs,
            const QString &output, const QString &exceptionClass, const QString &exceptionMessage,
            const QString &trace)
{
    const QString exception = exceptionClass.isEmpty() && exceptionMessage.isEmpty()
                                  ? QString()
                                  : exceptionClass + QStringLiteral(": ") + exceptionMessage;
    // The words first: a row never holds text whose words the search vocabulary lacks.
    WordVocabulary::record(db, id, {output, exception, trace});
    // A row another runner marked `interrupted` (this runner could not renew the lease through
    // an outage, but its run had ended before the fence) is corrected to how the run really
    // ended: its processes were gone before the lease could expire, so nothing overlapped. A
    // runner on another Galera node writing the row at the same moment conflicts at
    // certification (1213): run it again; it then sees the row as that runner left it.
    const QSqlQuery q = Sql::retryOnConflict("recording the end of a run", [&] {
        return Sql::exec(
            db,
            QStringLiteral(
                "UPDATE cron_logs SET state = ?, end_at = ?, duration_ms = ?, output = ?, exception = ?, "
                "exception_class = ?, exception_trace = ?, updated_at = ? WHERE id = ? AND state IN "
                "('running', 'interrupted')"),
            {stateKey(state), Sql::fromUtc(endUtc), durationMs, orNull(output), orNull(exception),
             orNull(exceptionClass), orNull(trace), Sql::fromUtc(endUtc).left(19), id});
    });
    if (q.numRowsAffected() == 1)
        return true;
    // MySQL counts changed rows only: a retry after a success whose reply was lost changes
    // nothing, and is still this run's own record.
    QSqlQuery check = Sql::exec(db, QStringLiteral("SELECT state, end_at FROM cron_logs WHERE id = ?"), {id});
    return check.next() && check.value(0).toString() == stateKey(state) &&
           Sql::toUtc(check.value(1)) == endUtc;
}

qint64 slotClaimedHere(const QSqlDatabase &db, const QString &task, const QDateTime &slotUtc)
{
    QSqlQuery q =
        Sql::exec(db,
                  QStringLiteral("SELECT id FROM cron_logs WHERE name = ? AND scheduled_for = ? AND "
                                 "host = ? AND pid = ? AND state = 'running'"),
                  {task, Sql::fromUtc(slotUtc).left(19), HostInfo::hostName(), HostInfo::pid()});
    return q.next() ? q.value(0).toLongLong() : 0;
}

bool slotTaken(const QSqlDatabase &db, const QString &task, const QDateTime &slotUtc)
{
    QSqlQuery q =
        Sql::exec(db, QStringLiteral("SELECT 1 FROM cron_logs WHERE name = ? AND scheduled_for = ?"),
                  {task, Sql::fromUtc(slotUtc).left(19)});
    return q.next();
}

QList<Execution> list(const QSqlDatabase &db, const HistoryFilter &f)
{
    // The report's newest-first page (by start time); --before lists the rows after that one.
    const ReportSort sort = ReportQuery::newestFirst();
    const ReportKey after = f.beforeId > 0 ? ReportQuery::keyOf(db, sort, f.beforeId) : ReportKey{};
    if (f.beforeId > 0 && !after.isValid())
        return {}; // no such row: nothing is "before" it
    return ReportQuery::page(db, f, sort, after, qBound(1, f.limit, 100000)).rows;
}

std::optional<Execution> get(const QSqlDatabase &db, qint64 id)
{
    QSqlQuery q =
        Sql::exec(db,
                  QStringLiteral("SELECT ") + kSummaryColumns +
                      QStringLiteral(", output, exception, exception_trace FROM cron_logs WHERE id = ?"),
                  {id});
    if (!q.next())
        return std::nullopt;
    Execution e = readSummary(q);
    e.output = q.value(12).toString();
    e.exception = q.value(13).toString();
    e.exceptionTrace = q.value(14).toString();
    return e;
}

std::optional<Execution> lastRun(const QSqlDatabase &db, const QString &task)
{
    QSqlQuery q = Sql::exec(
        db,
        QStringLiteral("SELECT ") + kSummaryColumns +
            QStringLiteral(" FROM cron_logs WHERE name = ? ORDER BY start_at DESC, id DESC LIMIT 1"),
        {task});
    if (!q.next())
        return std::nullopt;
    return readSummary(q);
}

QDateTime lastScheduledRun(const QSqlDatabase &db)
{
    QSqlQuery q =
        Sql::exec(db,
                  QStringLiteral("SELECT MAX(start_at) FROM cron_logs WHERE trigger_kind = 'schedule' "
                                 "AND start_at >= ?"),
                  {Sql::fromUtc(QDateTime::currentDateTimeUtc().addDays(-30))});
    return q.next() ? Sql::toUtc(q.value(0)) : QDateTime();
}

TaskStats stats(const QSqlDatabase &db, const QString &task, const QDateTime &sinceUtc)
{
    QSqlQuery q = Sql::exec(db,
                            QStringLiteral("SELECT state, COUNT(*), AVG(duration_ms) FROM cron_logs "
                                           "WHERE name = ? AND start_at >= ? GROUP BY state"),
                            {task, Sql::fromUtc(sinceUtc)});
    TaskStats s;
    double weighted = 0;
    int timed = 0;
    while (q.next()) {
        const ExecState state = stateFromKey(q.value(0).toString());
        const int count = q.value(1).toInt();
        s.total += count;
        if (state == ExecState::Success)
            s.success += count;
        else if (isFailure(state))
            s.failed += count;
        else if (state == ExecState::Skipped)
            s.skipped += count;
        else if (state == ExecState::Cancelled)
            s.cancelled += count;
        if (!q.isNull(2) && state != ExecState::Skipped) {
            weighted += q.value(2).toDouble() * count;
            timed += count;
        }
    }
    if (timed > 0)
        s.averageMs = qRound64(weighted / timed);
    return s;
}

QList<Execution> runningRows(const QSqlDatabase &db)
{
    QSqlQuery q = Sql::exec(db, QStringLiteral("SELECT ") + kSummaryColumns +
                                    QStringLiteral(" FROM cron_logs WHERE state = 'running' ORDER BY id"));
    QList<Execution> result;
    while (q.next())
        result << readSummary(q);
    return result;
}

} // namespace cxcron::HistoryRepository
