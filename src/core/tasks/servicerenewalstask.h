// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "task.h"

namespace cxcron {

/// `services:renewals` — every 3 hours — creates one pending renewal invoice (+ `renewal` item
/// + pending service_renewals row) for each active, recurring, uncancelled service without an
/// open invoice whose expires_at is within days_before_creation_renewal_invoice (default 7).
/// Race-safe: the service is claimed with `UPDATE … WHERE invoice_id IS NULL` and the renewal
/// row carries the UNIQUE pending_lock_key. See docs/TASKS.md.
class ServiceRenewalsTask final : public Task
{
public:
    QString name() const override { return QStringLiteral("services:renewals"); }
    QString title() const override;
    QString description() const override;
    Schedule defaultSchedule() const override { return Schedule::everyMinutes(180); }
    QJsonObject run(TaskContext &context) override;
};

} // namespace cxcron
