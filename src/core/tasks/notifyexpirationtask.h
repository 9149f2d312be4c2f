// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "task.h"

namespace cxcron {

/// `services:notify-expiration` — daily at 09:00 — queues one expiry reminder in
/// cxcron_mail_outbox for each active, uncancelled service whose expires_at falls, in the
/// installation's time zone, exactly N calendar days from today, for each N of
/// notifications_expiration_days (default "7,5,3,1"). UNIQUE(service_id, reminder_key) makes
/// it idempotent. Sending the mail is the CMS's (or a mailer's) job. See docs/TASKS.md.
class NotifyExpirationTask final : public Task
{
public:
    QString name() const override { return QStringLiteral("services:notify-expiration"); }
    QString title() const override;
    QString description() const override;
    Schedule defaultSchedule() const override { return Schedule::cron(QStringLiteral("0 9 * * *")); }
    QJsonObject run(TaskContext &context) override;

    /// Parses "7,5,3,1" (spaces allowed, invalid and negative entries dropped, duplicates removed).
    static QList<int> parseDays(const QString &text);
};

} // namespace cxcron
