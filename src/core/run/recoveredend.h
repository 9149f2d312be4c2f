// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandexitfile.h"
#include "execution.h"

#include <QSqlDatabase>

namespace cxcron::RecoveredEnd {

/// Records the end of @p row, whose runner died after its command had ended by itself, from
/// what cxcron-shim wrote when it reaped the command: the command's own exit status and end
/// time, and as output the last lines the runner had published live (the rest of the output
/// died with the runner, and the row says so). False when the row was no longer running.
bool record(const QSqlDatabase &db, const Execution &row, const CommandExitFile::Exit &exit);

} // namespace cxcron::RecoveredEnd
