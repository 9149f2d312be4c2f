// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "task.h"

namespace cxcron {

/// `invoices:delivery` — every minute — CLIENTXCMS v2's `invoices:delivery` for the services
/// cxcron can provision (plain types, or a panel type with a configured command): first the
/// pending services flagged `must_created_manually = 1`, then each undelivered item of a paid
/// invoice — `service` items create their services and deliver them, `renewal` items renew the
/// service. Other items and services are left untouched for the CMS and reported
/// (`left_for_cms`). A failing command increments services.delivery_attempts and is retried
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
