// SPDX-License-Identifier: GPL-3.0-or-later
#include "cancelstaleinvoicestask.h"
#include "cmsrows.h"
#include "cmsschema.h"
#include "sql.h"
#include "testdb.h"
#include "testfiles.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using namespace cxcron;

namespace {
const QDateTime kNow(QDate(2026, 6, 1), QTime(0, 5), QTimeZone::utc());

QJsonObject runCancel()
{
    CancelStaleInvoicesTask task;
    TaskContext context(kNow, QTimeZone::utc(), 0, nullptr);
    return task.run(context);
}

qint64 addInvoice(const QString &status, const QDateTime &created)
{
    CmsRows::NewInvoice inv;
    inv.customerId = 1;
    inv.status = status;
    inv.createdAt = created;
    return CmsRows::insertInvoice(test::db(), inv);
}

QString status(qint64 invoice)
{
    return test::scalar(QStringLiteral("SELECT status FROM invoices WHERE id = ?"), {invoice}).toString();
}
} // namespace

class tst_TaskCancelStale : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { test::addBackendColumn(), test::addBackendRows(); }
    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        test::freshCmsDatabase(backend);
    }
    void cancelsOnlyStalePending();
    void renewalInvoiceIsUnlinked();
    void offByDefault();
    void basketAndDeleteModeAreLeftToTheCms();
    void secondRunChangesNothing();
};

void tst_TaskCancelStale::cancelsOnlyStalePending()
{
    CmsRows::setSetting(test::db(), QStringLiteral("remove_pending_invoice"), QStringLiteral("14"));
    const qint64 stale = addInvoice(QStringLiteral("pending"), kNow.addDays(-15));
    const qint64 item = CmsRows::insertItem(test::db(), stale, QStringLiteral("service"), 1,
                                            QStringLiteral("x"), 1, kNow.addDays(-15));
    const qint64 atCutoff = addInvoice(QStringLiteral("pending"), kNow.addDays(-14));
    const qint64 recent = addInvoice(QStringLiteral("pending"), kNow.addDays(-13));
    const qint64 paid = addInvoice(QStringLiteral("paid"), kNow.addDays(-60));
    const QJsonObject r = runCancel();
    QCOMPARE(r.value(QStringLiteral("cancelled")).toInt(), 1);
    QCOMPARE(r.value(QStringLiteral("invoice_ids")).toArray(), QJsonArray{stale});
    QCOMPARE(status(stale), QStringLiteral("cancelled"));
    QCOMPARE(status(atCutoff), QStringLiteral("pending"));
    QCOMPARE(status(recent), QStringLiteral("pending"));
    QCOMPARE(status(paid), QStringLiteral("paid"));
    QVERIFY(!test::scalar(QStringLiteral("SELECT cancelled_at FROM invoice_items WHERE id = ?"), {item})
                 .isNull());
}

void tst_TaskCancelStale::renewalInvoiceIsUnlinked()
{
    CmsRows::setSetting(test::db(), QStringLiteral("remove_pending_invoice"), QStringLiteral("14"));
    CmsRows::NewService s;
    s.expiresAt = kNow.addDays(-1);
    const qint64 service = CmsRows::insertService(test::db(), s);
    const qint64 invoice = addInvoice(QStringLiteral("pending"), kNow.addDays(-20));
    Sql::exec(test::db(), QStringLiteral("UPDATE services SET invoice_id = ? WHERE id = ?"),
              {invoice, service});
    Sql::exec(test::db(),
              QStringLiteral(
                  "INSERT INTO service_renewals (service_id, invoice_id, status) VALUES (?, ?, 'pending')"),
              {service, invoice});
    const QJsonObject r = runCancel();
    QCOMPARE(r.value(QStringLiteral("services_unlinked")).toInt(), 1);
    QVERIFY(test::scalar(QStringLiteral("SELECT invoice_id FROM services WHERE id = ?"), {service}).isNull());
    QCOMPARE(test::scalar(QStringLiteral("SELECT status FROM service_renewals")).toString(),
             QStringLiteral("cancelled"));
    // ServiceRenewals::cancelPendingForInvoice() soft-deletes it, which frees the VIRTUAL lock key.
    QVERIFY(!test::scalar(QStringLiteral("SELECT deleted_at FROM service_renewals")).isNull());
    QVERIFY(test::scalar(QStringLiteral("SELECT pending_lock_key FROM service_renewals")).isNull());
    QCOMPARE(
        test::scalar(QStringLiteral("SELECT COUNT(*) FROM invoice_logs WHERE invoice_id = ? AND status = "
                                    "'cancel_invoice'"),
                     {invoice})
            .toInt(),
        1);
}

void tst_TaskCancelStale::offByDefault()
{
    // v2: setting('remove_pending_invoice', 0), and 0 means off.
    const qint64 stale = addInvoice(QStringLiteral("pending"), kNow.addDays(-300));
    QJsonObject r = runCancel();
    QVERIFY(r.value(QStringLiteral("disabled")).toBool());
    QCOMPARE(status(stale), QStringLiteral("pending"));
    CmsRows::setSetting(test::db(), QStringLiteral("remove_pending_invoice"), QStringLiteral("0"));
    r = runCancel();
    QVERIFY(r.value(QStringLiteral("disabled")).toBool());
    QCOMPARE(status(stale), QStringLiteral("pending"));
}

void tst_TaskCancelStale::basketAndDeleteModeAreLeftToTheCms()
{
    CmsRows::setSetting(test::db(), QStringLiteral("remove_pending_invoice"), QStringLiteral("14"));
    const qint64 plain = addInvoice(QStringLiteral("pending"), kNow.addDays(-20));
    const qint64 basket = addInvoice(QStringLiteral("pending"), kNow.addDays(-20));
    Sql::exec(test::db(),
              QStringLiteral(
                  "INSERT INTO metadata (model_id, model_type, `key`, value) VALUES (?, ?, 'basket', '7')"),
              {basket, CmsSchema::invoiceModel()});
    QJsonObject r = runCancel();
    QCOMPARE(r.value(QStringLiteral("cancelled")).toInt(), 1);
    QCOMPARE(r.value(QStringLiteral("left_for_cms")).toInt(), 1);
    QCOMPARE(status(plain), QStringLiteral("cancelled"));
    QCOMPARE(status(basket), QStringLiteral("pending"));

    CmsRows::setSetting(test::db(), QStringLiteral("remove_pending_invoice_type"), QStringLiteral("delete"));
    const qint64 other = addInvoice(QStringLiteral("pending"), kNow.addDays(-20));
    r = runCancel();
    QCOMPARE(r.value(QStringLiteral("cancelled")).toInt(), 0);
    QCOMPARE(r.value(QStringLiteral("left_for_cms")).toInt(), 2);
    QCOMPARE(status(other), QStringLiteral("pending"));
    QVERIFY(test::scalar(QStringLiteral("SELECT deleted_at FROM invoices WHERE id = ?"), {other}).isNull());
}

void tst_TaskCancelStale::secondRunChangesNothing()
{
    CmsRows::setSetting(test::db(), QStringLiteral("remove_pending_invoice"), QStringLiteral("30"));
    for (int i = 0; i < 10; ++i)
        addInvoice(QStringLiteral("pending"), kNow.addDays(-25 - i));
    QCOMPARE(runCancel().value(QStringLiteral("cancelled")).toInt(), 4);
    const QJsonObject second = runCancel();
    QCOMPARE(second.value(QStringLiteral("cancelled")).toInt(), 0);
    QCOMPARE(second.value(QStringLiteral("items_cancelled")).toInt(), 0);
    QCOMPARE(test::scalar(QStringLiteral("SELECT COUNT(*) FROM invoices WHERE status = 'cancelled'")).toInt(),
             4);
}

QTEST_GUILESS_MAIN(tst_TaskCancelStale)
#include "tst_task_cancelstale.moc"
