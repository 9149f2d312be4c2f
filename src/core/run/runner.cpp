// SPDX-License-Identifier: GPL-3.0-or-later
#include "runner.h"

#include "activerun.h"
#include "cmsheartbeat.h"
#include "commandexitfile.h"
#include "database.h"
#include "errors.h"
#include "historyrepository.h"
#include "hostinfo.h"
#include "lease.h"
#include "leasekeeper.h"
#include "logging.h"
#include "processsweep.h"
#include "recoveredend.h"
#include "runcontrol.h"
#include "runwatchdog.h"
#include "schema.h"
#include "shutdownsignal.h"
#include "sql.h"
#include "sqlitereserve.h"
#include "taskworker.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QThread>
#include <deque>

namespace cxcron {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Runner)
};

constexpr qint64 kFirstRunCatchUpSeconds = 300;
/// How long a claim keeps trying through a database outage before the runner gives up (exit 4):
/// nothing runs yet, so the next minute's runner simply tries again.
constexpr qint64 kClaimRetryMs = 90 * 1000;

QString capOutput(const QJsonObject &result, int limit)
{
    if (result.isEmpty())
        return QStringLiteral("{}");
    const QByteArray json = QJsonDocument(result).toJson(QJsonDocument::Compact);
    if (json.size() <= limit)
        return QString::fromUtf8(json);
    QJsonObject truncated{{QStringLiteral("truncated"), true},
                          {QStringLiteral("original_bytes"), json.size()},
                          {QStringLiteral("head"), QString::fromUtf8(json.left(64 * 1024))}};
    return QString::fromUtf8(QJsonDocument(truncated).toJson(QJsonDocument::Compact));
}

// Bookkeeping survives database outages and lock waits: a lost link is reopened, a busy table
// waited for, with backoff, until @p budgetMs has passed. Every write retried here is
// idempotent or checks what an unseen success already did.
template<typename Fn>
auto withRetry(const char *what, qint64 budgetMs, Fn fn) -> decltype(fn(Database::connection()))
{
    QElapsedTimer elapsed;
    elapsed.start();
    for (int attempt = 1;; ++attempt) {
        try {
            return fn(Database::connection());
        } catch (const Error &e) {
            const bool transient = e.kind() == ErrorKind::Connection || e.kind() == ErrorKind::Busy;
            if (!transient || elapsed.elapsed() >= budgetMs)
                throw; // a full disk or a refused write is not cured by waiting
            qCWarning(lcRunner).noquote()
                << what << "failed, trying again (attempt" << attempt << "):" << e.message();
            if (e.kind() == ErrorKind::Connection)
                Database::closeThreadConnection();
            QThread::msleep(qMin(500U << qMin(attempt - 1, 4), 5000U));
        }
    }
}

} // namespace

struct Runner::Pending
{
    std::shared_ptr<Task> task;
    TaskConfig config;
    qint64 logId = 0;
    QString holder;
    QDateTime startUtc;
    std::shared_ptr<RunFence> fence; ///< its deadline set from the moment the lease was written
};

struct Runner::InFlight
{
    Pending run;
    std::shared_ptr<ActiveRun> active;
};

Runner::Runner(TaskRegistry registry, std::shared_ptr<Clock> clock, RunnerOptions options)
    : m_registry(std::move(registry))
    , m_clock(std::move(clock))
    , m_options(std::move(options))
{
    if (m_options.who.isEmpty())
        m_options.who = HostInfo::userName();
    m_options.parallelism = qMax(1, m_options.parallelism);
    m_options.leaseRenewSeconds =
        qBound(1, m_options.leaseRenewSeconds, qMax(1, m_options.leaseTtlSeconds / 4));
    m_options.leaseSafetySeconds = qBound(0, m_options.leaseSafetySeconds, m_options.leaseTtlSeconds / 2);
    if (m_options.recordRetrySeconds <= 0)
        m_options.recordRetrySeconds = 2 * m_options.leaseTtlSeconds;
}

LeaseKeeper::Timing Runner::leaseTiming() const
{
    return {m_options.leaseTtlSeconds, m_options.leaseRenewSeconds, m_options.leaseSafetySeconds * 1000LL};
}

QDateTime Runner::now()
{
    return m_clock->nowUtc(Database::connection());
}

QList<TaskPlan> Runner::plan()
{
    const QSqlDatabase db = Database::connection();
    const QDateTime at = now();
    const auto overrides = TaskSettings::loadOverrides(db);
    QList<TaskPlan> result;
    for (const auto &task : m_registry.tasks()) {
        TaskPlan p{task, TaskSettings::effective(*task, overrides), {}, {}};
        p.latestSlot = p.config.schedule.latestSlot(at, m_options.zone);
        p.nextSlot = p.config.schedule.nextSlot(at, m_options.zone);
        result << p;
    }
    return result;
}

int Runner::recoverInterrupted()
{
    const QSqlDatabase db = Database::connection();
    const QDateTime at = now();
    int count = 0;
    for (const Execution &row : HistoryRepository::runningRows(db)) {
        // A live run renews its lease; the timeout plays no part here (it may have been changed
        // since the run started, and only the run's own runner enforces it).
        const auto holding = Lease::holdingOfLog(db, row.id);
        QString message;
        if (holding && Lease::holderIsDeadHere(holding->holder)) {
            // Its runner is gone, but what it started may not be (a shim killed too, a command
            // that ignored everything): nothing of the old run may live beside the next one.
            bool allGone = false;
            const int killed = ProcessSweep::killMarked(holding->holder, 10000, &allGone);
            if (!allGone) {
                qCWarning(lcRunner).noquote() << "run" << row.id << "of" << row.task
                                              << "has processes that cannot be stopped; leaving it running";
                continue;
            }
            if (const auto exit = CommandExitFile::read(holding->holder); exit && exit->endedByItself()) {
                recordEndedCommand(row, *exit);
                CommandExitFile::remove(holding->holder);
                continue;
            }
            message =
                Tr::tr("The runner process %1 on %2 ended before the run finished (crash, kill or reboot).")
                    .arg(row.pid)
                    .arg(row.host);
            if (killed > 0)
                message += u' ' + Tr::tr("%n process(es) it had left were stopped.", nullptr, killed);
        } else if (holding && holding->expiresUtc < at) {
            message =
                Tr::tr("The runner on %1 stopped renewing the run's lease (last renewal expired %2 UTC); "
                       "it was probably stopped or lost its database connection.")
                    .arg(row.host, holding->expiresUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        } else if (!holding && row.startAt.addSecs(qint64(m_options.leaseTtlSeconds) * 2) < at) {
            // No lease at all long after the start: the run ended without recording its end.
            message =
                Tr::tr("The run on %1 holds no lease and recorded no end; its runner was probably stopped.")
                    .arg(row.host);
        } else {
            continue;
        }
        bool marked = false;
        try {
            Sql::Transaction tx(db);
            QSqlQuery q = Sql::exec(
                db,
                QStringLiteral("UPDATE cron_logs SET state = 'interrupted', end_at = ?, duration_ms = ?, "
                               "exception = ?, exception_class = 'Interrupted', updated_at = ? "
                               "WHERE id = ? AND state = 'running'"),
                {Sql::fromUtc(at), row.startAt.msecsTo(at),
                 QString(QStringLiteral("Interrupted: ") + message), Sql::fromUtc(at).left(19), row.id});
            marked = q.numRowsAffected() == 1;
            if (marked)
                Lease::releaseForLog(db, row.id);
            tx.commit();
        } catch (const Sql::Conflict &e) {
            // Runners on other Galera nodes recover the same row at the same moment: certification
            // keeps one of them. This one lost: the row is (being) recovered; go on.
            qCInfo(lcRunner).noquote() << "run" << row.id << "of" << row.task
                                       << "is being recovered by another runner:" << e.message();
            continue;
        }
        if (marked) {
            ++count;
            qCWarning(lcRunner).noquote()
                << "run" << row.id << "of" << row.task << "marked interrupted:" << message;
            RunControl::clearRun(db, row.id); // its runner is gone: nobody else would
        }
    }
    return count;
}

void Runner::recordEndedCommand(const Execution &row, const CommandExitFile::Exit &exit)
{
    const QSqlDatabase db = Database::connection();
    bool recorded = false;
    try {
        Sql::Transaction tx(db);
        recorded = RecoveredEnd::record(db, row, exit);
        if (recorded)
            Lease::releaseForLog(db, row.id);
        tx.commit();
    } catch (const Sql::Conflict &e) {
        qCInfo(lcRunner).noquote() << "run" << row.id << "of" << row.task
                                   << "is being recovered by another runner:" << e.message();
        return;
    }
    if (!recorded)
        return;
    qCWarning(lcRunner).noquote() << "run" << row.id << "of" << row.task
                                  << "lost its runner after its command ended; recorded from the exit file"
                                  << (exit.exitCode ? QStringLiteral("(exit %1)").arg(*exit.exitCode)
                                                    : QStringLiteral("(signal %1)").arg(exit.signal));
    RunControl::clearRun(db, row.id);
}

bool Runner::claimDue(const std::shared_ptr<Task> &task, const TaskConfig &config, const QDateTime &at,
                      Pending &pending, QList<RunOutcome> &skipped)
{
    // Only the latest due slot is claimed: slots missed while cron was off give one catch-up run.
    const QDateTime slot = config.schedule.latestSlot(at, m_options.zone);
    if (!slot.isValid())
        return false;
    const QString holder = Lease::newHolderToken();
    auto fence = std::make_shared<RunFence>(holder);
    qint64 logId = 0;
    QDateTime start;
    bool taken = false;
    bool inserted = false; ///< an INSERT was sent: a retry may find it done, its reply lost
    const bool claimed = withRetry("claiming a slot", kClaimRetryMs, [&](const QSqlDatabase &db) {
        if (logId == 0) {
            if (HistoryRepository::slotTaken(db, task->name(), slot)) {
                // Taken by another runner, or by this one before a reply was lost.
                logId = inserted ? HistoryRepository::slotClaimedHere(db, task->name(), slot) : 0;
                if (logId == 0)
                    return false;
            } else {
                // A task that never ran does not catch up a slot long past: a newly installed
                // daily job (reminders to customers at 09:00) must not fire at whatever time it
                // was installed.
                if (task->kind() != QLatin1String("native") && slot < at.addSecs(-kFirstRunCatchUpSeconds) &&
                    !HistoryRepository::lastRun(db, task->name()))
                    return false;
                start = now();
                inserted = true;
                logId = HistoryRepository::claimSlot(db, task->name(), slot, start, m_options.who);
                if (logId == 0)
                    return false; // another runner won this slot
            }
        }
        if (!start.isValid())
            start = m_clock->nowUtc(db);
        // The fence counts from before the lease is written: it can only expire later than that.
        const qint64 writtenAt = RunFence::nowMs();
        taken = Lease::tryAcquire(db, task->name(), holder, logId, start,
                                  start.addSecs(m_options.leaseTtlSeconds));
        if (taken)
            fence->extendTo(LeaseKeeper::fenceFor(writtenAt, leaseTiming()));
        return true;
    });
    if (!claimed)
        return false;
    if (!taken) {
        withRetry("recording a skipped run", kClaimRetryMs, [&](const QSqlDatabase &db) {
            const qint64 other = Lease::holderLog(db, task->name(), start);
            RunOutcome outcome{task->name(),
                               logId,
                               ExecState::Skipped,
                               0,
                               Tr::tr("The previous run (#%1) is still running.").arg(other),
                               {{QStringLiteral("reason"), QStringLiteral("overlap")},
                                {QStringLiteral("running_log_id"), other}}};
            HistoryRepository::finish(db, logId, ExecState::Skipped, start, 0,
                                      capOutput(outcome.output, m_options.outputLimitBytes));
            skipped << outcome;
            return true;
        });
        return false;
    }
    pending = Pending{task, config, logId, holder, start, fence};
    return true;
}

QList<RunOutcome> Runner::runDue()
{
    QDateTime at;
    std::deque<std::pair<std::shared_ptr<Task>, TaskConfig>> due;
    {
        // No handle may outlive this block: a lost connection is reopened under the same name.
        const QSqlDatabase db = Database::connection();
        Schema::migrate(db);
        SqliteReserve::ensure(db);
        recoverInterrupted();
        at = now();
        CmsHeartbeat::touch(db, at, m_options.zone); // the CMS dashboard's "last cron run"
        const auto overrides = TaskSettings::loadOverrides(db);
        for (const auto &task : m_registry.tasks()) {
            const TaskConfig config = TaskSettings::effective(*task, overrides);
            if (config.enabled)
                due.emplace_back(task, config);
        }
    }
    // Claim each slot only when a worker is free to run it: a claimed row is a run that started.
    return supervise([&](Pending &pending, QList<RunOutcome> &skipped, const QSet<QString> &busy) {
        if (m_cancelRequested)
            return false; // a cancelled runner stops what it runs and claims nothing more
        for (auto it = due.begin(); it != due.end();) {
            const auto [task, config] = *it;
            if (!task->concurrencyGroup().isEmpty() && busy.contains(task->concurrencyGroup())) {
                ++it; // waits for its group: picked again when a run of the group ends
                continue;
            }
            it = due.erase(it);
            if (claimDue(task, config, at, pending, skipped))
                return true;
        }
        return false;
    });
}

RunOutcome Runner::runNow(const QString &taskName, Trigger trigger, const QString &who)
{
    const auto task = m_registry.find(taskName);
    if (!task)
        throw Error(ErrorKind::NotFound, Tr::tr("Unknown task \"%1\". Known tasks: %2")
                                             .arg(taskName, m_registry.names().join(QStringLiteral(", "))));
    TaskConfig config;
    QDateTime start;
    const QString holder = Lease::newHolderToken();
    auto fence = std::make_shared<RunFence>(holder);
    qint64 logId = 0;
    {
        // No handle may outlive this block: a lost connection is reopened under the same name.
        const QSqlDatabase db = Database::connection();
        Schema::migrate(db);
        recoverInterrupted();
        config = TaskSettings::effective(*task, TaskSettings::loadOverrides(db));
        start = now();
        const qint64 writtenAt = RunFence::nowMs();
        if (!Lease::tryAcquire(db, taskName, holder, 0, start, start.addSecs(m_options.leaseTtlSeconds)))
            throw Error(ErrorKind::Busy,
                        Tr::tr("The task %1 is already running (run #%2); try again when it has finished.")
                            .arg(taskName)
                            .arg(Lease::holderLog(db, taskName, start)));
        try {
            logId = HistoryRepository::insertManual(db, taskName, trigger, start,
                                                    who.isEmpty() ? m_options.who : who);
            Lease::attachLog(db, taskName, holder, logId);
        } catch (...) {
            Lease::release(db, taskName, holder);
            throw;
        }
        fence->extendTo(LeaseKeeper::fenceFor(writtenAt, leaseTiming()));
    }
    bool given = false;
    const QList<RunOutcome> outcomes =
        supervise([&](Pending &pending, QList<RunOutcome> &, const QSet<QString> &) {
            if (given)
                return false;
            given = true;
            pending = Pending{task, config, logId, holder, start, fence};
            return true;
        });
    return outcomes.first();
}

void Runner::cancel(const QString &who)
{
    {
        std::lock_guard lock(m_cancelMutex);
        m_cancelledBy = who.isEmpty() ? m_options.who : who;
    }
    m_cancelRequested = true;
}

QString Runner::cancelledBy() const
{
    std::lock_guard lock(m_cancelMutex);
    return m_cancelledBy;
}

QList<RunOutcome> Runner::supervise(const NextRun &next)
{
    auto signal = std::make_shared<WorkerSignal>();
    std::vector<InFlight> running;
    QList<RunOutcome> outcomes;
    bool abandoned = false;
    int seen = 0;
    // Three threads share the active runs: this one claims and records them, the keeper renews
    // their leases (and with them their fences), the watchdog stops them. Stopping a run never
    // waits on the database; a database that does not answer only lets the fences run out.
    ActiveRuns active;
    LeaseKeeper keeper(active, m_clock, leaseTiming());
    RunWatchdog watchdog(active, [this] { return m_cancelRequested ? cancelledBy() : QString(); });
    for (;;) {
        // A worker that would not stop still holds resources: start nothing new in this process;
        // nor after a shutdown signal.
        while (!abandoned && !ShutdownSignal::received() && int(running.size()) < m_options.parallelism) {
            QSet<QString> busy;
            for (const auto &r : running)
                busy.insert(r.run.task->concurrencyGroup());
            Pending pending;
            if (!next(pending, outcomes, busy))
                break;
            qCInfo(lcRunner).noquote() << "running" << pending.task->name() << "as #" << pending.logId;
            std::function<void(int, int)> progress;
            if (onProgress)
                progress = [cb = onProgress, name = pending.task->name()](int done, int total) {
                    cb(name, done, total);
                };
            // A cancel that came while the run was being prepared applies from its first step.
            const bool cancelled = m_cancelRequested;
            auto run = std::make_shared<ActiveRun>();
            run->task = pending.task->name();
            run->logId = pending.logId;
            run->holder = pending.holder;
            run->timeoutMs = qint64(pending.config.timeoutSeconds) * 1000;
            run->fence = pending.fence;
            run->worker = std::make_shared<TaskWorker>(pending.task, pending.startUtc, m_options.zone,
                                                       pending.logId, signal, progress, pending.fence,
                                                       cancelled ? CancelReason::User : CancelReason::None,
                                                       cancelled ? cancelledBy() : QString());
            active.add(run);
            running.push_back(InFlight{pending, run});
        }
        if (running.empty())
            break;
        signal->wait(seen, 100);
        for (auto it = running.begin(); it != running.end();) {
            TaskWorker &worker = *it->active->worker;
            if (!worker.finished()) {
                const bool graceOver =
                    worker.stopRequestedAtMs() >= 0 &&
                    worker.elapsedMs() - worker.stopRequestedAtMs() > m_options.cancelGraceMs;
                if (!graceOver) {
                    ++it;
                    continue;
                }
            }
            // The keeper goes on renewing its lease until the end is recorded.
            const RunOutcome outcome = record(*it);
            active.remove(it->active);
            abandoned = abandoned || outcome.threadAbandoned;
            outcomes << outcome;
            it = running.erase(it);
        }
    }
    return outcomes;
}

RunOutcome Runner::record(const InFlight &run)
{
    const Pending &p = run.run;
    TaskWorker &worker = *run.active->worker;
    const RunVerdict v = worker.verdict(p.config.timeoutSeconds);
    RunOutcome outcome{p.task->name(), p.logId, v.state, worker.elapsedMs(), {}, v.output, v.abandoned};
    if (!v.errorClass.isEmpty())
        outcome.error = v.errorClass + QStringLiteral(": ") + v.message;
    const QDateTime end = p.startUtc.addMSecs(outcome.durationMs);
    const QString output = v.output.isEmpty() && v.state != ExecState::Success
                               ? QString()
                               : capOutput(v.output, m_options.outputLimitBytes);
    const auto finish = [&](const QString &storedOutput) {
        return withRetry("recording the end of a run", qint64(m_options.recordRetrySeconds) * 1000,
                         [&](const QSqlDatabase &db) {
                             const bool ok =
                                 HistoryRepository::finish(db, p.logId, v.state, end, outcome.durationMs,
                                                           storedOutput, v.errorClass, v.message, v.trace);
                             Lease::release(db, p.task->name(), p.holder);
                             RunControl::clearRun(db, p.logId);
                             return ok;
                         });
    };
    bool written = false;
    try {
        try {
            written = finish(output);
        } catch (const Error &e) {
            // A full disk: the run happened, so its end is written with the room kept for it
            // (SQLite), and with a small output if even that is not enough.
            if (e.kind() != ErrorKind::Database || !SqliteReserve::release(Database::connection()))
                throw;
            try {
                written = finish(output);
            } catch (const Error &) {
                written = finish(capOutput(v.output, 16 * 1024));
            }
        }
    } catch (const Error &e) {
        // Its processes are gone; the row stays `running` until a runner recovers it.
        qCCritical(lcRunner).noquote() << "cannot record the end of" << p.task->name() << "#" << p.logId
                                       << "(" << stateKey(v.state) << "):" << e.message();
        throw;
    }
    // The end is recorded (or someone else's record stands): the shim's copy is not needed.
    CommandExitFile::remove(p.holder);
    if (!written) {
        // Recorded by someone else in the meantime (a cancel of a run never started, a manual
        // edit): that record stands.
        qCWarning(lcRunner).noquote()
            << "run" << p.logId << "of" << p.task->name() << "ended as" << stateKey(v.state)
            << "but had already been recorded as ended; keeping that record";
        outcome.state = ExecState::Interrupted;
        outcome.error = Tr::tr("This run had already been recorded as ended; it actually ended as %1.")
                            .arg(stateKey(v.state));
    }
    qCInfo(lcRunner).noquote() << "finished" << p.task->name() << stateKey(outcome.state)
                               << outcome.durationMs << "ms";
    return outcome;
}

} // namespace cxcron
