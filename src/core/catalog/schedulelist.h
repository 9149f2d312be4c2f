// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

namespace cxcron {

/// One line of Laravel's `php artisan schedule:list`.
struct ScheduledJob
{
    QString expression;    ///< the cron expression ("0 */3 * * *")
    QString command;       ///< artisan command name ("services:renewals"); empty for closures/shell jobs
    QStringList arguments; ///< its arguments and options
    QString text;          ///< the job as listed ("php artisan services:renewals", "Closure at: …")
    bool adoptable() const { return !command.isEmpty(); }
};

/// Parses schedule:list's text (ANSI codes tolerated): "  0 9 * * *  php artisan foo:bar --x
/// .......... Next Due: 3 hours from now". Lines that are not jobs are skipped.
QList<ScheduledJob> parseScheduleList(const QByteArray &output);

} // namespace cxcron
