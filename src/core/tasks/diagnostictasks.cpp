// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostictasks.h"

#include "taskregistry.h"

namespace cxcron::DiagnosticTasks {

void registerIfEnabled(TaskRegistry &)
{
    // Filled in by the fault-injection tests (issue 5).
}

} // namespace cxcron::DiagnosticTasks
