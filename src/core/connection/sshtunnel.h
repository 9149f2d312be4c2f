// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionprofile.h"

#include <sys/types.h>

namespace cxcron {

/// An OpenSSH local forward, 127.0.0.1:<free port> → <remote host>:<port> (or a Unix socket) as
/// seen from the SSH server: `ssh -N -L …` in batch mode with strict host key checking. Stopped
/// by stop() or the destructor, and on Linux with the process however it ends (see BoundChild:
/// the CLI leaves by _Exit). Not a QObject: it may be started on one thread and stopped on
/// another (the database connection it serves lives on pool threads).
class SshTunnel
{
public:
    /// @p remoteSocket, when set, is used instead of @p remoteHost:@p remotePort.
    SshTunnel(const SshSettings &ssh, const QString &remoteHost, int remotePort,
              const QString &remoteSocket = {});
    ~SshTunnel();
    SshTunnel(const SshTunnel &) = delete;
    SshTunnel &operator=(const SshTunnel &) = delete;

    /// Starts ssh and waits until the forward listens. Throws SshError with a clear message
    /// (unknown or changed host key, refused login, unreachable server, timeout).
    void start(int timeoutMs = 20000);
    void stop();
    /// False once ssh has exited (server gone, keep-alives unanswered).
    bool isRunning();
    int localPort() const { return m_localPort; }

private:
    bool startOnce(int timeoutMs); // false: the chosen port was taken, try another
    QByteArray errorOutput() const;

    SshSettings m_ssh;
    QString m_remoteHost;
    int m_remotePort;
    QString m_remoteSocket;
    int m_localPort = 0;
    pid_t m_pid = -1;
    int m_stderrFd = -1;
};

} // namespace cxcron
