// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QSqlDatabase>

namespace cxcron::DemoHistory {

/// Fills cron_logs with @p days of plausible executions of every built-in task, on each task's
/// default schedule, up to the minute before @p nowUtc's (every slot already passed has its run,
/// the current minute's are left for `cxcron run`):
/// mostly successes with realistic outputs, some failures with exception and trace, some
/// overlap skips. Uses one reused prepared statement; the caller holds the transaction.
/// Returns the number of rows written.
int seed(const QSqlDatabase &db, const QDateTime &nowUtc, int days = 14);

} // namespace cxcron::DemoHistory
