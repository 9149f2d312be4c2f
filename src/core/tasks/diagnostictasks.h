// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace cxcron {
class TaskRegistry;

namespace DiagnosticTasks {
/// Adds the `diag:*` tasks when the environment variable CXCRON_DIAGNOSTIC_TASKS is "1".
void registerIfEnabled(TaskRegistry &registry);
} // namespace DiagnosticTasks
} // namespace cxcron
