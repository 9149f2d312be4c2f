// SPDX-License-Identifier: GPL-3.0-or-later
#include "runner.h"

#include "cmsheartbeat.h"
#include "database.h"
#include "errors.h"
#include "historyrepository.h"
#include "hostinfo.h"
#include "lease.h"
#include "logging.h"
#include "schema.h"
#include "sql.h"
#include "stacktrace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace cxcron {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Runner)
};

// Shared between the runner and the task's worker thread, which may outlive a timed-out run.
struct WorkerState
{
    std::mutex mutex;
    std::condition_variable done;
    bool finished = false;
    std::atomic_bool cancel{false};
    QJsonObject result;
    QString errorClass;
    QString errorMessage;
    QString trace;
};

void runOnWorker(const std::shared_ptr<Task> &task, const std::shared_ptr<WorkerState> &state,
                 QDateTime startUtc, QTimeZone zone, qint64 logId, std::function<void(int, int)> progress)
{
    QJsonObject result;
    QString errorClass;
    QString errorMessage;
    QString trace;
    TaskContext context(startUtc, zone, logId, &state->cancel);
    context.progressCallback = std::move(progress);
    try {
        result = task->run(context);
    } catch (const TaskError &e) {
        errorClass = e.className();
        errorMessage = e.message();
        trace = e.trace();
    } catch (const Error &e) {
        errorClass = e.kind() == ErrorKind::Connection ? QStringLiteral("ConnectionError")
                                                       : QStringLiteral("DatabaseError");
        errorMessage = e.message();
    } catch (const std::exception &e) {
        errorClass = StackTrace::demangle(typeid(e).name());
        errorMessage = QString::fromUtf8(e.what());
    } catch (...) {
        errorClass = QStringLiteral("UnknownException");
        errorMessage = Tr::tr("The task threw an exception of an unknown type.");
    }
    if (!errorClass.isEmpty() && !context.steps().isEmpty())
        trace = QStringLiteral("Steps:\n  ") + context.steps().join(QStringLiteral("\n  ")) +
                QStringLiteral("\n") + trace;
    Database::closeThreadConnection();
    std::lock_guard lock(state->mutex);
    state->result = result;
    state->errorClass = errorClass;
    state->errorMessage = errorMessage;
    state->trace = trace;
    state->finished = true;
    state->done.notify_all();
}

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

} // namespace

Runner::Runner(TaskRegistry registry, std::shared_ptr<Clock> clock, RunnerOptions options)
    : m_registry(std::move(registry))
    , m_clock(std::move(clock))
    , m_options(std::move(options))
{
    if (m_options.who.isEmpty())
        m_options.who = HostInfo::userName();
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
    const auto overrides = TaskSettings::loadOverrides(db);
    const QString myHost = HostInfo::hostName();
    int count = 0;
    for (const Execution &row : HistoryRepository::runningRows(db)) {
        const auto task = m_registry.find(row.task);
        const int timeout = task ? TaskSettings::effective(*task, overrides).timeoutSeconds : 86400;
        const bool deadHere =
            row.host == myHost && row.pid != HostInfo::pid() && !HostInfo::isProcessAlive(row.pid);
        const bool expired = row.startAt.addSecs(timeout + m_options.leaseGraceSeconds) < at;
        if (!deadHere && !expired)
            continue;
        const QString message =
            deadHere
                ? Tr::tr("The runner process %1 on %2 ended before the run finished (crash, kill or reboot).")
                      .arg(row.pid)
                      .arg(row.host)
                : Tr::tr("No end was recorded within the timeout (%1 s) plus grace; the runner on %2 was "
                         "probably "
                         "stopped.")
                      .arg(timeout)
                      .arg(row.host);
        Sql::Transaction tx(db);
        QSqlQuery q = Sql::exec(
            db,
            QStringLiteral("UPDATE cron_logs SET state = 'interrupted', end_at = ?, duration_ms = ?, "
                           "exception = ?, exception_class = 'Interrupted', updated_at = ? "
                           "WHERE id = ? AND state = 'running'"),
            {Sql::fromUtc(at), row.startAt.msecsTo(at), QString(QStringLiteral("Interrupted: ") + message),
             Sql::fromUtc(at).left(19), row.id});
        if (q.numRowsAffected() == 1) {
            Lease::releaseForLog(db, row.id);
            ++count;
            qCWarning(lcRunner).noquote()
                << "run" << row.id << "of" << row.task << "marked interrupted:" << message;
        }
        tx.commit();
    }
    return count;
}

QList<RunOutcome> Runner::runDue()
{
    const QSqlDatabase db = Database::connection();
    Schema::migrate(db);
    recoverInterrupted();
    const QDateTime at = now();
    CmsHeartbeat::touch(db, at, m_options.zone); // the CMS dashboard's "last cron run"
    const auto overrides = TaskSettings::loadOverrides(db);
    QList<RunOutcome> outcomes;
    for (const auto &task : m_registry.tasks()) {
        const TaskConfig config = TaskSettings::effective(*task, overrides);
        if (!config.enabled)
            continue;
        // Only the latest due slot is claimed: slots missed while cron was off give one catch-up run.
        const QDateTime slot = config.schedule.latestSlot(at, m_options.zone);
        if (!slot.isValid() || HistoryRepository::slotTaken(db, task->name(), slot))
            continue;
        const QDateTime start = now();
        const qint64 logId = HistoryRepository::claimSlot(db, task->name(), slot, start, m_options.who);
        if (logId == 0)
            continue; // another runner won this slot
        const QString holder = Lease::newHolderToken();
        const QDateTime expires = start.addSecs(config.timeoutSeconds + m_options.leaseGraceSeconds);
        if (!Lease::tryAcquire(db, task->name(), holder, logId, start, expires)) {
            const qint64 other = Lease::holderLog(db, task->name(), start);
            RunOutcome skipped{task->name(),
                               logId,
                               ExecState::Skipped,
                               0,
                               Tr::tr("The previous run (#%1) is still running.").arg(other),
                               {{QStringLiteral("reason"), QStringLiteral("overlap")},
                                {QStringLiteral("running_log_id"), other}}};
            HistoryRepository::finish(db, logId, ExecState::Skipped, start, 0,
                                      capOutput(skipped.output, m_options.outputLimitBytes));
            outcomes << skipped;
            continue;
        }
        outcomes << execute(task, config, logId, holder, start);
        if (outcomes.last().threadAbandoned)
            break; // a hung task still holds resources: leave the rest to the next minute
    }
    return outcomes;
}

RunOutcome Runner::runNow(const QString &taskName, Trigger trigger, const QString &who)
{
    const auto task = m_registry.find(taskName);
    if (!task)
        throw Error(ErrorKind::NotFound, Tr::tr("Unknown task \"%1\". Known tasks: %2")
                                             .arg(taskName, m_registry.names().join(QStringLiteral(", "))));
    const QSqlDatabase db = Database::connection();
    Schema::migrate(db);
    recoverInterrupted();
    const TaskConfig config = TaskSettings::effective(*task, TaskSettings::loadOverrides(db));
    const QDateTime start = now();
    const QString holder = Lease::newHolderToken();
    if (!Lease::tryAcquire(db, taskName, holder, 0, start,
                           start.addSecs(config.timeoutSeconds + m_options.leaseGraceSeconds)))
        throw Error(ErrorKind::Busy,
                    Tr::tr("The task %1 is already running (run #%2); try again when it has finished.")
                        .arg(taskName)
                        .arg(Lease::holderLog(db, taskName, start)));
    qint64 logId = 0;
    try {
        logId = HistoryRepository::insertManual(db, taskName, trigger, start,
                                                who.isEmpty() ? m_options.who : who);
        Lease::attachLog(db, taskName, holder, logId);
    } catch (...) {
        Lease::release(db, taskName, holder);
        throw;
    }
    return execute(task, config, logId, holder, start);
}

RunOutcome Runner::execute(const std::shared_ptr<Task> &task, const TaskConfig &config, qint64 logId,
                           const QString &holder, const QDateTime &startUtc)
{
    qCInfo(lcRunner).noquote() << "running" << task->name() << "as #" << logId;
    m_cancelRequested = false;
    auto state = std::make_shared<WorkerState>();
    std::function<void(int, int)> progress;
    if (onProgress)
        progress = [cb = onProgress, name = task->name()](int done, int total) {
            cb(name, done, total);
        };
    QElapsedTimer timer;
    timer.start();
    std::thread worker(runOnWorker, task, state, startUtc, m_options.zone, logId, progress);

    const qint64 deadline = qint64(config.timeoutSeconds) * 1000;
    bool timedOut = false;
    bool cancelled = false;
    {
        std::unique_lock lock(state->mutex);
        while (!state->finished) {
            state->done.wait_for(lock, std::chrono::milliseconds(100));
            if (state->finished)
                break;
            if (m_cancelRequested && !cancelled) {
                cancelled = true;
                state->cancel = true;
            }
            if (timer.elapsed() > deadline && !timedOut) {
                timedOut = true;
                state->cancel = true;
            }
            if ((timedOut || cancelled) && !state->finished) {
                state->done.wait_for(lock, std::chrono::milliseconds(m_options.cancelGraceMs));
                break;
            }
        }
    }
    RunOutcome outcome{task->name(), logId, ExecState::Success, timer.elapsed(), {}, {}, false};
    {
        std::lock_guard lock(state->mutex);
        if (state->finished) {
            worker.join();
        } else {
            worker.detach(); // it holds only shared state; its transaction rolls back when it ends
            outcome.threadAbandoned = true;
        }
        outcome.output = state->result;
        QString errorClass = state->errorClass;
        QString message = state->errorMessage;
        QString trace = state->trace;
        if (timedOut) {
            errorClass = QStringLiteral("TimeoutError");
            message = Tr::tr("The task did not finish within its timeout of %1 s and was stopped.")
                          .arg(config.timeoutSeconds);
        } else if (cancelled && errorClass == QLatin1String("TaskCancelled")) {
            message = Tr::tr("The run was cancelled by the user.");
        }
        outcome.state = errorClass.isEmpty() ? ExecState::Success : ExecState::Failed;
        outcome.error = errorClass.isEmpty() ? QString() : errorClass + QStringLiteral(": ") + message;
        const QSqlDatabase db = Database::connection();
        const QDateTime end = startUtc.addMSecs(outcome.durationMs);
        HistoryRepository::finish(db, logId, outcome.state, end, outcome.durationMs,
                                  outcome.state == ExecState::Success
                                      ? capOutput(outcome.output, m_options.outputLimitBytes)
                                      : (outcome.output.isEmpty()
                                             ? QString()
                                             : capOutput(outcome.output, m_options.outputLimitBytes)),
                                  errorClass, message, trace);
        Lease::release(db, task->name(), holder);
    }
    qCInfo(lcRunner).noquote() << "finished" << task->name() << stateKey(outcome.state) << outcome.durationMs
                               << "ms";
    return outcome;
}

} // namespace cxcron
