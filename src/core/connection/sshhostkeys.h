// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionprofile.h"
#include "ssherror.h"

namespace cxcron::SshHostKeys {

/// The host key the SSH server of @p ssh presents (ssh-keyscan) and its fingerprint (ssh-keygen
/// -lf -). @p type is ssh's name for it ("ED25519"); empty = the strongest one offered. Returns
/// an invalid key when the server or the tools cannot be reached.
SshHostKey scan(const SshSettings &ssh, const QString &type = {});

/// Appends @p key to the known_hosts file of @p ssh (created 0600, its folder 0700), after the
/// user compared the fingerprint. Throws Error(Config) if the file cannot be written.
void accept(const SshSettings &ssh, const SshHostKey &key);

} // namespace cxcron::SshHostKeys
