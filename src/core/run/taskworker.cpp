// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskworker.h"

#include "database.h"
#include "errors.h"
#include "lease.h"
#include "sql.h"
#include "stacktrace.h"

#include <QCoreApplication>

namespace cxcron {
namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Runner)
};
} // namespace

void WorkerSignal::notify()
{
    {
        std::lock_guard lock(mutex);
        ++generation;
    }
    cv.notify_all();
}

void WorkerSignal::wait(int &seen, int ms)
{
    std::unique_lock lock(mutex);
    cv.wait_for(lock, std::chrono::milliseconds(ms), [&] { return generation != seen; });
    seen = generation;
}

struct TaskWorker::Shared
{
    std::mutex mutex;
    bool finished = false;
    std::atomic_bool cancel{false};
    std::atomic_int reason{0};
    QJsonObject result;
    QString errorClass;
    QString errorMessage;
    QString trace;
    QString partialClass;
    QString partialMessage;
    QString partialDetails;
    bool sawCancel = false;
    QString liveOutput; ///< the newest tail published by the task, under the mutex
    bool liveOutputNew = false;
};

namespace {

void work(std::shared_ptr<Task> task, std::shared_ptr<TaskWorker::Shared> shared, QDateTime startUtc,
          QTimeZone zone, qint64 logId, std::shared_ptr<WorkerSignal> signal,
          std::function<void(int, int)> progress, std::shared_ptr<RunFence> fence)
{
    QJsonObject result;
    QString errorClass;
    QString errorMessage;
    QString trace;
    TaskContext context(startUtc, zone, logId, &shared->cancel, &shared->reason);
    context.progressCallback = std::move(progress);
    if (fence) {
        // A native task's writes are fenced: each commit first checks, in its own transaction,
        // that this run still holds the lease and that the lease cannot have expired meanwhile.
        Sql::setThreadCommitGuard([fence, name = task->name()](const QSqlDatabase &db) {
            if (fence->expired())
                throw TaskError(
                    Tr::tr("Not committed: the run's lease could not be renewed in time, so another "
                           "host may have taken the task over."),
                    QStringLiteral("Interrupted"), {}, false);
            if (!Lease::isHeld(db, name, fence->marker()))
                throw TaskError(
                    Tr::tr("Not committed: another host declared this run dead and took its lease."),
                    QStringLiteral("Interrupted"), {}, false);
        });
    }
    context.fence = std::move(fence);
    context.liveOutputCallback = [weak = std::weak_ptr<TaskWorker::Shared>(shared)](const QString &tail) {
        if (const auto state = weak.lock()) {
            std::lock_guard lock(state->mutex);
            state->liveOutput = tail;
            state->liveOutputNew = true;
        }
    };
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
    if (result.isEmpty())
        result = context.output();
    Sql::setThreadCommitGuard({});
    Database::closeThreadConnection();
    {
        std::lock_guard lock(shared->mutex);
        shared->result = result;
        shared->errorClass = errorClass;
        shared->errorMessage = errorMessage;
        shared->trace = trace;
        shared->partialClass = context.partialClass();
        shared->partialMessage = context.partialMessage();
        shared->partialDetails = context.partialDetails();
        shared->sawCancel = context.sawCancel();
        shared->finished = true;
    }
    signal->notify();
}

} // namespace

TaskWorker::TaskWorker(std::shared_ptr<Task> task, const QDateTime &startUtc, const QTimeZone &zone,
                       qint64 logId, std::shared_ptr<WorkerSignal> signal,
                       std::function<void(int, int)> progress, std::shared_ptr<RunFence> fence,
                       CancelReason stopAtStart, const QString &stoppedBy)
    : m_shared(std::make_shared<Shared>())
    , m_fence(std::move(fence))
{
    m_timer.start();
    if (stopAtStart != CancelReason::None) // before the thread starts: the task sees it at once
        requestStop(stopAtStart, stoppedBy);
    m_thread = std::thread(work, std::move(task), m_shared, startUtc, zone, logId, std::move(signal),
                           std::move(progress), m_fence);
}

TaskWorker::~TaskWorker()
{
    if (!m_thread.joinable())
        return;
    if (finished())
        m_thread.join();
    else
        m_thread.detach(); // it holds only the shared state; its transaction rolls back when it ends
}

bool TaskWorker::finished() const
{
    std::lock_guard lock(m_shared->mutex);
    return m_shared->finished;
}

bool TaskWorker::requestStop(CancelReason reason, const QString &who)
{
    int none = 0;
    {
        std::lock_guard lock(m_shared->mutex);
        if (!m_shared->reason.compare_exchange_strong(none, int(reason)))
            return false;
        m_stoppedBy = who;
    }
    m_stopAt = m_timer.elapsed();
    m_shared->cancel = true;
    return true;
}

CancelReason TaskWorker::stopReason() const
{
    return CancelReason(m_shared->reason.load());
}

bool TaskWorker::takeLiveOutput(QString &tail)
{
    std::lock_guard lock(m_shared->mutex);
    if (!m_shared->liveOutputNew)
        return false;
    tail = m_shared->liveOutput;
    m_shared->liveOutputNew = false;
    return true;
}

RunVerdict TaskWorker::verdict(int timeoutSeconds)
{
    RunVerdict v;
    std::lock_guard lock(m_shared->mutex);
    v.output = m_shared->result;
    v.errorClass = m_shared->errorClass;
    v.message = m_shared->errorMessage;
    v.trace = m_shared->trace;
    const CancelReason reason = stopReason();
    // Stopped by what keeps runs exactly-once (a lost or unrenewable lease, the runner's own
    // end) rather than by a user or a timeout: the run was interrupted, not failed.
    const bool infrastructure = reason == CancelReason::Fence || reason == CancelReason::Shutdown ||
                                reason == CancelReason::LeaseLost;
    const QString stopClass = reason == CancelReason::Timeout ? QStringLiteral("TimeoutError")
                              : infrastructure                ? QStringLiteral("Interrupted")
                                                              : QStringLiteral("TaskCancelled");
    const ExecState stopState = infrastructure                 ? ExecState::Interrupted
                                : reason == CancelReason::User ? ExecState::Cancelled
                                                               : ExecState::Failed;
    const QString who = m_stoppedBy.isEmpty() ? Tr::tr("the user") : m_stoppedBy;
    if (!m_shared->finished) {
        // Still working after the grace: its outcome is not known. Say so rather than guess.
        v.abandoned = true;
        v.state = stopState;
        v.errorClass = stopClass;
        v.message = Tr::tr("The task did not stop within the grace after it was asked to (%1); whether its "
                           "last changes were saved is unknown.")
                        .arg(reason == CancelReason::Timeout ? Tr::tr("timeout of %1 s").arg(timeoutSeconds)
                             : reason == CancelReason::User  ? Tr::tr("cancelled by %1").arg(who)
                                                             : Tr::tr("cancelled"));
        return v;
    }
    const auto stopMessage = [&] {
        switch (reason) {
        case CancelReason::Timeout:
            return Tr::tr("The task did not finish within its timeout of %1 s and was stopped; the item it "
                          "was working on was rolled back, items already done stay done.")
                .arg(timeoutSeconds);
        case CancelReason::User:
            return Tr::tr("The run was cancelled by %1; the item it was working on was rolled back, items "
                          "already done stay done.")
                .arg(who);
        case CancelReason::LeaseLost:
            return Tr::tr("The run was stopped because another host declared it dead (its lease was lost).");
        case CancelReason::Fence:
            return Tr::tr("The run was stopped because its lease could not be renewed in time (database "
                          "unreachable): another host may now run the task.");
        case CancelReason::Shutdown:
            return Tr::tr("The run was stopped because the runner was asked to end (SIGTERM, SIGINT or "
                          "SIGHUP).");
        case CancelReason::None:
            break;
        }
        return TaskCancelled::defaultMessage();
    };
    if (reason != CancelReason::None && m_shared->sawCancel &&
        (v.errorClass.isEmpty() ||
         (v.errorClass != QLatin1String("TaskCancelled") && v.errorClass != QLatin1String("TimeoutError")))) {
        // It saw the stop request and then ended, normally or with an error of its own (an item
        // interrupted by the stop): it stopped early, so the run is recorded as stopped. What it
        // did and said is kept.
        if (!v.errorClass.isEmpty())
            v.trace = Tr::tr("After the stop request: %1: %2").arg(v.errorClass, v.message) +
                      (v.trace.isEmpty() ? QString() : QStringLiteral("\n") + v.trace);
        v.state = stopState;
        v.errorClass = stopClass;
        v.message = stopMessage();
        return v;
    }
    if (v.errorClass.isEmpty()) {
        if (!m_shared->partialClass.isEmpty()) {
            v.state = ExecState::Partial;
            v.errorClass = m_shared->partialClass;
            v.message = m_shared->partialMessage;
            v.trace = m_shared->partialDetails;
        }
        if (reason != CancelReason::None) {
            // It finished its work (and committed it) without noticing the stop request: the
            // record says it completed, with a note, so nobody re-applies it thinking it failed.
            v.output.insert(QStringLiteral("completed_after_stop_request"), reason == CancelReason::Timeout
                                                                                ? QStringLiteral("timeout")
                                                                                : QStringLiteral("cancel"));
        }
        return v;
    }
    v.state = v.errorClass == QLatin1String("Interrupted") ? ExecState::Interrupted
              : v.errorClass == QLatin1String("TaskCancelled") && reason == CancelReason::User
                  ? ExecState::Cancelled
                  : ExecState::Failed;
    if (v.errorClass == QLatin1String("TaskCancelled") && v.message == TaskCancelled::defaultMessage()) {
        v.errorClass = stopClass;
        v.state = stopState;
        v.message = stopMessage();
    } else if (v.errorClass == QLatin1String("TaskCancelled") && reason == CancelReason::User &&
               !m_stoppedBy.isEmpty()) {
        v.message += u' ' + Tr::tr("(cancelled by %1)").arg(m_stoppedBy); // a command's own message
    }
    return v;
}

} // namespace cxcron
