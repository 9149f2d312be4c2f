// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace cxcron {

enum class AlertKind
{
    Email,   ///< one message per event to one or more addresses (SMTP)
    Webhook, ///< one JSON POST per event (generic, Discord or Slack body)
    Ping,    ///< healthchecks-style pings: URL/start, URL, URL/fail
};

enum class WebhookFormat
{
    Generic,
    Discord,
    Slack,
};

/// One alert rule (a row of cxcron_alert_rules, shared by every runner host).
struct AlertRule
{
    qint64 id = 0;
    AlertKind kind = AlertKind::Email;
    QString target; ///< e-mail: addresses separated by commas; webhook and ping: the URL
    WebhookFormat format = WebhookFormat::Generic;
    QString task; ///< empty: every task
    QString language = QStringLiteral("en");
    int reminderHours = 6; ///< a still-failing task is reminded at most this often
    QJsonObject settings;  ///< e-mail overrides: "smtp" (URL without password), "from", "from_name"
    bool enabled = true;
    QDateTime createdAt; ///< UTC

    QStringList addresses() const;
    bool appliesTo(const QString &taskName) const;
    /// The target as shown to people and logs: any password in a URL is replaced by "***".
    QString displayTarget() const;
};

QString alertKindKey(AlertKind kind); ///< "email", "webhook", "ping"
AlertKind alertKindFromKey(const QString &key, bool *ok = nullptr);
QString webhookFormatKey(WebhookFormat format); ///< "generic", "discord", "slack"
WebhookFormat webhookFormatFromKey(const QString &key, bool *ok = nullptr);

/// A URL as shown in messages and logs: user name kept, password replaced by "***".
QString redactUrl(const QString &url);

namespace AlertRuleCheck {

/// Throws Error(Usage) with a translated message when @p rule cannot be stored as it is:
/// malformed address or URL, unknown language, reminder out of 1–720 hours, a password in an
/// SMTP override URL (passwords are read from the .env or the environment, never stored).
void validate(const AlertRule &rule);

} // namespace AlertRuleCheck
} // namespace cxcron
