// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "task.h"

namespace cxcron {

/// `invoices:cancel-stale` — daily at 00:05 — CLIENTXCMS v2's `clientxcms:invoice-delete` in its
/// default `cancel` mode: cancels the pending invoices created more than remove_pending_invoice
/// days ago, as Invoice::cancel() does (see CmsInvoice::cancel), in one transaction. The setting
/// defaults to 0, which, as in v2, means "off". The `delete` mode and invoices carrying a basket
/// are left to the CMS and reported. See docs/TASKS.md.
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
