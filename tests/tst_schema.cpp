// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"
#include "errors.h"
#include "schema.h"
#include "sql.h"
#include "testdb.h"

#include <QSqlError>
#include <QStandardPaths>
#include <QTest>

using namespace cxcron;

class tst_Schema : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void freshDatabase_data()
    {
        test::addBackendColumn();
        test::addBackendRows();
    }
    void freshDatabase();
    void migrateIsIdempotent_data()
    {
        test::addBackendColumn();
        test::addBackendRows();
    }
    void migrateIsIdempotent();
    void upgradesOlderTable_data()
    {
        test::addBackendColumn();
        test::addBackendRows();
    }
    void upgradesOlderTable();
    void refusesNewerSchema_data()
    {
        test::addBackendColumn();
        test::addBackendRows();
    }
    void refusesNewerSchema();
    void slotIsUnique_data()
    {
        test::addBackendColumn();
        test::addBackendRows();
    }
    void slotIsUnique();
    void everyTableHasPrimaryKey_data()
    {
        test::addBackendColumn();
        test::addBackendRows();
    }
    void everyTableHasPrimaryKey();
    void versionTableGetsPrimaryKey_data()
    {
        test::addBackendColumn();
        test::addBackendRows();
    }
    void versionTableGetsPrimaryKey();
    void mariadbIsReallyTested();
};

void tst_Schema::freshDatabase()
{
    QFETCH(QString, backend);
    test::freshDatabase(backend);
    const QSqlDatabase db = test::db();
    QCOMPARE(Schema::storedVersion(db), 0);
    QVERIFY_THROWS_EXCEPTION(Error, Schema::requireHistoryTable(db));
    Schema::migrate(db);
    QCOMPARE(Schema::storedVersion(db), Schema::CurrentVersion);
    for (const char *table : {"cron_logs", "cxcron_task_settings", "cxcron_leases", "cxcron_schema_version"})
        QVERIFY2(Database::tableExists(db, QString::fromLatin1(table)), table);
    const QStringList columns = Database::columns(db, QStringLiteral("cron_logs"));
    for (const char *column :
         {"id", "name", "scheduled_for", "start_at", "end_at", "state", "output", "exception",
          "exception_class", "exception_trace", "duration_ms", "trigger_kind", "triggered_by", "host", "pid"})
        QVERIFY2(columns.contains(QString::fromLatin1(column)), column);
    Schema::requireHistoryTable(db);
}

void tst_Schema::migrateIsIdempotent()
{
    QFETCH(QString, backend);
    test::freshDatabase(backend);
    Schema::migrate(test::db());
    Sql::exec(
        test::db(),
        QStringLiteral(
            "INSERT INTO cron_logs (name, start_at, state) VALUES ('a', '2026-01-01 00:00:00', 'success')"));
    Schema::migrate(test::db());
    Schema::migrate(test::db());
    QCOMPARE(test::scalar(QStringLiteral("SELECT COUNT(*) FROM cron_logs")).toInt(), 1);
    QCOMPARE(test::scalar(QStringLiteral("SELECT COUNT(*) FROM cxcron_schema_version")).toInt(), 1);
}

void tst_Schema::upgradesOlderTable()
{
    QFETCH(QString, backend);
    test::freshDatabase(backend);
    const QSqlDatabase db = test::db();
    // The CMS v1 shape: fewer columns, no version table.
    Sql::exec(
        db,
        Database::isSqlite(db)
            ? QStringLiteral(
                  "CREATE TABLE cron_logs (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, "
                  "start_at TEXT NOT NULL, end_at TEXT, state TEXT, output TEXT, exception TEXT)")
            : QStringLiteral("CREATE TABLE cron_logs (id INT(11) NOT NULL AUTO_INCREMENT PRIMARY KEY, name "
                             "VARCHAR(255) NOT NULL, start_at DATETIME NOT NULL, end_at DATETIME NULL, state "
                             "VARCHAR(16), output LONGTEXT, exception LONGTEXT)"));
    for (int i = 0; i < 5; ++i)
        Sql::exec(db,
                  QStringLiteral(
                      "INSERT INTO cron_logs (name, start_at, end_at, state, output) VALUES (?, ?, ?, ?, ?)"),
                  {QStringLiteral("order-delivery"), QStringLiteral("2024-02-03 14:4%1:00").arg(i),
                   QStringLiteral("2024-02-03 14:4%1:02").arg(i), QStringLiteral("success"),
                   QStringLiteral("{}")});
    Schema::migrate(db);
    QCOMPARE(test::scalar(QStringLiteral("SELECT COUNT(*) FROM cron_logs")).toInt(), 5);
    QVERIFY(Database::columns(db, QStringLiteral("cron_logs")).contains(QStringLiteral("scheduled_for")));
    QCOMPARE(test::scalar(QStringLiteral("SELECT trigger_kind FROM cron_logs WHERE id = 1")).toString(),
             QStringLiteral("schedule"));
    QCOMPARE(test::scalar(QStringLiteral("SELECT output FROM cron_logs WHERE id = 3")).toString(),
             QStringLiteral("{}"));
    // New rows work on the upgraded table.
    Sql::exec(db, QStringLiteral("INSERT INTO cron_logs (name, scheduled_for, start_at, state) VALUES ('x', "
                                 "'2026-01-01 00:00:00', '2026-01-01 00:00:00', 'running')"));
    QCOMPARE(test::scalar(QStringLiteral("SELECT COUNT(*) FROM cron_logs")).toInt(), 6);
}

void tst_Schema::refusesNewerSchema()
{
    QFETCH(QString, backend);
    test::freshDatabase(backend);
    Schema::migrate(test::db());
    Sql::exec(test::db(), QStringLiteral("UPDATE cxcron_schema_version SET version = 99"));
    try {
        Schema::migrate(test::db());
        QFAIL("a newer schema must be refused");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), ErrorKind::Database);
        QVERIFY(e.message().contains(QStringLiteral("99")));
    }
}

void tst_Schema::slotIsUnique()
{
    QFETCH(QString, backend);
    test::freshDatabase(backend);
    Schema::migrate(test::db());
    const QString insert = QStringLiteral(
        "INSERT INTO cron_logs (name, scheduled_for, start_at, state) VALUES (?, ?, ?, 'running')");
    Sql::exec(test::db(), insert,
              {QStringLiteral("t"), QStringLiteral("2026-01-01 10:00:00"),
               QStringLiteral("2026-01-01 10:00:00.100")});
    QSqlQuery q(test::db());
    QSqlError error;
    QVERIFY(!Sql::tryExec(q, insert,
                          {QStringLiteral("t"), QStringLiteral("2026-01-01 10:00:00"),
                           QStringLiteral("2026-01-01 10:00:00.200")},
                          &error));
    QVERIFY2(Sql::isUniqueViolation(error), qPrintable(error.text()));
    // Manual runs have no slot and never collide.
    Sql::exec(test::db(), insert,
              {QStringLiteral("t"), QVariant(QMetaType(QMetaType::QString)),
               QStringLiteral("2026-01-01 10:00:01")});
    Sql::exec(test::db(), insert,
              {QStringLiteral("t"), QVariant(QMetaType(QMetaType::QString)),
               QStringLiteral("2026-01-01 10:00:02")});
    QCOMPARE(test::scalar(QStringLiteral("SELECT COUNT(*) FROM cron_logs")).toInt(), 3);
}

namespace {

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

} // namespace

// A Galera cluster certifies rows by their primary key, and with wsrep_mode=REQUIRED_PRIMARY_KEY
// refuses a table without one: every table cxcron owns has one.
void tst_Schema::everyTableHasPrimaryKey()
{
    QFETCH(QString, backend);
    test::freshDatabase(backend);
    const QSqlDatabase db = test::db();
    Schema::migrate(db);
    int checked = 0;
    for (const QString &table : Schema::ownTables()) {
        if (!Database::tableExists(db, table))
            continue;
        // SQLite's full-text index is a virtual table: it has no key and is never replicated.
        if (table == QLatin1String("cron_logs_fts"))
            continue;
        QVERIFY2(hasPrimaryKey(db, table), qPrintable(table));
        ++checked;
    }
    // MariaDB also has the search vocabulary's two tables.
    QCOMPARE(checked, backend == QLatin1String("sqlite") ? 10 : 12);
}

// An install of version 7 has a version table without key, possibly with the same version twice
// (two runners writing it at once): the migration keeps one row and adds the key.
void tst_Schema::versionTableGetsPrimaryKey()
{
    QFETCH(QString, backend);
    test::freshDatabase(backend);
    const QSqlDatabase db = test::db();
    Schema::migrate(db);
    Sql::exec(db, QStringLiteral("INSERT INTO cron_logs (name, start_at, state) VALUES ('a', '2026-01-01 "
                                 "00:00:00', 'success')"));
    Sql::exec(db, QStringLiteral("DROP TABLE cxcron_schema_version"));
    Sql::exec(db, QStringLiteral("CREATE TABLE cxcron_schema_version (version INTEGER NOT NULL)"));
    Sql::exec(db, QStringLiteral("INSERT INTO cxcron_schema_version (version) VALUES (7), (7), (6)"));
    QVERIFY(!hasPrimaryKey(db, QStringLiteral("cxcron_schema_version")));
    QCOMPARE(Schema::storedVersion(db), 7);

    Schema::migrate(db);
    QVERIFY(hasPrimaryKey(db, QStringLiteral("cxcron_schema_version")));
    QCOMPARE(test::scalar(QStringLiteral("SELECT COUNT(*) FROM cxcron_schema_version")).toInt(), 1);
    QCOMPARE(Schema::storedVersion(db), Schema::CurrentVersion);
    QCOMPARE(test::scalar(QStringLiteral("SELECT COUNT(*) FROM cron_logs")).toInt(), 1);
    // Done once: the next runner takes the fast path and the key stays.
    Schema::migrate(db);
    QVERIFY(hasPrimaryKey(db, QStringLiteral("cxcron_schema_version")));
    QCOMPARE(test::scalar(QStringLiteral("SELECT COUNT(*) FROM cxcron_schema_version")).toInt(), 1);
}

void tst_Schema::mariadbIsReallyTested()
{
    // Under ctest the MariaDB server is a fixture: its absence must fail, not skip.
    if (test::mariadbRequired())
        QVERIFY2(test::backends().contains(QStringLiteral("mariadb")), "CXCRON_TEST_MARIADB_URL is not set");
    else
        QVERIFY(test::backends().contains(QStringLiteral("sqlite")));
}

QTEST_GUILESS_MAIN(tst_Schema)
#include "tst_schema.moc"
