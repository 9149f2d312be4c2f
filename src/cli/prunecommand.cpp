// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"
#include "command.h"
#include "database.h"
#include "exitcodes.h"
#include "retention.h"
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

int pruneCommand(CommandContext &c)
{
    if (!c.args.isEmpty()) {
        c.console.error(Tr::tr("\"prune\" takes no argument; use --task to limit it to one task."));
        return ExitUsage;
    }
    RetentionPolicy policy;
    policy.keepDays = intOption(c.parser, QStringLiteral("keep-days"), 15);
    policy.keepLast = intOption(c.parser, QStringLiteral("keep-last"), 10);
    policy.failedKeepDays = intOption(c.parser, QStringLiteral("failed-keep-days"), 0);
    policy.batchSize = intOption(c.parser, QStringLiteral("batch-size"), 5000);
    if (policy.batchSize <= 0) {
        c.console.error(Tr::tr("--batch-size must be at least 1."));
        return ExitUsage;
    }
    policy.task = c.parser.value(QStringLiteral("task"));

    const QSqlDatabase db = Database::connection();
    Schema::migrate(db);
    const QDateTime now = Clock::fromEnvironment()->nowUtc(db);
    // The dry run counts, and the real run deletes, one and the same selection.
    const RetentionSelection selection = Retention::select(db, policy, now);
    if (c.parser.isSet(QStringLiteral("dry-run"))) {
        const qint64 n = selection.rows;
        if (c.json)
            c.console.printJson(QJsonObject{{QStringLiteral("would_delete"), n}});
        else
            c.console.out << Tr::tr("%n execution(s) would be deleted.", nullptr,
                                    int(qMin<qint64>(n, INT_MAX)))
                          << '\n';
        return ExitOk;
    }
    const PruneResult r = Retention::prune(db, selection);
    if (c.json)
        c.console.printJson(QJsonObject{{QStringLiteral("deleted"), r.deleted},
                                        {QStringLiteral("batches"), r.batches},
                                        {QStringLiteral("longest_batch_ms"), r.longestBatchMs}});
    else
        c.console.out << Tr::tr("%n execution(s) deleted.", nullptr, int(qMin<qint64>(r.deleted, INT_MAX)))
                      << '\n'
                      << Tr::tr("Batches: %1, longest %2 ms.").arg(r.batches).arg(r.longestBatchMs) << '\n';
    return ExitOk;
}

} // namespace cxcron::cli
