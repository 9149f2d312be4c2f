// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"
#include "commandlog.h"
#include "database.h"
#include "errors.h"
#include "exitcodes.h"
#include "historyrepository.h"
#include "schema.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace cxcron::cli {
namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

int showCommand(CommandContext &c)
{
    bool ok = false;
    const qint64 id = c.args.size() == 1 ? c.args.first().toLongLong(&ok) : 0;
    if (!ok || id <= 0) {
        c.console.error(Tr::tr("\"show\" needs one execution id, e.g. cxcron show 42."));
        return ExitUsage;
    }
    const QSqlDatabase db = Database::connection();
    Schema::requireHistoryTable(db);
    auto e = HistoryRepository::get(db, id);
    if (!e)
        throw Error(ErrorKind::NotFound, Tr::tr("No execution with id %1.").arg(id));
    if (c.parser.isSet(QStringLiteral("follow")) && e->state == ExecState::Running && !c.json) {
        followRun(c, id);
        e = HistoryRepository::get(Database::connection(), id); // as it ended
        if (!e)
            throw Error(ErrorKind::NotFound, Tr::tr("No execution with id %1.").arg(id));
    }
    if (c.json) {
        c.console.printJson(e->toJson(true));
        return ExitOk;
    }
    QTextStream &out = c.console.out;
    out << Tr::tr("Execution #%1 of %2").arg(e->id).arg(e->task) << '\n';
    out << Tr::tr("State:     %1").arg(stateLabel(e->state)) << '\n';
    if (e->scheduledFor.isValid())
        out << Tr::tr("Scheduled: %1").arg(localTime(e->scheduledFor)) << '\n';
    out << Tr::tr("Start:     %1").arg(localTime(e->startAt)) << '\n';
    out << Tr::tr("End:       %1").arg(localTime(e->endAt)) << '\n';
    out << Tr::tr("Duration:  %1").arg(duration(e->durationMs)) << '\n';
    out << Tr::tr("Trigger:   %1 (%2)").arg(triggerLabel(e->trigger), e->triggeredBy) << '\n';
    out << Tr::tr("Host:      %1, pid %2").arg(e->host).arg(e->pid) << '\n';
    if (!e->exception.isEmpty()) {
        out << '\n' << Tr::tr("Exception:") << '\n' << e->exception << '\n';
        if (!e->exceptionTrace.isEmpty())
            out << '\n' << Tr::tr("Trace:") << '\n' << e->exceptionTrace << '\n';
    }
    const QJsonObject output = QJsonDocument::fromJson(e->output.toUtf8()).object();
    if (const auto log = CommandLog::fromOutput(output)) {
        // A command's run: what it printed, readable, error lines marked with "!".
        out << '\n' << Tr::tr("Command:   %1").arg(log->command) << '\n';
        if (log->exitCode)
            out << Tr::tr("Exit code: %1").arg(*log->exitCode) << '\n';
        if (!log->signal.isEmpty())
            out << Tr::tr("Signal:    %1").arg(log->signal) << '\n';
        out << '\n' << Tr::tr("Output (error lines marked with !):") << '\n';
        for (const CommandLog::Line &line : log->lines)
            out << (line.error ? QStringLiteral("! ") : QStringLiteral("  ")) << line.text << '\n';
    } else if (!e->output.isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(e->output.toUtf8());
        out << '\n'
            << Tr::tr("Output:") << '\n'
            << (doc.isNull() ? e->output : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
    }
    out.flush();
    return ExitOk;
}

} // namespace cxcron::cli
