// SPDX-License-Identifier: GPL-3.0-or-later
#include "cancelstaleinvoicestask.h"

#include "cmsinvoice.h"
#include "cmssettings.h"
#include "cmstaskhelpers.h"
#include "database.h"
#include "logging.h"
#include "sql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

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
    // v2: setting('remove_pending_invoice', 0); 0 (or less) = automatic removal is off.
    const int days = settings.intValue(QStringLiteral("remove_pending_invoice"), 0);
    const QString mode =
        settings.value(QStringLiteral("remove_pending_invoice_type"), QStringLiteral("cancel"));
    QJsonObject result{
        {QStringLiteral("settings"), QJsonObject{{QStringLiteral("remove_pending_invoice"), days},
                                                 {QStringLiteral("remove_pending_invoice_type"), mode}}},
        {QStringLiteral("cancelled"), 0},
        {QStringLiteral("left_for_cms"), 0}};
    if (days <= 0) {
        result.insert(QStringLiteral("disabled"), true);
        return result;
    }
    const QString cutoff = Sql::fromUtc(context.nowUtc().addDays(-days));
    result.insert(QStringLiteral("cutoff"), cutoff);
    context.step(QStringLiteral("pending invoices created before %1").arg(cutoff));

    Sql::Transaction tx(db);
    if (Database::isSqlite(db)) // take the write lock before reading: the selection is then final
        Sql::exec(db, QStringLiteral("UPDATE invoices SET id = id WHERE id < 0"));
    QList<qint64> stale;
    {
        QSqlQuery q =
            Sql::exec(db,
                      QStringLiteral("SELECT id FROM invoices WHERE status = 'pending' AND deleted_at IS "
                                     "NULL AND created_at < ? ORDER BY id") +
                          (Database::isSqlite(db) ? QString() : QStringLiteral(" FOR UPDATE")),
                      {cutoff});
        while (q.next())
            stale << q.value(0).toLongLong();
    }
    // The `delete` mode soft-deletes through model observers (invoice logs per line, …), and a
    // basket is cleared by v2 on cancellation: both stay the CMS's job.
    const QList<qint64> kept = mode == QLatin1String("cancel") ? CmsInvoice::withBasket(db, stale) : stale;
    const QSet<qint64> keep(kept.begin(), kept.end());
    QList<qint64> todo;
    QJsonArray keptIds;
    for (qint64 id : stale) {
        if (!keep.contains(id))
            todo << id;
        else if (keptIds.size() < CmsTask::kSampleLimit)
            keptIds.append(id);
    }
    const CmsInvoice::Cancelled done = CmsInvoice::cancel(db, todo, context.nowUtc());
    tx.commit();

    QJsonArray ids;
    for (qsizetype i = 0; i < todo.size() && i < CmsTask::kSampleLimit; ++i)
        ids.append(todo.at(i));
    qCInfo(lcTasks) << "invoices:cancel-stale cancelled" << done.invoices << "left to the CMS" << keep.size();
    result.insert(QStringLiteral("cancelled"), done.invoices);
    result.insert(QStringLiteral("invoice_ids"), ids);
    result.insert(QStringLiteral("items_cancelled"), done.items);
    result.insert(QStringLiteral("renewals_cancelled"), done.renewals);
    result.insert(QStringLiteral("services_unlinked"), done.servicesUnlinked);
    result.insert(QStringLiteral("left_for_cms"), int(keep.size()));
    result.insert(QStringLiteral("left_for_cms_ids"), keptIds);
    return result;
}

} // namespace cxcron
