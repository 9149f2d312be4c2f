// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"
#include "database.h"
#include "errors.h"
#include "exitcodes.h"
#include "historyexport.h"
#include "historyrepository.h"
#include "schema.h"

#include <QCoreApplication>
#include <QFileDevice>

namespace cxcron::cli {
namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

int historyCommand(CommandContext &c)
{
    if (c.args.size() > 1) {
        c.console.error(Tr::tr("\"history\" takes at most one task name."));
        return ExitUsage;
    }
    HistoryFilter filter;
    if (!c.args.isEmpty()) {
        filter.task = c.args.first();
        // A task that no longer exists (removed, or written by CLIENTXCMS v1) keeps its history.
        if (!c.registry.find(filter.task) && !HistoryRepository::lastRun(Database::connection(), filter.task))
            throw Error(ErrorKind::NotFound,
                        Tr::tr("Unknown task \"%1\". Known tasks: %2")
                            .arg(filter.task, c.registry.names().join(QStringLiteral(", "))));
    }
    if (c.parser.isSet(QStringLiteral("state"))) {
        for (const QString &s : c.parser.value(QStringLiteral("state")).split(u',', Qt::SkipEmptyParts)) {
            bool ok = false;
            const ExecState state = stateFromKey(s, &ok);
            if (!ok || s.trimmed() == QLatin1String("0") || s.trimmed() == QLatin1String("1"))
                throw Error(ErrorKind::Usage,
                            Tr::tr("Unknown state \"%1\" (running, success, partial, failed, skipped, "
                                   "interrupted, cancelled).")
                                .arg(s));
            filter.states << state;
        }
    }
    if (c.parser.isSet(QStringLiteral("since")))
        filter.since = parseUserDate(c.parser.value(QStringLiteral("since")), QStringLiteral("--since"));
    if (c.parser.isSet(QStringLiteral("until")))
        filter.until = parseUserDate(c.parser.value(QStringLiteral("until")), QStringLiteral("--until"));
    filter.limit = intOption(c.parser, QStringLiteral("limit"), 50);
    filter.beforeId = intOption(c.parser, QStringLiteral("before"), 0);
    filter.text = c.parser.value(QStringLiteral("search"));

    const bool csv = c.parser.isSet(QStringLiteral("csv"));
    if (csv && c.json)
        throw Error(ErrorKind::Usage, Tr::tr("Choose either --json or --csv."));
    HistoryExport::CsvOptions csvOptions;
    if (c.parser.isSet(QStringLiteral("separator"))) {
        const QString sep = c.parser.value(QStringLiteral("separator"));
        if (sep == QLatin1String("locale"))
            csvOptions.separator = HistoryExport::localeSeparator();
        else if (sep == QLatin1String("\\t") || sep == QLatin1String("tab"))
            csvOptions.separator = u'\t';
        else if (sep.size() == 1 && sep != QLatin1String("\"") && sep != QLatin1String("\n") &&
                 sep != QLatin1String("\r"))
            csvOptions.separator = sep.at(0);
        else
            throw Error(
                ErrorKind::Usage,
                Tr::tr("--separator takes one character (for example ; or ,), \"tab\" or \"locale\"."));
    }
    csvOptions.bom = c.parser.isSet(QStringLiteral("bom"));

    const QSqlDatabase db = Database::connection();
    Schema::requireHistoryTable(db);
    if (c.json || csv) {
        // Streamed: each row is written as it is read, so memory stays flat at any --limit
        // (0 = every row).
        // UTF-8 chunks go straight to the stream's device (stdout), past the text codec.
        QIODevice *device = c.console.out.device();
        c.console.out.flush();
        const auto write = [&c, device](QByteArrayView chunk) {
            if (device)
                device->write(chunk.data(), chunk.size());
            else
                c.console.out << QString::fromUtf8(chunk);
        };
        // Newest first by start time, as the table below; --before continues after that row.
        const ReportSort sort = ReportQuery::newestFirst();
        const ReportKey after = ReportQuery::keyOf(db, sort, filter.beforeId);
        if (filter.beforeId > 0 && !after.isValid())
            filter.until = QDateTime::fromSecsSinceEpoch(0, QTimeZone::utc()); // no such row: none before it
        if (csv)
            HistoryExport::writeCsv(db, filter, sort, csvOptions, write, nullptr, {}, after, filter.limit);
        else
            HistoryExport::writeJson(db, filter, after, filter.limit, write, sort);
        c.console.out.flush();
        // QTextStream::flush() leaves the device's own buffer alone when it had nothing to write.
        if (auto *file = qobject_cast<QFileDevice *>(device))
            file->flush();
        return ExitOk;
    }
    if (filter.limit == 0)
        filter.limit = 50;
    const QList<Execution> rows = HistoryRepository::list(db, filter);
    QList<QStringList> table;
    for (const Execution &e : rows)
        table << QStringList{QString::number(e.id),
                             e.task,
                             localTime(e.startAt),
                             localTime(e.endAt),
                             stateLabel(e.state),
                             duration(e.durationMs),
                             triggerLabel(e.trigger),
                             e.triggeredBy,
                             e.host};
    c.console.printTable({Tr::tr("ID"), Tr::tr("TASK"), Tr::tr("START"), Tr::tr("END"), Tr::tr("STATE"),
                          Tr::tr("DURATION"), Tr::tr("TRIGGER"), Tr::tr("BY"), Tr::tr("HOST")},
                         table);
    if (rows.size() == filter.limit && !rows.isEmpty())
        c.console.out << Tr::tr("More: --before %1").arg(rows.last().id) << '\n';
    return ExitOk;
}

} // namespace cxcron::cli
