// SPDX-License-Identifier: GPL-3.0-or-later
#include "cmsheartbeat.h"

#include "database.h"
#include "errors.h"
#include "logging.h"
#include "sql.h"

namespace cxcron::CmsHeartbeat {

bool touch(const QSqlDatabase &db, const QDateTime &nowUtc, const QTimeZone &fallbackZone)
{
    try {
        if (!Database::tableExists(db, QStringLiteral("settings")))
            return false;
        QTimeZone zone = fallbackZone;
        QSqlQuery tz =
            Sql::exec(db, QStringLiteral("SELECT value FROM settings WHERE name = 'app_timezone'"));
        if (tz.next()) {
            const QTimeZone cms(tz.value(0).toString().trimmed().toUtf8());
            if (cms.isValid())
                zone = cms;
        }
        tz.finish();
        // Laravel stores the CMS's local time, to the second.
        const QString local = nowUtc.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        QSqlQuery update = Sql::exec(db,
                                     QStringLiteral("UPDATE settings SET value = ?, updated_at = ? "
                                                    "WHERE name = 'app_cron_last_run'"),
                                     {local, local});
        if (update.numRowsAffected() > 0)
            return true;
        QSqlQuery exists =
            Sql::exec(db, QStringLiteral("SELECT 1 FROM settings WHERE name = 'app_cron_last_run'"));
        if (exists.next())
            return true; // same value already (MySQL counts changed rows only)
        exists.finish();
        Sql::exec(db,
                  QStringLiteral("INSERT INTO settings (name, value, created_at, updated_at) "
                                 "VALUES ('app_cron_last_run', ?, ?, ?)"),
                  {local, local, local});
        return true;
    } catch (const Error &e) {
        qCWarning(lcRunner).noquote() << "cannot update settings.app_cron_last_run:" << e.message();
        return false;
    }
}

} // namespace cxcron::CmsHeartbeat
