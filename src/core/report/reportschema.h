// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

namespace cxcron::ReportSchema {

/// Schema step 4: what makes the report fast on millions of executions.
/// - one index (name, column) per sortable column, so the first page of any sort order is an
///   index range scan instead of a sort of every run of the task;
/// - a text index over the output, the exception and its trace: an FTS5 trigram table kept in sync by
/// triggers on
///   SQLite (when the SQLite library has FTS5), a FULLTEXT index on MariaDB/MySQL.
/// Idempotent; safe when two runners migrate at once.
void migrate(const QSqlDatabase &db);
/// Schema step 7: a text index made before the trace was searched is made again with it (the
/// steps and per-item lines of a failure are found by the report's text filter too).
void addTraceToTextIndex(const QSqlDatabase &db);

/// For inserting many rows at once in one transaction (the demo history): FTS5 writes its
/// pending data out at every statement, so thousands of one-row INSERTs each leave a tiny
/// segment to merge. While this guard lives the insert trigger is off; on destruction it is
/// back and the trigram table is rebuilt once. Nothing to do on MariaDB or without FTS5.
class BulkInsert
{
public:
    explicit BulkInsert(const QSqlDatabase &db);
    ~BulkInsert() noexcept(false);
    BulkInsert(const BulkInsert &) = delete;
    BulkInsert &operator=(const BulkInsert &) = delete;

private:
    QString m_connection;
    bool m_active = false;
};

} // namespace cxcron::ReportSchema
