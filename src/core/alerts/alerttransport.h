// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cxcron {

struct MailSettings;

struct SendResult
{
    bool ok = false;
    QString error; ///< translated-free technical reason (curl's), never with a password or URL secret
};

/// Delivery over the network with libcurl: HTTP(S) POSTs and SMTP (STARTTLS or implicit TLS).
/// Every call is bounded by @p timeoutMs, connection included.
namespace AlertTransport {

SendResult httpPost(const QString &url, const QByteArray &body, const QByteArray &contentType, int timeoutMs);
SendResult sendMail(const MailSettings &mail, const QStringList &to, const QString &subject,
                    const QByteArray &textBody, int timeoutMs);
/// The RFC 5322 message sendMail() uploads (UTF-8 subject encoded, body in base64).
QByteArray mimeMessage(const MailSettings &mail, const QStringList &to, const QString &subject,
                       const QByteArray &textBody);

} // namespace AlertTransport
} // namespace cxcron
