// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QVariantList>
#include <atomic>
#include <functional>

namespace cxcron {

/// Which executions to keep. A row goes only when it is older than keepDays (failed and
/// interrupted rows: older than failedKeepDays), is not among the newest keepLast runs of its
/// task, and is not `running`.
struct RetentionPolicy
{
    int keepDays = 15;
    int keepLast = 10;
    int failedKeepDays = 0; ///< 0 = same as keepDays
    QString task;           ///< empty = every task
    int batchSize = 5000;   ///< rows of the first batch (the only size when targetBatchMs is 0)
    int targetBatchMs = 50; ///< batch sizes adapt to last about this long (0 = fixed batchSize)
};

struct PruneResult
{
    qint64 deleted = 0;
    qint64 batches = 0;
    qint64 longestBatchMs = 0;
    qint64 batchesOver200Ms = 0; ///< batches that held their transaction longer than 200 ms
    bool cancelled = false;
};

/// The rows a policy selects, fixed at one moment: the one definition that the preview count
/// and the delete both use. A row is selected when it started before the cut-off (failures:
/// before theirs), is not `running`, is not among the newest keepLast runs of its task (by
/// start time, as they were when selected) and already existed when selected. Deleting a
/// Selection made for a preview therefore deletes the rows that preview counted, even if runs
/// were added meanwhile; only a row changed since (a stuck run marked ended) can make the two
/// numbers differ, and PruneResult::deleted says what actually went.
struct RetentionSelection
{
    RetentionPolicy policy;
    QDateTime nowUtc;
    QDateTime cutoffUtc; ///< rows that started before this may go (failures: see the policy)
    qint64 rows = 0;     ///< how many rows were selected when it was made

    QString cutoff;      ///< cutoffUtc as the range bound on start_at
    QString where;       ///< the selection as one SQL condition on cron_logs…
    QVariantList values; ///< …and its bound values
};

namespace Retention {

/// What @p policy selects now (the count included).
RetentionSelection select(const QSqlDatabase &db, const RetentionPolicy &policy, const QDateTime &nowUtc);
/// How many rows prune() would delete now: select(…).rows.
qint64 count(const QSqlDatabase &db, const RetentionPolicy &policy, const QDateTime &nowUtc);
/// Deletes the rows of @p selection in batches, each batch its own short transaction, so
/// readers and the runner are never blocked for long. Batches walk the start_at index from the
/// oldest row, across every task at once (ids are not assumed to follow time across tasks), and
/// grow or shrink so each lasts about targetBatchMs. @p progress(deletedSoFar, selection.rows)
/// is called after each batch; setting @p cancel stops between batches (what is deleted stays
/// deleted, nothing is half-done).
PruneResult prune(const QSqlDatabase &db, const RetentionSelection &selection,
                  const std::function<void(qint64, qint64)> &progress = {},
                  const std::atomic_bool *cancel = nullptr);
/// prune(db, select(db, policy, nowUtc), …).
PruneResult prune(const QSqlDatabase &db, const RetentionPolicy &policy, const QDateTime &nowUtc,
                  const std::function<void(qint64, qint64)> &progress = {},
                  const std::atomic_bool *cancel = nullptr);

} // namespace Retention
} // namespace cxcron
