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

bool serves(const ConnectionProfile &a, const ConnectionProfile &b)
{
    return a.ssh == b.ssh && a.host == b.host && a.port == b.port && a.socket == b.socket;
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

} // namespace cxcron::SharedTunnel
