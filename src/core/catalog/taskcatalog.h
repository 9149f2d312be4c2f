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
///
/// The CMS's own jobs (v2's schedule, jobs adopted from its schedule:list) run as
/// `php artisan schedule:run` runs them: one after the other, in the Kernel's order (they share
/// one concurrency group, kInOrderGroup), unless the administrator chose to let one run side by
/// side with the others (setRunsSideBySide). The administrator's own commands have no group.
///
/// Mode::Write creates or upgrades cxcron's tables and stores the CMS's schedule the first time
/// (run, set, task, discover). Mode::Read writes nothing and needs only SELECT: a schedule not
/// stored yet is shown as it would be stored.
enum class Mode
{
    Read,
    Write,
};
TaskRegistry load(const QSqlDatabase &db, const CmsSite &site, Mode mode = Mode::Write);

/// The concurrency group of the CMS's jobs that run one after the other.
inline QString inOrderGroup()
{
    return QStringLiteral("cms-schedule");
}
/// Whether @p task (a CMS job) may run side by side with the CMS's other jobs of its minute.
bool runsSideBySide(const QSqlDatabase &db, const QString &task);
/// Lets @p task run side by side with the CMS's other jobs (true), or in the Kernel's order
/// with them (false, the default). Shared by every host (cxcron_meta).
void setRunsSideBySide(const QSqlDatabase &db, const QString &task, bool sideBySide);

/// The native tasks alone (no database): for commands that need none.
TaskRegistry natives();

/// The last title known for @p name, a task only the history still names: the one recorded
/// when it was removed, else that of the CMS's or cxcron's own task of that name; empty when
/// none is known. Reads only.
QString lastKnownTitle(const QSqlDatabase &db, const QString &name);

} // namespace cxcron::TaskCatalog
