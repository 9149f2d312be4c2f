// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cxcron::MailHeaders {

/// "Équipe <a@b>", "\"Ops, Inc.\" <a@b>" or "a@b": the display name (unquoted) and the address.
struct Mailbox
{
    QString name;
    QString address;
};
/// Parses a mailbox as a person writes it; the address is empty when none is found.
Mailbox parseMailbox(const QString &text);

/// "Name: value\r\n" for unstructured text (Subject): non-ASCII text as RFC 2047 encoded-words of
/// at most 75 characters, split between whole UTF-8 characters, folded so that no line exceeds
/// 78 characters; line breaks in @p value become spaces.
QByteArray unstructured(const QByteArray &name, const QString &value);

/// "Name: display <address>\r\n": an ASCII display name as a quoted-string (escaped), a non-ASCII
/// one as encoded-words, never inside quotes; folded as unstructured() does.
QByteArray mailbox(const QByteArray &name, const QString &displayName, const QString &address);

/// "Name: a@b, c@d\r\n", folded.
QByteArray addressList(const QByteArray &name, const QStringList &addresses);

/// The right side of a Message-ID: the domain of @p fromAddress when it is a valid dot-atom,
/// else "cxcron.invalid" (a host name may hold '_' or be empty).
QByteArray messageIdDomain(const QString &fromAddress);

} // namespace cxcron::MailHeaders
