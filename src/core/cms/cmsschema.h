// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

namespace cxcron::CmsSchema {

/// Model types stored in `metadata.model_type` / `action_logs.model` (CLIENTXCMS v2 class names).
inline QString serviceModel()
{
    return QStringLiteral("App\\Models\\Provisioning\\Service");
}
inline QString invoiceItemModel()
{
    return QStringLiteral("App\\Models\\Billing\\InvoiceItem");
}
inline QString invoiceModel()
{
    return QStringLiteral("App\\Models\\Billing\\Invoice");
}

/// Creates the subset of the CLIENTXCMS v2 tables the CMS tasks use (customers, products,
/// pricings, services, invoices, invoice_items, service_renewals, settings, action_logs,
/// metadata) and cxcron's reminder outbox `cxcron_mail_outbox`, with the indexes the tasks
/// need. Idempotent (CREATE … IF NOT EXISTS); on a real CMS database existing tables are kept
/// as they are, only missing tables and indexes are added. Throws Error on failure.
void create(const QSqlDatabase &db);

/// True when the tables the CMS tasks need exist (services, invoices, invoice_items).
bool present(const QSqlDatabase &db);

} // namespace cxcron::CmsSchema
