// SPDX-License-Identifier: GPL-3.0-or-later
#include "cmsrows.h"
#include "cmsschema.h"
#include "database.h"
#include "serviceexpiretask.h"
#include "sql.h"
#include "testdb.h"
#include "testfiles.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <thread>

using namespace cxcron;

namespace {
const QDateTime kNow(QDate(2026, 3, 29), QTime(1, 30), QTimeZone::utc()); // the night Paris moves to CEST

QJsonObject runExpire(const QDateTime &now = kNow)
{
    ServiceExpireTask task;
    TaskContext context(now, QTimeZone("Europe/Paris"), 0, nullptr);
    return task.run(context);
}

qint64 addService(const QString &status, const QDateTime &expires,
                  const QString &type = QStringLiteral("none"))
{
    CmsRows::NewService s;
    s.customerId = 1;
    s.name = QStringLiteral("Service ") + status;
    s.type = type;
    s.status = status;
    s.expiresAt = expires;
    s.createdAt = kNow.addDays(-60);
    return CmsRows::insertService(test::db(), s);
}

QString statusOf(qint64 id)
{
    return test::scalar(QStringLiteral("SELECT status FROM services WHERE id = ?"), {id}).toString();
}

/// Everything a run may change, as one comparable string.
QString snapshot()
{
    QString text;
    QSqlQuery q =
        Sql::exec(test::db(), QStringLiteral("SELECT id, status, expires_at, suspended_at, invoice_id, "
                                             "is_cancelled FROM services ORDER BY id"));
    while (q.next())
        for (int i = 0; i < 6; ++i)
            text += q.value(i).toString() + u'|';
    text += test::scalar(QStringLiteral("SELECT COUNT(*) FROM action_logs")).toString();
    text +=
        test::scalar(QStringLiteral("SELECT COUNT(*) FROM invoices WHERE status = 'cancelled'")).toString();
    return text;
}

} // namespace

class tst_TaskExpire : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { test::addBackendColumn(), test::addBackendRows(); }
    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        test::freshCmsDatabase(backend);
    }
    void boundaries();
    void cancellationAndRenewalInvoice();
    void hidesLongExpired();
    void activeSubscriptionIsLeftToTheCms();
    void suspendDelaySetting();
    void secondRunChangesNothing();
    void commandProvisionerFailureIsRetried();
    void twoRunnersRacing();
};

void tst_TaskExpire::boundaries()
{
    const qint64 pastDue = addService(QStringLiteral("active"), kNow.addDays(-2));
    const qint64 exactlyNow = addService(QStringLiteral("active"), kNow);
    const qint64 justBefore = addService(QStringLiteral("active"), kNow.addMSecs(1));
    const qint64 inGrace = addService(QStringLiteral("suspended"), kNow.addDays(-7).addMSecs(1));
    const qint64 graceOver = addService(QStringLiteral("suspended"), kNow.addDays(-7));
    const qint64 noExpiry = addService(QStringLiteral("active"), {});
    const qint64 pending = addService(QStringLiteral("pending"), kNow.addDays(-30));
    // v2's getShouldSuspend() also takes `cancelled` services past their expiry.
    const qint64 cancelledPastDue = addService(QStringLiteral("cancelled"), kNow.addDays(-3));
    // A panel type without a configured command: v2 calls its module, cxcron cannot.
    const qint64 panel =
        addService(QStringLiteral("active"), kNow.addDays(-2), QStringLiteral("pterodactyl"));

    const QJsonObject r = runExpire();
    QCOMPARE(r.value(QStringLiteral("suspended")).toInt(), 3);
    QCOMPARE(r.value(QStringLiteral("expired")).toInt(), 1);
    QCOMPARE(statusOf(pastDue), QStringLiteral("suspended"));
    QCOMPARE(statusOf(exactlyNow), QStringLiteral("suspended"));
    QCOMPARE(statusOf(justBefore), QStringLiteral("active"));
    QCOMPARE(statusOf(inGrace), QStringLiteral("suspended"));
    QCOMPARE(statusOf(graceOver), QStringLiteral("expired"));
    QCOMPARE(statusOf(noExpiry), QStringLiteral("active"));
    QCOMPARE(statusOf(pending), QStringLiteral("pending"));
    QCOMPARE(statusOf(cancelledPastDue), QStringLiteral("suspended"));
    QCOMPARE(statusOf(panel), QStringLiteral("active"));
    QCOMPARE(r.value(QStringLiteral("left_for_cms")).toInt(), 1);
    QCOMPARE(r.value(QStringLiteral("left_for_cms_services"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("service_id")),
             QJsonValue(panel));
    QCOMPARE(
        Sql::toUtc(test::scalar(QStringLiteral("SELECT suspended_at FROM services WHERE id = ?"), {pastDue})),
        kNow);
    // The key Service::canRenew() compares, not a sentence.
    QCOMPARE(test::scalar(QStringLiteral("SELECT suspend_reason FROM services WHERE id = ?"), {pastDue})
                 .toString(),
             QStringLiteral("client.alerts.suspended_reason_expired"));
    QCOMPARE(test::scalar(QStringLiteral("SELECT COUNT(*) FROM action_logs WHERE model_id = ? AND action = "
                                         "'service_suspended' AND customer_id IS NULL"),
                          {pastDue})
                 .toInt(),
             1);
    QCOMPARE(test::scalar(QStringLiteral("SELECT COUNT(*) FROM action_logs")).toInt(), 4);
    QVERIFY(r.value(QStringLiteral("suspended_ids")).toArray().contains(exactlyNow));
}

void tst_TaskExpire::cancellationAndRenewalInvoice()
{
    const qint64 cancelled = addService(QStringLiteral("active"), kNow.addDays(20));
    const qint64 later = addService(QStringLiteral("active"), kNow.addDays(20));
    const qint64 noReason = addService(QStringLiteral("active"), kNow.addDays(20));
    Sql::exec(test::db(),
              QStringLiteral("UPDATE services SET cancelled_at = ?, cancelled_reason = 'Trop cher', notes = "
                             "'VIP' WHERE id = ?"),
              {Sql::fromUtc(kNow.addSecs(-1)), cancelled});
    Sql::exec(test::db(),
              QStringLiteral("UPDATE services SET cancelled_at = ?, cancelled_reason = 'x' WHERE id = ?"),
              {Sql::fromUtc(kNow.addSecs(1)), later});
    Sql::exec(test::db(), QStringLiteral("UPDATE services SET cancelled_at = ? WHERE id = ?"),
              {Sql::fromUtc(kNow.addSecs(-1)), noReason});
    // A suspended service past grace with a pending renewal invoice: the invoice is cancelled too.
    const qint64 expiring = addService(QStringLiteral("suspended"), kNow.addDays(-10));
    CmsRows::NewInvoice inv;
    inv.customerId = 1;
    inv.createdAt = kNow.addDays(-12);
    const qint64 invoice = CmsRows::insertInvoice(test::db(), inv);
    const qint64 item = CmsRows::insertItem(test::db(), invoice, QStringLiteral("renewal"), expiring,
                                            QStringLiteral("r"), 5, inv.createdAt);
    Sql::exec(test::db(), QStringLiteral("UPDATE services SET invoice_id = ? WHERE id = ?"),
              {invoice, expiring});
    // pending_lock_key is VIRTUAL, as in v2: it is never written.
    Sql::exec(test::db(),
              QStringLiteral(
                  "INSERT INTO service_renewals (service_id, invoice_id, status) VALUES (?, ?, 'pending')"),
              {expiring, invoice});
    QCOMPARE(test::scalar(QStringLiteral("SELECT pending_lock_key FROM service_renewals")).toLongLong(),
             expiring);

    const QJsonObject r = runExpire();
    // markAsCancelled(): status cancelled, expiry date kept, notes appended (Paris time).
    QCOMPARE(r.value(QStringLiteral("cancelled")).toInt(), 1);
    QCOMPARE(statusOf(cancelled), QStringLiteral("cancelled"));
    QCOMPARE(
        test::scalar(QStringLiteral("SELECT is_cancelled FROM services WHERE id = ?"), {cancelled}).toInt(),
        1);
    QCOMPARE(
        Sql::toUtc(test::scalar(QStringLiteral("SELECT expires_at FROM services WHERE id = ?"), {cancelled})),
        kNow.addDays(20));
    QCOMPARE(test::scalar(QStringLiteral("SELECT notes FROM services WHERE id = ?"), {cancelled}).toString(),
             QStringLiteral("VIP | Service was cancelled Trop cher on 2026-03-29 03:30:00"));
    QVERIFY(test::scalar(QStringLiteral("SELECT payload FROM action_logs WHERE model_id = ? AND action = "
                                        "'service_cancelled'"),
                         {cancelled})
                .toString()
                .contains(QStringLiteral("\"date\":\"2026-03-29 03:29:59\"")));
    QCOMPARE(statusOf(later), QStringLiteral("active"));
    QCOMPARE(statusOf(noReason), QStringLiteral("active")); // v2 requires a cancellation reason
    QCOMPARE(statusOf(expiring), QStringLiteral("expired"));
    QCOMPARE(test::scalar(QStringLiteral("SELECT status FROM invoices WHERE id = ?"), {invoice}).toString(),
             QStringLiteral("cancelled"));
    QVERIFY(!test::scalar(QStringLiteral("SELECT cancelled_at FROM invoice_items WHERE id = ?"), {item})
                 .isNull());
    QVERIFY(
        test::scalar(QStringLiteral("SELECT invoice_id FROM services WHERE id = ?"), {expiring}).isNull());
    QCOMPARE(
        test::scalar(QStringLiteral("SELECT status FROM service_renewals WHERE service_id = ?"), {expiring})
            .toString(),
        QStringLiteral("cancelled"));
    // Soft-deleted, which frees the pending lock for a new renewal.
    QVERIFY(!test::scalar(QStringLiteral("SELECT deleted_at FROM service_renewals")).isNull());
    QVERIFY(test::scalar(QStringLiteral("SELECT pending_lock_key FROM service_renewals")).isNull());
    QCOMPARE(
        r.value(QStringLiteral("invoices_cancelled")).toObject().value(QStringLiteral("invoices")).toInt(),
        1);
    QCOMPARE(test::scalar(QStringLiteral("SELECT status FROM invoice_logs WHERE invoice_id = ?"), {invoice})
                 .toString(),
             QStringLiteral("cancel_invoice"));
}

void tst_TaskExpire::hidesLongExpired()
{
    const qint64 old = addService(QStringLiteral("expired"), kNow.addDays(-90));
    const qint64 recent = addService(QStringLiteral("expired"), kNow.addDays(-89));
    // Hiding needs no module call: a panel type is hidden too.
    const qint64 panel = addService(QStringLiteral("expired"), kNow.addDays(-120), QStringLiteral("proxmox"));
    QJsonObject r = runExpire();
    QCOMPARE(r.value(QStringLiteral("hidden")).toInt(), 2);
    QCOMPARE(statusOf(old), QStringLiteral("hidden"));
    QCOMPARE(statusOf(recent), QStringLiteral("expired"));
    QCOMPARE(statusOf(panel), QStringLiteral("hidden"));
    CmsRows::setSetting(test::db(), QStringLiteral("services_expire_and_delete_after_days"),
                        QStringLiteral("30"));
    r = runExpire();
    QCOMPARE(r.value(QStringLiteral("hidden")).toInt(), 1);
    QCOMPARE(statusOf(recent), QStringLiteral("hidden"));
}

void tst_TaskExpire::activeSubscriptionIsLeftToTheCms()
{
    // v2's expire() cancels an active subscription at the payment gateway: the CMS's job. A
    // minimal stand-in for v2's table (test fixture only).
    Sql::exec(test::db(),
              QStringLiteral("CREATE TABLE subscriptions (id INTEGER PRIMARY KEY, service_id INTEGER, "
                             "state VARCHAR(20))"));
    const qint64 subscribed = addService(QStringLiteral("suspended"), kNow.addDays(-10));
    const qint64 ended = addService(QStringLiteral("suspended"), kNow.addDays(-10));
    Sql::exec(
        test::db(),
        QStringLiteral(
            "INSERT INTO subscriptions (id, service_id, state) VALUES (1, ?, 'active'), (2, ?, 'cancelled')"),
        {subscribed, ended});
    const QJsonObject r = runExpire();
    QCOMPARE(r.value(QStringLiteral("expired")).toInt(), 1);
    QCOMPARE(statusOf(subscribed), QStringLiteral("suspended"));
    QCOMPARE(statusOf(ended), QStringLiteral("expired"));
    QCOMPARE(r.value(QStringLiteral("left_for_cms_services"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("reason"))
                 .toString(),
             QStringLiteral("subscription"));
}

void tst_TaskExpire::suspendDelaySetting()
{
    CmsRows::setSetting(test::db(), QStringLiteral("services_suspend_after_unpaid_days"),
                        QStringLiteral("2"));
    CmsRows::setSetting(test::db(), QStringLiteral("days_before_expiration"), QStringLiteral("1"));
    const qint64 oneDay = addService(QStringLiteral("active"), kNow.addDays(-1));
    const qint64 twoDays = addService(QStringLiteral("active"), kNow.addDays(-2));
    const qint64 suspended = addService(QStringLiteral("suspended"), kNow.addDays(-1));
    runExpire();
    QCOMPARE(statusOf(oneDay), QStringLiteral("active"));
    // v2 expires before it suspends: suspended now, expired by a later run.
    QCOMPARE(statusOf(twoDays), QStringLiteral("suspended"));
    QCOMPARE(statusOf(suspended), QStringLiteral("expired"));
}

void tst_TaskExpire::secondRunChangesNothing()
{
    for (int i = 0; i < 20; ++i)
        addService(i % 2 ? QStringLiteral("active") : QStringLiteral("suspended"), kNow.addDays(-i));
    const QJsonObject first = runExpire();
    QVERIFY(first.value(QStringLiteral("suspended")).toInt() +
                first.value(QStringLiteral("expired")).toInt() >
            0);
    // v2 expires before it suspends: what the first run suspended past the grace expires on the
    // second; after that, nothing is left to do.
    QVERIFY(runExpire().value(QStringLiteral("expired")).toInt() > 0);
    const QString before = snapshot();
    const QJsonObject second = runExpire();
    QCOMPARE(second.value(QStringLiteral("suspended")).toInt(), 0);
    QCOMPARE(second.value(QStringLiteral("expired")).toInt(), 0);
    QCOMPARE(second.value(QStringLiteral("cancelled")).toInt(), 0);
    QCOMPARE(snapshot(), before);
}

void tst_TaskExpire::commandProvisionerFailureIsRetried()
{
    QTemporaryDir dir;
    const QString flag = dir.filePath(QStringLiteral("ok"));
    const QString script =
        test::writeScript(dir, QStringLiteral("panel.sh"),
                          "cat > /dev/null\nif [ -f '" + flag.toUtf8() +
                              "' ]; then exit 0; fi\necho \"panel unreachable for $1\" >&2\nexit 7\n");
    CmsRows::setSetting(test::db(), QStringLiteral("cxcron_provisioner_command_pterodactyl"), script);
    const qint64 panel =
        addService(QStringLiteral("active"), kNow.addDays(-1), QStringLiteral("pterodactyl"));
    const qint64 plain = addService(QStringLiteral("active"), kNow.addDays(-1));

    try {
        runExpire();
        QFAIL("expected a ProvisioningError");
    } catch (const TaskError &e) {
        QCOMPARE(e.className(), QStringLiteral("ProvisioningError"));
        QVERIFY2(e.message().contains(QStringLiteral("exit code 7")), qPrintable(e.message()));
        QVERIFY2(e.message().contains(QStringLiteral("panel unreachable for suspend")),
                 qPrintable(e.message()));
    }
    QCOMPARE(statusOf(panel), QStringLiteral("active"));    // untouched, retried next run
    QCOMPARE(statusOf(plain), QStringLiteral("suspended")); // one failure never blocks the others

    QFile(flag).open(QIODevice::WriteOnly);
    const QJsonObject r = runExpire();
    QCOMPARE(r.value(QStringLiteral("suspended")).toInt(), 1);
    QCOMPARE(statusOf(panel), QStringLiteral("suspended"));
    QCOMPARE(
        test::scalar(QStringLiteral("SELECT COUNT(*) FROM action_logs WHERE model_id = ?"), {panel}).toInt(),
        1);
}

void tst_TaskExpire::twoRunnersRacing()
{
    constexpr int kServices = 300;
    for (int i = 0; i < kServices; ++i)
        addService(i % 3 ? QStringLiteral("active") : QStringLiteral("suspended"), kNow.addDays(-1 - i % 10));
    std::atomic_int changed{0};
    std::atomic_int failures{0};
    const auto worker = [&] {
        try {
            const QJsonObject r = runExpire();
            changed +=
                r.value(QStringLiteral("suspended")).toInt() + r.value(QStringLiteral("expired")).toInt();
        } catch (const std::exception &e) {
            qWarning("runner failed: %s", e.what());
            ++failures;
        }
        Database::closeThreadConnection();
    };
    std::thread a(worker);
    std::thread b(worker);
    a.join();
    b.join();
    QCOMPARE(failures.load(), 0);
    const int logs = test::scalar(QStringLiteral("SELECT COUNT(*) FROM action_logs")).toInt();
    QCOMPARE(changed.load(), logs); // every change logged once, by the runner that made it
    QCOMPARE(test::scalar(QStringLiteral("SELECT COUNT(*) FROM services WHERE status = 'active'")).toInt(),
             0);
    // One log row per transition: no service logged twice for the same action.
    QCOMPARE(
        test::scalar(QStringLiteral("SELECT COUNT(*) FROM (SELECT model_id, action FROM action_logs GROUP BY "
                                    "model_id, action HAVING COUNT(*) > 1) d"))
            .toInt(),
        0);
}

QTEST_GUILESS_MAIN(tst_TaskExpire)
#include "tst_task_expire.moc"
