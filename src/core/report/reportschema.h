// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

namespace cxcron::ReportSchema {

/// Schema step 4: what makes the report fast on millions of executions.
/// - one index (name, column) per sortable column, so the first page of any sort order is an
///   index range scan instead of a sort of every run of the task;
/// - a text index over output and exception: an FTS5 trigram table kept in sync by triggers on
///   SQLite (when the SQLite library has FTS5), a FULLTEXT index on MariaDB/MySQL.
/// Idempotent; safe when two runners migrate at once.
void migrate(const QSqlDatabase &db);

} // namespace cxcron::ReportSchema
