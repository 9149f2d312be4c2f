// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "execution.h"
#include "runfence.h"
#include "task.h"

#include <QElapsedTimer>
#include <QTimeZone>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace cxcron {

/// Wakes the runner when any of its workers finishes (one for all runs of a runner).
struct WorkerSignal
{
    std::mutex mutex;
    std::condition_variable cv;
    int generation = 0;
    void notify();
    /// Waits until a notify() newer than @p seen, or @p ms milliseconds.
    void wait(int &seen, int ms);
};

/// How one run ended, as it will be recorded.
struct RunVerdict
{
    ExecState state = ExecState::Success;
    QString errorClass;
    QString message;
    QString trace;
    QJsonObject output;
    bool abandoned = false; ///< the worker did not stop within the grace
};

/// One task running on a thread of its own. The runner's thread owns this object; the worker
/// thread shares only the state behind a shared_ptr, so a worker that outlives its run (a
/// native task that ignores cancellation) touches nothing that is gone.
class TaskWorker
{
public:
    TaskWorker(std::shared_ptr<Task> task, const QDateTime &startUtc, const QTimeZone &zone, qint64 logId,
               std::shared_ptr<WorkerSignal> signal, std::function<void(int, int)> progress,
               std::shared_ptr<RunFence> fence, CancelReason stopAtStart = CancelReason::None,
               const QString &stoppedBy = {});
    ~TaskWorker();
    TaskWorker(const TaskWorker &) = delete;
    TaskWorker &operator=(const TaskWorker &) = delete;

    bool finished() const;
    qint64 elapsedMs() const { return m_timer.elapsed(); }
    /// Asks the task to stop (first reason wins); returns false if a stop was already asked.
    /// @p who (a user cancel) is named in the record. Thread-safe: the runner's watchdog and
    /// its lease keeper call it too.
    bool requestStop(CancelReason reason, const QString &who = {});
    CancelReason stopReason() const;
    qint64 stopRequestedAtMs() const { return m_stopAt.load(); }
    const std::shared_ptr<RunFence> &fence() const { return m_fence; }
    /// The newest live output the task published (TaskContext::publishLiveOutput) since the
    /// last call: true and @p tail set when there is one.
    bool takeLiveOutput(QString &tail);

    /// The verdict once finished() (or, after the grace, for an abandoned worker).
    RunVerdict verdict(int timeoutSeconds);

    struct Shared; ///< what the worker thread writes; defined in the .cpp

private:
    std::shared_ptr<Shared> m_shared;
    std::thread m_thread;
    std::shared_ptr<RunFence> m_fence;
    QElapsedTimer m_timer;
    std::atomic<qint64> m_stopAt{-1};
    QString m_stoppedBy; ///< under m_shared->mutex
};

} // namespace cxcron
