// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"
#include "database.h"
#include "errors.h"
#include "exitcodes.h"
#include "historyrepository.h"
#include "hostinfo.h"
#include "runcontrol.h"
#include "schema.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace cxcron::cli {
namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

int cancelCommand(CommandContext &c)
{
    bool ok = false;
    const qint64 id = c.args.size() == 1 ? c.args.first().toLongLong(&ok) : 0;
    if (!ok || id <= 0) {
        c.console.error(Tr::tr("\"cancel\" needs one execution id, e.g. cxcron cancel 42."));
        return ExitUsage;
    }
    const QSqlDatabase db = Database::connection();
    Schema::requireHistoryTable(db);
    Schema::migrate(db); // the request table may be newer than the runner that created cron_logs
    const auto e = HistoryRepository::get(db, id);
    if (!e)
        throw Error(ErrorKind::NotFound, Tr::tr("No execution with id %1.").arg(id));
    // Whoever cancels, from wherever: the record names them.
    const QString who = HostInfo::userName() + u'@' + HostInfo::hostName();
    if (e->state != ExecState::Running || !RunControl::requestCancel(db, id, who)) {
        const auto now = HistoryRepository::get(db, id);
        throw Error(ErrorKind::NotFound,
                    Tr::tr("Execution #%1 (%2) is not running: it ended as %3; nothing to cancel.")
                        .arg(id)
                        .arg(e->task, stateLabel(now ? now->state : e->state)));
    }
    if (c.json) {
        c.console.printJson(QJsonObject{{QStringLiteral("id"), id},
                                        {QStringLiteral("task"), e->task},
                                        {QStringLiteral("cancel_requested"), true},
                                        {QStringLiteral("requested_by"), who}});
        return ExitOk;
    }
    c.console.out << Tr::tr("Cancel of execution #%1 (%2, running on %3) requested; its runner stops it "
                            "within a few seconds.")
                         .arg(id)
                         .arg(e->task, e->host)
                  << '\n';
    c.console.out.flush();
    return ExitOk;
}

} // namespace cxcron::cli
