// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertengine.h"
#include "cmssite.h"
#include "console.h"
#include "taskregistry.h"

#include <QCommandLineParser>
#include <QTimeZone>

namespace cxcron::cli {

/// Everything a sub-command needs; built by CliApp after the global options are applied.
struct CommandContext
{
    const QCommandLineParser &parser;
    QStringList args; ///< positional arguments after the command name
    Console &console;
    bool json = false;
    QTimeZone zone;
    TaskRegistry registry;
    CmsSite site;              ///< the CLIENTXCMS folder on this host, if any
    QString envWarning;        ///< translated: the CMS's .env can be read by every user (list, run --verbose)
    bool zoneExplicit = false; ///< --timezone, APP_TIMEZONE or the CMS's own zone, not the host's
};

int runCommand(CommandContext &c);     // run [TASK]
int listCommand(CommandContext &c);    // list
int historyCommand(CommandContext &c); // history [TASK]
int showCommand(CommandContext &c);    // show ID [--follow]
int cancelCommand(CommandContext &c);  // cancel ID
/// Prints the live output of the running execution @p id as it comes, until the run ends.
void followRun(CommandContext &c, qint64 id);
int pruneCommand(CommandContext &c);    // prune
int crontabCommand(CommandContext &c);  // crontab
int demoDbCommand(CommandContext &c);   // demo-db
int setCommand(CommandContext &c);      // set TASK
int taskCommand(CommandContext &c);     // task add|edit|remove|list
int discoverCommand(CommandContext &c); // discover [--adopt NAME | --all]
int migrateCommand(CommandContext &c);  // migrate

/// The --env value naming the CMS .env file (not a KEY=VALUE of "task add"), or empty.
QString envFileOption(const QCommandLineParser &parser);
bool isEnvAssignment(const QString &value);
int alertCommand(CommandContext &c);   // alert add|list|remove|test
int metricsCommand(CommandContext &c); // metrics [--output FILE]

/// The options of the alert pass: watched tasks, mail settings (--env's .env and the environment).
AlertEngineOptions alertOptions(const CommandContext &c);

/// Parses a user date: "2026-11-24", "2026-11-24 10:00", ISO 8601, or relative "7d", "12h",
/// "30m" (before now). Local time unless a zone is given. Throws Error(Usage) when malformed.
QDateTime parseUserDate(const QString &text, const QString &option);
/// Parses a non-negative integer option; throws Error(Usage) when malformed.
int intOption(const QCommandLineParser &parser, const QString &name, int fallback);
/// The value of --schedule, refused (usage error) when it has spaces or control characters
/// around it or inside it beyond single spaces between the fields of a cron expression.
QString scheduleOption(const QCommandLineParser &parser);

} // namespace cxcron::cli
