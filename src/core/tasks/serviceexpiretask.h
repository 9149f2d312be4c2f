// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "task.h"

namespace cxcron {

/// `services:expire` — every minute — three set-based phases, in this order:
///  1. cancel: active/suspended services whose cancelled_at has passed → expired (is_cancelled=1);
///  2. suspend: active services with expires_at <= now − services_suspend_after_unpaid_days → suspended;
///  3. expire: suspended services with expires_at <= now − days_before_expiration → expired, and
///     their pending renewal invoice is cancelled.
/// Each change goes through the service type's provisioner and writes one action_logs row.
/// See docs/TASKS.md.
class ServiceExpireTask final : public Task
{
public:
    QString name() const override { return QStringLiteral("services:expire"); }
    QString title() const override;
    QString description() const override;
    Schedule defaultSchedule() const override { return Schedule::everyMinutes(1); }
    int defaultTimeoutSeconds() const override { return 900; }
    QJsonObject run(TaskContext &context) override;
};

} // namespace cxcron
