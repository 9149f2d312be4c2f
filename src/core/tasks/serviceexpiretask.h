// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "task.h"

namespace cxcron {

/// `services:expire` — every minute — CLIENTXCMS v2's `services:expire`, four set-based phases
/// in v2's order:
///  1. expire: suspended services with expires_at <= now − days_before_expiration → expired
///     (their invoice cancelled);
///  2. suspend: active or cancelled services past expires_at − services_suspend_after_unpaid_days
///     (and past any cancellation date) → suspended, suspend_reason = the v2 key
///     `client.alerts.suspended_reason_expired`;
///  3. cancel: services whose cancelled_at has passed, with a reason, not yet is_cancelled →
///     cancelled (expires_at kept, notes appended, invoice cancelled);
///  4. hide: expired services with expires_at <= now − services_expire_and_delete_after_days
///     (default 90) → hidden.
/// Plain types (`none`, `download`) are changed set-based; a panel type goes through its
/// configured command, or is left to the CMS and reported. See docs/TASKS.md.
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
