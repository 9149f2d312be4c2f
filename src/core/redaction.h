// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <utility>

namespace cxcron::Redaction {

/// The text that stands for a secret in every output.
inline constexpr const char *kMask = "***";

/// From now on, redact() hides @p secret (as given, percent-decoded and -encoded, and escaped as
/// JSON and CSV print it). Secrets shorter than 4
/// characters, and secrets that are public words (see addPublicWord), are not hidden as text:
/// hiding "cxcron" would hide every message, and the URL's own user name is printed anyway.
void addSecret(const QString &secret);
/// A word every output may show (the application name, a URL's user or database name).
void addPublicWord(const QString &word);
/// Registers the secret of each variable of SecretEnvironment::names() (for a URL, its password).
void addEnvironmentSecrets();
/// The password of a database URL, also when the URL is malformed (no database part, bad port):
/// what follows the first ':' of the user information, up to the last '@' before the host.
QString urlPassword(const QString &url);
/// Where urlPassword() lies in @p url: {start, length}, {-1, 0} when there is none.
std::pair<qsizetype, qsizetype> urlPasswordRange(const QString &url);

/// @p text with the password of every scheme://user:password@ URL and every registered secret
/// replaced by kMask. Every message and every printed line goes through it.
QString redact(const QString &text);

/// Redacts every Qt log message before the previous handler prints it.
void installMessageHandler();

} // namespace cxcron::Redaction
