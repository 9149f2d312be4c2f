// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"
#include "connectionprofile.h"
#include "demodatabase.h"
#include "exitcodes.h"

#include <QCoreApplication>
#include <QDir>

namespace cxcron::cli {
namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

int demoDbCommand(CommandContext &c)
{
    const QString path = c.parser.isSet(QStringLiteral("path"))
                             ? QDir::current().absoluteFilePath(c.parser.value(QStringLiteral("path")))
                             : ConnectionProfile::defaultSqlitePath();
    DemoDatabase::create(path);
    c.console.out << Tr::tr("Demo database ready: %1").arg(path) << '\n';
    if (c.parser.isSet(QStringLiteral("path")))
        c.console.out << Tr::tr("Use it with: cxcron --database sqlite:%1 run").arg(path) << '\n';
    c.console.out.flush();
    return ExitOk;
}

} // namespace cxcron::cli
