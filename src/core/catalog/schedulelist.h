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

/// What schedule:list printed, as far as it could be read.
struct ScheduleListing
{
    QList<ScheduledJob> jobs;
    /// The output had the shape of a listing (jobs, a table's header, or Laravel's "No scheduled
    /// tasks have been defined."). False: cxcron does not know this format and must not take
    /// the absence of jobs for an empty schedule.
    bool understood = false;
    QStringList unreadLines; ///< non-blank lines that were neither jobs nor known decoration
};

/// Parses schedule:list's text (ANSI codes tolerated) in the formats of Laravel 8 to 12:
/// - Laravel 8 and early 9, a table:
///   `| '/usr/bin/php8.2' 'artisan' invoices:delivery | * * * * * | description | 2026-… |`
/// - Laravel 9.x+, one line per job: `  0 9 * * *  php artisan foo:bar --x ...... Next Due: 3 hours from now`
///   (10+ may add a repeat interval, `* * * * * 30s php artisan …`; -v adds `⇁ description` lines).
ScheduleListing parseScheduleListing(const QByteArray &output);

/// The jobs alone (see parseScheduleListing).
QList<ScheduledJob> parseScheduleList(const QByteArray &output);

/// Splits a command line's arguments as a POSIX shell would (single and double quotes,
/// backslash escapes), without expanding anything.
QStringList splitShellWords(const QString &text);

} // namespace cxcron
