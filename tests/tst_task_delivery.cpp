// SPDX-License-Identifier: GPL-3.0-or-later
#include "cmsrows.h"
#include "cmsschema.h"
#include "database.h"
#include "invoicedeliverytask.h"
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
const QDateTime kNow(QDate(2026, 3, 15), QTime(9, 0), QTimeZone::utc()); // 10:00 in Paris, before DST
const QTimeZone kParis("Europe/Paris");

/// @p output receives what the run kept as its output, also when it throws.
QJsonObject runDelivery(QJsonObject *output = nullptr)
{
    InvoiceDeliveryTask task;
    TaskContext context(kNow, kParis, 0, nullptr);
    try {
        return task.run(context);
    } catch (...) {
        if (output)
            *output = context.output();
        throw;
    }
}

/// A paid (or not) invoice with one item; returns the item id.
qint64 addOrder(const QString &type, qint64 relatedId, const QString &status = QStringLiteral("paid"),
                const QDateTime &paidAt = kNow.addSecs(-600))
{
    CmsRows::NewInvoice inv;
    inv.customerId = 1;
    inv.status = status;
    inv.total = 10;
    inv.createdAt = kNow.addDays(-1);
    inv.paidAt = status == QLatin1String("paid") ? paidAt : QDateTime();
    const qint64 invoice = CmsRows::insertInvoice(test::db(), inv);
    return CmsRows::insertItem(test::db(), invoice, type, relatedId, QStringLiteral("Item"), 10,
                               inv.createdAt, QStringLiteral("{\"billing\":\"monthly\"}"));
}

qint64 serviceOfItem(qint64 item)
{
    return test::scalar(
               QStringLiteral("SELECT value FROM metadata WHERE model_id = ? AND `key` = 'services'"), {item})
        .toLongLong();
}

bool delivered(qint64 item)
{
    return !test::scalar(QStringLiteral("SELECT delivered_at FROM invoice_items WHERE id = ?"), {item})
                .isNull();
}

} // namespace

class tst_TaskDelivery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { test::addBackendColumn(), test::addBackendRows(); }
    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        test::freshCmsDatabase(backend);
        m_product =
            CmsRows::insertProduct(test::db(), QStringLiteral("VPS"), QStringLiteral("none"), 10, kNow);
        m_panelProduct = CmsRows::insertProduct(test::db(), QStringLiteral("Game"),
                                                QStringLiteral("pterodactyl"), 10, kNow);
        m_wispProduct =
            CmsRows::insertProduct(test::db(), QStringLiteral("Wisp"), QStringLiteral("wisp"), 10, kNow);
    }
    void createsServices();
    void panelTypeIsLeftToTheCms();
    void manualServices();
    void renewalWithConfigOptionsIsLeftToTheCms();
    void renewsAndUnsuspends();
    void failureIsCountedRetriedAndCapped();
    void secondRunChangesNothing();
    void twoRunnersDeliverOnce();

private:
    qint64 m_product = 0;
    qint64 m_panelProduct = 0;
    qint64 m_wispProduct = 0;
};

void tst_TaskDelivery::createsServices()
{
    const qint64 item = addOrder(QStringLiteral("service"), m_product);
    const qint64 unpaid = addOrder(QStringLiteral("service"), m_product, QStringLiteral("pending"));
    const qint64 other = addOrder(QStringLiteral("add_fund"), 0);
    Sql::exec(test::db(), QStringLiteral("UPDATE invoices SET currency = 'CHF'"));
    const QJsonObject r = runDelivery();
    QCOMPARE(r.value(QStringLiteral("delivered")).toInt(), 1);
    QCOMPARE(r.value(QStringLiteral("selected")).toInt(), 2);
    QCOMPARE(r.value(QStringLiteral("left_for_cms")).toInt(), 1);
    QVERIFY(delivered(item));
    QVERIFY(!delivered(unpaid));
    QVERIFY(!delivered(other)); // left to the CMS
    const qint64 service = serviceOfItem(item);
    QVERIFY(service > 0);
    QCOMPARE(test::scalar(QStringLiteral("SELECT status FROM services WHERE id = ?"), {service}).toString(),
             QStringLiteral("active"));
    // As InvoiceService::createServicesFromInvoiceItem(): the product's name, the invoice's
    // currency, the item's data; Service::deliver() counts the attempt.
    QCOMPARE(test::scalar(QStringLiteral("SELECT name FROM services WHERE id = ?"), {service}).toString(),
             QStringLiteral("VPS"));
    QCOMPARE(test::scalar(QStringLiteral("SELECT currency FROM services WHERE id = ?"), {service}).toString(),
             QStringLiteral("CHF"));
    QCOMPARE(test::scalar(QStringLiteral("SELECT data FROM services WHERE id = ?"), {service}).toString(),
             QStringLiteral("{\"billing\":\"monthly\"}"));
    QCOMPARE(test::scalar(QStringLiteral("SELECT delivery_attempts FROM services WHERE id = ?"), {service})
                 .toInt(),
             1);
    // One month later on the Paris calendar: 15 April 10:00 CEST = 08:00 UTC.
    const QDateTime expires(QDate(2026, 4, 15), QTime(8, 0), QTimeZone::utc());
    QCOMPARE(
        Sql::toUtc(test::scalar(QStringLiteral("SELECT expires_at FROM services WHERE id = ?"), {service})),
        expires);
    QCOMPARE(Sql::toUtc(
                 test::scalar(QStringLiteral("SELECT end_date FROM service_renewals WHERE service_id = ? AND "
                                             "status = 'pending' AND first_period = 1 AND period = 1"),
                              {service})),
             expires);
    QCOMPARE(test::scalar(QStringLiteral("SELECT stock FROM products WHERE id = ?"), {m_product}).toInt(), 9);
    QCOMPARE(
        test::scalar(QStringLiteral("SELECT COUNT(*) FROM action_logs WHERE action = 'service_delivered' "
                                    "AND customer_id IS NULL AND payload LIKE '%none server type%'"))
            .toInt(),
        1);
}

void tst_TaskDelivery::panelTypeIsLeftToTheCms()
{
    // wisp has a module in the CMS and no command here: nothing is created, nothing marked.
    const qint64 item = addOrder(QStringLiteral("service"), m_wispProduct);
    const QJsonObject r = runDelivery();
    QCOMPARE(r.value(QStringLiteral("delivered")).toInt(), 0);
    QCOMPARE(r.value(QStringLiteral("left_for_cms")).toInt(), 1);
    const QJsonObject left = r.value(QStringLiteral("left_for_cms_items")).toArray().first().toObject();
    QCOMPARE(left.value(QStringLiteral("item_id")).toInteger(), item);
    QCOMPARE(left.value(QStringLiteral("reason")).toString(), QStringLiteral("panel_module"));
    QVERIFY(!delivered(item));
    QCOMPARE(test::scalar(QStringLiteral("SELECT COUNT(*) FROM services")).toInt(), 0);
    QCOMPARE(test::scalar(QStringLiteral("SELECT COUNT(*) FROM metadata")).toInt(), 0);
    QCOMPARE(test::scalar(QStringLiteral("SELECT stock FROM products WHERE id = ?"), {m_wispProduct}).toInt(),
             10);

    // A coupon: v2 attaches its coupon_id to the service, cxcron leaves the item to the CMS.
    const qint64 coupon = addOrder(QStringLiteral("service"), m_product);
    Sql::exec(test::db(),
              QStringLiteral("UPDATE invoice_items SET discount = '{\"value_price\":2,\"code\":\"PROMO\"}' "
                             "WHERE id = ?"),
              {coupon});
    const QJsonObject second = runDelivery();
    QCOMPARE(second.value(QStringLiteral("left_for_cms")).toInt(), 2);
    QVERIFY(!delivered(coupon));
    QCOMPARE(test::scalar(QStringLiteral("SELECT COUNT(*) FROM services")).toInt(), 0);
}

void tst_TaskDelivery::manualServices()
{
    const auto manual = [](const QString &type, const QString &status) {
        CmsRows::NewService s;
        s.customerId = 1;
        s.name = type;
        s.type = type;
        s.status = status;
        s.createdAt = kNow.addDays(-1);
        const qint64 id = CmsRows::insertService(test::db(), s);
        Sql::exec(test::db(),
                  QStringLiteral("INSERT INTO metadata (model_id, model_type, `key`, value) VALUES (?, ?, "
                                 "'must_created_manually', '1')"),
                  {id, CmsSchema::serviceModel()});
        return id;
    };
    const qint64 plain = manual(QStringLiteral("none"), QStringLiteral("pending"));
    const qint64 panel = manual(QStringLiteral("proxmox"), QStringLiteral("pending"));
    const qint64 active = manual(QStringLiteral("none"), QStringLiteral("active"));
    const QJsonObject r = runDelivery();
    QCOMPARE(r.value(QStringLiteral("manual_delivered")).toInt(), 1);
    QCOMPARE(r.value(QStringLiteral("left_for_cms")).toInt(), 1);
    const auto flag = [](qint64 id) {
        return test::scalar(QStringLiteral("SELECT value FROM metadata WHERE model_id = ? AND `key` = "
                                           "'must_created_manually'"),
                            {id})
            .toString();
    };
    QCOMPARE(test::scalar(QStringLiteral("SELECT status FROM services WHERE id = ?"), {plain}).toString(),
             QStringLiteral("active"));
    QCOMPARE(flag(plain), QStringLiteral("0"));
    QCOMPARE(test::scalar(QStringLiteral("SELECT status FROM services WHERE id = ?"), {panel}).toString(),
             QStringLiteral("pending"));
    QCOMPARE(flag(panel), QStringLiteral("1"));
    QCOMPARE(flag(active), QStringLiteral("1")); // not pending: v2 skips it
    QCOMPARE(
        test::scalar(QStringLiteral("SELECT COUNT(*) FROM action_logs WHERE action = 'service_delivered'"))
            .toInt(),
        1);
}

void tst_TaskDelivery::renewsAndUnsuspends()
{
    CmsRows::NewService s;
    s.customerId = 1;
    s.name = QStringLiteral("Suspended VPS");
    s.status = QStringLiteral("suspended");
    s.suspendReason = QStringLiteral("client.alerts.suspended_reason_expired");
    s.expiresAt = kNow.addDays(-3);
    s.suspendedAt = kNow.addDays(-3);
    const qint64 service = CmsRows::insertService(test::db(), s);
    const qint64 item = addOrder(QStringLiteral("renewal"), service);
    const qint64 invoice =
        test::scalar(QStringLiteral("SELECT invoice_id FROM invoice_items WHERE id = ?"), {item})
            .toLongLong();
    Sql::exec(test::db(), QStringLiteral("UPDATE services SET invoice_id = ? WHERE id = ?"),
              {invoice, service});
    Sql::exec(test::db(),
              QStringLiteral(
                  "INSERT INTO service_renewals (service_id, invoice_id, status) VALUES (?, ?, 'pending')"),
              {service, invoice});
    Sql::exec(test::db(),
              QStringLiteral("INSERT INTO metadata (model_id, model_type, `key`, value) VALUES (?, ?, "
                             "'renewal_tries', '2')"),
              {service, CmsSchema::serviceModel()});
    const qint64 fresh =
        addOrder(QStringLiteral("renewal"), service, QStringLiteral("paid"), kNow.addSecs(-30));

    const QJsonObject r = runDelivery();
    QCOMPARE(r.value(QStringLiteral("renewed")).toInt(), 1);
    QCOMPARE(r.value(QStringLiteral("waiting")).toInt(),
             1); // paid 30 s ago: the CMS may still be renewing it
    QVERIFY(delivered(item));
    QVERIFY(!delivered(fresh));
    QCOMPARE(test::scalar(QStringLiteral("SELECT status FROM services WHERE id = ?"), {service}).toString(),
             QStringLiteral("active"));
    QVERIFY(
        test::scalar(QStringLiteral("SELECT suspended_at FROM services WHERE id = ?"), {service}).isNull());
    QVERIFY(test::scalar(QStringLiteral("SELECT invoice_id FROM services WHERE id = ?"), {service}).isNull());
    QCOMPARE(test::scalar(QStringLiteral("SELECT renewals FROM services WHERE id = ?"), {service}).toInt(),
             1);
    QCOMPARE(
        Sql::toUtc(test::scalar(QStringLiteral("SELECT expires_at FROM services WHERE id = ?"), {service})),
        kNow.addDays(-3).toTimeZone(kParis).addMonths(1).toUTC());
    // RenewalInvoiceItem::tryDeliver() only stamps renewed_at (the payment listener sets `paid`).
    QVERIFY(!test::scalar(QStringLiteral("SELECT renewed_at FROM service_renewals WHERE service_id = ?"),
                          {service})
                 .isNull());
    QCOMPARE(
        test::scalar(QStringLiteral("SELECT status FROM service_renewals WHERE service_id = ?"), {service})
            .toString(),
        QStringLiteral("pending"));
    // Service::unsuspend() keeps the suspend_reason; renew() drops the renewal_* metadata.
    QCOMPARE(test::scalar(QStringLiteral("SELECT suspend_reason FROM services WHERE id = ?"), {service})
                 .toString(),
             QStringLiteral("client.alerts.suspended_reason_expired"));
    QCOMPARE(
        test::scalar(QStringLiteral("SELECT COUNT(*) FROM metadata WHERE `key` = 'renewal_tries'")).toInt(),
        0);
    QCOMPARE(test::scalar(QStringLiteral("SELECT COUNT(*) FROM action_logs WHERE model_id = ? AND action IN "
                                         "('service_unsuspended', 'service_renewed')"),
                          {service})
                 .toInt(),
             2);
}

void tst_TaskDelivery::renewalWithConfigOptionsIsLeftToTheCms()
{
    // v2's ServiceObserver renews the service's config options with it: the CMS's job. A
    // minimal stand-in for v2's table (test fixture only).
    Sql::exec(test::db(),
              QStringLiteral("CREATE TABLE config_options_services (id INTEGER PRIMARY KEY, service_id "
                             "INTEGER)"));
    CmsRows::NewService s;
    s.customerId = 1;
    s.expiresAt = kNow.addDays(2);
    const qint64 service = CmsRows::insertService(test::db(), s);
    Sql::exec(test::db(),
              QStringLiteral("INSERT INTO config_options_services (id, service_id) VALUES (1, ?)"),
              {service});
    const qint64 item = addOrder(QStringLiteral("renewal"), service);
    const QJsonObject r = runDelivery();
    QCOMPARE(r.value(QStringLiteral("renewed")).toInt(), 0);
    QCOMPARE(r.value(QStringLiteral("left_for_cms")).toInt(), 1);
    QVERIFY(!delivered(item));
    QCOMPARE(
        Sql::toUtc(test::scalar(QStringLiteral("SELECT expires_at FROM services WHERE id = ?"), {service})),
        kNow.addDays(2));
}

void tst_TaskDelivery::failureIsCountedRetriedAndCapped()
{
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("stdin.json"));
    const QString script =
        test::writeScript(dir, QStringLiteral("provision.sh"),
                          "cat > '" + input.toUtf8() + "'\necho \"Wings API: node offline\" >&2\nexit 4\n");
    CmsRows::setSetting(test::db(), QStringLiteral("cxcron_provisioner_command_pterodactyl"), script);
    CmsRows::setSetting(test::db(), QStringLiteral("cxcron_delivery_max_attempts"), QStringLiteral("3"));
    const qint64 failing = addOrder(QStringLiteral("service"), m_panelProduct);
    const qint64 fine = addOrder(QStringLiteral("service"), m_product);

    for (int attempt = 1; attempt <= 3; ++attempt) {
        QJsonObject output;
        try {
            runDelivery(&output);
            QFAIL("expected a DeliveryError");
        } catch (const TaskError &e) {
            QCOMPARE(e.className(), QStringLiteral("DeliveryError"));
            // The summary is the run's result (the details window's Result tab), not a line of
            // the trace.
            QVERIFY(!e.trace().contains(QLatin1String("Result: ")));
            QCOMPARE(output.value(QStringLiteral("errors")).toArray().size(), 1);
            QCOMPARE(output.value(QStringLiteral("delivered")).toInt(), attempt == 1 ? 1 : 0);
            QVERIFY2(e.message().contains(QStringLiteral("Wings API: node offline")),
                     qPrintable(e.message()));
            QVERIFY(e.message().contains(QStringLiteral("exit code 4")));
        }
        const qint64 service = serviceOfItem(failing);
        QCOMPARE(
            test::scalar(QStringLiteral("SELECT delivery_attempts FROM services WHERE id = ?"), {service})
                .toInt(),
            attempt);
    }
    QVERIFY(delivered(fine)); // delivered on the first run despite the other item's failure
    QVERIFY(!delivered(failing));
    const qint64 service = serviceOfItem(failing);
    QCOMPARE(test::scalar(QStringLiteral("SELECT COUNT(*) FROM services")).toInt(),
             2); // created once, retried
    QCOMPARE(test::scalar(QStringLiteral("SELECT status FROM services WHERE id = ?"), {service}).toString(),
             QStringLiteral("pending"));
    QVERIFY(test::scalar(QStringLiteral("SELECT delivery_errors FROM services WHERE id = ?"), {service})
                .toString()
                .contains(QStringLiteral("node offline")));
    QFile f(input);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("\"action\":\"create\""));

    // Capped: no more calls, no failure.
    QFile::remove(input);
    const QJsonObject r = runDelivery();
    QCOMPARE(r.value(QStringLiteral("capped")).toInt(), 1);
    QVERIFY(!QFile::exists(input));
    QCOMPARE(test::scalar(QStringLiteral("SELECT delivery_attempts FROM services WHERE id = ?"), {service})
                 .toInt(),
             3);
}

void tst_TaskDelivery::secondRunChangesNothing()
{
    for (int i = 0; i < 5; ++i)
        addOrder(QStringLiteral("service"), m_product);
    QCOMPARE(runDelivery().value(QStringLiteral("delivered")).toInt(), 5);
    const int logs = test::scalar(QStringLiteral("SELECT COUNT(*) FROM action_logs")).toInt();
    const QJsonObject second = runDelivery();
    QCOMPARE(second.value(QStringLiteral("selected")).toInt(), 0);
    QCOMPARE(test::scalar(QStringLiteral("SELECT COUNT(*) FROM services")).toInt(), 5);
    QCOMPARE(test::scalar(QStringLiteral("SELECT COUNT(*) FROM action_logs")).toInt(), logs);
}

void tst_TaskDelivery::twoRunnersDeliverOnce()
{
    constexpr int kItems = 30;
    for (int i = 0; i < kItems; ++i)
        addOrder(QStringLiteral("service"), m_product);
    std::atomic_int failures{0};
    const auto worker = [&failures] {
        try {
            runDelivery();
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
    QCOMPARE(test::scalar(QStringLiteral("SELECT COUNT(*) FROM services")).toInt(), kItems);
    QCOMPARE(test::scalar(QStringLiteral("SELECT COUNT(*) FROM invoice_items WHERE delivered_at IS NOT NULL"))
                 .toInt(),
             kItems);
    QCOMPARE(test::scalar(QStringLiteral("SELECT COUNT(*) FROM action_logs")).toInt(), kItems);
    QCOMPARE(test::scalar(QStringLiteral("SELECT stock FROM products WHERE id = ?"), {m_product}).toInt(), 0);
}

QTEST_GUILESS_MAIN(tst_TaskDelivery)
#include "tst_task_delivery.moc"
