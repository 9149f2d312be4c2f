// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

namespace cxcron::cli {

/// What "cxcron COMMAND --help" prints for one sub-command.
struct CommandHelp
{
    const char *name;
    const char *synopsis; ///< after "cxcron [options]": "run [TASK]"
    const char *summary;  ///< one line for the command list (QT_TRANSLATE_NOOP, context Cli)
    const char *details;  ///< a paragraph (QT_TRANSLATE_NOOP, context Cli)
    QStringList options;  ///< its own options, by name
    bool connects;        ///< takes the connection options (--env, --database, …)
    QStringList examples; ///< command lines, not translated
};

const QList<CommandHelp> &commandHelps();
const CommandHelp *findCommandHelp(const QString &name);

/// The program's name as the user typed it ("cxcron"), never the absolute path it ran from.
QString programName(const QStringList &arguments);

/// "cxcron --help": the commands, the options every command takes, where to read more.
QString mainHelpText(const QString &program, const QList<QCommandLineOption> &all);
/// "cxcron COMMAND --help": usage, description, its options, the shared ones, examples.
QString commandHelpText(const CommandHelp &help, const QString &program,
                        const QList<QCommandLineOption> &all);

} // namespace cxcron::cli
