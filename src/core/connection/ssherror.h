// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors.h"

namespace cxcron {

/// Why ssh could not connect, as far as its messages tell.
enum class SshFailure
{
    None,
    NotInstalled,          ///< no ssh / ssh-keyscan on this machine
    UnknownHostKey,        ///< the server is not in known_hosts yet: the user may accept its key
    HostKeyChanged,        ///< known_hosts has another key for it: never accepted automatically
    AuthenticationRefused, ///< the key / agent was refused
    KeyFile,               ///< the key file is missing or unusable
    ConnectionRefused,     ///< nothing listens on the SSH port
    Unreachable,           ///< name unknown, no route, timeout
    ForwardFailed,         ///< the local or remote end of the tunnel could not be opened
    RemoteCommand,         ///< connected, but the remote command failed (e.g. no such .env)
    Timeout,
    Other,
};

/// A server host key as ssh-keyscan reports it, ready to be appended to known_hosts.
struct SshHostKey
{
    QString type;           ///< "ED25519", "ECDSA", "RSA"
    QString fingerprint;    ///< "SHA256:…"
    QString knownHostsLine; ///< "[host]:port ssh-ed25519 AAAA…"
    bool isValid() const { return !knownHostsLine.isEmpty() && !fingerprint.isEmpty(); }
};

/// Error(Connection) with what went wrong for ssh, so a GUI can offer to accept a host key.
class SshError : public Error
{
public:
    SshError(SshFailure failure, const QString &message, const SshHostKey &hostKey = {})
        : Error(ErrorKind::Connection, message)
        , m_failure(failure)
        , m_hostKey(hostKey)
    {}
    SshFailure failure() const { return m_failure; }
    SshHostKey hostKey() const { return m_hostKey; }

private:
    SshFailure m_failure;
    SshHostKey m_hostKey;
};

} // namespace cxcron
