// SPDX-License-Identifier: GPL-3.0-or-later
#include "cmsinvoice.h"

#include "cmsschema.h"
#include "database.h"
#include "sql.h"

namespace cxcron::CmsInvoice {
namespace {
/// Bound values per IN (…) list: far below every driver's limit.
constexpr qsizetype kChunk = 500;

QVariantList values(const QList<qint64> &ids)
{
    QVariantList v;
    v.reserve(ids.size());
    for (qint64 id : ids)
        v << id;
    return v;
}
} // namespace

QJsonObject Cancelled::toJson() const
{
    return {{QStringLiteral("invoices"), invoices},
            {QStringLiteral("items"), items},
            {QStringLiteral("renewals"), renewals},
            {QStringLiteral("services_unlinked"), servicesUnlinked}};
}

Cancelled cancel(const QSqlDatabase &db, const QList<qint64> &allIds, const QDateTime &nowUtc)
{
    Cancelled done;
    const QString now = Sql::fromUtc(nowUtc);
    const bool logs = Database::tableExists(db, QStringLiteral("invoice_logs"));
    for (qsizetype from = 0; from < allIds.size(); from += kChunk) {
        // Only the invoices not yet cancelled (v2's cancel() returns early for those).
        QList<qint64> ids;
        {
            const QList<qint64> chunk = allIds.mid(from, kChunk);
            QSqlQuery q = Sql::exec(db,
                                    QStringLiteral("SELECT id FROM invoices WHERE status <> 'cancelled' AND "
                                                   "deleted_at IS NULL AND id IN (") +
                                        Sql::placeholders(chunk.size()) + QStringLiteral(") ORDER BY id"),
                                    values(chunk));
            while (q.next())
                ids << q.value(0).toLongLong();
        }
        if (ids.isEmpty())
            continue;
        const QString in = QStringLiteral(" IN (") + Sql::placeholders(ids.size()) + u')';
        const QVariantList v = values(ids);
        done.invoices += Sql::exec(db,
                                   QStringLiteral("UPDATE invoices SET status = 'cancelled', updated_at = ? "
                                                  "WHERE id") +
                                       in,
                                   QVariantList{now} + v)
                             .numRowsAffected();
        if (logs)
            Sql::exec(db,
                      QStringLiteral("INSERT INTO invoice_logs (invoice_id, status, context, created_at, "
                                     "updated_at) SELECT id, 'cancel_invoice', '[]', ?, ? FROM invoices "
                                     "WHERE id") +
                          in,
                      QVariantList{now, now} + v);
        done.renewals += Sql::exec(db,
                                   QStringLiteral("UPDATE service_renewals SET status = 'cancelled', "
                                                  "deleted_at = ?, updated_at = ? WHERE status = 'pending' "
                                                  "AND renewed_at IS NULL AND deleted_at IS NULL AND "
                                                  "invoice_id") +
                                       in,
                                   QVariantList{now, now} + v)
                             .numRowsAffected();
        done.items += Sql::exec(db,
                                QStringLiteral("UPDATE invoice_items SET cancelled_at = ?, updated_at = ? "
                                               "WHERE deleted_at IS NULL AND invoice_id") +
                                    in,
                                QVariantList{now, now} + v)
                          .numRowsAffected();
        done.servicesUnlinked += Sql::exec(db,
                                           QStringLiteral("UPDATE services SET invoice_id = NULL, updated_at "
                                                          "= ? WHERE deleted_at IS NULL AND invoice_id") +
                                               in,
                                           QVariantList{now} + v)
                                     .numRowsAffected();
    }
    return done;
}

QList<qint64> withBasket(const QSqlDatabase &db, const QList<qint64> &ids)
{
    QList<qint64> found;
    for (qsizetype from = 0; from < ids.size(); from += kChunk) {
        const QList<qint64> chunk = ids.mid(from, kChunk);
        QSqlQuery q =
            Sql::exec(db,
                      QStringLiteral("SELECT DISTINCT model_id FROM metadata WHERE model_type = ? AND "
                                     "`key` = 'basket' AND value IS NOT NULL AND model_id IN (") +
                          Sql::placeholders(chunk.size()) + u')',
                      QVariantList{CmsSchema::invoiceModel()} + values(chunk));
        while (q.next())
            found << q.value(0).toLongLong();
    }
    return found;
}

} // namespace cxcron::CmsInvoice
