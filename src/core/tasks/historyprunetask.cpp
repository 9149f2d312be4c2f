// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyprunetask.h"

#include "cmssettings.h"
#include "retention.h"

#include <QCoreApplication>

namespace cxcron {

QString HistoryPruneTask::title() const
{
    return QCoreApplication::translate("Tasks", "Prune the execution history");
}

QString HistoryPruneTask::description() const
{
    return QCoreApplication::translate("Tasks", "Deletes old executions, keeping the last runs of every task and "
                                                "failures longer.");
}

QJsonObject HistoryPruneTask::run(TaskContext &context)
{
    const QSqlDatabase db = context.db();
    const CmsSettings settings(db);
    RetentionPolicy policy;
    policy.keepDays = settings.intValue(QStringLiteral("cxcron_history_keep_days"), 15);
    policy.keepLast = settings.intValue(QStringLiteral("cxcron_history_keep_last"), 10);
    policy.failedKeepDays = settings.intValue(QStringLiteral("cxcron_history_failed_keep_days"), 30);
    std::atomic_bool cancel{false};
    context.step(QStringLiteral("prune keep_days=%1 keep_last=%2").arg(policy.keepDays).arg(policy.keepLast));
    const PruneResult result = Retention::prune(db, policy, context.nowUtc(), [&](qint64 done, qint64 total) {
        context.setProgress(int(qMin<qint64>(done, INT_MAX)), int(qMin<qint64>(total, INT_MAX)));
        context.checkCancelled();
    });
    return {{QStringLiteral("deleted"), result.deleted},
            {QStringLiteral("batches"), result.batches},
            {QStringLiteral("longest_batch_ms"), result.longestBatchMs},
            {QStringLiteral("keep_days"), policy.keepDays},
            {QStringLiteral("keep_last"), policy.keepLast},
            {QStringLiteral("failed_keep_days"), policy.failedKeepDays}};
}

} // namespace cxcron
