// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionprofile.h"
#include "ssherror.h"

#include <QStringList>

namespace cxcron::Ssh {

/// ssh's options for @p ssh, up to and including the destination ("-- host"): batch mode (never a
/// prompt, never a password), strict host key checking against the known_hosts file, keep-alives,
/// the key file or the agent. Throws SshError(KeyFile) if the configured key cannot be read.
QStringList arguments(const SshSettings &ssh);

/// Reads ssh's stderr and exit code into a clear, translated SshError (never returns). For an
/// unknown host key, the error carries the key ssh-keyscan sees, with its fingerprint.
[[noreturn]] void fail(const SshSettings &ssh, const QByteArray &stderrText);

/// @p text in single quotes for the remote shell ("it's" → 'it'\''s').
QString shellQuoted(const QString &text);

/// Runs `cat -- PATH` on the SSH server (at most 1 MiB). Throws SshError.
QByteArray readRemoteFile(const SshSettings &ssh, const QString &path, int timeoutMs = 30000);

} // namespace cxcron::Ssh
