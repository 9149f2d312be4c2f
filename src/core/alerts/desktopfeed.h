// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "execution.h"

#include <QList>
#include <QSqlDatabase>

namespace cxcron {

/// What the desktop notifier shows: failures that ended since its cursor, and the runner's
/// heartbeat. Read by the GUI off its thread, on that thread's connection.
struct DesktopFeed
{
    QDateTime cursorUtc;       ///< pass it to the next poll
    QList<Execution> failures; ///< failed or interrupted runs that ended after the old cursor
    QDateTime nowUtc;          ///< the database's clock
    QDateTime runnerLastSeenUtc;

    /// @p afterUtc invalid: the first poll, which only sets the cursor (no old failures).
    static DesktopFeed poll(const QSqlDatabase &db, const QDateTime &afterUtc, int limit = 20);
};

} // namespace cxcron
