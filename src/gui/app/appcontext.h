// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"
#include "taskregistry.h"

#include <QSqlDatabase>
#include <functional>
#include <memory>

namespace cxcron::gui {

/// What the window runs tasks with: the installation's tasks (read from the database on each
/// connection) and the database clock in the application, fake tasks and a fixed clock in tests.
struct AppContext
{
    /// Shared by every copy of the context, so a reload reaches the overview and "run now".
    /// Replaced on the GUI thread only; jobs take a copy (tasks()) before leaving it.
    std::shared_ptr<TaskRegistry> registry;
    std::shared_ptr<Clock> clock;
    QString who; ///< recorded as triggered_by of manual runs; empty = OS user
    /// Reads the registry on a pool thread's connection; empty = the registry never changes.
    std::function<TaskRegistry(const QSqlDatabase &)> loadRegistry;

    TaskRegistry tasks() const { return registry ? *registry : TaskRegistry(); }

    /// The application's context: the tasks of TaskCatalog (stored and native ones).
    static AppContext catalog();
    /// A context whose tasks are @p registry, whatever the database holds.
    static AppContext fixed(TaskRegistry registry, std::shared_ptr<Clock> clock, const QString &who = {})
    {
        return {std::make_shared<TaskRegistry>(std::move(registry)), std::move(clock), who, {}};
    }
};

} // namespace cxcron::gui
