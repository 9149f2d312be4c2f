// SPDX-License-Identifier: GPL-3.0-or-later
#include "servicerenewalstask.h"

#include "billingperiod.h"
#include "cmsrows.h"
#include "cmssettings.h"
#include "cmstaskhelpers.h"
#include "database.h"
#include "errors.h"
#include "logging.h"
#include "sql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlError>

namespace cxcron {
namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Tasks)
};

struct Candidate
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString name;
    QString billing;
    QString currency;
    QDateTime expiresAt;
    int renewals = 0;
    double price = 0;
};
} // namespace

QString ServiceRenewalsTask::title() const
{
    return QCoreApplication::translate("Tasks", "Create renewal invoices");
}

QString ServiceRenewalsTask::description() const
{
    return QCoreApplication::translate("Tasks",
                                       "Issues one renewal invoice for each service that expires soon.");
}

QJsonObject ServiceRenewalsTask::run(TaskContext &context)
{
    const QSqlDatabase db = context.db();
    CmsTask::requireCmsTables(db);
    const CmsSettings settings(db);
    const int daysBefore = settings.intValue(QStringLiteral("days_before_creation_renewal_invoice"), 7);
    int dueDays = settings.intValue(QStringLiteral("remove_pending_invoice"), 0);
    if (dueDays <= 0)
        dueDays = 7;
    const QDateTime nowUtc = context.nowUtc();
    const QString now = Sql::fromUtc(nowUtc);

    // The price comes from the service's pricings row; the column is a whitelisted cycle name.
    QList<Candidate> candidates;
    QSqlQuery q = Sql::exec(
        db,
        QStringLiteral(
            "SELECT s.id, s.customer_id, s.name, s.billing, s.currency, s.expires_at, s.renewals, p.onetime, "
            "p.monthly, p.quarterly, p.semiannually, p.annually, p.biennially, p.triennially FROM services s "
            "LEFT JOIN pricings p ON p.related_type = 'service' AND p.related_id = s.id WHERE s.status = "
            "'active' AND s.invoice_id IS NULL AND s.trial_ends_at IS NULL AND s.cancelled_at IS NULL AND "
            "s.deleted_at IS NULL AND s.expires_at IS NOT NULL AND s.expires_at <= ? AND (s.max_renewals IS "
            "NULL OR s.renewals < s.max_renewals) ORDER BY s.expires_at, s.id"),
        {Sql::fromUtc(nowUtc.addDays(daysBefore))});
    const QStringList priceColumns{QStringLiteral("onetime"),    QStringLiteral("monthly"),
                                   QStringLiteral("quarterly"),  QStringLiteral("semiannually"),
                                   QStringLiteral("annually"),   QStringLiteral("biennially"),
                                   QStringLiteral("triennially")};
    while (q.next()) {
        Candidate c{
            q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(),   Sql::toUtc(q.value(5)),  q.value(6).toInt(),    0};
        if (!BillingPeriod::isRecurring(c.billing))
            continue;
        const qsizetype col = priceColumns.indexOf(BillingPeriod::priceColumn(c.billing));
        c.price = q.value(int(7 + col)).toDouble();
        candidates << c;
    }
    q.finish();

    QJsonArray created;
    QJsonArray skippedIds;
    QJsonArray errors;
    int createdCount = 0;
    const QDate dueDate = nowUtc.toTimeZone(context.zone()).date().addDays(dueDays);
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        const Candidate &c = candidates.at(i);
        context.checkCancelled();
        context.setProgress(int(i), int(candidates.size()));
        context.step(QStringLiteral("service #%1").arg(c.id));
        const QDateTime end = BillingPeriod::extend(c.expiresAt, c.billing, context.zone());
        try {
            Sql::Transaction tx(db);
            // Write first (SQLite takes the write lock here, MariaDB locks the service row below).
            CmsRows::NewInvoice inv;
            inv.customerId = c.customerId;
            inv.total = c.price;
            inv.createdAt = nowUtc;
            inv.dueDate = dueDate;
            inv.notes = Tr::tr("Renewal of service #%1").arg(c.id);
            const qint64 invoiceId = CmsRows::insertInvoice(db, inv);
            const int claimed =
                Sql::exec(
                    db,
                    QStringLiteral("UPDATE services SET invoice_id = ?, updated_at = ? WHERE id = ? AND "
                                   "invoice_id IS NULL AND status = 'active'"),
                    {invoiceId, now, c.id})
                    .numRowsAffected();
            if (claimed == 0) {
                skippedIds.append(c.id); // another runner (or the CMS) issued it meanwhile: roll back
                continue;
            }
            const QString itemName =
                Tr::tr("Renewal of %1 (%2 to %3)")
                    .arg(c.name, c.expiresAt.toTimeZone(context.zone()).date().toString(Qt::ISODate),
                         end.toTimeZone(context.zone()).date().toString(Qt::ISODate));
            CmsRows::insertItem(db, invoiceId, QStringLiteral("renewal"), c.id, itemName, c.price, nowUtc);
            QSqlQuery renewal(db);
            QSqlError error;
            if (!Sql::tryExec(
                    renewal,
                    QStringLiteral("INSERT INTO service_renewals (service_id, invoice_id, start_date, "
                                   "end_date, period, first_period, status, pending_lock_key, created_at, "
                                   "updated_at) VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?)"),
                    {c.id, invoiceId, Sql::fromUtc(c.expiresAt), Sql::fromUtc(end), c.renewals + 1,
                     int(c.renewals == 0), c.id, now, now},
                    &error)) {
                if (Sql::isUniqueViolation(error)) {
                    skippedIds.append(c.id);
                    continue;
                }
                Sql::fail(renewal, QStringLiteral("service_renewals"));
            }
            tx.commit();
            ++createdCount;
            if (created.size() < CmsTask::kSampleLimit)
                created.append(QJsonObject{{QStringLiteral("service_id"), c.id},
                                           {QStringLiteral("invoice_id"), invoiceId},
                                           {QStringLiteral("total"), c.price},
                                           {QStringLiteral("expires_at"), Sql::fromUtc(c.expiresAt)}});
        } catch (const Error &e) {
            errors.append(
                QJsonObject{{QStringLiteral("service_id"), c.id}, {QStringLiteral("error"), e.message()}});
            qCWarning(lcTasks) << "renewal invoice failed for service" << c.id << e.message();
        }
    }
    context.setProgress(int(candidates.size()), int(candidates.size()));
    const QJsonObject result{
        {QStringLiteral("selected"), int(candidates.size())},
        {QStringLiteral("created"), createdCount},
        {QStringLiteral("invoices"), created},
        {QStringLiteral("already_pending"), skippedIds.size()},
        {QStringLiteral("already_pending_ids"), skippedIds},
        {QStringLiteral("errors"), errors},
        {QStringLiteral("settings"),
         QJsonObject{{QStringLiteral("days_before_creation_renewal_invoice"), daysBefore},
                     {QStringLiteral("invoice_due_days"), dueDays}}}};
    if (!errors.isEmpty())
        CmsTask::failWithItemErrors(QStringLiteral("RenewalError"), errors, int(candidates.size()), result);
    return result;
}

} // namespace cxcron
