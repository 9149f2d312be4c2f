// SPDX-License-Identifier: GPL-3.0-or-later
#include "appcontext.h"

#include "taskcatalog.h"

namespace cxcron::gui {

AppContext AppContext::catalog()
{
    AppContext context = fixed(TaskRegistry(), Clock::fromEnvironment()); // filled on connection
    // No CMS root: the desktop window reads the database, the runner hosts run the commands.
    context.loadRegistry = [](const QSqlDatabase &db) {
        return TaskCatalog::load(db, CmsSite{});
    };
    return context;
}

} // namespace cxcron::gui
