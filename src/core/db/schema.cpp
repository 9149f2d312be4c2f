// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

#include "database.h"
#include "errors.h"
#include "logging.h"
#include "reportschema.h"
#include "sql.h"
#include "wordvocabulary.h"

#include <QCoreApplication>
#include <QSqlError>

namespace cxcron::Schema {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Schema)
};

struct Column
{
    const char *name;
    const char *sqlite;
    const char *mysql;
};

// Order matters only for fresh tables; upgrades append whatever is missing.
const Column kCronLogColumns[] = {
    {"name", "TEXT NOT NULL DEFAULT ''", "VARCHAR(191) NOT NULL DEFAULT ''"},
    {"scheduled_for", "TEXT NULL", "DATETIME NULL"},
    {"start_at", "TEXT NOT NULL DEFAULT ''", "DATETIME(3) NOT NULL DEFAULT '1970-01-01 00:00:00'"},
    {"end_at", "TEXT NULL", "DATETIME(3) NULL"},
    {"state", "TEXT NOT NULL DEFAULT 'running'", "VARCHAR(16) NOT NULL DEFAULT 'running'"},
    {"output", "TEXT NULL", "LONGTEXT NULL"},
    {"exception", "TEXT NULL", "LONGTEXT NULL"},
    {"exception_class", "TEXT NULL", "VARCHAR(255) NULL"},
    {"exception_trace", "TEXT NULL", "LONGTEXT NULL"},
    {"duration_ms", "INTEGER NULL", "BIGINT NULL"},
    {"manual", "INTEGER NOT NULL DEFAULT 0", "TINYINT(1) NOT NULL DEFAULT 0"},
    {"trigger_kind", "TEXT NOT NULL DEFAULT 'schedule'", "VARCHAR(16) NOT NULL DEFAULT 'schedule'"},
    {"triggered_by", "TEXT NULL", "VARCHAR(191) NULL"},
    {"host", "TEXT NULL", "VARCHAR(191) NULL"},
    {"pid", "INTEGER NULL", "INT NULL"},
    {"created_at", "TEXT NULL", "TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP"},
    {"updated_at", "TEXT NULL", "TIMESTAMP NULL DEFAULT NULL"},
};

struct Index
{
    const char *name;
    const char *columns;
    bool unique;
};

const Index kCronLogIndexes[] = {
    {"cron_logs_name_id", "name, id", false},             // per-task keyset paging, keep-last-N
    {"cron_logs_name_start_at", "name, start_at", false}, // per-task listing by time
    {"cron_logs_start_at", "start_at", false},            // pruning by time, health check
    {"cron_logs_state", "state", false},                  // stale "running" detection
    {"cron_logs_slot", "name, scheduled_for", true},      // one execution per scheduled slot
};

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

bool ignorableRace(const QSqlError &error)
{
    // Another runner added the same column/index/table a moment ago.
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("1060") || code == QLatin1String("1061") || code == QLatin1String("1050") ||
           code == QLatin1String("1068") ||
           error.databaseText().contains(QLatin1String("duplicate column")) ||
           error.databaseText().contains(QLatin1String("already exists"));
}

void ddl(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    QSqlError error;
    if (Sql::tryExec(q, sql, {}, &error) || ignorableRace(error))
        return;
    throw Error(ErrorKind::Database,
                Tr::tr("Cannot update the database schema: %1").arg(error.databaseText()));
}

bool isMissingTable(const QSqlError &error)
{
    return error.nativeErrorCode() == QLatin1String("1146") ||
           error.databaseText().contains(QLatin1String("no such table"));
}

bool indexExists(const QSqlDatabase &db, const QString &table, const QString &index)
{
    QSqlQuery q =
        Database::isSqlite(db)
            ? Sql::exec(db, QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?"),
                        {index})
            : Sql::exec(db,
                        QStringLiteral("SELECT 1 FROM information_schema.statistics WHERE table_schema = "
                                       "DATABASE() AND table_name = ? AND index_name = ?"),
                        {table, index});
    return q.next();
}

void createCronLogs(const QSqlDatabase &db)
{
    const bool sqlite = Database::isSqlite(db);
    if (!Database::tableExists(db, QStringLiteral("cron_logs"))) {
        QStringList defs;
        defs << (sqlite ? QStringLiteral("id INTEGER PRIMARY KEY AUTOINCREMENT")
                        : QStringLiteral("id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY"));
        for (const Column &c : kCronLogColumns)
            defs << s(c.name) + u' ' + s(sqlite ? c.sqlite : c.mysql);
        QString sql =
            QStringLiteral("CREATE TABLE IF NOT EXISTS cron_logs (") + defs.join(QStringLiteral(", ")) + u')';
        if (!sqlite)
            sql += QStringLiteral(" ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
        ddl(db, sql);
        qCInfo(lcSchema) << "created cron_logs";
    } else {
        const QStringList existing = Database::columns(db, QStringLiteral("cron_logs"));
        for (const Column &c : kCronLogColumns) {
            if (existing.contains(s(c.name), Qt::CaseInsensitive))
                continue;
            qCInfo(lcSchema) << "adding column cron_logs." << c.name;
            ddl(db, QStringLiteral("ALTER TABLE cron_logs ADD COLUMN ") + s(c.name) + u' ' +
                        s(sqlite ? c.sqlite : c.mysql));
        }
    }
    for (const Index &i : kCronLogIndexes) {
        if (indexExists(db, QStringLiteral("cron_logs"), s(i.name)))
            continue;
        ddl(db, QStringLiteral("CREATE ") + (i.unique ? QStringLiteral("UNIQUE ") : QString()) +
                    QStringLiteral("INDEX ") + s(i.name) + QStringLiteral(" ON cron_logs (") + s(i.columns) +
                    u')');
    }
}

void createSupportTables(const QSqlDatabase &db)
{
    const bool sqlite = Database::isSqlite(db);
    const QString text = sqlite ? QStringLiteral("TEXT") : QStringLiteral("VARCHAR(191)");
    const QString ts = sqlite ? QStringLiteral("TEXT") : QStringLiteral("DATETIME(3)");
    const QString engine = sqlite ? QString() : QStringLiteral(" ENGINE=InnoDB DEFAULT CHARSET=utf8mb4");
    // Per-installation overrides of a task's built-in settings.
    ddl(db, QStringLiteral(
                "CREATE TABLE IF NOT EXISTS cxcron_task_settings (name %1 NOT NULL PRIMARY KEY, "
                "enabled INTEGER NULL, schedule %1 NULL, timeout_seconds INTEGER NULL, updated_at %2 NULL)")
                    .arg(text, ts) +
                engine);
    // One lease row per task: a run holds it until it ends or the lease expires (overlap guard).
    ddl(db, QStringLiteral(
                "CREATE TABLE IF NOT EXISTS cxcron_leases (name %1 NOT NULL PRIMARY KEY, holder %1 NULL, "
                "log_id BIGINT NULL, acquired_at %2 NULL, expires_at %2 NULL)")
                    .arg(text, ts) +
                engine);
}

// Version 3: the tasks that run programs (every host sees the same), and installation facts.
void createCatalogTables(const QSqlDatabase &db)
{
    const bool sqlite = Database::isSqlite(db);
    const QString key = sqlite ? QStringLiteral("TEXT") : QStringLiteral("VARCHAR(191)");
    const QString text = QStringLiteral("TEXT");
    const QString ts = sqlite ? QStringLiteral("TEXT") : QStringLiteral("DATETIME(3)");
    const QString engine = sqlite ? QString() : QStringLiteral(" ENGINE=InnoDB DEFAULT CHARSET=utf8mb4");
    ddl(db, QStringLiteral(
                "CREATE TABLE IF NOT EXISTS cxcron_tasks (name %1 NOT NULL PRIMARY KEY, title %1 NULL, "
                "kind %1 NOT NULL, program %2 NOT NULL, arguments %2 NULL, shell INTEGER NOT NULL DEFAULT 0, "
                "working_directory %2 NULL, environment %2 NULL, schedule %1 NOT NULL, "
                "timeout_seconds INTEGER NOT NULL, enabled INTEGER NOT NULL DEFAULT 1, origin %1 NULL, "
                "created_at %3 NULL, updated_at %3 NULL)")
                    .arg(key, text, ts) +
                engine);
    ddl(db,
        QStringLiteral("CREATE TABLE IF NOT EXISTS cxcron_meta (name %1 NOT NULL PRIMARY KEY, value %2 NULL)")
                .arg(key, text) +
            engine);
}

// Alert rules shared by every host, and one row per alert sent or to send: the UNIQUE
// (rule_id, event_key) claim makes exactly one runner host deliver each alert.
void createAlertTables(const QSqlDatabase &db)
{
    const bool sqlite = Database::isSqlite(db);
    const QString id = sqlite ? QStringLiteral("id INTEGER PRIMARY KEY AUTOINCREMENT")
                              : QStringLiteral("id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY");
    const QString text = sqlite ? QStringLiteral("TEXT") : QStringLiteral("VARCHAR(191)");
    const QString longText = sqlite ? QStringLiteral("TEXT") : QStringLiteral("LONGTEXT");
    const QString ts = sqlite ? QStringLiteral("TEXT") : QStringLiteral("DATETIME(3)");
    const QString engine = sqlite ? QString() : QStringLiteral(" ENGINE=InnoDB DEFAULT CHARSET=utf8mb4");
    ddl(db, QStringLiteral("CREATE TABLE IF NOT EXISTS cxcron_alert_rules (%1, kind %2 NOT NULL, target %3 "
                           "NOT NULL, format %2 NULL, task %2 NULL, lang %2 NOT NULL DEFAULT 'en', "
                           "reminder_hours INTEGER NOT NULL DEFAULT 6, settings %3 NULL, enabled INTEGER NOT "
                           "NULL DEFAULT 1, created_at %4 NOT NULL)")
                    .arg(id, text, longText, ts) +
                engine);
    ddl(db,
        QStringLiteral("CREATE TABLE IF NOT EXISTS cxcron_alert_deliveries (%1, rule_id BIGINT NOT NULL, "
                       "event_key %2 NOT NULL, event %2 NOT NULL, task %2 NULL, log_id BIGINT NULL, "
                       "status %2 NOT NULL DEFAULT 'pending', attempts INTEGER NOT NULL DEFAULT 0, "
                       "created_at %4 NOT NULL, next_attempt_at %4 NOT NULL, last_attempt_at %4 NULL, "
                       "sent_at %4 NULL, last_error %3 NULL, host %2 NULL, subject %3 NULL, body %3 NULL)")
                .arg(id, text, longText, ts) +
            engine);
    const Index indexes[] = {
        {"cxcron_alert_deliveries_claim", "rule_id, event_key", true},
        {"cxcron_alert_deliveries_due", "status, next_attempt_at", false},
        {"cxcron_alert_deliveries_created", "created_at", false},
    };
    for (const Index &i : indexes) {
        if (indexExists(db, QStringLiteral("cxcron_alert_deliveries"), s(i.name)))
            continue;
        ddl(db, QStringLiteral("CREATE ") + (i.unique ? QStringLiteral("UNIQUE ") : QString()) +
                    QStringLiteral("INDEX ") + s(i.name) + QStringLiteral(" ON cxcron_alert_deliveries (") +
                    s(i.columns) + u')');
    }
}

// Version 6: run control shared by every host. A cancel request for a running execution, which
// the run's own runner polls; the live tail of a running command, which its runner refreshes.
void createRunControlTables(const QSqlDatabase &db)
{
    const bool sqlite = Database::isSqlite(db);
    const QString text = sqlite ? QStringLiteral("TEXT") : QStringLiteral("VARCHAR(191)");
    const QString longText = sqlite ? QStringLiteral("TEXT") : QStringLiteral("MEDIUMTEXT");
    const QString ts = sqlite ? QStringLiteral("TEXT") : QStringLiteral("DATETIME(3)");
    const QString engine = sqlite ? QString() : QStringLiteral(" ENGINE=InnoDB DEFAULT CHARSET=utf8mb4");
    ddl(db, QStringLiteral("CREATE TABLE IF NOT EXISTS cxcron_cancel_requests (log_id BIGINT NOT NULL "
                           "PRIMARY KEY, requested_by %1 NULL, requested_at %2 NULL)")
                    .arg(text, ts) +
                engine);
    ddl(db, QStringLiteral("CREATE TABLE IF NOT EXISTS cxcron_live_output (log_id BIGINT NOT NULL PRIMARY "
                           "KEY, tail %1 NULL, updated_at %2 NULL)")
                    .arg(longText, ts) +
                engine);
}

bool hasPrimaryKey(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q =
        Database::isSqlite(db)
            ? Sql::exec(db, QStringLiteral("SELECT 1 FROM pragma_table_info(?) WHERE pk > 0"), {table})
            : Sql::exec(
                  db,
                  QStringLiteral("SELECT 1 FROM information_schema.table_constraints WHERE table_schema = "
                                 "DATABASE() AND table_name = ? AND constraint_type = 'PRIMARY KEY'"),
                  {table});
    return q.next();
}

// Version 8: a primary key on cxcron_schema_version, the last cxcron table without one. Galera
// certifies rows by their key: without one its DELETE + INSERT from two nodes conflicted, and with
// wsrep_mode=REQUIRED_PRIMARY_KEY (advised for Galera) the server refuses the table outright.
void addSchemaVersionKey(const QSqlDatabase &db)
{
    const QString table = QStringLiteral("cxcron_schema_version");
    if (Database::isSqlite(db)) {
        // SQLite adds no primary key to a table: rebuild it, in one transaction (its DDL is
        // transactional, and BEGIN IMMEDIATE makes a second migrating process wait, then see it done).
        Sql::Transaction tx(db);
        if (hasPrimaryKey(db, table))
            return;
        Sql::exec(db, QStringLiteral(
                          "CREATE TABLE cxcron_schema_version_new (version INTEGER NOT NULL PRIMARY KEY)"));
        Sql::exec(db,
                  QStringLiteral("INSERT INTO cxcron_schema_version_new (version) SELECT MAX(version) FROM "
                                 "cxcron_schema_version HAVING MAX(version) IS NOT NULL"));
        Sql::exec(db, QStringLiteral("DROP TABLE cxcron_schema_version"));
        Sql::exec(db,
                  QStringLiteral("ALTER TABLE cxcron_schema_version_new RENAME TO cxcron_schema_version"));
        tx.commit();
        return;
    }
    if (hasPrimaryKey(db, table))
        return;
    // Two runners of an older version writing their version at once could leave it twice: keep one
    // row (rows are touched only when there are duplicates, so a table the server refuses to write
    // to without a key is altered directly).
    QSqlQuery dup = Sql::exec(db, QStringLiteral("SELECT COUNT(*) - COUNT(DISTINCT version), MAX(version) "
                                                 "FROM cxcron_schema_version"));
    const bool duplicates = dup.next() && dup.value(0).toInt() > 0;
    const int kept = duplicates ? dup.value(1).toInt() : 0;
    dup.finish();
    if (duplicates) {
        Sql::Transaction tx(db);
        Sql::exec(db, QStringLiteral("DELETE FROM cxcron_schema_version"));
        Sql::exec(db, QStringLiteral("INSERT INTO cxcron_schema_version (version) VALUES (?)"), {kept});
        tx.commit();
    }
    ddl(db, QStringLiteral("ALTER TABLE cxcron_schema_version ADD PRIMARY KEY (version)"));
}

void setVersion(const QSqlDatabase &db, int version)
{
    // Runners migrating at once on several Galera nodes conflict here at certification (1213):
    // the loser runs it again and finds the version written. INSERT IGNORE: a runner on this
    // server that wrote it meanwhile is no error either.
    Sql::retryOnConflict("recording the schema version", [&] {
        Sql::Transaction tx(db);
        Sql::exec(db, QStringLiteral("DELETE FROM cxcron_schema_version WHERE version <> ?"), {version});
        Sql::exec(db,
                  Database::isSqlite(db)
                      ? QStringLiteral("INSERT OR IGNORE INTO cxcron_schema_version (version) VALUES (?)")
                      : QStringLiteral("INSERT IGNORE INTO cxcron_schema_version (version) VALUES (?)"),
                  {version});
        tx.commit();
    });
}

} // namespace

QStringList ownTables()
{
    return {QStringLiteral("cron_logs"),
            QStringLiteral("cron_logs_fts"),
            QStringLiteral("cxcron_schema_version"),
            QStringLiteral("cxcron_task_settings"),
            QStringLiteral("cxcron_leases"),
            QStringLiteral("cxcron_tasks"),
            QStringLiteral("cxcron_meta"),
            QStringLiteral("cxcron_alert_rules"),
            QStringLiteral("cxcron_alert_deliveries"),
            QStringLiteral("cxcron_cancel_requests"),
            QStringLiteral("cxcron_live_output"),
            QStringLiteral("cxcron_word_suffixes"),
            QStringLiteral("cxcron_text_unindexed")};
}

int storedVersion(const QSqlDatabase &db)
{
    if (!Database::tableExists(db, QStringLiteral("cxcron_schema_version")))
        return 0;
    QSqlQuery q = Sql::exec(db, QStringLiteral("SELECT MAX(version) FROM cxcron_schema_version"));
    return q.next() ? q.value(0).toInt() : 0;
}

void migrate(const QSqlDatabase &db)
{
    int version = 0;
    {
        // Fast path for the every-minute runner: one query when nothing is to do.
        QSqlQuery probe(db);
        QSqlError error;
        if (Sql::tryExec(probe, QStringLiteral("SELECT MAX(version) FROM cxcron_schema_version"), {},
                         &error)) {
            if (probe.next())
                version = probe.value(0).toInt();
        } else if (!isMissingTable(error)) {
            // An I/O error, a file that is not a database, a lost server: say so, do not "migrate".
            Sql::fail(probe);
        }
    }
    if (version == CurrentVersion)
        return;
    if (version > CurrentVersion)
        throw Error(ErrorKind::Database,
                    Tr::tr("The database schema (version %1) is newer than this cxcron understands "
                           "(version %2). Upgrade cxcron.")
                        .arg(version)
                        .arg(CurrentVersion));
    qCInfo(lcSchema) << "migrating schema from" << version << "to" << CurrentVersion;
    ddl(db, QStringLiteral(
                "CREATE TABLE IF NOT EXISTS cxcron_schema_version (version INTEGER NOT NULL PRIMARY KEY)"));
    if (version < 1)
        createCronLogs(db);
    if (version < 2)
        createSupportTables(db);
    if (version < 3)
        createCatalogTables(db);
    if (version < 4)
        ReportSchema::migrate(db);
    if (version < 5)
        createAlertTables(db);
    if (version < 6)
        createRunControlTables(db);
    if (version < 7)
        ReportSchema::addTraceToTextIndex(db);
    if (version < 8)
        addSchemaVersionKey(db);
    if (version < 9) {
        // MariaDB: the vocabulary that lets a word found inside a stored word use the FULLTEXT
        // index. Only its tables here: filling it from a long history takes minutes, which must
        // not hold up a minute's jobs (nor race other runners' migrations). `cxcron migrate`
        // fills it, and each `cxcron run` adds a slice after its runs; searches scan until then.
        WordVocabulary::createTables(db);
    }
    setVersion(db, CurrentVersion);
}

void requireHistoryTable(const QSqlDatabase &db)
{
    if (!Database::tableExists(db, QStringLiteral("cron_logs")))
        throw Error(ErrorKind::Database, Tr::tr("The table cron_logs does not exist in this database. Run "
                                                "\"cxcron run\" once (or \"cxcron demo-db\") to create it."));
}

} // namespace cxcron::Schema
