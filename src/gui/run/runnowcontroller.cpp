// SPDX-License-Identifier: GPL-3.0-or-later
#include "runnowcontroller.h"

#include "asyncdb.h"
#include "guilogging.h"
#include "runfailure.h"

#include <QMetaObject>

namespace cxcron::gui {

RunNowController::RunNowController(AppContext context, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
{
    m_pool.setMaxThreadCount(64); // one per task running at once; idle threads expire
}

RunNowController::~RunNowController()
{
    cancel();
    m_pool.waitForDone(); // each run records its cancellation before its thread ends
}

bool RunNowController::isCancelling(const QString &task) const
{
    const auto it = m_runs.constFind(task);
    return it != m_runs.constEnd() && it->cancelling;
}

bool RunNowController::start(const QString &task)
{
    if (isRunning(task)) {
        Q_EMIT refused(
            task, tr("%1 is still running; wait for it to finish before starting another run.").arg(task));
        return false;
    }
    RunnerOptions options;
    options.who = m_context.who;
    Run run;
    run.runner = std::make_shared<Runner>(m_context.tasks(), m_context.clock, options);
    run.runner->onProgress = [this](const QString &name, int done, int total) {
        QMetaObject::invokeMethod(
            this, [this, name, done, total] { Q_EMIT progress(name, done, total); }, Qt::QueuedConnection);
    };
    const auto runner = run.runner;
    const QString who = m_context.who;
    run.future = runDbOn(&m_pool, [runner, task, who] { return runner->runNow(task, Trigger::Manual, who); });
    m_runs.insert(task, run);
    m_order << task;
    qCInfo(lcGui).noquote() << "run now:" << task;
    Q_EMIT started(task);
    whenDone(this, run.future, [this, task](const DbResult<RunOutcome> &r) { ended(task, r); });
    return true;
}

void RunNowController::ended(const QString &task, const DbResult<RunOutcome> &r)
{
    const bool cancelled = isCancelling(task);
    m_runs.remove(task);
    m_order.removeAll(task);
    if (r.ok)
        Q_EMIT finished(task, r.value.logId, int(r.value.state), r.value.durationMs, r.value.error);
    else if (r.kind == ErrorKind::Busy)
        Q_EMIT refused(task, r.error);
    else
        Q_EMIT failed(task, RunFailure::message(task, r.kind, r.error, cancelled));
}

void RunNowController::cancel()
{
    for (const QString &task : QStringList(m_order))
        cancelTask(task);
}

bool RunNowController::cancelTask(const QString &task)
{
    const auto it = m_runs.find(task);
    if (it == m_runs.end())
        return false;
    it->runner->cancel(m_context.who);
    if (!it->cancelling) {
        it->cancelling = true;
        qCInfo(lcGui).noquote() << "cancel:" << task;
        Q_EMIT cancelling(task);
    }
    return true;
}

} // namespace cxcron::gui
