// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "execution.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace cxcron {

/// When a run is worth an alert. Documented in docs/ALERTS.md.
struct AlertThresholds
{
    int overlapSkips = 3;     ///< this many scheduled runs skipped in a row for overlap
    double slowFactor = 3.0;  ///< slower than this many times the median of recent successes…
    qint64 slowMinMs = 60000; ///< …and longer than this
    int slowSample = 20;      ///< the median is taken over this many previous successes
    int slowMinSample = 5;    ///< fewer successes than this: no "usual duration" yet
    int recentHours = 24;     ///< events about runs older than this are not sent
};

/// What one task's recorded history says right now, read from cron_logs with the (name, id)
/// index only: a handful of small queries per task, whatever the size of the history.
struct TaskCondition
{
    QString task;
    QList<Execution> recent; ///< the newest rows (any state), newest first

    /// The newest finished run (skips aside) failed: the streak it belongs to.
    std::optional<Execution> latestFailure;
    std::optional<Execution> failingSince; ///< first failure after the last success
    int failures = 0;

    /// The newest finished run succeeded right after a failure streak.
    std::optional<Execution> recoveredBy;
    std::optional<Execution> recoveredStreakStart;
    int recoveredFailures = 0;

    /// Scheduled runs skipped in a row for overlap (only set when >= the threshold).
    std::optional<Execution> lastSkip;
    std::optional<Execution> firstSkip;
    int skips = 0;

    /// A run far slower than usual (a success that just ended, or a run still going).
    std::optional<Execution> slow;
    qint64 slowMs = -1;
    qint64 medianMs = -1;
};

namespace AlertConditions {

TaskCondition evaluate(const QSqlDatabase &db, const QString &task, const QDateTime &nowUtc,
                       const AlertThresholds &thresholds = {});

/// "cron_logs" with a hint to walk the (name, id) index: for "this task's newest row in state S"
/// MariaDB otherwise intersects the (state) index and sorts a whole state's rows (measured:
/// 1.3 s on 1M rows instead of 1 ms), and SQLite walks every task's rows in that state.
QString cronLogsByTask(const QSqlDatabase &db);

} // namespace AlertConditions
} // namespace cxcron
