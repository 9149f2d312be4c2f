// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertlogging.h"
#include "command.h"
#include "database.h"
#include "exitcodes.h"
#include "logging.h"
#include "meta.h"
#include "runner.h"
#include "schedulezone.h"
#include "schema.h"
#include "shutdownsignal.h"
#include "wordvocabulary.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace cxcron::cli {
namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QJsonObject toJson(const RunOutcome &o)
{
    return {{QStringLiteral("task"), o.task},
            {QStringLiteral("id"), o.logId},
            {QStringLiteral("state"), stateKey(o.state)},
            {QStringLiteral("duration_ms"), o.durationMs},
            {QStringLiteral("error"), o.error.isEmpty() ? QJsonValue() : QJsonValue(o.error)},
            {QStringLiteral("output"), o.output}};
}

// Alerting is a separate step after the runs are recorded, bounded by --alert-budget: an
// unreachable mail server or a hanging webhook delays the exit of this process, never a run.
void processAlerts(const CommandContext &c)
{
    try {
        const AlertEngineOptions options = alertOptions(c);
        if (options.budgetMs <= 0)
            return;
        const QSqlDatabase db = Database::connection();
        const AlertPassResult r = AlertEngine::process(db, Clock::fromEnvironment()->nowUtc(db), options);
        qCInfo(lcAlerts) << "alerts: claimed" << r.claimed << "sent" << r.sent << "failed" << r.failed
                         << (r.outOfTime ? "(out of time)" : "");
    } catch (const std::exception &e) {
        // Never fail the run for an alert problem; `cxcron alert list` shows delivery failures.
        qCInfo(lcAlerts).noquote() << "alert pass failed:" << QString::fromUtf8(e.what());
    }
}
// After an upgrade, the search vocabulary of the existing history is filled a slice at a time
// after the runs (`cxcron migrate` fills it at once): a few seconds a minute until complete.
void extendSearchVocabulary()
{
    try {
        WordVocabulary::build(Database::connection(), 5000);
    } catch (const std::exception &e) {
        // The runner's account may lack the grants: searches then scan, as they did before.
        qCInfo(lcRunner).noquote() << "search vocabulary not extended:" << QString::fromUtf8(e.what());
    }
}
} // namespace

int runCommand(CommandContext &c)
{
    if (c.args.size() > 1) {
        c.console.error(Tr::tr("\"run\" takes at most one task name."));
        return ExitUsage;
    }
    intOption(c.parser, QStringLiteral("alert-budget"), 10); // a malformed value fails before any run
    // Every minute from cron, where stderr is usually discarded or mailed: only when asked.
    if (!c.envWarning.isEmpty() && c.parser.isSet(QStringLiteral("verbose")))
        c.console.warning(c.envWarning);
    RunnerOptions options;
    options.zone = c.zone;
    if (c.parser.isSet(QStringLiteral("parallel")) || qEnvironmentVariableIsSet("CXCRON_PARALLEL")) {
        const int parallel = c.parser.isSet(QStringLiteral("parallel"))
                                 ? intOption(c.parser, QStringLiteral("parallel"), 4)
                                 : qEnvironmentVariableIntValue("CXCRON_PARALLEL");
        if (parallel < 1 || parallel > 64) {
            c.console.error(Tr::tr("--parallel must be between 1 and 64."));
            return ExitUsage;
        }
        options.parallelism = parallel;
    }
    // Simulations run minutes seconds apart with a fake clock each (CXCRON_NOW): a lease renewed in
    // real time must then outlast the simulated gap between runners.
    if (const int ttl = qEnvironmentVariableIntValue("CXCRON_LEASE_TTL_S"); ttl > 0)
        options.leaseTtlSeconds = ttl;
    {
        // Every runner of the installation reads schedules in one zone (recorded in the
        // database, where the desktop window reads it too).
        const QSqlDatabase db = Database::connection();
        Schema::migrate(db);
        options.zone = ScheduleZone::agree(db, c.zone, c.zoneExplicit);
    }
    // SIGTERM, SIGINT, SIGHUP stop the runs gracefully and record them, then end the runner.
    ShutdownSignal::install();
    Runner runner(c.registry, Clock::fromEnvironment(), options);
    QList<RunOutcome> outcomes;
    if (c.args.isEmpty()) {
        outcomes = runner.runDue();
        // The dashboard's "last cron run" was just written; make the CMS read it again.
        c.site.forgetCachedSettings();
    } else
        outcomes << runner.runNow(c.args.first(), Trigger::Cli);

    bool failed = false;
    QJsonArray json;
    for (const RunOutcome &o : outcomes) {
        // A cancelled run did not do its work either: a script calling `cxcron run` must know.
        const bool notDone =
            o.state == ExecState::Failed || o.state == ExecState::Partial || o.state == ExecState::Cancelled;
        failed = failed || notDone;
        if (c.json) {
            json << toJson(o);
            continue;
        }
        QString line =
            Tr::tr("#%1 %2: %3 (%4)").arg(o.logId).arg(o.task, stateLabel(o.state), duration(o.durationMs));
        if (!o.error.isEmpty())
            line += QStringLiteral(" — ") + o.error;
        (notDone ? c.console.err : c.console.out) << line << '\n';
    }
    if (c.json)
        c.console.printJson(json);
    c.console.out.flush();
    c.console.err.flush();
    processAlerts(c);
    if (!ShutdownSignal::received())
        extendSearchVocabulary();
    // A scheduled run succeeded when every due task was run and recorded; task failures are in
    // the history (and on stderr). --strict, or running one named task, turns them into exit 1.
    const bool strict = !c.args.isEmpty() || c.parser.isSet(QStringLiteral("strict"));
    if (const int signal = ShutdownSignal::received())
        return 128 + signal; // as if the signal had ended it, once its runs are recorded
    return failed && strict ? ExitTaskFailed : ExitOk;
}

} // namespace cxcron::cli
