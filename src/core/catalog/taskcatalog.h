// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cmssite.h"
#include "taskregistry.h"

#include <QSqlDatabase>

namespace cxcron::TaskCatalog {

/// The tasks of this installation, in display order:
/// - the tasks stored in cxcron_tasks (administrator's commands, CLIENTXCMS's schedule) — on a
///   v2 site whose root is known, v2's schedule is stored there the first time (once: what the
///   administrator removes stays removed), on a v1 site its Cron/index.php;
/// - the native C++ tasks, unless a stored task has the same name. They write CMS tables, so
///   they are on by default only in the demo database; on any other database they are listed
///   but off until enabled one by one (`cxcron set TASK --enable`). history:prune, which only
///   touches cxcron's own history, stays on.
/// Needs cxcron's tables (Schema::migrate) when @p site has commands to install.
TaskRegistry load(const QSqlDatabase &db, const CmsSite &site);

/// The native tasks alone (no database): for commands that need none.
TaskRegistry natives();

} // namespace cxcron::TaskCatalog
