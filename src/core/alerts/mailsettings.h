// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cxcron {

struct AlertRule;
struct EnvFile;

/// How alert e-mails leave: the CMS's own mail settings (MAIL_* in its .env), which environment
/// variables of the same name override (as in Laravel), which a rule's own "smtp"/"from"
/// settings override in turn. The password never comes from a rule: MAIL_PASSWORD (or
/// CXCRON_SMTP_PASSWORD) from the .env or the environment.
struct MailSettings
{
    QString host;
    int port = 25;
    QString username;
    QString password;
    /// "tls": STARTTLS required (implicit TLS on port 465), "ssl": implicit TLS (smtps),
    /// "none": plain, empty: STARTTLS when the server offers it.
    QString encryption;
    QString fromAddress;
    QString fromName;
    QString caFile; ///< CXCRON_MAIL_CA_FILE: extra CA bundle for the server's certificate

    /// @p env may be null (no .env given): environment variables only.
    static MailSettings resolve(const EnvFile *env);
    MailSettings forRule(const AlertRule &rule) const;
    bool implicitTls() const;
    /// "smtp://host:port" or "smtps://host:port" (never with credentials).
    QString url() const;
};

} // namespace cxcron
