// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"
#include "database.h"
#include "errors.h"
#include "exitcodes.h"
#include "schema.h"
#include "tasksettings.h"
#include "taskstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace cxcron::cli {
namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Applies the options of "task add/edit" to @p d; true when schedule, timeout or the enabled
// flag changed (an override set with "cxcron set" would hide that change).
bool applyOptions(const CommandContext &c, TaskDefinition &d)
{
    const QCommandLineParser &p = c.parser;
    bool scheduling = false;
    if (p.isSet(QStringLiteral("title")))
        d.title = p.value(QStringLiteral("title"));
    if (p.isSet(QStringLiteral("schedule"))) {
        d.schedule = scheduleOption(p);
        scheduling = true;
    }
    if (p.isSet(QStringLiteral("timeout"))) {
        d.timeoutSeconds = intOption(p, QStringLiteral("timeout"), 0);
        scheduling = true;
    }
    if (p.isSet(QStringLiteral("cwd")))
        d.workingDirectory = p.value(QStringLiteral("cwd"));
    for (const QString &value : p.values(QStringLiteral("env"))) {
        if (!isEnvAssignment(value))
            continue;
        const qsizetype eq = value.indexOf(u'=');
        if (eq == value.size() - 1)
            d.environment.remove(value.left(eq)); // KEY= removes the variable
        else
            d.environment.insert(value.left(eq), value.mid(eq + 1));
    }
    if (p.isSet(QStringLiteral("enable")) && p.isSet(QStringLiteral("disable")))
        throw Error(ErrorKind::Usage, Tr::tr("Use --enable or --disable, not both."));
    if (p.isSet(QStringLiteral("enable")) || p.isSet(QStringLiteral("disable"))) {
        d.enabled = p.isSet(QStringLiteral("enable"));
        scheduling = true;
    }
    return scheduling;
}

void setProgram(const CommandContext &c, TaskDefinition &d, const QStringList &argv)
{
    d.kind = TaskDefinition::Kind::Command;
    d.shell = c.parser.isSet(QStringLiteral("shell"));
    if (d.shell) {
        d.program = argv.join(u' ');
        d.arguments.clear();
    } else {
        d.program = argv.first();
        d.arguments = argv.mid(1);
    }
}

QString describe(const TaskDefinition &d, const CmsSite &site)
{
    return Tr::tr("%1: %2 — %3, timeout %4 s, %5")
        .arg(d.name, d.commandLine(site), d.schedule)
        .arg(d.timeoutSeconds)
        .arg(d.enabled ? Tr::tr("enabled") : Tr::tr("disabled"));
}

int list(CommandContext &c)
{
    const QSqlDatabase db = Database::connection();
    Schema::migrate(db);
    const QList<TaskDefinition> tasks = TaskStore::list(db);
    if (c.json) {
        QJsonArray array;
        for (const TaskDefinition &d : tasks)
            array << QJsonObject{
                {QStringLiteral("name"), d.name},
                {QStringLiteral("title"), d.title},
                {QStringLiteral("kind"), TaskDefinition::kindKey(d.kind)},
                {QStringLiteral("command"), d.commandLine(c.site)},
                {QStringLiteral("working_directory"), d.workingDirectory},
                {QStringLiteral("environment"), QJsonArray::fromStringList(d.redactedEnvironment())},
                {QStringLiteral("schedule"), d.schedule},
                {QStringLiteral("timeout_seconds"), d.timeoutSeconds},
                {QStringLiteral("enabled"), d.enabled},
                {QStringLiteral("origin"), d.origin}};
        c.console.printJson(array);
        return ExitOk;
    }
    if (tasks.isEmpty()) {
        c.console.out
            << Tr::tr(
                   "No stored tasks. Add one with: cxcron task add NAME --schedule 1h -- PROGRAM [ARGS...]")
            << '\n';
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const TaskDefinition &d : tasks)
        rows << QStringList{d.name,
                            d.schedule,
                            QString::number(d.timeoutSeconds),
                            d.enabled ? Tr::tr("yes") : Tr::tr("no"),
                            d.origin,
                            d.commandLine(c.site)};
    c.console.printTable({Tr::tr("TASK"), Tr::tr("SCHEDULE"), Tr::tr("TIMEOUT"), Tr::tr("ENABLED"),
                          Tr::tr("ORIGIN"), Tr::tr("COMMAND")},
                         rows);
    return ExitOk;
}

} // namespace

// `cxcron task add|edit|remove|list`: tasks that run a program, stored in cxcron_tasks.
int taskCommand(CommandContext &c)
{
    const QString action = c.args.value(0);
    if (action == QLatin1String("list"))
        return list(c);
    if (action != QLatin1String("add") && action != QLatin1String("edit") &&
        action != QLatin1String("remove")) {
        c.console.error(
            Tr::tr("Usage: cxcron task add NAME --schedule S [--timeout N] [--cwd DIR] [--env KEY=VALUE]... "
                   "[--shell] -- PROGRAM [ARGS...] | task edit NAME [options] [-- PROGRAM [ARGS...]] | "
                   "task remove NAME | task list"));
        return ExitUsage;
    }
    if (c.args.size() < 2) {
        c.console.error(Tr::tr("\"task %1\" needs a task name.").arg(action));
        return ExitUsage;
    }
    const QString name = c.args.at(1);
    const QStringList argv = c.args.mid(2);
    const QSqlDatabase db = Database::connection();
    Schema::migrate(db);
    if (action == QLatin1String("remove")) {
        if (argv.size() > 0) {
            c.console.error(Tr::tr("\"task remove\" takes one task name."));
            return ExitUsage;
        }
        TaskStore::remove(db, name);
        c.console.out << Tr::tr("Task %1 removed. Its history stays: cxcron history %1").arg(name) << '\n';
        return ExitOk;
    }
    if (action == QLatin1String("add")) {
        if (argv.isEmpty())
            throw Error(ErrorKind::Usage, Tr::tr("\"task add\" needs the program to run, after --: "
                                                 "cxcron task add %1 --schedule 1h -- /path/to/program ARGS")
                                              .arg(name));
        if (!c.parser.isSet(QStringLiteral("schedule")))
            throw Error(ErrorKind::Usage,
                        Tr::tr("\"task add\" needs --schedule (5m, 3h, 1d or a cron expression)."));
        if (c.registry.find(name))
            throw Error(ErrorKind::Usage, Tr::tr("A task named %1 already exists.").arg(name));
        TaskDefinition d;
        d.name = name;
        setProgram(c, d, argv);
        applyOptions(c, d);
        TaskStore::add(db, d);
        c.console.out << Tr::tr("Task added: %1").arg(describe(d, c.site)) << '\n';
        return ExitOk;
    }
    auto stored = TaskStore::get(db, name);
    if (!stored)
        throw Error(
            ErrorKind::NotFound,
            c.registry.find(name)
                ? Tr::tr(
                      "%1 is a built-in task: change its schedule, timeout or state with \"cxcron set %1\".")
                      .arg(name)
                : Tr::tr("There is no stored task named %1.").arg(name));
    TaskDefinition d = *stored;
    if (!argv.isEmpty())
        setProgram(c, d, argv);
    else if (c.parser.isSet(QStringLiteral("shell")))
        throw Error(ErrorKind::Usage, Tr::tr("--shell goes with a new program after --."));
    const bool scheduling = applyOptions(c, d);
    TaskStore::update(db, d);
    if (scheduling)
        TaskSettings::reset(db, name); // the edited definition is what applies now
    c.console.out << Tr::tr("Task updated: %1").arg(describe(d, c.site)) << '\n';
    return ExitOk;
}

} // namespace cxcron::cli
