// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertlogging.h"

// Warnings only by default: a crontab mails whatever the runner prints, so an unreachable
// webhook must not produce a message every minute; --verbose shows the details.
Q_LOGGING_CATEGORY(lcAlerts, "cxcron.alerts", QtWarningMsg)
