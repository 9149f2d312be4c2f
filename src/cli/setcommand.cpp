// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"
#include "database.h"
#include "errors.h"
#include "exitcodes.h"
#include "schema.h"
#include "taskcatalog.h"
#include "tasksettings.h"

#include <QCoreApplication>

namespace cxcron::cli {
namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

// `cxcron set TASK [--enable|--disable] [--schedule S] [--timeout SECONDS] [--reset]`: the
// per-installation override of a task's built-in settings, stored in cxcron_task_settings.
int setCommand(CommandContext &c)
{
    if (c.args.size() != 1) {
        c.console.error(
            Tr::tr("\"set\" needs one task name, e.g. cxcron set services:expire --schedule 5m."));
        return ExitUsage;
    }
    const QString name = c.args.first();
    if (!c.registry.find(name))
        throw Error(ErrorKind::NotFound, Tr::tr("Unknown task \"%1\". Known tasks: %2")
                                             .arg(name, c.registry.names().join(QStringLiteral(", "))));
    const bool enable = c.parser.isSet(QStringLiteral("enable"));
    const bool disable = c.parser.isSet(QStringLiteral("disable"));
    if (enable && disable) {
        c.console.error(Tr::tr("Use --enable or --disable, not both."));
        return ExitUsage;
    }
    const QSqlDatabase db = Database::connection();
    Schema::migrate(db);
    const bool sideBySide = c.parser.isSet(QStringLiteral("side-by-side"));
    if (sideBySide || c.parser.isSet(QStringLiteral("in-order"))) {
        if (sideBySide && c.parser.isSet(QStringLiteral("in-order"))) {
            c.console.error(Tr::tr("Use --side-by-side or --in-order, not both."));
            return ExitUsage;
        }
        const QString group = c.registry.find(name)->concurrencyGroup();
        if (group != TaskCatalog::inOrderGroup() && !TaskCatalog::runsSideBySide(db, name))
            throw Error(
                ErrorKind::Usage,
                Tr::tr("%1 is not one of the CMS's scheduled jobs: it never waits for them.").arg(name));
        TaskCatalog::setRunsSideBySide(db, name, sideBySide);
        c.console.out << (sideBySide
                              ? Tr::tr("%1 now runs side by side with the CMS's other jobs of its minute: "
                                       "it may act on rows they are changing (see docs/CLIENTXCMS-V2.md).")
                              : Tr::tr("%1 now runs one after the other with the CMS's other jobs, in the "
                                       "Kernel's order."))
                             .arg(name)
                      << '\n';
        return ExitOk;
    }
    if (c.parser.isSet(QStringLiteral("reset"))) {
        TaskSettings::reset(db, name);
        c.console.out << Tr::tr("%1 is back to its built-in settings.").arg(name) << '\n';
        return ExitOk;
    }
    TaskOverride value = TaskSettings::loadOverrides(db).value(name);
    if (enable || disable)
        value.enabled = enable;
    if (c.parser.isSet(QStringLiteral("schedule")))
        value.schedule = scheduleOption(c.parser);
    if (c.parser.isSet(QStringLiteral("timeout"))) {
        const int timeout = intOption(c.parser, QStringLiteral("timeout"), 0);
        value.timeoutSeconds = timeout;
    }
    TaskSettings::save(db, name, value);
    const TaskConfig config =
        TaskSettings::effective(*c.registry.find(name), TaskSettings::loadOverrides(db));
    c.console.out << Tr::tr("%1: %2, %3, timeout %4 s.")
                         .arg(name, config.enabled ? Tr::tr("enabled") : Tr::tr("disabled"),
                              config.schedule.describe())
                         .arg(config.timeoutSeconds)
                  << '\n';
    return ExitOk;
}

} // namespace cxcron::cli
