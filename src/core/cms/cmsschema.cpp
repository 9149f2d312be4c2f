// SPDX-License-Identifier: GPL-3.0-or-later
#include "cmsschema.h"

#include "database.h"
#include "errors.h"
#include "logging.h"
#include "sql.h"

#include <QCoreApplication>
#include <QSqlError>

namespace cxcron::CmsSchema {
namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(CmsSchema)
};

/// Column type shorthands, expanded per dialect.
enum class T
{
    Fk,    ///< nullable reference
    Str,   ///< short string
    Text,  ///< long text
    Ts,    ///< UTC timestamp 'yyyy-MM-dd HH:mm:ss.zzz'
    Date,  ///< 'yyyy-MM-dd'
    Int,   ///< integer, default 0
    Money, ///< floating amount, default 0
    Price, ///< floating amount, NOT NULL without default (v2's invoice amounts)
    Json,  ///< JSON text, NOT NULL without default (v2's invoice_items.data)
    Lock,  ///< v2's service_renewals.pending_lock_key: VIRTUAL, never written
};

struct Col
{
    const char *name;
    T type;
    const char *mysqlDefault = nullptr; ///< literal default (both dialects), e.g. "'monthly'"
};

struct Table
{
    const char *name;
    std::initializer_list<Col> columns;
};

QString typeOf(T t, bool sqlite)
{
    switch (t) {
    case T::Fk:
        return sqlite ? QStringLiteral("INTEGER NULL") : QStringLiteral("BIGINT UNSIGNED NULL");
    case T::Str:
        return sqlite ? QStringLiteral("TEXT NULL") : QStringLiteral("VARCHAR(191) NULL");
    case T::Text:
        return sqlite ? QStringLiteral("TEXT NULL") : QStringLiteral("TEXT NULL");
    case T::Ts:
        return sqlite ? QStringLiteral("TEXT NULL") : QStringLiteral("DATETIME(3) NULL");
    case T::Date:
        return sqlite ? QStringLiteral("TEXT NULL") : QStringLiteral("DATE NULL");
    case T::Int:
        return sqlite ? QStringLiteral("INTEGER NOT NULL DEFAULT 0")
                      : QStringLiteral("INT NOT NULL DEFAULT 0");
    case T::Money:
        return sqlite ? QStringLiteral("REAL NOT NULL DEFAULT 0")
                      : QStringLiteral("DOUBLE NOT NULL DEFAULT 0");
    case T::Price:
        return sqlite ? QStringLiteral("REAL NOT NULL") : QStringLiteral("DOUBLE NOT NULL");
    case T::Json:
        return sqlite ? QStringLiteral("TEXT NOT NULL") : QStringLiteral("LONGTEXT NOT NULL");
    case T::Lock:
        return (sqlite ? QStringLiteral("INTEGER") : QStringLiteral("BIGINT UNSIGNED")) +
               QStringLiteral(" GENERATED ALWAYS AS (CASE WHEN status = 'pending' AND deleted_at IS NULL "
                              "THEN service_id ELSE NULL END) VIRTUAL");
    }
    return {};
}

// Only the columns the tasks, the demo and the tests use; names, meanings, NOT NULL-ness and the
// VIRTUAL pending_lock_key follow v2's migrations, so a write v2's layout would refuse fails on
// the demo too.
const Table kTables[] = {
    {"customers",
     {{"firstname", T::Str},
      {"lastname", T::Str},
      {"email", T::Str},
      {"created_at", T::Ts},
      {"updated_at", T::Ts}}},
    {"products",
     {{"name", T::Str},
      {"type", T::Str},
      {"status", T::Str, "'active'"},
      {"stock", T::Int},
      {"created_at", T::Ts},
      {"updated_at", T::Ts},
      {"deleted_at", T::Ts}}},
    {"pricings",
     {{"related_id", T::Fk},
      {"related_type", T::Str},
      {"currency", T::Str, "'EUR'"},
      {"onetime", T::Money},
      {"monthly", T::Money},
      {"quarterly", T::Money},
      {"semiannually", T::Money},
      {"annually", T::Money},
      {"biennially", T::Money},
      {"triennially", T::Money},
      {"created_at", T::Ts},
      {"updated_at", T::Ts}}},
    {"services",
     {{"customer_id", T::Fk},
      {"uuid", T::Str},
      {"name", T::Str},
      {"type", T::Str},
      {"billing", T::Str, "'monthly'"},
      {"currency", T::Str, "'EUR'"},
      {"server_id", T::Fk},
      {"product_id", T::Fk},
      {"invoice_id", T::Fk},
      {"status", T::Str, "'pending'"},
      {"expires_at", T::Ts},
      {"suspended_at", T::Ts},
      {"suspend_reason", T::Text},
      {"cancelled_at", T::Ts},
      {"cancelled_reason", T::Text},
      {"notes", T::Text},
      {"is_cancelled", T::Int},
      {"delivery_errors", T::Text},
      {"delivery_attempts", T::Int},
      {"renewals", T::Int},
      {"trial_ends_at", T::Ts},
      {"max_renewals", T::Fk},
      {"data", T::Text},
      {"deleted_at", T::Ts},
      {"created_at", T::Ts},
      {"updated_at", T::Ts}}},
    {"invoices",
     {{"customer_id", T::Fk},
      {"uuid", T::Str},
      {"due_date", T::Date},
      {"total", T::Money},
      {"subtotal", T::Money},
      {"tax", T::Money},
      {"setupfees", T::Money},
      {"currency", T::Str, "'EUR'"},
      {"status", T::Str, "'pending'"},
      {"paid_at", T::Ts},
      {"notes", T::Text},
      {"paymethod", T::Str, "'balance'"},
      {"fees", T::Money},
      {"invoice_number", T::Str},
      {"created_at", T::Ts},
      {"updated_at", T::Ts},
      {"deleted_at", T::Ts}}},
    {"invoice_items",
     {{"invoice_id", T::Fk},
      {"name", T::Str},
      {"description", T::Text},
      {"quantity", T::Int},
      {"discount", T::Text},
      {"unit_price_ht", T::Price},
      {"unit_price_ttc", T::Price},
      {"unit_setup_ht", T::Price},
      {"unit_setup_ttc", T::Price},
      {"type", T::Str},
      {"related_id", T::Fk},
      {"data", T::Json},
      {"delivered_at", T::Ts},
      {"cancelled_at", T::Ts},
      {"refunded_at", T::Ts},
      {"parent_id", T::Fk},
      {"created_at", T::Ts},
      {"updated_at", T::Ts},
      {"deleted_at", T::Ts}}},
    {"service_renewals",
     {{"service_id", T::Fk},
      {"invoice_id", T::Fk},
      {"start_date", T::Ts},
      {"end_date", T::Ts},
      {"renewed_at", T::Ts},
      {"next_billing_on", T::Ts},
      {"period", T::Int},
      {"first_period", T::Int},
      {"status", T::Str, "'pending'"},
      {"deleted_at", T::Ts},
      {"created_at", T::Ts},
      {"updated_at", T::Ts},
      {"pending_lock_key", T::Lock}}},
    {"settings", {{"name", T::Str}, {"value", T::Text}, {"created_at", T::Ts}, {"updated_at", T::Ts}}},
    {"action_logs",
     {{"customer_id", T::Fk},
      {"staff_id", T::Fk},
      {"action", T::Str},
      {"model", T::Str},
      {"model_id", T::Fk},
      {"payload", T::Text},
      {"created_at", T::Ts},
      {"updated_at", T::Ts}}},
    {"metadata",
     {{"model_id", T::Fk},
      {"model_type", T::Str},
      {"key", T::Str},
      {"value", T::Text},
      {"created_at", T::Ts},
      {"updated_at", T::Ts}}},
    {"invoice_logs",
     {{"invoice_id", T::Fk},
      {"status", T::Str},
      {"context", T::Text},
      {"customer_id", T::Fk},
      {"staff_id", T::Fk},
      {"created_at", T::Ts},
      {"updated_at", T::Ts},
      {"deleted_at", T::Ts}}},
};

struct Index
{
    const char *name;
    const char *table;
    const char *columns;
    bool unique;
};

const Index kIndexes[] = {
    {"services_status_expires_at", "services", "status, expires_at", false},
    {"services_invoice_id", "services", "invoice_id", false},
    {"services_customer_id", "services", "customer_id", false},
    {"services_cancelled_at", "services", "cancelled_at", false},
    {"invoices_status_created_at", "invoices", "status, created_at", false},
    {"invoice_items_invoice_id", "invoice_items", "invoice_id", false},
    {"invoice_items_related", "invoice_items", "related_id, type", false},
    {"service_renewals_pending_lock_unique", "service_renewals", "pending_lock_key", true},
    {"service_renewals_service_id", "service_renewals", "service_id", false},
    {"service_renewals_invoice_id", "service_renewals", "invoice_id", false},
    {"settings_name", "settings", "name", true},
    {"metadata_model", "metadata", "model_id, model_type", false},
    {"pricings_related", "pricings", "related_id, related_type", false},
    {"action_logs_model", "action_logs", "model, model_id", false},
};

void ddl(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    QSqlError error;
    if (Sql::tryExec(q, sql, {}, &error))
        return;
    const QString code = error.nativeErrorCode();
    // Another process created the same table or index a moment ago.
    if (code == QLatin1String("1050") || code == QLatin1String("1061") ||
        error.databaseText().contains(QLatin1String("already exists")))
        return;
    throw Error(ErrorKind::Database, Tr::tr("Cannot create the CMS tables: %1").arg(error.databaseText()));
}

QString quoted(const char *name, bool sqlite)
{
    // `key` is reserved in MySQL.
    const QString n = QString::fromLatin1(name);
    return sqlite ? u'"' + n + u'"' : u'`' + n + u'`';
}
} // namespace

void create(const QSqlDatabase &db)
{
    const bool sqlite = Database::isSqlite(db);
    for (const Table &table : kTables) {
        QStringList defs{sqlite ? QStringLiteral("id INTEGER PRIMARY KEY AUTOINCREMENT")
                                : QStringLiteral("id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY")};
        for (const Col &c : table.columns) {
            QString def = quoted(c.name, sqlite) + u' ' + typeOf(c.type, sqlite);
            if (c.mysqlDefault)
                def += QStringLiteral(" DEFAULT ") + QString::fromLatin1(c.mysqlDefault);
            defs << def;
        }
        QString sql = QStringLiteral("CREATE TABLE IF NOT EXISTS ") + QString::fromLatin1(table.name) +
                      QStringLiteral(" (") + defs.join(QStringLiteral(", ")) + u')';
        if (!sqlite)
            sql += QStringLiteral(" ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
        ddl(db, sql);
    }
    for (const Index &i : kIndexes) {
        QStringList cols = QString::fromLatin1(i.columns).split(QStringLiteral(", "));
        for (QString &c : cols)
            c = quoted(c.toLatin1().constData(), sqlite);
        ddl(db, QStringLiteral("CREATE %1INDEX IF NOT EXISTS %2 ON %3 (%4)")
                    .arg(i.unique ? QStringLiteral("UNIQUE ") : QString(), QString::fromLatin1(i.name),
                         QString::fromLatin1(i.table), cols.join(QStringLiteral(", "))));
    }
    qCInfo(lcTasks) << "CMS tables ready";
}

bool present(const QSqlDatabase &db)
{
    return Database::tableExists(db, QStringLiteral("services")) &&
           Database::tableExists(db, QStringLiteral("invoices")) &&
           Database::tableExists(db, QStringLiteral("invoice_items"));
}

} // namespace cxcron::CmsSchema
