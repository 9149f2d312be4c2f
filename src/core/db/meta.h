// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

/// Facts about this installation kept in cxcron's own table `cxcron_meta` (name → value): that
/// the database is the demo, that a default task set was installed once, …
namespace cxcron::Meta {

QString value(const QSqlDatabase &db, const QString &name, const QString &fallback = {});
void setValue(const QSqlDatabase &db, const QString &name, const QString &value);
/// Inserts @p name if no host did before; true for the one caller that inserted it.
bool claim(const QSqlDatabase &db, const QString &name, const QString &value);

/// The marker the demo seeder leaves: native CMS tasks are on by default only there.
inline QString demoKey()
{
    return QStringLiteral("demo_database");
}

/// The time zone the runner reads cron expressions in (APP_TIMEZONE on a CLIENTXCMS site): the
/// desktop window shows next-due times and, when asked, all times in it.
inline QString scheduleZoneKey()
{
    return QStringLiteral("schedule_timezone");
}

} // namespace cxcron::Meta
