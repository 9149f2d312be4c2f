// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "task.h"

namespace cxcron {

/// `invoices:delivery` — every minute — delivers each item of a paid invoice that is neither
/// delivered, cancelled nor refunded: `service` / `free_trial` items create the service
/// (provisioner "create"), `renewal` items extend it by its billing period (provisioner
/// "unsuspend" when it was suspended). One transaction per item; a failure increments
/// services.delivery_attempts, stores services.delivery_errors and is retried on the next run
/// until cxcron_delivery_max_attempts (default 5). See docs/TASKS.md.
class InvoiceDeliveryTask final : public Task
{
public:
    QString name() const override { return QStringLiteral("invoices:delivery"); }
    QString title() const override;
    QString description() const override;
    Schedule defaultSchedule() const override { return Schedule::everyMinutes(1); }
    int defaultTimeoutSeconds() const override { return 900; }
    QJsonObject run(TaskContext &context) override;
};

} // namespace cxcron
