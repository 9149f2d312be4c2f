// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportschema.h"

#include "database.h"
#include "errors.h"
#include "logging.h"
#include "sql.h"

#include <QCoreApplication>
#include <QSqlError>
#include <exception>

namespace cxcron::ReportSchema {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Schema)
};

const char *const kSortIndexes[][2] = {
    {"cron_logs_name_end_at", "name, end_at"},   {"cron_logs_name_duration", "name, duration_ms"},
    {"cron_logs_name_state", "name, state"},     {"cron_logs_name_trigger", "name, trigger_kind"},
    {"cron_logs_name_by", "name, triggered_by"}, {"cron_logs_name_host", "name, host"},
};

// Keeps the trigram table equal to cron_logs' text columns (the output, the exception and its
// trace). Only rows with text are indexed, so the 'delete' of a row always removes exactly what
// its insert added.
const char *const kSqliteTextIndex[] = {
    "CREATE VIRTUAL TABLE IF NOT EXISTS cron_logs_fts USING fts5(output, exception, exception_trace, "
    "content='cron_logs', content_rowid='id', tokenize='trigram', columnsize=0)",
    "CREATE TRIGGER IF NOT EXISTS cron_logs_fts_insert AFTER INSERT ON cron_logs "
    "WHEN new.output IS NOT NULL OR new.exception IS NOT NULL OR new.exception_trace IS NOT NULL BEGIN "
    "INSERT INTO cron_logs_fts (rowid, output, exception, exception_trace) "
    "VALUES (new.id, new.output, new.exception, new.exception_trace); END",
    "CREATE TRIGGER IF NOT EXISTS cron_logs_fts_delete AFTER DELETE ON cron_logs "
    "WHEN old.output IS NOT NULL OR old.exception IS NOT NULL OR old.exception_trace IS NOT NULL BEGIN "
    "INSERT INTO cron_logs_fts (cron_logs_fts, rowid, output, exception, exception_trace) "
    "VALUES ('delete', old.id, old.output, old.exception, old.exception_trace); END",
    "CREATE TRIGGER IF NOT EXISTS cron_logs_fts_update AFTER UPDATE OF output, exception, exception_trace "
    "ON cron_logs BEGIN "
    "INSERT INTO cron_logs_fts (cron_logs_fts, rowid, output, exception, exception_trace) "
    "SELECT 'delete', old.id, old.output, old.exception, old.exception_trace WHERE old.output IS NOT NULL "
    "OR old.exception IS NOT NULL OR old.exception_trace IS NOT NULL; "
    "INSERT INTO cron_logs_fts (rowid, output, exception, exception_trace) "
    "SELECT new.id, new.output, new.exception, new.exception_trace WHERE new.output IS NOT NULL OR "
    "new.exception IS NOT NULL OR new.exception_trace IS NOT NULL; END",
};

bool alreadyThere(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    // 1061: the index exists; 1091: it was already dropped. Another runner migrating at the same
    // moment did it.
    return code == QLatin1String("1061") || code == QLatin1String("1091") ||
           error.databaseText().contains(QLatin1String("already exists"));
}

void ddl(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    QSqlError error;
    if (Sql::tryExec(q, sql, {}, &error) || alreadyThere(error))
        return;
    throw Error(ErrorKind::Database,
                Tr::tr("Cannot update the database schema: %1").arg(error.databaseText()));
}

bool indexExists(const QSqlDatabase &db, const QString &index)
{
    QSqlQuery q =
        Database::isSqlite(db)
            ? Sql::exec(db, QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = ?"), {index})
            : Sql::exec(db,
                        QStringLiteral("SELECT 1 FROM information_schema.statistics WHERE table_schema = "
                                       "DATABASE() AND table_name = 'cron_logs' AND index_name = ?"),
                        {index});
    return q.next();
}

void createSqliteTextIndex(const QSqlDatabase &db)
{
    if (indexExists(db, QStringLiteral("cron_logs_fts")))
        return;
    QSqlQuery probe(db);
    QSqlError error;
    if (!Sql::tryExec(
            probe,
            QStringLiteral("CREATE VIRTUAL TABLE temp.cxcron_fts_probe USING fts5(x, tokenize='trigram')"),
            {}, &error)) {
        // An SQLite without FTS5 (or older than 3.34): search stays a plain scan.
        qCInfo(lcSchema) << "no FTS5 trigram tokenizer, free-text search scans:" << error.databaseText();
        return;
    }
    ddl(db, QStringLiteral("DROP TABLE temp.cxcron_fts_probe"));
    Sql::Transaction tx(db);
    for (const char *sql : kSqliteTextIndex)
        ddl(db, QString::fromLatin1(sql));
    // Indexes the rows that are already there (the triggers take care of the new ones).
    ddl(db, QStringLiteral("INSERT INTO cron_logs_fts (cron_logs_fts) VALUES ('rebuild')"));
    tx.commit();
    qCInfo(lcSchema) << "created the cron_logs text index (FTS5 trigram)";
}

void createMysqlTextIndex(const QSqlDatabase &db)
{
    if (indexExists(db, QStringLiteral("cron_logs_text")))
        return;
    // Without stop words every word can be searched ("the", "about" …); the setting is read
    // when the index is built.
    ddl(db, QStringLiteral("SET SESSION innodb_ft_enable_stopword = OFF"));
    ddl(db,
        QStringLiteral(
            "ALTER TABLE cron_logs ADD FULLTEXT INDEX cron_logs_text (output, exception, exception_trace)"));
    ddl(db, QStringLiteral("SET SESSION innodb_ft_enable_stopword = ON"));
    qCInfo(lcSchema) << "created the cron_logs text index (FULLTEXT)";
}

bool textIndexHasTrace(const QSqlDatabase &db)
{
    QSqlQuery q = Database::isSqlite(db)
                      ? Sql::exec(db, QStringLiteral("SELECT 1 FROM pragma_table_info('cron_logs_fts') "
                                                     "WHERE name = 'exception_trace'"))
                      : Sql::exec(db, QStringLiteral("SELECT 1 FROM information_schema.statistics WHERE "
                                                     "table_schema = DATABASE() AND table_name = 'cron_logs' "
                                                     "AND index_name = 'cron_logs_text' AND column_name = "
                                                     "'exception_trace'"));
    return q.next();
}

} // namespace

void addTraceToTextIndex(const QSqlDatabase &db)
{
    const bool sqlite = Database::isSqlite(db);
    const QString index = sqlite ? QStringLiteral("cron_logs_fts") : QStringLiteral("cron_logs_text");
    if (!indexExists(db, index) || textIndexHasTrace(db))
        return; // no text index here (no FTS5), or made with the trace already
    if (sqlite) {
        Sql::Transaction tx(db);
        for (const char *trigger : {"cron_logs_fts_insert", "cron_logs_fts_delete", "cron_logs_fts_update"})
            ddl(db, QStringLiteral("DROP TRIGGER IF EXISTS ") + QLatin1String(trigger));
        ddl(db, QStringLiteral("DROP TABLE cron_logs_fts"));
        tx.commit();
        createSqliteTextIndex(db);
        return;
    }
    ddl(db, QStringLiteral("ALTER TABLE cron_logs DROP INDEX cron_logs_text"));
    createMysqlTextIndex(db);
}

BulkInsert::BulkInsert(const QSqlDatabase &db)
    : m_connection(db.connectionName())
{
    if (!Database::isSqlite(db) || !indexExists(db, QStringLiteral("cron_logs_fts_insert")))
        return;
    ddl(db, QStringLiteral("DROP TRIGGER cron_logs_fts_insert"));
    m_active = true;
}

BulkInsert::~BulkInsert() noexcept(false)
{
    // While an error unwinds, the caller's transaction rolls back the dropped trigger with it.
    if (!m_active || std::uncaught_exceptions() > 0)
        return;
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    ddl(db, QString::fromLatin1(kSqliteTextIndex[1]));
    ddl(db, QStringLiteral("INSERT INTO cron_logs_fts (cron_logs_fts) VALUES ('rebuild')"));
}

void migrate(const QSqlDatabase &db)
{
    for (const auto &index : kSortIndexes) {
        const QString name = QString::fromLatin1(index[0]);
        if (indexExists(db, name))
            continue;
        ddl(db, QStringLiteral("CREATE INDEX ") + name + QStringLiteral(" ON cron_logs (") +
                    QString::fromLatin1(index[1]) + u')');
    }
    if (Database::isSqlite(db))
        createSqliteTextIndex(db);
    else
        createMysqlTextIndex(db);
}

} // namespace cxcron::ReportSchema
