// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QSqlDatabase>
#include <QString>

namespace cxcron::test {

/// Path of tests/fixtures/clientxcms-v2-schema.sql: the tables CLIENTXCMS v2's own migrations
/// create on MariaDB (customers, products, pricings, services, invoices, invoice_items,
/// service_renewals, settings, metadata, action_logs, …).
QString v2SchemaPath();

/// Runs the v2 schema file on @p db (MariaDB only: VIRTUAL columns, CHECK json_valid, foreign
/// keys). Drops and re-creates those tables. Throws Error on failure.
void loadV2Schema(const QSqlDatabase &db);

/// `SHOW CREATE TABLE` of every table of @p db, by table name, with the AUTO_INCREMENT counter
/// removed (it moves with every insert, not with the definition). Compare two snapshots to
/// prove nothing ran DDL on a table (columns, indexes, constraints, new or dropped tables).
QMap<QString, QString> tableDefinitions(const QSqlDatabase &db);

} // namespace cxcron::test
