// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewquery.h"

#include "database.h"
#include "runner.h"
#include "schema.h"

namespace cxcron::OverviewQuery {

Overview load(const TaskRegistry &registry, const std::shared_ptr<Clock> &clock, int silentAfterMinutes)
{
    const QSqlDatabase db = Database::connection();
    Schema::migrate(db);
    Runner runner(registry, clock);
    Overview o;
    o.nowUtc = clock->nowUtc(db);
    const QDateTime weekAgo = o.nowUtc.addDays(-7);
    for (const TaskPlan &plan : runner.plan()) {
        OverviewRow row;
        row.name = plan.task->name();
        row.title = plan.task->title();
        row.schedule = plan.config.schedule.describe();
        row.enabled = plan.config.enabled;
        row.lastRun = HistoryRepository::lastRun(db, row.name);
        row.nextDueUtc = plan.config.enabled ? plan.nextSlot : QDateTime();
        row.week = HistoryRepository::stats(db, row.name, weekAgo);
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
