// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertconditions.h"
#include "alertevent.h"
#include "alertrule.h"
#include "alerttransport.h"
#include "mailsettings.h"

#include <QSqlDatabase>
#include <QStringList>

namespace cxcron {

struct AlertEngineOptions
{
    QStringList tasks;           ///< the tasks to watch (the registry's names)
    MailSettings mail;           ///< from the CMS .env and the environment
    int budgetMs = 10000;        ///< the whole pass, sends included, stops after this
    int requestTimeoutMs = 5000; ///< one HTTP request or SMTP session
    AlertThresholds thresholds;
};

struct AlertPassResult
{
    int claimed = 0;        ///< new alerts claimed by this process
    int sent = 0;           ///< deliveries sent by this process
    int failed = 0;         ///< attempts that failed (retried later, or given up)
    bool outOfTime = false; ///< the budget ran out; what is left waits for the next pass
};

/// Alerting as a step after the runs: reads the recorded history (cron_logs), derives the
/// events of each task for each rule, claims them (once across hosts) and sends what is due,
/// retries included, within a bounded time. Never touches the runner's rows.
namespace AlertEngine {

AlertPassResult process(const QSqlDatabase &db, const QDateTime &nowUtc, const AlertEngineOptions &options);
/// Sends a test message through @p rule now (recorded as a delivery, so `alert list` shows it).
SendResult test(const QSqlDatabase &db, const AlertRule &rule, const QDateTime &nowUtc,
                const AlertEngineOptions &options);
/// The events @p rule would be told about for @p condition (without claiming them).
QList<AlertEvent> eventsFor(const QSqlDatabase &db, const TaskCondition &condition, const AlertRule &rule,
                            const QDateTime &nowUtc, const AlertThresholds &thresholds);

} // namespace AlertEngine
} // namespace cxcron
