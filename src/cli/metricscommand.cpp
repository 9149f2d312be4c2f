// SPDX-License-Identifier: GPL-3.0-or-later
// `cxcron metrics [--output FILE]`: Prometheus text format, for node_exporter's textfile collector.
#include "clock.h"
#include "command.h"
#include "database.h"
#include "errors.h"
#include "exitcodes.h"
#include "privatefile.h"
#include "prometheusmetrics.h"
#include "schema.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace cxcron::cli {
namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

int metricsCommand(CommandContext &c)
{
    if (!c.args.isEmpty()) {
        c.console.error(Tr::tr("\"metrics\" takes no argument; use --output FILE to write a file."));
        return ExitUsage;
    }
    const QSqlDatabase db = Database::connection();
    Schema::requireHistoryTable(db);
    const QString text =
        PrometheusMetrics::render(db, c.registry.names(), Clock::fromEnvironment()->nowUtc(db));
    if (!c.parser.isSet(QStringLiteral("output"))) {
        c.console.out << text;
        return ExitOk;
    }
    // node_exporter must never read a half-written file: write a temporary file, then rename.
    const QString path = c.parser.value(QStringLiteral("output"));
    QSaveFile file(path);
    // A new file is private (0640 in a set-group-ID folder, for node_exporter's group); an
    // existing one keeps the mode its administrator gave it.
    const bool isNew = !QFileInfo::exists(path);
    if (!file.open(QIODevice::WriteOnly) || (isNew && !file.setPermissions(PrivateFile::modeFor(path))) ||
        file.write(text.toUtf8()) < 0 || !file.commit())
        throw Error(ErrorKind::Config, Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return ExitOk;
}

} // namespace cxcron::cli
