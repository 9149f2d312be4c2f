// SPDX-License-Identifier: GPL-3.0-or-later
#include "cancelstaleinvoicestask.h"
#include "database.h"
#include "demodatabase.h"
#include "demoseed.h"
#include "historyrepository.h"
#include "invoicedeliverytask.h"
#include "runner.h"
#include "schema.h"
#include "serviceexpiretask.h"
#include "sql.h"
#include "testdb.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace cxcron;

namespace {
int count(const QString &sql, const QVariantList &values = {})
{
    return test::scalar(sql, values).toInt();
}
} // namespace

class tst_DemoSeed : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seedIsComplete_data();
    void seedIsComplete();
    void everyTaskHasWork_data();
    void everyTaskHasWork();
    void demoDatabaseFile();
    void runnerRecordsTheWork_data();
    void runnerRecordsTheWork();
};

void tst_DemoSeed::seedIsComplete_data()
{
    test::addBackendColumn();
    test::addBackendRows();
}

void tst_DemoSeed::seedIsComplete()
{
    QFETCH(QString, backend);
    test::freshDatabase(backend);
    Schema::migrate(test::db());
    const QDateTime now = Database::serverNowUtc(test::db());
    DemoSeed::seed(test::db(), now);

    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM customers")), 40);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM products")), 10);
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM services")) >= 300);
    for (const char *status : {"active", "suspended", "expired", "cancelled", "hidden"})
        QVERIFY2(count(QStringLiteral("SELECT COUNT(*) FROM services WHERE status = ?"),
                       {QString::fromLatin1(status)}) > 0,
                 status);
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM invoices WHERE status = 'pending'")) > 10);
    // Two weeks of history for every task, none in the current minute.
    for (const char *task :
         {"invoices:delivery", "services:expire", "invoices:cancel-stale", "history:prune"})
        QVERIFY2(count(QStringLiteral("SELECT COUNT(*) FROM cron_logs WHERE name = ?"),
                       {QString::fromLatin1(task)}) >= 13,
                 task);
    QVERIFY(count(QStringLiteral(
                "SELECT COUNT(*) FROM cron_logs WHERE state = 'failed' AND exception_trace IS NOT NULL")) >
            0);
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM cron_logs WHERE state = 'skipped'")) > 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM cron_logs WHERE start_at > ?"), {Sql::fromUtc(now)}),
             0);
}

void tst_DemoSeed::everyTaskHasWork_data()
{
    test::addBackendColumn();
    test::addBackendRows();
}

void tst_DemoSeed::everyTaskHasWork()
{
    QFETCH(QString, backend);
    test::freshDatabase(backend);
    Schema::migrate(test::db());
    const QDateTime now = Database::serverNowUtc(test::db());
    DemoSeed::seed(test::db(), now);
    TaskContext context(now.addSecs(5), QTimeZone("Europe/Paris"), 0, nullptr);

    InvoiceDeliveryTask delivery;
    try {
        delivery.run(context);
        QFAIL("the demo has deliveries that fail");
    } catch (const TaskError &e) {
        QCOMPARE(e.className(), QStringLiteral("DeliveryError"));
        QVERIFY2(e.message().startsWith(QStringLiteral("5 of ")), qPrintable(e.message()));
        QVERIFY(e.trace().contains(QStringLiteral("401 Unauthorized")));
    }
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM action_logs WHERE action = 'service_delivered'")) >=
            8);
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM action_logs WHERE action = 'service_renewed'")) >= 3);
    // The two plain services flagged for manual creation are delivered and unflagged; the
    // virtualizor one (no command) is left pending for the CMS.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM metadata WHERE `key` = 'must_created_manually' AND "
                                  "value = '0'")),
             2);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM services WHERE status = 'pending' AND type = "
                                  "'virtualizor' AND id IN (SELECT model_id FROM metadata WHERE `key` = "
                                  "'must_created_manually' AND value = '1')")),
             1);

    ServiceExpireTask expire;
    const QJsonObject expired = expire.run(context);
    QVERIFY(expired.value(QStringLiteral("suspended")).toInt() >= 20);
    QVERIFY(expired.value(QStringLiteral("expired")).toInt() >= 10);
    QCOMPARE(
        expired.value(QStringLiteral("cancelled")).toInt() +
            count(QStringLiteral("SELECT COUNT(*) FROM services WHERE is_cancelled = 0 AND cancelled_reason "
                                 "IS NOT NULL AND cancelled_at <= ? AND type IN ('virtualizor', 'cpanel')"),
                  {Sql::fromUtc(context.nowUtc())}),
        8);
    QVERIFY(expired.value(QStringLiteral("hidden")).toInt() > 0);
    QVERIFY(expired.value(QStringLiteral("left_for_cms")).toInt() > 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM services WHERE status = 'suspended' AND "
                                  "suspend_reason <> 'client.alerts.suspended_reason_expired'")),
             0);

    CancelStaleInvoicesTask stale;
    QVERIFY(stale.run(context).value(QStringLiteral("cancelled")).toInt() > 5);
}

void tst_DemoSeed::demoDatabaseFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    DemoDatabase::create(path);
    QVERIFY(QFileInfo(path).size() > 100000);
    DemoDatabase::create(path); // refresh over an existing one
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".building")));
}

void tst_DemoSeed::runnerRecordsTheWork_data()
{
    test::addBackendColumn();
    test::addBackendRows();
}

// `cxcron demo-db && cxcron run`: the every-minute CMS tasks are due, the history shows the
// work and a readable delivery failure.
void tst_DemoSeed::runnerRecordsTheWork()
{
    QFETCH(QString, backend);
    test::freshDatabase(backend);
    Schema::migrate(test::db());
    DemoSeed::seed(test::db(), Database::serverNowUtc(test::db()));
    Runner runner(TaskRegistry::builtin(), std::make_shared<DatabaseClock>());
    const QList<RunOutcome> outcomes = runner.runDue();
    QStringList ran;
    for (const RunOutcome &o : outcomes) {
        ran << o.task;
        if (o.task == QLatin1String("invoices:delivery")) {
            QCOMPARE(o.state, ExecState::Failed);
            QVERIFY2(o.error.startsWith(QStringLiteral("DeliveryError: 5 of")), qPrintable(o.error));
            const std::optional<Execution> row = HistoryRepository::get(test::db(), o.logId);
            QVERIFY(row.has_value());
            QVERIFY(row->exceptionTrace.contains(QStringLiteral("proxmox-provision")));
        } else {
            QVERIFY2(o.state == ExecState::Success, qPrintable(o.task + QStringLiteral(": ") + o.error));
        }
        if (o.task == QLatin1String("services:expire")) {
            QVERIFY(o.output.value(QStringLiteral("suspended")).toInt() > 0);
            QVERIFY(o.output.value(QStringLiteral("expired")).toInt() > 0);
        }
    }
    // The every-minute tasks are due; the daily ones only when their time is this very minute
    // (the made-up history already holds today's run once its time has passed).
    for (const char *task : {"invoices:delivery", "services:expire"})
        QVERIFY2(ran.contains(QString::fromLatin1(task)), task);
    QVERIFY2(ran.size() <= 4, qPrintable(ran.join(u' ')));
}

QTEST_GUILESS_MAIN(tst_DemoSeed)
#include "tst_demoseed.moc"
