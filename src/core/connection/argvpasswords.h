// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace cxcron {

/// As the mysql client does with -pPASSWORD: overwrites with 'x' the password of every
/// --database URL in the process's own argument memory, so ps and /proc/PID/cmdline no longer
/// show it once the program started. Read the arguments (QCoreApplication::arguments()) first.
/// Each password is also registered with Redaction.
void hideArgvPasswords(int argc, char *argv[]);

} // namespace cxcron
