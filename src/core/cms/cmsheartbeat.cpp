// SPDX-License-Identifier: GPL-3.0-or-later
#include "cmsheartbeat.h"

#include "database.h"
#include "errors.h"
#include "logging.h"
#include "sql.h"

namespace cxcron::CmsHeartbeat {
namespace {

const QString kLockName = QStringLiteral("cxcron_app_cron_last_run");

// settings.name has no UNIQUE index in CLIENTXCMS (and cxcron changes no CMS table), so "update,
// else insert" from concurrent runners could insert the row twice. The update comes first (the
// usual case, the row exists); the insert adds the row only if it is still missing, inside a
// critical section shared by every runner:
//  - MariaDB/MySQL: a named lock (GET_LOCK). Without it, INSERT … SELECT … WHERE NOT EXISTS is
//    not enough: under READ COMMITTED two statements both see no row and both insert; under
//    REPEATABLE READ their gap locks deadlock and one fails. GET_LOCK serializes the runners of
//    every host on that server whatever the isolation level; each statement runs in autocommit,
//    so after the lock is granted the check sees the row a previous holder committed.
//  - SQLite: BEGIN IMMEDIATE takes the database's write lock before the check, so the check and
//    the insert are one atomic step among all writers (busy_timeout makes the others wait).
void updateOrInsert(const QSqlDatabase &db, const QString &local, bool sqlite)
{
    Sql::exec(db,
              QStringLiteral("UPDATE settings SET value = ?, updated_at = ? WHERE name = 'app_cron_last_run'"),
              {local, local});
    Sql::exec(db,
              QStringLiteral("INSERT INTO settings (name, value, created_at, updated_at) "
                             "SELECT 'app_cron_last_run', ?, ?, ? %1 WHERE NOT EXISTS "
                             "(SELECT 1 FROM settings WHERE name = 'app_cron_last_run')")
                  .arg(sqlite ? QString() : QStringLiteral("FROM DUAL")),
              {local, local, local});
}

void write(const QSqlDatabase &db, const QString &local)
{
    if (Database::isSqlite(db)) {
        Sql::exec(db, QStringLiteral("BEGIN IMMEDIATE"));
        try {
            updateOrInsert(db, local, true);
            Sql::exec(db, QStringLiteral("COMMIT"));
        } catch (const Error &) {
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            throw;
        }
        return;
    }
    QSqlQuery lock = Sql::exec(db, QStringLiteral("SELECT GET_LOCK(?, 10)"), {kLockName});
    if (!lock.next() || lock.value(0).toInt() != 1)
        throw Error(ErrorKind::Busy, QStringLiteral("another runner held the heartbeat lock for 10 s"));
    lock.finish();
    try {
        updateOrInsert(db, local, false);
    } catch (const Error &) {
        QSqlQuery release(db);
        Sql::tryExec(release, QStringLiteral("DO RELEASE_LOCK(?)"), {kLockName}, nullptr);
        throw;
    }
    Sql::exec(db, QStringLiteral("DO RELEASE_LOCK(?)"), {kLockName});
}

} // namespace

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
        write(db, local);
        return true;
    } catch (const Error &e) {
        qCWarning(lcRunner).noquote() << "cannot update settings.app_cron_last_run:" << e.message();
        return false;
    }
}

} // namespace cxcron::CmsHeartbeat
