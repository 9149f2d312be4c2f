// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appcontext.h"
#include "asyncdb.h"
#include "runner.h"

#include <QFutureWatcher>
#include <QObject>

namespace cxcron::gui {

/// "Run now": runs one task through the core Runner on the thread pool (trigger=manual, who =
/// the window's user) so the event loop never waits. One run at a time; a second request, or
/// a task another runner is already running, is refused with a polite message.
class RunNowController : public QObject
{
    Q_OBJECT
public:
    explicit RunNowController(AppContext context, QObject *parent = nullptr);
    ~RunNowController() override;

    bool isRunning() const { return !m_task.isEmpty(); }
    QString runningTask() const { return m_task; }
    /// Starts @p task; returns false (and emits refused()) when a run is already going on.
    bool start(const QString &task);
    /// Asks the running task to stop (it is recorded as failed/cancelled by the runner).
    void cancel();

Q_SIGNALS:
    void started(const QString &task);
    void progress(const QString &task, int done, int total);
    /// @p state is int(ExecState); @p message is the error for failures, empty on success.
    void finished(const QString &task, qint64 logId, int state, qint64 durationMs, const QString &message);
    void refused(const QString &task, const QString &message);
    void failed(const QString &task, const QString &message);

private:
    AppContext m_context;
    std::shared_ptr<Runner> m_runner;
    QFuture<DbResult<RunOutcome>> m_future;
    QString m_task;
};

} // namespace cxcron::gui
