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
inline QString productModel()
{
    return QStringLiteral("App\\Models\\Store\\Product");
}
inline QString invoiceModel()
{
    return QStringLiteral("App\\Models\\Billing\\Invoice");
}

/// Creates, for the demo database (`cxcron demo-db`) and the tests' fixtures only, the subset of
/// the CLIENTXCMS v2 tables the CMS tasks use (customers, products, pricings, services,
/// invoices, invoice_items, service_renewals, settings, action_logs, metadata, invoice_logs),
/// with the indexes the tasks need. Idempotent (CREATE … IF NOT EXISTS). Never called by a
/// task: cxcron runs no DDL on a CMS table. Throws Error on failure.
void create(const QSqlDatabase &db);

/// True when the tables the CMS tasks need exist (services, invoices, invoice_items).
bool present(const QSqlDatabase &db);

} // namespace cxcron::CmsSchema
