// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace cxcron::ShutdownSignal {

/// Makes SIGTERM, SIGINT and SIGHUP ask the runner to end instead of killing it: its runs are
/// stopped (their whole process trees, gracefully) and recorded as interrupted, then it exits.
/// A second such signal ends the process at once (the shims then stop the commands).
void install();
/// The signal received (SIGTERM, …), or 0.
int received();
/// For tests: as if @p signal had been received (0 clears).
void simulate(int signal);

} // namespace cxcron::ShutdownSignal
