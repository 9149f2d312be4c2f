// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"
#include "execution.h"
#include "historyrepository.h"
#include "taskregistry.h"

#include <QList>
#include <QTimeZone>
#include <optional>

namespace cxcron {

/// One task as the overview shows it.
struct OverviewRow
{
    QString name;
    QString title;
    QString schedule; ///< translated description
    bool enabled = true;
    QString kind;        ///< Task::kind(): "native", "command", "artisan"…; empty for a removed task
    QString commandLine; ///< Task::commandLine(); empty for native tasks
    /// Found in the history but no longer defined: listed after the tasks so its runs stay readable.
    bool removed = false;
    std::optional<Execution> lastRun;
    QDateTime nextDueUtc;
    TaskStats week; ///< the last 7 days
};

struct Overview
{
    QList<OverviewRow> rows;
    QDateTime nowUtc;
    QDateTime lastScheduledRunUtc; ///< the runner's heartbeat; invalid = never seen in 30 days
    /// Minutes since the runner was last seen, when that is more than the threshold; -1 when the
    /// runner looks healthy; -2 when it was never seen.
    qint64 runnerSilentMinutes = -1;
    /// The zone the runner last said it schedules in; invalid until a runner recorded it.
    QTimeZone scheduleZone;
    /// The database is cxcron's demo (made up data), not a CMS's.
    bool demo = false;
};

namespace OverviewQuery {

/// Reads the overview on the caller's thread connection: the tasks of @p registry, then the
/// tasks that only the history still names (removed). @p silentAfterMinutes: how long without any
/// scheduled run before the runner is reported as not seen. Next-due times are computed in the
/// zone the runner recorded (Meta::scheduleZoneKey()), else the system's.
Overview load(const TaskRegistry &registry, const std::shared_ptr<Clock> &clock, int silentAfterMinutes = 5);

} // namespace OverviewQuery
} // namespace cxcron
