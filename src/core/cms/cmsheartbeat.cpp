// SPDX-License-Identifier: GPL-3.0-or-later
#include "cmsheartbeat.h"

#include "database.h"
#include "errors.h"
#include "lease.h"
#include "logging.h"
#include "sql.h"

namespace cxcron::CmsHeartbeat {
namespace {

// The cxcron_leases row that serializes heartbeat writers (never a task name: tasks have a ':'
// between a group and a name, this one has "cxcron:" as the group no task uses).
const QString kLockRow = QStringLiteral("cxcron:cms-heartbeat");

// settings.name has no UNIQUE index in CLIENTXCMS (and cxcron changes no CMS table), so "update,
// else insert" from concurrent runners could insert the row twice. The update comes first (the
// usual case: the row exists); the insert adds the row only if it is still missing; both run in
// a critical section shared by every runner:
//  - MariaDB/MySQL: one transaction that first writes cxcron's own lock row (a cxcron_leases row,
//    by primary key). The row lock makes concurrent runners on one server wait for each other, so
//    the NOT EXISTS check sees the row a previous runner committed (INSERT … SELECT reads current
//    rows). INSERT … WHERE NOT EXISTS alone is not enough: under READ COMMITTED two statements
//    both see no row and both insert. GET_LOCK would serialize one server too, but it is
//    node-local on Galera (each node grants its own), whereas two nodes writing the same lock row
//    conflict at certification: one of them is rolled back, never a second row.
//  - SQLite: BEGIN IMMEDIATE takes the database's write lock before the check, so the check and
//    the insert are one atomic step among all writers (busy_timeout makes the others wait).
void updateOrInsert(const QSqlDatabase &db, const QString &local, bool sqlite)
{
    Sql::exec(
        db, QStringLiteral("UPDATE settings SET value = ?, updated_at = ? WHERE name = 'app_cron_last_run'"),
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
    // Runners on other Galera nodes writing the heartbeat in the same moment conflict on the lock
    // row at certification (1213): one transaction wins, the others are rolled back whole and run
    // again (they then update the row the winner wrote or inserted).
    Sql::retryOnConflict("creating the heartbeat lock row", [&] {
        Sql::exec(db, QStringLiteral("INSERT IGNORE INTO cxcron_leases (name) VALUES (?)"), {kLockRow});
    });
    Sql::retryOnConflict("writing the CMS heartbeat", [&] {
        Sql::Transaction tx(db);
        // A value that differs from every other runner's: the row really changes, which Galera
        // needs to see the conflict; it is set back to NULL before the commit.
        Sql::exec(db, QStringLiteral("UPDATE cxcron_leases SET holder = ? WHERE name = ?"),
                  {Lease::newHolderToken(), kLockRow});
        updateOrInsert(db, local, false);
        Sql::exec(db, QStringLiteral("UPDATE cxcron_leases SET holder = NULL WHERE name = ?"), {kLockRow});
        tx.commit();
    });
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
    } catch (const Sql::Conflict &e) {
        // Other runners kept winning the race for the row: they wrote the same minute's heartbeat.
        qCInfo(lcRunner).noquote() << "settings.app_cron_last_run written by other runners:" << e.message();
        return false;
    } catch (const Error &e) {
        qCWarning(lcRunner).noquote() << "cannot update settings.app_cron_last_run:" << e.message();
        return false;
    }
}

} // namespace cxcron::CmsHeartbeat
