// SPDX-License-Identifier: GPL-3.0-or-later
#include "runnowcontroller.h"

#include "asyncdb.h"
#include "guilogging.h"

#include <QMetaObject>

namespace cxcron::gui {

RunNowController::RunNowController(AppContext context, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
{}

RunNowController::~RunNowController()
{
    if (m_runner) {
        m_runner->cancel();
        m_future.waitForFinished();
    }
}

bool RunNowController::start(const QString &task)
{
    if (isRunning()) {
        Q_EMIT refused(
            task, tr("%1 is still running; wait for it to finish before starting another run.").arg(m_task));
        return false;
    }
    m_task = task;
    RunnerOptions options;
    options.who = m_context.who;
    m_runner = std::make_shared<Runner>(m_context.tasks(), m_context.clock, options);
    m_runner->onProgress = [this](const QString &name, int done, int total) {
        QMetaObject::invokeMethod(
            this, [this, name, done, total] { Q_EMIT progress(name, done, total); }, Qt::QueuedConnection);
    };
    const auto runner = m_runner;
    const QString who = m_context.who;
    m_future = runDb([runner, task, who] { return runner->runNow(task, Trigger::Manual, who); });
    qCInfo(lcGui).noquote() << "run now:" << task;
    Q_EMIT started(task);
    whenDone(this, m_future, [this, task](const DbResult<RunOutcome> &r) {
        m_task.clear();
        m_runner.reset();
        if (r.ok)
            Q_EMIT finished(task, r.value.logId, int(r.value.state), r.value.durationMs, r.value.error);
        else if (r.kind == ErrorKind::Busy)
            Q_EMIT refused(task, r.error);
        else
            Q_EMIT failed(task, r.error);
    });
    return true;
}

void RunNowController::cancel()
{
    if (m_runner)
        m_runner->cancel();
}

} // namespace cxcron::gui
