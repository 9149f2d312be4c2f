// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QTimeZone>

namespace cxcron::CmsHeartbeat {

/// Keeps the CLIENTXCMS v2 dashboard's "last cron run" up to date: upserts
/// settings(name = 'app_cron_last_run') with @p nowUtc written in the CMS time zone (its
/// `app_timezone` setting, else @p fallbackZone), as `php artisan schedule:run` would. Does
/// nothing when the database has no `settings` table; a failure is logged, never thrown: the
/// heartbeat must not stop the tasks. Returns true when the row was written. Concurrent runners
/// (several processes or hosts) leave one row although `settings.name` may have no UNIQUE index;
/// on MySQL/MariaDB this uses cxcron's schema (a cxcron_leases row), so Schema::migrate() first.
bool touch(const QSqlDatabase &db, const QDateTime &nowUtc, const QTimeZone &fallbackZone);

} // namespace cxcron::CmsHeartbeat
