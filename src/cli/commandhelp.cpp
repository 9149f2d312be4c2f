// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandhelp.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace cxcron::cli {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// A QT_TRANSLATE_NOOP text of the table, translated now.
QString translated(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

// The connection of the commands that open the database; every command takes the common ones.
const QStringList kConnection{QStringLiteral("env"),     QStringLiteral("cms-root"), QStringLiteral("php"),
                              QStringLiteral("profile"), QStringLiteral("database"), QStringLiteral("config"),
                              QStringLiteral("timezone")};
const QStringList kCommon{QStringLiteral("lang"), QStringLiteral("verbose")};

QString optionSyntax(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    QString text = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        text += QStringLiteral(" <") + option.valueName() + u'>';
    return text;
}

// "  --name <value>  description", the description wrapped under itself at 79 columns.
QString formatOptions(const QList<QCommandLineOption> &options)
{
    int width = 0;
    for (const QCommandLineOption &o : options)
        width = qMax(width, int(optionSyntax(o).size()));
    width = qMin(width, 28);
    const int indent = 2 + width + 2;
    QString text;
    for (const QCommandLineOption &o : options) {
        QString line = QStringLiteral("  ") + optionSyntax(o);
        if (line.size() + 2 > indent) {
            text += line + u'\n';
            line = QString(indent, u' ');
        } else {
            line = line.leftJustified(indent);
        }
        for (const QString &word : o.description().split(u' ', Qt::SkipEmptyParts)) {
            if (line.size() + word.size() + 1 > 79 && line.size() > indent) {
                text += line.trimmed().isEmpty() ? QString() : line + u'\n';
                line = QString(indent, u' ');
            }
            if (line.size() > indent)
                line += u' ';
            line += word;
        }
        text += line + u'\n';
    }
    return text;
}

// A paragraph wrapped at 79 columns.
QString wrapped(const QString &text)
{
    QString result;
    QString line;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > 79) {
            result += line + u'\n';
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    return result + line;
}

QList<QCommandLineOption> pick(const QList<QCommandLineOption> &all, const QStringList &names)
{
    QList<QCommandLineOption> picked;
    for (const QString &name : names)
        for (const QCommandLineOption &o : all)
            if (o.names().contains(name))
                picked << o;
    return picked;
}

QCommandLineOption helpOption()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, Tr::tr("Show this help."));
}

} // namespace

const QList<CommandHelp> &commandHelps()
{
    static const QList<CommandHelp> helps{
        {"run",
         "run [TASK]",
         QT_TRANSLATE_NOOP("Cli", "run the due tasks (crontab: every minute), or one task now"),
         QT_TRANSLATE_NOOP("Cli",
                           "Runs the tasks that are due, side by side, and records each execution in "
                           "cron_logs. Called every minute by cron or the systemd timer. With TASK, runs "
                           "that task now whatever its schedule (never twice at once). Exit code 1 means "
                           "a task failed."),
         {QStringLiteral("parallel"), QStringLiteral("strict"), QStringLiteral("alert-budget"),
          QStringLiteral("json")},
         true,
         {QStringLiteral("cxcron run --env /var/www/clientxcms/.env --php /usr/bin/php8.3"),
          QStringLiteral("cxcron run services:expire --env /var/www/clientxcms/.env")}},
        {"list",
         "list",
         QT_TRANSLATE_NOOP("Cli", "tasks with schedule, last run, state and next due time"),
         QT_TRANSLATE_NOOP("Cli",
                           "Lists every task with its schedule, its last run and state, and when it is "
                           "due next."),
         {QStringLiteral("json")},
         true,
         {QStringLiteral("cxcron list --env /var/www/clientxcms/.env"),
          QStringLiteral("cxcron list --json")}},
        {"history",
         "history [TASK]",
         QT_TRANSLATE_NOOP("Cli", "executions, newest first, filtered; JSON or CSV export"),
         QT_TRANSLATE_NOOP("Cli",
                           "Lists executions, newest first, of every task or of TASK. --json and --csv "
                           "stream any number of rows (--limit 0: all)."),
         {QStringLiteral("state"), QStringLiteral("since"), QStringLiteral("until"), QStringLiteral("search"),
          QStringLiteral("limit"), QStringLiteral("before"), QStringLiteral("json"), QStringLiteral("csv"),
          QStringLiteral("separator"), QStringLiteral("bom")},
         true,
         {QStringLiteral("cxcron history services:expire --state failed --since 7d"),
          QStringLiteral("cxcron history --csv --limit 0 --separator locale > history.csv")}},
        {"show",
         "show ID",
         QT_TRANSLATE_NOOP("Cli", "one execution with its output or exception"),
         QT_TRANSLATE_NOOP("Cli",
                           "Shows one execution in full: command, exit code or signal, output with its "
                           "error lines marked, exception and trace. --follow prints a running "
                           "execution's output as it comes, until it ends."),
         {QStringLiteral("follow"), QStringLiteral("json")},
         true,
         {QStringLiteral("cxcron show 42"), QStringLiteral("cxcron show 42 --follow")}},
        {"cancel",
         "cancel ID",
         QT_TRANSLATE_NOOP("Cli", "stop a running execution, wherever it runs"),
         QT_TRANSLATE_NOOP("Cli",
                           "Asks the runner of a running execution to stop it; the runner, on whichever "
                           "host it is, stops it within seconds."),
         {},
         true,
         {QStringLiteral("cxcron cancel 42")}},
        {"prune",
         "prune",
         QT_TRANSLATE_NOOP("Cli", "delete old executions"),
         QT_TRANSLATE_NOOP("Cli",
                           "Deletes old executions in batches, never a running one, and always keeps the "
                           "last runs of each task."),
         {QStringLiteral("keep-days"), QStringLiteral("keep-last"), QStringLiteral("failed-keep-days"),
          QStringLiteral("task"), QStringLiteral("dry-run"), QStringLiteral("batch-size"),
          QStringLiteral("json")},
         true,
         {QStringLiteral("cxcron prune --keep-days 15 --keep-last 10 --dry-run")}},
        {"set",
         "set TASK",
         QT_TRANSLATE_NOOP("Cli", "enable, disable or reschedule a task on this installation"),
         QT_TRANSLATE_NOOP("Cli", "Overrides a task's settings for this installation: enable or disable it, "
                                  "change its schedule or timeout, or go back to its built-in settings."),
         {QStringLiteral("enable"), QStringLiteral("disable"), QStringLiteral("schedule"),
          QStringLiteral("timeout"), QStringLiteral("reset")},
         true,
         {QStringLiteral("cxcron set services:renewals --schedule 6h"),
          QStringLiteral("cxcron set invoices:reminders --schedule '0 9 * * *'"),
          QStringLiteral("cxcron set services:expire --reset")}},
        {"task",
         "task add|edit NAME [-- PROGRAM [ARGS...]] | task remove NAME | task list",
         QT_TRANSLATE_NOOP("Cli", "add, edit, remove or list the tasks that run a program"),
         QT_TRANSLATE_NOOP("Cli", "Manages the tasks that run a program: PROGRAM and its arguments follow "
                                  "\"--\", or a /bin/sh command line with --shell. --env KEY=VALUE sets a "
                                  "variable of the task's environment (repeatable)."),
         {QStringLiteral("schedule"), QStringLiteral("timeout"), QStringLiteral("cwd"), QStringLiteral("env"),
          QStringLiteral("shell"), QStringLiteral("title"), QStringLiteral("enable"),
          QStringLiteral("disable"), QStringLiteral("json")},
         true,
         {QStringLiteral("cxcron task add backup --schedule 1d --timeout 3600 -- /usr/local/bin/backup.sh"),
          QStringLiteral("cxcron task add sitemap --cwd /var/www/clientxcms -- php artisan sitemap:generate"),
          QStringLiteral("cxcron task remove backup")}},
        {"discover",
         "discover",
         QT_TRANSLATE_NOOP("Cli", "the CMS's scheduled jobs, and adopt them as tasks"),
         QT_TRANSLATE_NOOP("Cli",
                           "Lists the CMS's scheduled jobs (php artisan schedule:list) beside the tasks "
                           "that run them; --adopt NAME or --all makes them tasks."),
         {QStringLiteral("adopt"), QStringLiteral("all"), QStringLiteral("json")},
         true,
         {QStringLiteral("cxcron discover --env /var/www/clientxcms/.env"),
          QStringLiteral("cxcron discover --env /var/www/clientxcms/.env --all")}},
        {"migrate",
         "migrate",
         QT_TRANSLATE_NOOP("Cli", "create or upgrade cxcron's own tables, then exit"),
         QT_TRANSLATE_NOOP("Cli",
                           "Creates or upgrades cxcron's own tables (never a CMS table), then exits: the "
                           "one step that needs the CREATE and ALTER grants."),
         {},
         true,
         {QStringLiteral("cxcron migrate --env /var/www/clientxcms/.env")}},
        {"crontab",
         "crontab",
         QT_TRANSLATE_NOOP("Cli", "print the crontab line and the systemd units"),
         QT_TRANSLATE_NOOP("Cli",
                           "Prints the crontab line and the systemd timer and units for this binary and "
                           "these connection options, with absolute paths and without any password."),
         {QStringLiteral("user")},
         true,
         {QStringLiteral(
             "cxcron crontab --env /var/www/clientxcms/.env --php /usr/bin/php8.3 --user www-data")}},
        {"demo-db",
         "demo-db",
         QT_TRANSLATE_NOOP("Cli", "create or refresh the SQLite demo database"),
         QT_TRANSLATE_NOOP("Cli",
                           "Creates or refreshes, atomically, a SQLite database with demonstration tasks "
                           "and history; the other commands use it when no database is given."),
         {QStringLiteral("path")},
         false,
         {QStringLiteral("cxcron demo-db"), QStringLiteral("cxcron demo-db --path /tmp/demo.sqlite")}},
        {"alert",
         "alert add email ADDRESS...|webhook URL|ping URL | alert list | alert remove ID | alert test ID",
         QT_TRANSLATE_NOOP("Cli", "alert rules: e-mail, webhook, healthchecks-style ping"),
         QT_TRANSLATE_NOOP("Cli",
                           "Manages the alert rules that \"cxcron run\" applies after its runs: an e-mail, "
                           "a webhook (generic, Discord, Slack) or a ping URL when a task fails, and when "
                           "it recovers."),
         {QStringLiteral("task"), QStringLiteral("format"), QStringLiteral("smtp"), QStringLiteral("from"),
          QStringLiteral("reminder-hours"), QStringLiteral("json")},
         true,
         {QStringLiteral("cxcron alert add email ops@example.com --task services:expire"),
          QStringLiteral("cxcron alert add webhook https://discord.com/api/webhooks/... --format discord"),
          QStringLiteral("cxcron alert test 1")}},
        {"metrics",
         "metrics",
         QT_TRANSLATE_NOOP("Cli", "task metrics in the Prometheus text format"),
         QT_TRANSLATE_NOOP("Cli", "Prints the tasks' metrics in the Prometheus text format, or writes them "
                                  "atomically to a file for node_exporter's textfile collector."),
         {QStringLiteral("output")},
         true,
         {QStringLiteral("cxcron metrics --output /var/lib/node_exporter/textfile/cxcron.prom")}},
    };
    return helps;
}

const CommandHelp *findCommandHelp(const QString &name)
{
    for (const CommandHelp &help : commandHelps())
        if (name == QLatin1String(help.name))
            return &help;
    return nullptr;
}

QString programName(const QStringList &arguments)
{
    const QString name = arguments.isEmpty() ? QString() : QFileInfo(arguments.first()).fileName();
    // Started through the portable archive's dynamic loader, argv[0] may be the loader.
    return name.isEmpty() || name.startsWith(QLatin1String("ld-")) ? QStringLiteral("cxcron") : name;
}

QString mainHelpText(const QString &program, const QList<QCommandLineOption> &all)
{
    QString text = Tr::tr("Usage: %1 [options] COMMAND [arguments]").arg(program) + u'\n' +
                   Tr::tr("Runs and administers the recurring tasks of a CLIENTXCMS site.") +
                   QStringLiteral("\n\n") + Tr::tr("Commands:") + u'\n';
    int width = 0;
    for (const CommandHelp &help : commandHelps())
        width = qMax(width, int(qstrlen(help.name)));
    for (const CommandHelp &help : commandHelps())
        text += QStringLiteral("  ") + QString::fromLatin1(help.name).leftJustified(width + 2) +
                translated(help.summary) + u'\n';
    QList<QCommandLineOption> options = pick(all, kConnection + kCommon);
    options << helpOption()
            << QCommandLineOption({QStringLiteral("v"), QStringLiteral("version")},
                                  Tr::tr("Show the version."));
    text +=
        u'\n' + Tr::tr("Options of every command:") + u'\n' + formatOptions(options) + u'\n' +
        wrapped(Tr::tr("\"%1 COMMAND --help\" shows a command's own options and examples; \"man cxcron\" the "
                       "whole manual.")
                    .arg(program)) +
        QStringLiteral("\n\n") +
        Tr::tr("Exit codes: 0 ok, 1 a task failed, 2 usage error, 3 configuration error,\n"
               "4 connection failure, 5 database error, 6 not found, 7 task already running or database "
               "busy,\n8 the output could not be written.") +
        u'\n';
    return text;
}

QString commandHelpText(const CommandHelp &help, const QString &program, const QList<QCommandLineOption> &all)
{
    QString text = Tr::tr("Usage: %1 [options] %2").arg(program, QString::fromLatin1(help.synopsis)) + u'\n' +
                   wrapped(translated(help.details)) + QStringLiteral("\n\n");
    const QList<QCommandLineOption> own = pick(all, help.options);
    if (!own.isEmpty())
        text += Tr::tr("Options:") + u'\n' + formatOptions(own) + u'\n';
    QList<QCommandLineOption> shared = pick(all, (help.connects ? kConnection : QStringList()) + kCommon);
    shared << helpOption();
    text += Tr::tr("Options of every command:") + u'\n' + formatOptions(shared) + u'\n';
    text += Tr::tr("Examples:") + u'\n';
    for (const QString &example : help.examples)
        text += QStringLiteral("  ") + example + u'\n';
    return text;
}

} // namespace cxcron::cli
