// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionprofile.h"

namespace cxcron::SharedTunnel {

/// The local port of the process-wide tunnel to @p profile's database (profile.ssh enabled):
/// started on first use, restarted if ssh has exited, shared by every thread's connection and
/// stopped at exit. Thread-safe. Throws SshError.
int forwardedPort(const ConnectionProfile &profile);

/// Stops the tunnel unless it serves @p profile, every parameter the same (called when the
/// active profile changes).
void keepOnly(const ConnectionProfile &profile);

/// Stops the tunnel if it goes through @p ssh's server (host and port): that server's host key
/// was just found unknown or changed, so what was checked when the tunnel started no longer
/// holds. The next connection starts a tunnel of its own, and ssh checks the key again.
void distrust(const SshSettings &ssh);

} // namespace cxcron::SharedTunnel
