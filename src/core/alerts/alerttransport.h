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
    /// Not ok, but the request left whole and only the answer is missing (a timeout): the
    /// receiver may have acted on it, so a retry could deliver it twice.
    bool unconfirmed = false;
};

/// Delivery over the network with libcurl: HTTP(S) POSTs and SMTP (STARTTLS or implicit TLS).
/// Every call is bounded by @p timeoutMs, connection included.
namespace AlertTransport {

/// @p idempotencyKey, when given, goes in an Idempotency-Key header: the same for every
/// attempt of one delivery, so a receiver can drop a repeat.
SendResult httpPost(const QString &url, const QByteArray &body, const QByteArray &contentType, int timeoutMs,
                    const QByteArray &idempotencyKey = {});
/// @p idempotencyKey, when given, makes the Message-ID: every attempt of one delivery is the
/// same message for the mail system.
SendResult sendMail(const MailSettings &mail, const QStringList &to, const QString &subject,
                    const QByteArray &textBody, int timeoutMs, const QByteArray &idempotencyKey = {});
/// The RFC 5322 message sendMail() uploads (UTF-8 subject encoded, body in base64).
QByteArray mimeMessage(const MailSettings &mail, const QStringList &to, const QString &subject,
                       const QByteArray &textBody, const QByteArray &idempotencyKey = {});

} // namespace AlertTransport
} // namespace cxcron
