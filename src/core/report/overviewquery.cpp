// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewquery.h"

#include "database.h"
#include "meta.h"
#include "runner.h"
#include "schema.h"
#include "sql.h"

namespace cxcron::OverviewQuery {
namespace {

/// The task names in cron_logs, one index seek per name (a loose index scan on
/// cron_logs_name_id), so millions of rows of history cost no more than a few names.
QStringList historyNames(const QSqlDatabase &db)
{
    QStringList names;
    QSqlQuery q = Sql::exec(db, QStringLiteral("SELECT MIN(name) FROM cron_logs"));
    while (q.next() && !q.value(0).isNull()) {
        names << q.value(0).toString();
        q = Sql::exec(db, QStringLiteral("SELECT MIN(name) FROM cron_logs WHERE name > ?"), {names.last()});
    }
    return names;
}

} // namespace

Overview load(const TaskRegistry &registry, const std::shared_ptr<Clock> &clock, int silentAfterMinutes)
{
    const QSqlDatabase db = Database::connection();
    Schema::migrate(db);
    Overview o;
    // QTimeZone("") is the system's zone, not "none": nothing recorded stays unknown.
    const QByteArray recorded = Meta::value(db, Meta::scheduleZoneKey()).toUtf8();
    o.scheduleZone = recorded.isEmpty() ? QTimeZone() : QTimeZone(recorded);
    o.demo = Meta::value(db, Meta::demoKey()) == QLatin1String("1");
    RunnerOptions options;
    if (o.scheduleZone.isValid())
        options.zone = o.scheduleZone;
    Runner runner(registry, clock, options);
    o.nowUtc = clock->nowUtc(db);
    const QDateTime weekAgo = o.nowUtc.addDays(-7);
    for (const TaskPlan &plan : runner.plan()) {
        OverviewRow row;
        row.name = plan.task->name();
        row.title = plan.task->title();
        row.schedule = plan.config.schedule.describe();
        row.enabled = plan.config.enabled;
        row.kind = plan.task->kind();
        row.commandLine = plan.task->commandLine();
        row.lastRun = HistoryRepository::lastRun(db, row.name);
        row.nextDueUtc = plan.config.enabled ? plan.nextSlot : QDateTime();
        row.week = HistoryRepository::stats(db, row.name, weekAgo);
        o.rows << row;
    }
    for (const QString &name : historyNames(db)) {
        if (registry.find(name))
            continue;
        OverviewRow row;
        row.name = name;
        row.title = name;
        row.enabled = false;
        row.removed = true;
        row.lastRun = HistoryRepository::lastRun(db, name);
        row.week = HistoryRepository::stats(db, name, weekAgo);
        o.rows << row;
    }
    o.lastScheduledRunUtc = HistoryRepository::lastScheduledRun(db);
    if (!o.lastScheduledRunUtc.isValid()) {
        o.runnerSilentMinutes = -2;
    } else {
        const qint64 minutes = o.lastScheduledRunUtc.secsTo(o.nowUtc) / 60;
        o.runnerSilentMinutes = minutes > silentAfterMinutes ? minutes : -1;
    }
    return o;
}

} // namespace cxcron::OverviewQuery
