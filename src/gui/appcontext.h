// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"
#include "taskregistry.h"

#include <memory>

namespace cxcron::gui {

/// What the window runs tasks with: the built-in registry and the database clock in the
/// application, fake tasks and a fixed clock in tests.
struct AppContext
{
    TaskRegistry registry;
    std::shared_ptr<Clock> clock;
    QString who; ///< recorded as triggered_by of manual runs; empty = OS user

    static AppContext builtin() { return {TaskRegistry::builtin(), Clock::fromEnvironment(), {}}; }
};

} // namespace cxcron::gui
