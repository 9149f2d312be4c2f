// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appcontext.h"
#include "asyncdb.h"
#include "runner.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QThreadPool>

namespace cxcron::gui {

/// "Run now": runs tasks through the core Runner on threads of its own (trigger=manual, who =
/// the window's user) so the event loop never waits. Several tasks may run side by side, one
/// manual run per task: a second request for a task running from here, or a task another runner
/// is already running, is refused with a polite message.
class RunNowController : public QObject
{
    Q_OBJECT
public:
    explicit RunNowController(AppContext context, QObject *parent = nullptr);
    ~RunNowController() override;

    /// True while any run started here goes on.
    bool isRunning() const { return !m_runs.isEmpty(); }
    bool isRunning(const QString &task) const { return m_runs.contains(task); }
    /// The task of the most recent run still going on (empty when none).
    QString runningTask() const { return m_order.isEmpty() ? QString() : m_order.last(); }
    QStringList runningTasks() const { return m_order; }
    /// True once cancel() was asked for @p task's run and until it ended.
    bool isCancelling(const QString &task) const;

    /// Starts @p task; returns false (and emits refused()) when it is already running from here.
    bool start(const QString &task);
    /// Asks every run started here to stop (each is recorded as failed/cancelled by the runner).
    void cancel();
    /// Asks the run of @p task to stop; false when it does not run from here.
    bool cancelTask(const QString &task);

Q_SIGNALS:
    void started(const QString &task);
    void progress(const QString &task, int done, int total);
    /// @p state is int(ExecState); @p message is the error for failures, empty on success.
    void finished(const QString &task, qint64 logId, int state, qint64 durationMs, const QString &message);
    void refused(const QString &task, const QString &message);
    void failed(const QString &task, const QString &message);
    /// cancel() reached the run of @p task: it stops within seconds ("Cancelling…").
    void cancelling(const QString &task);

private:
    struct Run
    {
        std::shared_ptr<Runner> runner;
        QFuture<DbResult<RunOutcome>> future;
        bool cancelling = false;
    };
    void ended(const QString &task, const DbResult<RunOutcome> &r);

    AppContext m_context;
    QHash<QString, Run> m_runs;
    QStringList m_order; ///< running tasks, oldest first
    /// Manual runs wait for their task for minutes: they must not take the shared pool's few
    /// threads from the window's reads.
    QThreadPool m_pool;
};

} // namespace cxcron::gui
