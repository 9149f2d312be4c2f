// SPDX-License-Identifier: GPL-3.0-or-later
#include "runnowactions.h"

#include "runnowcontroller.h"

#include <QAction>
#include <QLabel>
#include <QProgressBar>

namespace cxcron::gui {

RunNowActions::RunNowActions(RunNowController *controller, QAction *runNow, QAction *cancel, QLabel *label,
                             QProgressBar *progress, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_runNow(runNow)
    , m_cancel(cancel)
    , m_label(label)
    , m_progress(progress)
{
    // Ctrl+. is free in the window (Esc clears filters and closes dialogs).
    m_cancel->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_cancel->setShortcutContext(Qt::WindowShortcut);
    connect(m_cancel, &QAction::triggered, this, &RunNowActions::cancel);
    connect(controller, &RunNowController::started, this, [this](const QString &task) {
        m_progressTask = task;
        m_progress->setRange(0, 0);
        update();
    });
    connect(controller, &RunNowController::progress, this, [this](const QString &task, int done, int total) {
        if (task != m_progressTask)
            return;
        m_progress->setRange(0, qMax(total, 1));
        m_progress->setValue(done);
    });
    connect(controller, &RunNowController::cancelling, this, &RunNowActions::update);
    const auto ended = [this] {
        m_progressTask = m_controller->runningTask();
        if (!m_progressTask.isEmpty())
            m_progress->setRange(0, 0);
        update();
    };
    connect(controller, &RunNowController::finished, this, ended);
    connect(controller, &RunNowController::failed, this, ended);
    connect(controller, &RunNowController::refused, this, ended);
    update();
}

void RunNowActions::setCurrentTask(const QString &task, bool runnable)
{
    m_current = task;
    m_runnable = runnable && !task.isEmpty();
    update();
}

bool RunNowActions::canRun() const
{
    return m_runnable && !m_controller->isRunning(m_current);
}

void RunNowActions::cancel()
{
    const QString task = m_controller->isRunning(m_current) ? m_current : m_controller->runningTask();
    if (!task.isEmpty())
        m_controller->cancelTask(task);
}

void RunNowActions::update()
{
    const QStringList running = m_controller->runningTasks();
    m_runNow->setEnabled(canRun());
    const QString target = m_controller->isRunning(m_current) ? m_current : m_controller->runningTask();
    m_cancel->setEnabled(!target.isEmpty() && !m_controller->isCancelling(target));
    m_progress->setVisible(!running.isEmpty());
    updateLabel(running);
    Q_EMIT changed();
}

void RunNowActions::updateLabel(const QStringList &running)
{
    if (running.isEmpty()) {
        // The last run's outcome stays in the label (the window writes it); a run refused or
        // ended without one leaves no "Running…" behind.
        if (m_showsRunning)
            m_label->clear();
        m_showsRunning = false;
        return;
    }
    m_showsRunning = true;
    if (running.size() == 1) {
        m_label->setText(m_controller->isCancelling(running.first())
                             ? tr("Cancelling %1…").arg(running.first())
                             : tr("Running %1…").arg(running.first()));
        return;
    }
    int cancelling = 0;
    for (const QString &task : running)
        cancelling += m_controller->isCancelling(task) ? 1 : 0;
    m_label->setText(
        cancelling > 0
            ? tr("Running %n task(s), cancelling %1…", nullptr, int(running.size())).arg(cancelling)
            : tr("Running %n task(s)…", nullptr, int(running.size())));
}

} // namespace cxcron::gui
