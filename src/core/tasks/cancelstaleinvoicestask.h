// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "task.h"

namespace cxcron {

/// `invoices:cancel-stale` — daily at 00:05 — cancels pending invoices created more than
/// remove_pending_invoice days ago (default 14 when the setting is absent; 0 disables the
/// task, as in the CMS), with their undelivered items, their pending service_renewals rows and
/// the services' link to them, in one transaction. See docs/TASKS.md.
class CancelStaleInvoicesTask final : public Task
{
public:
    QString name() const override { return QStringLiteral("invoices:cancel-stale"); }
    QString title() const override;
    QString description() const override;
    Schedule defaultSchedule() const override { return Schedule::cron(QStringLiteral("5 0 * * *")); }
    QJsonObject run(TaskContext &context) override;
};

} // namespace cxcron
