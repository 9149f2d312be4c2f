// SPDX-License-Identifier: GPL-3.0-or-later
#include "cancelstaleinvoicestask.h"

#include "cmssettings.h"
#include "cmstaskhelpers.h"
#include "logging.h"
#include "sql.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace cxcron {

QString CancelStaleInvoicesTask::title() const
{
    return QCoreApplication::translate("Tasks", "Cancel stale invoices");
}

QString CancelStaleInvoicesTask::description() const
{
    return QCoreApplication::translate("Tasks", "Cancels pending invoices left unpaid for too long.");
}

QJsonObject CancelStaleInvoicesTask::run(TaskContext &context)
{
    const QSqlDatabase db = context.db();
    CmsTask::requireCmsTables(db);
    const CmsSettings settings(db);
    const int days = settings.intValue(QStringLiteral("remove_pending_invoice"), 14);
    QJsonObject result{
        {QStringLiteral("settings"), QJsonObject{{QStringLiteral("remove_pending_invoice"), days}}}};
    if (days <= 0) {
        result.insert(QStringLiteral("disabled"), true);
        result.insert(QStringLiteral("cancelled"), 0);
        return result;
    }
    const QString now = Sql::fromUtc(context.nowUtc());
    const QString cutoff = Sql::fromUtc(context.nowUtc().addDays(-days));
    const QString stale =
        QStringLiteral("SELECT id FROM invoices WHERE status = 'pending' AND created_at < ?");

    context.step(QStringLiteral("cancel pending invoices created before %1").arg(cutoff));
    const QJsonArray ids = CmsTask::sampleIds(db, stale, {cutoff});
    Sql::Transaction tx(db);
    const int items =
        Sql::exec(db,
                  QStringLiteral("UPDATE invoice_items SET cancelled_at = ?, updated_at = ? WHERE "
                                 "cancelled_at IS NULL AND delivered_at IS NULL AND invoice_id IN (") +
                      stale + u')',
                  {now, now, cutoff})
            .numRowsAffected();
    const int renewals =
        Sql::exec(db,
                  QStringLiteral("UPDATE service_renewals SET status = 'cancelled', pending_lock_key = "
                                 "NULL, updated_at = ? WHERE status = 'pending' AND invoice_id IN (") +
                      stale + u')',
                  {now, cutoff})
            .numRowsAffected();
    const int services =
        Sql::exec(db,
                  QStringLiteral("UPDATE services SET invoice_id = NULL, updated_at = ? WHERE invoice_id "
                                 "IN (") +
                      stale + u')',
                  {now, cutoff})
            .numRowsAffected();
    const int invoices =
        Sql::exec(db,
                  QStringLiteral("UPDATE invoices SET status = 'cancelled', updated_at = ? WHERE status = "
                                 "'pending' AND created_at < ?"),
                  {now, cutoff})
            .numRowsAffected();
    tx.commit();
    qCInfo(lcTasks) << "invoices:cancel-stale cancelled" << invoices;
    result.insert(QStringLiteral("cancelled"), invoices);
    result.insert(QStringLiteral("invoice_ids"), ids);
    result.insert(QStringLiteral("items_cancelled"), items);
    result.insert(QStringLiteral("renewals_cancelled"), renewals);
    result.insert(QStringLiteral("services_unlinked"), services);
    result.insert(QStringLiteral("cutoff"), cutoff);
    return result;
}

} // namespace cxcron
