// SPDX-License-Identifier: GPL-3.0-or-later
// The native CMS tasks on a database built from CLIENTXCMS v2's own migrations
// (tests/fixtures/clientxcms-v2-schema.sql): their writes are v2's, they never change a table's
// definition, and v2's NOT NULL and VIRTUAL columns never make them fail.
#include "cancelstaleinvoicestask.h"
#include "cmsrows.h"
#include "cmsschema.h"
#include "database.h"
#include "invoicedeliverytask.h"
#include "serviceexpiretask.h"
#include "sql.h"
#include "testdb.h"
#include "v2schema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace cxcron;

namespace {
const QDateTime kNow(QDate(2026, 6, 1), QTime(10, 0), QTimeZone::utc());
const QString kKey = QStringLiteral("client.alerts.suspended_reason_expired");

QString ts(const QDateTime &utc)
{
    return utc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QVariant nul()
{
    return QVariant(QMetaType(QMetaType::QString));
}

QVariant at(const QDateTime &utc)
{
    return utc.isValid() ? QVariant(ts(utc)) : nul();
}

qint64 insert(const QString &sql, const QVariantList &values)
{
    return Sql::exec(test::db(), sql, values).lastInsertId().toLongLong();
}

QVariant value(const QString &column, const QString &table, qint64 id)
{
    return test::scalar(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(column, table), {id});
}

QJsonObject run(Task &task)
{
    TaskContext context(kNow, QTimeZone("Europe/Paris"), 0, nullptr);
    return task.run(context);
}

struct Fixture
{
    qint64 customer = 0;
    qint64 plainProduct = 0;
    qint64 panelProduct = 0;
};

Fixture seedCatalogue()
{
    Fixture f;
    f.customer =
        insert(QStringLiteral("INSERT INTO customers (firstname, lastname, email, address, city, country, "
                              "region, zipcode, password, created_at, updated_at) VALUES ('Léa', 'Martin', "
                              "'lea@exemple.fr', '1 rue de la Paix', 'Paris', 'FR', 'IDF', '75002', 'x', "
                              "?, ?)"),
               {ts(kNow.addDays(-400)), ts(kNow.addDays(-400))});
    const qint64 group = insert(
        QStringLiteral(
            "INSERT INTO `groups` (name, slug, description) VALUES ('Hébergement', 'hebergement', '')"),
        {});
    const auto product = [&](const QString &name, const QString &type) {
        const qint64 id =
            insert(QStringLiteral("INSERT INTO products (name, group_id, description, stock, type, "
                                  "created_at, updated_at) VALUES (?, ?, '', 5, ?, ?, ?)"),
                   {name, group, type, ts(kNow.addDays(-500)), ts(kNow.addDays(-500))});
        insert(QStringLiteral("INSERT INTO pricings (related_id, related_type, currency, monthly) VALUES (?, "
                              "'product', 'EUR', 9.99)"),
               {id});
        return id;
    };
    f.plainProduct = product(QStringLiteral("Serveur dédié"), QStringLiteral("none"));
    f.panelProduct = product(QStringLiteral("Minecraft 4 Go"), QStringLiteral("pterodactyl"));
    // Product::addStock() restocks only products carrying `auto_stock`.
    insert(QStringLiteral(
               "INSERT INTO metadata (model_id, model_type, `key`, value) VALUES (?, ?, 'auto_stock', "
               "'1')"),
           {f.plainProduct, CmsSchema::productModel()});
    return f;
}

struct NewService
{
    QString type = QStringLiteral("none");
    QString status = QStringLiteral("active");
    QDateTime expiresAt;
    QString suspendReason;
    QDateTime cancelledAt;
    QString cancelledReason;
    bool isCancelled = false;
};

NewService svc(const QString &type, const QString &status, const QDateTime &expiresAt)
{
    NewService s;
    s.type = type;
    s.status = status;
    s.expiresAt = expiresAt;
    return s;
}

qint64 addService(const Fixture &f, const NewService &s)
{
    return insert(
        QStringLiteral(
            "INSERT INTO services (customer_id, uuid, name, type, billing, currency, product_id, status, "
            "expires_at, suspended_at, suspend_reason, cancelled_at, cancelled_reason, is_cancelled, "
            "created_at, updated_at) VALUES (?, ?, 'Service', ?, 'monthly', 'EUR', ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?)"),
        {f.customer, CmsRows::uuid(), s.type,
         s.type == QLatin1String("none") ? f.plainProduct : f.panelProduct, s.status, at(s.expiresAt),
         s.status == QLatin1String("suspended") ? at(s.expiresAt) : nul(),
         s.suspendReason.isEmpty() ? nul() : QVariant(s.suspendReason), at(s.cancelledAt),
         s.cancelledReason.isEmpty() ? nul() : QVariant(s.cancelledReason), int(s.isCancelled),
         ts(kNow.addDays(-60)), ts(kNow.addDays(-60))});
}

qint64 addInvoice(const Fixture &f, const QString &status, const QDateTime &created,
                  const QDateTime &paid = {}, const QString &currency = QStringLiteral("EUR"))
{
    return insert(
        QStringLiteral("INSERT INTO invoices (uuid, due_date, customer_id, total, subtotal, tax, setupfees, "
                       "currency, status, paid_at, notes, created_at, updated_at) VALUES (?, ?, ?, 12, 10, "
                       "2, 0, ?, ?, ?, '', ?, ?)"),
        {CmsRows::uuid(), created.date().addDays(7).toString(Qt::ISODate), f.customer, currency, status,
         at(paid), ts(created), ts(created)});
}

qint64 addItem(qint64 invoice, const QString &type, qint64 related,
               const QString &data = QStringLiteral("[]"))
{
    return insert(QStringLiteral(
                      "INSERT INTO invoice_items (name, description, quantity, unit_price_ht, unit_setup_ht, "
                      "unit_price_ttc, unit_setup_ttc, invoice_id, type, related_id, data, created_at, "
                      "updated_at) VALUES ('Ligne', 'Ligne', 1, 10, 0, 12, 0, ?, ?, ?, ?, ?, ?)"),
                  {invoice, type, related, data, ts(kNow.addDays(-1)), ts(kNow.addDays(-1))});
}
} // namespace

class tst_TaskV2Schema : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void expireWritesLikeV2();
    void deliveryWritesLikeV2();
    void cancelStaleWritesLikeV2();

private:
    /// SHOW CREATE TABLE of every table once the fixture is loaded and seeded.
    QMap<QString, QString> m_before;
};

void tst_TaskV2Schema::init()
{
    if (!test::backends().contains(QStringLiteral("mariadb")))
        QSKIP("needs the MariaDB test server (CXCRON_TEST_MARIADB_URL)");
    test::freshDatabase(QStringLiteral("mariadb"));
    test::loadV2Schema(test::db());
    QVERIFY(test::tableDefinitions(test::db()).contains(QStringLiteral("service_renewals")));
}

void tst_TaskV2Schema::expireWritesLikeV2()
{
    const Fixture f = seedCatalogue();
    const qint64 unpaid =
        addService(f, svc(QStringLiteral("none"), QStringLiteral("active"), kNow.addDays(-2)));
    NewService cancelledPastDue = svc(QStringLiteral("none"), QStringLiteral("cancelled"), kNow.addDays(-3));
    cancelledPastDue.cancelledAt = kNow.addDays(-10);
    cancelledPastDue.cancelledReason = QStringLiteral("Plus besoin");
    cancelledPastDue.isCancelled = true;
    const qint64 cancelledSvc = addService(f, cancelledPastDue);
    NewService graceOver = svc(QStringLiteral("none"), QStringLiteral("suspended"), kNow.addDays(-10));
    graceOver.suspendReason = kKey;
    const qint64 expiring = addService(f, graceOver);
    NewService leaving = svc(QStringLiteral("none"), QStringLiteral("active"), kNow.addDays(20));
    leaving.cancelledAt = kNow.addSecs(-3600);
    leaving.cancelledReason = QStringLiteral("Trop cher");
    const qint64 cancelling = addService(f, leaving);
    const qint64 longExpired =
        addService(f, svc(QStringLiteral("none"), QStringLiteral("expired"), kNow.addDays(-100)));
    const qint64 panel =
        addService(f, svc(QStringLiteral("pterodactyl"), QStringLiteral("active"), kNow.addDays(-2)));
    // The pending renewal invoice of the service that expires.
    const qint64 invoice = addInvoice(f, QStringLiteral("pending"), kNow.addDays(-12));
    const qint64 item = addItem(invoice, QStringLiteral("renewal"), expiring);
    Sql::exec(test::db(), QStringLiteral("UPDATE services SET invoice_id = ? WHERE id = ?"),
              {invoice, expiring});
    insert(QStringLiteral(
               "INSERT INTO service_renewals (service_id, invoice_id, period, status, created_at) VALUES "
               "(?, ?, 2, 'pending', ?)"),
           {expiring, invoice, ts(kNow.addDays(-12))});
    m_before = test::tableDefinitions(test::db());

    ServiceExpireTask task;
    const QJsonObject r = run(task);
    QCOMPARE(r.value(QStringLiteral("expired")).toInt(), 1);
    QCOMPARE(r.value(QStringLiteral("suspended")).toInt(), 2);
    QCOMPARE(r.value(QStringLiteral("cancelled")).toInt(), 1);
    QCOMPARE(r.value(QStringLiteral("hidden")).toInt(), 1);
    QCOMPARE(r.value(QStringLiteral("left_for_cms")).toInt(), 1);

    // Suspended with the key canRenew() checks; cancelled services past expiry too.
    for (qint64 id : {unpaid, cancelledSvc}) {
        QCOMPARE(value(QStringLiteral("status"), QStringLiteral("services"), id).toString(),
                 QStringLiteral("suspended"));
        QCOMPARE(value(QStringLiteral("suspend_reason"), QStringLiteral("services"), id).toString(), kKey);
        QCOMPARE(Sql::toUtc(value(QStringLiteral("suspended_at"), QStringLiteral("services"), id)), kNow);
    }
    // Expired; its invoice cancelled as Invoice::cancel() does.
    QCOMPARE(value(QStringLiteral("status"), QStringLiteral("services"), expiring).toString(),
             QStringLiteral("expired"));
    QVERIFY(value(QStringLiteral("invoice_id"), QStringLiteral("services"), expiring).isNull());
    QCOMPARE(value(QStringLiteral("status"), QStringLiteral("invoices"), invoice).toString(),
             QStringLiteral("cancelled"));
    QVERIFY(!value(QStringLiteral("cancelled_at"), QStringLiteral("invoice_items"), item).isNull());
    QCOMPARE(test::scalar(QStringLiteral("SELECT CONCAT(status, '/', deleted_at IS NOT NULL, '/', "
                                         "pending_lock_key IS NULL) FROM service_renewals"))
                 .toString(),
             QStringLiteral("cancelled/1/1"));
    QCOMPARE(value(QStringLiteral("stock"), QStringLiteral("products"), f.plainProduct).toInt(),
             7); // 2 freed
    // Cancelled: expiry kept, notes appended.
    QCOMPARE(value(QStringLiteral("status"), QStringLiteral("services"), cancelling).toString(),
             QStringLiteral("cancelled"));
    QCOMPARE(value(QStringLiteral("is_cancelled"), QStringLiteral("services"), cancelling).toInt(), 1);
    QCOMPARE(Sql::toUtc(value(QStringLiteral("expires_at"), QStringLiteral("services"), cancelling)),
             kNow.addDays(20));
    QCOMPARE(value(QStringLiteral("notes"), QStringLiteral("services"), cancelling).toString(),
             QStringLiteral("Service was cancelled Trop cher on 2026-06-01 12:00:00"));
    QCOMPARE(value(QStringLiteral("status"), QStringLiteral("services"), longExpired).toString(),
             QStringLiteral("hidden"));
    QCOMPARE(value(QStringLiteral("status"), QStringLiteral("services"), panel).toString(),
             QStringLiteral("active"));
    // action_logs as ActionLog::log() writes them from the console.
    QCOMPARE(test::scalar(
                 QStringLiteral("SELECT COUNT(*) FROM action_logs WHERE model = ? AND customer_id IS NULL "
                                "AND staff_id IS NULL AND JSON_VALID(payload)"),
                 {CmsSchema::serviceModel()})
                 .toInt(),
             4);
    QCOMPARE(
        test::scalar(QStringLiteral("SELECT JSON_VALUE(payload, '$.reason') FROM action_logs WHERE action = "
                                    "'service_suspended' AND model_id = ?"),
                     {QString::number(unpaid)})
            .toString(),
        kKey);

    QCOMPARE(test::tableDefinitions(test::db()), m_before);
}

void tst_TaskV2Schema::deliveryWritesLikeV2()
{
    const Fixture f = seedCatalogue();
    const qint64 order =
        addInvoice(f, QStringLiteral("paid"), kNow.addDays(-1), kNow.addSecs(-600), QStringLiteral("CHF"));
    const qint64 item = addItem(order, QStringLiteral("service"), f.plainProduct,
                                QStringLiteral("{\"billing\":\"monthly\",\"hostname\":\"srv1\"}"));
    const qint64 panelItem = addItem(order, QStringLiteral("service"), f.panelProduct);
    NewService suspended = svc(QStringLiteral("none"), QStringLiteral("suspended"), kNow.addDays(-2));
    suspended.suspendReason = kKey;
    const qint64 renewed = addService(f, suspended);
    const qint64 renewalInvoice = addInvoice(f, QStringLiteral("paid"), kNow.addDays(-3), kNow.addSecs(-900));
    const qint64 renewalItem = addItem(renewalInvoice, QStringLiteral("renewal"), renewed);
    insert(QStringLiteral(
               "INSERT INTO service_renewals (service_id, invoice_id, period, status, created_at) VALUES "
               "(?, ?, 2, 'pending', ?)"),
           {renewed, renewalInvoice, ts(kNow.addDays(-3))});
    const qint64 manual = addService(f, svc(QStringLiteral("none"), QStringLiteral("pending"), {}));
    insert(QStringLiteral("INSERT INTO metadata (model_id, model_type, `key`, value) VALUES (?, ?, "
                          "'must_created_manually', '1')"),
           {manual, CmsSchema::serviceModel()});
    m_before = test::tableDefinitions(test::db());

    InvoiceDeliveryTask task;
    const QJsonObject r = run(task); // throws (test failure) on any write v2's columns refuse
    QCOMPARE(r.value(QStringLiteral("delivered")).toInt(), 2);
    QCOMPARE(r.value(QStringLiteral("renewed")).toInt(), 1);
    QCOMPARE(r.value(QStringLiteral("manual_delivered")).toInt(), 1);
    QCOMPARE(r.value(QStringLiteral("left_for_cms")).toInt(), 1);

    // The new service, as createServicesFromInvoiceItem() + deliver() make it.
    const qint64 service =
        test::scalar(
            QStringLiteral("SELECT value FROM metadata WHERE model_id = ? AND model_type = ? AND `key` = "
                           "'services'"),
            {item, CmsSchema::invoiceItemModel()})
            .toLongLong();
    QVERIFY(service > 0);
    QCOMPARE(
        test::scalar(QStringLiteral("SELECT CONCAT_WS('|', customer_id, name, type, billing, currency, "
                                    "product_id, status, delivery_attempts, LENGTH(uuid), JSON_VALUE(data, "
                                    "'$.hostname')) FROM services WHERE id = ?"),
                     {service})
            .toString(),
        QStringLiteral("%1|Serveur dédié|none|monthly|CHF|%2|active|1|36|srv1")
            .arg(f.customer)
            .arg(f.plainProduct));
    QCOMPARE(Sql::toUtc(value(QStringLiteral("expires_at"), QStringLiteral("services"), service)),
             kNow.addMonths(1));
    QCOMPARE(
        test::scalar(QStringLiteral("SELECT CONCAT_WS('|', invoice_id, status, period, first_period) FROM "
                                    "service_renewals WHERE service_id = ?"),
                     {service})
            .toString(),
        QStringLiteral("%1|pending|1|1").arg(order));
    QVERIFY(!value(QStringLiteral("delivered_at"), QStringLiteral("invoice_items"), item).isNull());
    // The pterodactyl item: nothing written, for the CMS's module to deliver.
    QVERIFY(value(QStringLiteral("delivered_at"), QStringLiteral("invoice_items"), panelItem).isNull());
    QCOMPARE(test::scalar(QStringLiteral("SELECT COUNT(*) FROM services WHERE type = 'pterodactyl'")).toInt(),
             0);
    // The renewal, as Service::renew().
    QCOMPARE(test::scalar(QStringLiteral("SELECT CONCAT_WS('|', status, renewals, invoice_id IS NULL, "
                                         "suspended_at IS NULL, suspend_reason) FROM services WHERE id = ?"),
                          {renewed})
                 .toString(),
             QStringLiteral("active|1|1|1|") + kKey);
    QCOMPARE(Sql::toUtc(value(QStringLiteral("expires_at"), QStringLiteral("services"), renewed)),
             kNow.addDays(-2).addMonths(1));
    QVERIFY(!value(QStringLiteral("delivered_at"), QStringLiteral("invoice_items"), renewalItem).isNull());
    QVERIFY(!test::scalar(QStringLiteral("SELECT renewed_at FROM service_renewals WHERE invoice_id = ?"),
                          {renewalInvoice})
                 .isNull());
    // The manual one.
    QCOMPARE(value(QStringLiteral("status"), QStringLiteral("services"), manual).toString(),
             QStringLiteral("active"));
    QCOMPARE(test::scalar(QStringLiteral("SELECT value FROM metadata WHERE `key` = 'must_created_manually'"))
                 .toString(),
             QStringLiteral("0"));
    QCOMPARE(test::scalar(QStringLiteral("SELECT COUNT(*) FROM action_logs WHERE customer_id IS NULL AND "
                                         "JSON_VALID(payload)"))
                 .toInt(),
             test::scalar(QStringLiteral("SELECT COUNT(*) FROM action_logs")).toInt());

    QCOMPARE(test::tableDefinitions(test::db()), m_before);
}

void tst_TaskV2Schema::cancelStaleWritesLikeV2()
{
    const Fixture f = seedCatalogue();
    const qint64 stale = addInvoice(f, QStringLiteral("pending"), kNow.addDays(-20));
    const qint64 item = addItem(stale, QStringLiteral("service"), f.plainProduct);
    m_before = test::tableDefinitions(test::db());

    CancelStaleInvoicesTask task;
    QVERIFY(run(task).value(QStringLiteral("disabled")).toBool()); // v2's default 0 = off
    QCOMPARE(value(QStringLiteral("status"), QStringLiteral("invoices"), stale).toString(),
             QStringLiteral("pending"));
    insert(QStringLiteral("INSERT INTO settings (name, value) VALUES ('remove_pending_invoice', '14')"), {});
    const QJsonObject r = run(task);
    QCOMPARE(r.value(QStringLiteral("cancelled")).toInt(), 1);
    QCOMPARE(value(QStringLiteral("status"), QStringLiteral("invoices"), stale).toString(),
             QStringLiteral("cancelled"));
    QVERIFY(!value(QStringLiteral("cancelled_at"), QStringLiteral("invoice_items"), item).isNull());

    QCOMPARE(test::tableDefinitions(test::db()), m_before);
}

QTEST_GUILESS_MAIN(tst_TaskV2Schema)
#include "tst_task_v2schema.moc"
