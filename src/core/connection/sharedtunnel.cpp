// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharedtunnel.h"

#include "sshtunnel.h"

#include <QMutex>
#include <memory>

namespace cxcron::SharedTunnel {
namespace {

struct Shared
{
    QMutex mutex;
    ConnectionProfile profile; ///< what the tunnel serves (ssh + database host/port/socket)
    std::unique_ptr<SshTunnel> tunnel;
};

Shared &shared()
{
    // Destroyed at exit, which stops ssh with it.
    static Shared s;
    return s;
}

/// A tunnel carries only the connection it was started for: any other parameter (server,
/// database, account, TLS, SSH hop) gets a tunnel of its own, whose host key ssh checks again.
bool serves(const ConnectionProfile &a, const ConnectionProfile &b)
{
    return a.sameTarget(b) && a.tls == b.tls && a.tlsVerify == b.tlsVerify && a.tlsCa == b.tlsCa;
}

} // namespace

int forwardedPort(const ConnectionProfile &profile)
{
    Shared &s = shared();
    QMutexLocker lock(&s.mutex);
    if (s.tunnel && serves(s.profile, profile) && s.tunnel->isRunning())
        return s.tunnel->localPort();
    s.tunnel.reset();
    auto tunnel = std::make_unique<SshTunnel>(profile.ssh, profile.host, profile.port, profile.socket);
    tunnel->start();
    s.profile = profile;
    s.tunnel = std::move(tunnel);
    return s.tunnel->localPort();
}

void keepOnly(const ConnectionProfile &profile)
{
    Shared &s = shared();
    QMutexLocker lock(&s.mutex);
    if (s.tunnel && !(profile.ssh.enabled && serves(s.profile, profile)))
        s.tunnel.reset();
}

void distrust(const SshSettings &ssh)
{
    Shared &s = shared();
    QMutexLocker lock(&s.mutex);
    if (s.tunnel && s.profile.ssh.host.compare(ssh.host, Qt::CaseInsensitive) == 0 &&
        s.profile.ssh.port == ssh.port)
        s.tunnel.reset();
}

} // namespace cxcron::SharedTunnel
