// SPDX-License-Identifier: GPL-3.0-or-later
#include "cmsrows.h"
#include "cmsschema.h"
#include "database.h"
#include "servicerenewalstask.h"
#include "sql.h"
#include "testdb.h"
#include "testfiles.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>
#include <thread>

using namespace cxcron;

namespace {
const QDateTime kNow(QDate(2026, 10, 20), QTime(14, 0), QTimeZone::utc());

QJsonObject runRenewals()
{
    ServiceRenewalsTask task;
    TaskContext context(kNow, QTimeZone("Europe/Paris"), 0, nullptr);
    return task.run(context);
}

qint64 addService(const QDateTime &expires, const QString &billing = QStringLiteral("monthly"),
                  double price = 9.5)
{
    CmsRows::NewService s;
    s.customerId = 3;
    s.name = QStringLiteral("VPS");
    s.billing = billing;
    s.expiresAt = expires;
    s.price = price;
    s.createdAt = kNow.addDays(-100);
    return CmsRows::insertService(test::db(), s);
}

int pendingRenewals(qint64 service)
{
    return test::scalar(
               QStringLiteral(
                   "SELECT COUNT(*) FROM service_renewals WHERE service_id = ? AND status = 'pending'"),
               {service})
        .toInt();
}
} // namespace

class tst_TaskRenewals : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { test::addBackendColumn(), test::addBackendRows(); }
    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        test::freshCmsDatabase(backend);
    }
    void selection();
    void invoiceContents();
    void secondRunChangesNothing();
    void twoRunnersRacing();
};

void tst_TaskRenewals::selection()
{
    const qint64 due = addService(kNow.addDays(3));
    const qint64 exactly = addService(kNow.addDays(7));
    const qint64 tooEarly = addService(kNow.addDays(7).addMSecs(1));
    const qint64 onetime = addService(kNow.addDays(2), QStringLiteral("onetime"));
    const qint64 cancelled = addService(kNow.addDays(2));
    Sql::exec(test::db(), QStringLiteral("UPDATE services SET cancelled_at = ? WHERE id = ?"),
              {Sql::fromUtc(kNow.addDays(2)), cancelled});
    const qint64 trial = addService(kNow.addDays(2));
    Sql::exec(test::db(), QStringLiteral("UPDATE services SET trial_ends_at = ? WHERE id = ?"),
              {Sql::fromUtc(kNow.addDays(2)), trial});
    const qint64 suspended = addService(kNow.addDays(-2));
    Sql::exec(test::db(), QStringLiteral("UPDATE services SET status = 'suspended' WHERE id = ?"),
              {suspended});

    const QJsonObject r = runRenewals();
    QCOMPARE(r.value(QStringLiteral("created")).toInt(), 2);
    QCOMPARE(pendingRenewals(due), 1);
    QCOMPARE(pendingRenewals(exactly), 1);
    for (qint64 id : {tooEarly, onetime, cancelled, trial, suspended}) {
        QCOMPARE(pendingRenewals(id), 0);
        QVERIFY(test::scalar(QStringLiteral("SELECT invoice_id FROM services WHERE id = ?"), {id}).isNull());
    }

    CmsRows::setSetting(test::db(), QStringLiteral("days_before_creation_renewal_invoice"),
                        QStringLiteral("10"));
    QCOMPARE(runRenewals().value(QStringLiteral("created")).toInt(), 1);
    QCOMPARE(pendingRenewals(tooEarly), 1);
}

void tst_TaskRenewals::invoiceContents()
{
    const QDateTime expires = kNow.addDays(3); // 23 October, 16:00 CEST
    const qint64 service = addService(expires, QStringLiteral("quarterly"), 27);
    runRenewals();
    const qint64 invoice =
        test::scalar(QStringLiteral("SELECT invoice_id FROM services WHERE id = ?"), {service}).toLongLong();
    QVERIFY(invoice > 0);
    QCOMPARE(test::scalar(QStringLiteral("SELECT status FROM invoices WHERE id = ?"), {invoice}).toString(),
             QStringLiteral("pending"));
    QCOMPARE(test::scalar(QStringLiteral("SELECT total FROM invoices WHERE id = ?"), {invoice}).toDouble(),
             27.0);
    QCOMPARE(test::scalar(QStringLiteral("SELECT customer_id FROM invoices WHERE id = ?"), {invoice}).toInt(),
             3);
    QCOMPARE(test::scalar(QStringLiteral("SELECT due_date FROM invoices WHERE id = ?"), {invoice}).toDate(),
             QDate(2026, 10, 27));
    QCOMPARE(test::scalar(QStringLiteral("SELECT type FROM invoice_items WHERE invoice_id = ?"), {invoice})
                 .toString(),
             QStringLiteral("renewal"));
    QCOMPARE(
        test::scalar(QStringLiteral("SELECT related_id FROM invoice_items WHERE invoice_id = ?"), {invoice})
            .toLongLong(),
        service);
    // The new period ends 3 months later on the Paris calendar (crossing the end of DST).
    QCOMPARE(Sql::toUtc(test::scalar(
                 QStringLiteral("SELECT end_date FROM service_renewals WHERE invoice_id = ?"), {invoice})),
             expires.toTimeZone(QTimeZone("Europe/Paris")).addMonths(3).toUTC());
    QCOMPARE(
        Sql::toUtc(test::scalar(QStringLiteral("SELECT end_date FROM service_renewals WHERE invoice_id = ?"),
                                {invoice}))
            .time(),
        QTime(15, 0)); // 16:00 CEST → 16:00 CET
}

void tst_TaskRenewals::secondRunChangesNothing()
{
    for (int i = 0; i < 6; ++i)
        addService(kNow.addDays(i));
    QCOMPARE(runRenewals().value(QStringLiteral("created")).toInt(), 6);
    const QJsonObject second = runRenewals();
    QCOMPARE(second.value(QStringLiteral("created")).toInt(), 0);
    QCOMPARE(second.value(QStringLiteral("selected")).toInt(), 0);
    QCOMPARE(test::scalar(QStringLiteral("SELECT COUNT(*) FROM invoices")).toInt(), 6);
    QCOMPARE(test::scalar(QStringLiteral("SELECT COUNT(*) FROM invoice_items")).toInt(), 6);
}

void tst_TaskRenewals::twoRunnersRacing()
{
    constexpr int kServices = 40;
    QList<qint64> ids;
    for (int i = 0; i < kServices; ++i)
        ids << addService(kNow.addDays(1 + i % 5));
    std::atomic_int created{0};
    std::atomic_int failures{0};
    const auto worker = [&] {
        try {
            created += runRenewals().value(QStringLiteral("created")).toInt();
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
    QCOMPARE(created.load(), kServices);
    for (qint64 id : ids)
        QCOMPARE(pendingRenewals(id), 1);
    // The loser of each race rolled its invoice back: no orphan invoice.
    QCOMPARE(test::scalar(QStringLiteral("SELECT COUNT(*) FROM invoices")).toInt(), kServices);
    QCOMPARE(test::scalar(QStringLiteral("SELECT COUNT(DISTINCT invoice_id) FROM services")).toInt(),
             kServices);
}

QTEST_GUILESS_MAIN(tst_TaskRenewals)
#include "tst_task_renewals.moc"
