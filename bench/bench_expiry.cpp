// SPDX-License-Identifier: GPL-3.0-or-later
// Expiry and retention at scale: seeds 100,000 services and 1,000,000 history rows, then times
// `services:expire` (set-based) and Retention::prune. SQLite by default (a temporary file);
// MariaDB with --database mysql://user:pass@host:port/db (an empty scratch database: the
// benchmark drops and re-creates its tables there, and refuses a database holding services
// unless --reset is given). Figures are recorded in docs/PERFORMANCE.md.
#include "cmsschema.h"
#include "database.h"
#include "errors.h"
#include "retention.h"
#include "schema.h"
#include "serviceexpiretask.h"
#include "sql.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>

using namespace cxcron;

namespace {
QTextStream out(stdout);

/// Multi-row INSERT of @p rows rows of @p columns, @p perStatement rows per statement, all in
/// transactions of ~50,000 rows. @p row fills the values of row i.
void bulkInsert(const QSqlDatabase &db, const QString &table, const QStringList &columns, qint64 rows,
                int perStatement, const std::function<void(qint64, QVariantList &)> &row)
{
    const QString one = u'(' + QStringList(columns.size(), QStringLiteral("?")).join(u',') + u')';
    const QString head = QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") + columns.join(u',') +
                         QStringLiteral(") VALUES ");
    QSqlQuery full(db);
    full.prepare(head + QStringList(perStatement, one).join(u','));
    qint64 i = 0;
    while (i < rows) {
        Sql::Transaction tx(db);
        const qint64 txEnd = qMin(rows, i + 50000);
        while (i < txEnd) {
            const int n = int(qMin<qint64>(perStatement, txEnd - i));
            QVariantList values;
            values.reserve(n * columns.size());
            for (int k = 0; k < n; ++k)
                row(i + k, values);
            if (n == perStatement) {
                for (const QVariant &v : values)
                    full.addBindValue(v);
                if (!full.exec())
                    Sql::fail(full, table);
            } else {
                Sql::exec(db, head + QStringList(n, one).join(u','), values);
            }
            i += n;
        }
        tx.commit();
    }
}

void dropTables(const QSqlDatabase &db)
{
    for (const char *t : {"customers", "products", "pricings", "services", "invoices", "invoice_items",
                          "service_renewals", "settings", "action_logs", "metadata", "cron_logs"})
        Sql::exec(db, QStringLiteral("DROP TABLE IF EXISTS ") + QString::fromLatin1(t));
}

QString ms(qint64 v)
{
    return QStringLiteral("%1 ms").arg(v);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("database"), QStringLiteral("mysql:// URL of a scratch database."),
                      QStringLiteral("url")});
    parser.addOption({QStringLiteral("services"), QStringLiteral("Services to seed."), QStringLiteral("n"),
                      QStringLiteral("100000")});
    parser.addOption({QStringLiteral("history"), QStringLiteral("cron_logs rows to seed."),
                      QStringLiteral("n"), QStringLiteral("1000000")});
    parser.addOption(
        {QStringLiteral("reset"), QStringLiteral("Drop the benchmark tables of a non-empty database.")});
    parser.process(app);
    const qint64 services = parser.value(QStringLiteral("services")).toLongLong();
    const qint64 history = parser.value(QStringLiteral("history")).toLongLong();

    QTemporaryDir dir;
    ConnectionProfile profile;
    if (parser.isSet(QStringLiteral("database"))) {
        profile = ConnectionProfile::fromUrl(parser.value(QStringLiteral("database")));
    } else {
        profile.driver = ConnectionProfile::Driver::Sqlite;
        profile.filePath = dir.filePath(QStringLiteral("bench.sqlite"));
    }
    try {
        Database::setProfile(profile);
        const QSqlDatabase db = Database::connection();
        const bool sqlite = Database::isSqlite(db);
        if (!sqlite && Database::tableExists(db, QStringLiteral("services")) &&
            Sql::exec(db, QStringLiteral("SELECT 1 FROM services LIMIT 1")).next() &&
            !parser.isSet(QStringLiteral("reset"))) {
            out << "The database already holds services: use an empty scratch database or --reset.\n";
            return 2;
        }
        dropTables(db);
        Schema::migrate(db);
        CmsSchema::create(db);
        const QDateTime now = QDateTime(QDate(2026, 11, 24), QTime(12, 0), QTimeZone::utc());
        out << "backend: " << (sqlite ? "sqlite" : "mariadb") << ", services: " << services
            << ", history rows: " << history << Qt::endl;

        QElapsedTimer t;
        t.start();
        // 30% active past expires_at (→ suspended), 20% suspended past the grace (→ expired),
        // 5% with a passed cancellation date but no reason (untouched, as in v2), 45% active in the future.
        bulkInsert(db, QStringLiteral("services"),
                   {QStringLiteral("customer_id"), QStringLiteral("name"), QStringLiteral("type"),
                    QStringLiteral("billing"), QStringLiteral("status"), QStringLiteral("expires_at"),
                    QStringLiteral("cancelled_at"), QStringLiteral("created_at")},
                   services, 500, [&](qint64 i, QVariantList &v) {
                       const int bucket = int(i % 20);
                       const QString status = bucket >= 6 && bucket < 10 ? QStringLiteral("suspended")
                                                                         : QStringLiteral("active");
                       const QDateTime expires = bucket < 6    ? now.addSecs(-3600 * (1 + i % 48))
                                                 : bucket < 10 ? now.addDays(-8 - i % 20)
                                                               : now.addDays(1 + i % 300);
                       v << (1 + i % 5000) << QStringLiteral("Service %1").arg(i) << QStringLiteral("none")
                         << QStringLiteral("monthly") << status << Sql::fromUtc(expires)
                         << (bucket == 10 ? QVariant(Sql::fromUtc(now.addDays(-1)))
                                          : QVariant(QMetaType(QMetaType::QString)))
                         << Sql::fromUtc(now.addDays(-400));
                   });
        const qint64 seedServicesMs = t.restart();
        // 60 days of history over 4 tasks; 3% failed.
        const QStringList names{QStringLiteral("invoices:delivery"), QStringLiteral("services:expire"),
                                QStringLiteral("invoices:cancel-stale"), QStringLiteral("history:prune")};
        const qint64 spanMs = qint64(60) * 86400 * 1000;
        bulkInsert(db, QStringLiteral("cron_logs"),
                   {QStringLiteral("name"), QStringLiteral("start_at"), QStringLiteral("end_at"),
                    QStringLiteral("state"), QStringLiteral("output"), QStringLiteral("duration_ms"),
                    QStringLiteral("trigger_kind")},
                   history, 1000, [&](qint64 i, QVariantList &v) {
                       const QDateTime start = now.addMSecs(-spanMs + spanMs / history * i);
                       v << names.at(int(i % names.size())) << Sql::fromUtc(start)
                         << Sql::fromUtc(start.addMSecs(120))
                         << (i % 33 == 0 ? QStringLiteral("failed") : QStringLiteral("success"))
                         << QStringLiteral("{\"suspended\":0,\"expired\":0}") << 120
                         << QStringLiteral("schedule");
                   });
        const qint64 seedHistoryMs = t.restart();

        ServiceExpireTask task;
        TaskContext context(now, QTimeZone::utc(), 0, nullptr);
        const QJsonObject first = task.run(context);
        const qint64 expireMs = t.restart();
        const QJsonObject second = task.run(context);
        const qint64 expireAgainMs = t.restart();

        RetentionPolicy policy; // 15 days, keep the last 10 runs of each task
        const qint64 toDelete = Retention::count(db, policy, now);
        const qint64 countMs = t.restart();
        const PruneResult pruned = Retention::prune(db, policy, now);
        const qint64 pruneMs = t.restart();

        out << "seed services:          " << ms(seedServicesMs) << Qt::endl;
        out << "seed history:           " << ms(seedHistoryMs) << Qt::endl;
        out << "services:expire (1st):  " << ms(expireMs)
            << "  suspended=" << first.value(QStringLiteral("suspended")).toInt()
            << " expired=" << first.value(QStringLiteral("expired")).toInt()
            << " cancelled=" << first.value(QStringLiteral("cancelled")).toInt() << Qt::endl;
        out << "services:expire (2nd):  " << ms(expireAgainMs) << "  changes="
            << second.value(QStringLiteral("suspended")).toInt() +
                   second.value(QStringLiteral("expired")).toInt()
            << Qt::endl;
        out << "retention count:        " << ms(countMs) << "  rows=" << toDelete << Qt::endl;
        out << "retention prune:        " << ms(pruneMs) << "  deleted=" << pruned.deleted
            << " batches=" << pruned.batches << " longest batch=" << pruned.longestBatchMs << " ms"
            << Qt::endl;
        if (!sqlite)
            dropTables(db);
    } catch (const Error &e) {
        out << "error: " << e.message() << Qt::endl;
        return 1;
    } catch (const TaskError &e) {
        out << "task error: " << e.message() << Qt::endl;
        return 1;
    }
    Database::closeThreadConnection();
    return 0;
}
