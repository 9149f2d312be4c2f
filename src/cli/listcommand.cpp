// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"
#include "command.h"
#include "database.h"
#include "exitcodes.h"
#include "historyrepository.h"
#include "runner.h"
#include "schedulezone.h"
#include "schema.h"
#include "tasksettings.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace cxcron::cli {
namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

int listCommand(CommandContext &c)
{
    // The CMS's .env is read as the CMS left it; an administrator looking at the tasks is told
    // once when every user of the machine can read its database password.
    if (!c.envWarning.isEmpty())
        c.console.warning(c.envWarning);
    const QSqlDatabase db = Database::connection();
    // Reading only: a SELECT-only account lists; creating or upgrading tables is migrate's job.
    // Before cxcron's tables exist, the tasks are listed as they would run (never run so far).
    const int version = Schema::storedVersion(db);
    if (version > 0 && version < Schema::CurrentVersion)
        throw Error(
            ErrorKind::Database,
            Tr::tr("cxcron's tables are missing or older than this cxcron (schema version %1, needs %2): "
                   "run \"cxcron migrate\" (or \"cxcron run\") once with an account that may create them.")
                .arg(version)
                .arg(Schema::CurrentVersion));
    const bool tables = version > 0;
    RunnerOptions options;
    // Next due times as the installation's runners compute them (read-only: nothing recorded).
    // Before cxcron's tables exist no zone is recorded yet: this runner's is the one it would record.
    options.zone = tables ? ScheduleZone::agree(db, c.zone, c.zoneExplicit, false) : c.zone;
    Runner runner(c.registry, Clock::fromEnvironment(), options);
    QList<QStringList> rows;
    QJsonArray json;
    // The runner's heartbeat, on every task object so the array stays what scripts expect.
    const QDateTime lastSeen = tables ? HistoryRepository::lastScheduledRun(db) : QDateTime();
    const QJsonValue runnerLastSeen =
        lastSeen.isValid() ? QJsonValue(lastSeen.toString(Qt::ISODateWithMs)) : QJsonValue();
    QList<TaskPlan> plans;
    if (tables) {
        plans = runner.plan();
    } else {
        const QDateTime now = Clock::fromEnvironment()->nowUtc(db);
        for (const auto &task : c.registry.tasks()) {
            TaskPlan p{task, TaskSettings::effective(*task, {}), {}, {}};
            p.latestSlot = p.config.schedule.latestSlot(now, c.zone);
            p.nextSlot = p.config.schedule.nextSlot(now, c.zone);
            plans << p;
        }
    }
    for (const TaskPlan &p : plans) {
        decltype(HistoryRepository::lastRun(db, QString())) last;
        if (tables)
            last = HistoryRepository::lastRun(db, p.task->name());
        if (c.json) {
            json << QJsonObject{{QStringLiteral("name"), p.task->name()},
                                {QStringLiteral("title"), p.task->title()},
                                {QStringLiteral("schedule"), p.config.schedule.toString()},
                                {QStringLiteral("enabled"), p.config.enabled},
                                {QStringLiteral("timeout_s"), p.config.timeoutSeconds},
                                {QStringLiteral("last_run"), last ? last->toJson(false) : QJsonValue()},
                                {QStringLiteral("next_due"), p.nextSlot.toString(Qt::ISODate)},
                                {QStringLiteral("runner_last_seen"), runnerLastSeen}};
            continue;
        }
        rows << QStringList{p.task->name(),
                            p.config.schedule.describe(),
                            p.config.enabled ? Tr::tr("yes") : Tr::tr("no"),
                            last ? localTime(last->startAt) : Tr::tr("never"),
                            last ? stateLabel(last->state) : QStringLiteral("—"),
                            last ? duration(last->durationMs) : QStringLiteral("—"),
                            p.config.enabled ? localTime(p.nextSlot) : QStringLiteral("—")};
        if (!p.config.warning.isEmpty())
            c.console.err << p.config.warning << '\n';
    }
    if (c.json)
        c.console.printJson(json);
    else
        c.console.printTable({Tr::tr("TASK"), Tr::tr("SCHEDULE"), Tr::tr("ENABLED"), Tr::tr("LAST RUN"),
                              Tr::tr("STATE"), Tr::tr("DURATION"), Tr::tr("NEXT DUE")},
                             rows);
    return ExitOk;
}

} // namespace cxcron::cli
