// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "execution.h"

#include <QDateTime>
#include <QString>

namespace cxcron {

enum class AlertEventKind
{
    Failed,       ///< a task failed (first failure after a success, or its first run)
    StillFailing, ///< reminder: the same failure streak goes on
    Recovered,    ///< a success after a failure streak that was alerted
    Overlapping,  ///< several scheduled runs in a row skipped because the previous one still ran
    Slow,         ///< a run took (or is taking) far longer than the task usually does
    PingStart,    ///< ping rules: a run started
    PingSuccess,  ///< ping rules: a run succeeded
    PingFail,     ///< ping rules: a run failed or was interrupted
    Heartbeat,    ///< ping rules without a task: the runner ran this minute
    Test,         ///< `cxcron alert test ID`
};

QString alertEventKey(AlertEventKind kind); ///< "failed", "still_failing", … (stored, in JSON)

/// Something worth telling a rule about. The key identifies it for the UNIQUE (rule, key) claim,
/// so every runner host derives the same key for the same fact.
struct AlertEvent
{
    AlertEventKind kind = AlertEventKind::Failed;
    QString key;
    QString task;
    Execution execution;  ///< the run concerned (newest failure, the recovering success, …)
    int count = 0;        ///< failures / skips in a row
    QDateTime sinceUtc;   ///< start of the streak
    qint64 medianMs = -1; ///< Slow: the usual duration
};

} // namespace cxcron
