// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace cxcron::Schema {

/// The schema version this build writes. Stored in `cxcron_schema_version`.
constexpr int CurrentVersion = 9;

/// Creates or upgrades cxcron's own tables (cron_logs, cxcron_task_settings, cxcron_leases,
/// cxcron_tasks, cxcron_meta, cxcron_alert_rules, cxcron_alert_deliveries, cxcron_cancel_requests,
/// cxcron_live_output), never a CMS table.
/// Idempotent and safe when several runners start at once: an existing `cron_logs` with fewer
/// columns (the CMS v1 shape) is extended with ALTER TABLE, never dropped. Fast path: one query
/// when the version is already current. Throws Error(Database) if the stored version is newer.
void migrate(const QSqlDatabase &db);
int storedVersion(const QSqlDatabase &db);
/// Every table cxcron owns (never a CMS table): what a scratch database drops to start afresh.
QStringList ownTables();

/// Throws Error(Database) with a clear message when cron_logs is missing (read-only tools such
/// as the GUI's viewer call this instead of migrating).
void requireHistoryTable(const QSqlDatabase &db);

} // namespace cxcron::Schema
