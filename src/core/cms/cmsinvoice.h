// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

namespace cxcron::CmsInvoice {

/// What cancel() changed.
struct Cancelled
{
    int invoices = 0;
    int items = 0;
    int renewals = 0;
    int servicesUnlinked = 0;

    QJsonObject toJson() const;
};

/// Cancels the invoices @p ids the way CLIENTXCMS v2's Invoice::cancel() and InvoiceObserver do,
/// set-based: the invoice becomes `cancelled` (already cancelled ones are left as they are);
/// every item of it gets `cancelled_at`; the services it was attached to lose their
/// `invoice_id`; its pending `service_renewals` rows not yet renewed become `cancelled` and are
/// soft-deleted (which frees their `pending_lock_key`); one `invoice_logs` row `cancel_invoice`
/// is written when that table exists. The caller holds the transaction. Not done (the CMS does
/// it when it next touches the invoice): the PDF regeneration and the basket clean-up.
Cancelled cancel(const QSqlDatabase &db, const QList<qint64> &ids, const QDateTime &nowUtc);

/// The ids of the invoices among @p ids that carry a `basket` metadata: v2 clears the basket
/// when it cancels them, which cxcron does not, so the tasks leave these invoices to the CMS.
QList<qint64> withBasket(const QSqlDatabase &db, const QList<qint64> &ids);

} // namespace cxcron::CmsInvoice
