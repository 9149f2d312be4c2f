// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QSqlDatabase>
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
    bool cancelled = false;
};

namespace Retention {

/// How many rows prune() would delete now.
qint64 count(const QSqlDatabase &db, const RetentionPolicy &policy, const QDateTime &nowUtc);
/// Deletes in batches, each batch its own short transaction, so readers and the runner are
/// never blocked for long. Batches walk the start_at index from the oldest row, across every
/// task at once (ids are not assumed to follow time across tasks), and grow or shrink so each
/// lasts about targetBatchMs. @p progress(deletedSoFar, expectedTotal) is called after each batch;
/// setting @p cancel stops between batches (what is deleted stays deleted, nothing is half-done).
PruneResult prune(const QSqlDatabase &db, const RetentionPolicy &policy, const QDateTime &nowUtc,
                  const std::function<void(qint64, qint64)> &progress = {},
                  const std::atomic_bool *cancel = nullptr);

} // namespace Retention
} // namespace cxcron
