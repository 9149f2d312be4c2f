// SPDX-License-Identifier: GPL-3.0-or-later
#include "prometheusmetrics.h"

#include "alertconditions.h"
#include "database.h"
#include "execution.h"
#include "historyrepository.h"
#include "sql.h"

#include <QHash>

namespace cxcron::PrometheusMetrics {
namespace {

struct Family
{
    const char *name;
    const char *type;
    const char *help;
    QStringList samples;
};

QString seconds(const QDateTime &t)
{
    return QString::number(double(t.toMSecsSinceEpoch()) / 1000.0, 'f', 3);
}

QString label(const QString &task)
{
    return QStringLiteral("{task=\"") + escapeLabel(task) + QStringLiteral("\"}");
}

std::optional<Execution> newest(const QSqlDatabase &db, const QString &task, const QString &condition)
{
    QSqlQuery q =
        Sql::exec(db,
                  QStringLiteral("SELECT ") + HistoryRepository::summaryColumns() + QStringLiteral(" FROM ") +
                      AlertConditions::cronLogsByTask(db) + QStringLiteral(" WHERE name = ? ") + condition +
                      QStringLiteral(" ORDER BY id DESC LIMIT 1"),
                  {task});
    if (!q.next())
        return std::nullopt;
    return HistoryRepository::readSummary(q);
}

} // namespace

QString escapeLabel(const QString &value)
{
    QString v = value;
    v.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'"', QStringLiteral("\\\""))
        .replace(u'\n', QStringLiteral("\\n"));
    return v;
}

QString render(const QSqlDatabase &db, const QStringList &tasks, const QDateTime &nowUtc)
{
    Family lastRun{"cxcron_task_last_run_timestamp_seconds",
                   "gauge",
                   "Start of the newest run of the task (Unix time).",
                   {}};
    Family lastSuccess{"cxcron_task_last_success_timestamp_seconds",
                       "gauge",
                       "End of the newest successful run of the task (Unix time).",
                       {}};
    Family lastDuration{
        "cxcron_task_last_duration_seconds", "gauge", "Duration of the newest finished run of the task.", {}};
    Family lastFailed{"cxcron_task_last_run_failed",
                      "gauge",
                      "1 when the newest finished run (skips aside) failed or was interrupted.",
                      {}};
    Family running{"cxcron_task_running", "gauge", "Runs of the task in progress now.", {}};
    Family runs{
        "cxcron_task_runs_24h", "gauge", "Runs of the task started in the last 24 hours, by state.", {}};
    // One query on the (state) index for every task: 'running' rows are few, a task's rows many.
    QHash<QString, qint64> runningByTask;
    QSqlQuery r = Sql::exec(
        db, QStringLiteral("SELECT name, COUNT(*) FROM cron_logs WHERE state = 'running' GROUP BY name"));
    while (r.next())
        runningByTask.insert(r.value(0).toString(), r.value(1).toLongLong());
    for (const QString &task : tasks) {
        if (const auto e = newest(db, task, {}))
            lastRun.samples << label(task) + u' ' + seconds(e->startAt);
        if (const auto e = newest(db, task, QStringLiteral("AND state = 'success'")))
            lastSuccess.samples << label(task) + u' ' + seconds(e->endAt.isValid() ? e->endAt : e->startAt);
        if (const auto e =
                newest(db, task, QStringLiteral("AND state IN ('success', ") + failureStatesSql() + u')')) {
            lastDuration.samples << label(task) + u' ' +
                                        QString::number(double(qMax<qint64>(0, e->durationMs)) / 1000.0, 'f',
                                                        3);
            lastFailed.samples << label(task) + (e->state == ExecState::Success ? QStringLiteral(" 0")
                                                                                : QStringLiteral(" 1"));
        }
        QSqlQuery q =
            Sql::exec(db,
                      QStringLiteral("SELECT state, COUNT(*) FROM cron_logs WHERE name = ? AND start_at >= ? "
                                     "GROUP BY state"),
                      {task, Sql::fromUtc(nowUtc.addDays(-1))});
        QHash<QString, qint64> byState;
        while (q.next())
            byState.insert(q.value(0).toString(), q.value(1).toLongLong());
        running.samples << label(task) + u' ' + QString::number(runningByTask.value(task));
        for (const char *state :
             {"success", "partial", "failed", "skipped", "interrupted", "cancelled", "running"})
            runs.samples << QStringLiteral("{task=\"%1\",state=\"%2\"} %3")
                                .arg(escapeLabel(task), QString::fromLatin1(state))
                                .arg(byState.value(QString::fromLatin1(state)));
    }
    Family runner{"cxcron_runner_last_seen_timestamp_seconds",
                  "gauge",
                  "Start of the newest scheduled run of any task: the runner's heartbeat (Unix time).",
                  {}};
    const QDateTime seen = HistoryRepository::lastScheduledRun(db);
    if (seen.isValid())
        runner.samples << u' ' + seconds(seen);
    Family alerts{
        "cxcron_alert_deliveries", "gauge", "Alert deliveries by status (pending: waiting for a retry).", {}};
    if (Database::tableExists(db, QStringLiteral("cxcron_alert_deliveries"))) {
        QSqlQuery a = Sql::exec(db, QStringLiteral("SELECT status, COUNT(*) FROM cxcron_alert_deliveries "
                                                   "WHERE status <> 'sent' GROUP BY status"));
        QHash<QString, qint64> byStatus;
        while (a.next())
            byStatus.insert(a.value(0).toString(), a.value(1).toLongLong());
        for (const char *status : {"pending", "failed"})
            alerts.samples << QStringLiteral("{status=\"%1\"} %2")
                                  .arg(QString::fromLatin1(status))
                                  .arg(byStatus.value(QString::fromLatin1(status)));
    }
    QString text;
    for (const Family *f :
         {&lastRun, &lastSuccess, &lastDuration, &lastFailed, &running, &runs, &runner, &alerts}) {
        text += QStringLiteral("# HELP %1 %2\n# TYPE %1 %3\n")
                    .arg(QString::fromLatin1(f->name), QString::fromLatin1(f->help),
                         QString::fromLatin1(f->type));
        for (const QString &sample : f->samples)
            text += QString::fromLatin1(f->name) + sample + u'\n';
    }
    return text;
}

} // namespace cxcron::PrometheusMetrics
