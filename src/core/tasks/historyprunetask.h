// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "task.h"

namespace cxcron {

/// `history:prune` — daily — applies the retention policy to cron_logs. Its policy comes from
/// the CMS settings table when present (cxcron_history_keep_days, cxcron_history_keep_last,
/// cxcron_history_failed_keep_days), else 15 days / last 10 runs / failures 30 days.
class HistoryPruneTask final : public Task
{
public:
    QString name() const override { return QStringLiteral("history:prune"); }
    QString title() const override;
    QString description() const override;
    Schedule defaultSchedule() const override { return Schedule::cron(QStringLiteral("30 3 * * *")); }
    int defaultTimeoutSeconds() const override { return 3600; }
    QJsonObject run(TaskContext &context) override;
};

} // namespace cxcron
