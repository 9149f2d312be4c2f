// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace cxcron::CoreDumps {

/// The variable that keeps core dumps on (set to 1), for debugging a crash.
inline constexpr const char *kAllowVariable = "CXCRON_ALLOW_CORE_DUMPS";

/// A core dump of cxcron holds its passwords (database, SMTP) in clear: unless
/// CXCRON_ALLOW_CORE_DUMPS=1, none is written (RLIMIT_CORE 0) and the process is not dumpable
/// (no core, and no ptrace or /proc/PID/environ by other processes of the same user).
/// Commands started later are dumpable again (execve resets it) and inherit a soft core limit
/// of 0, which they may raise.
void disableUnlessAllowed();

/// True when this process may write a core dump (for tests).
bool enabled();

} // namespace cxcron::CoreDumps
