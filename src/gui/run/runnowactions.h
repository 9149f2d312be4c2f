// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QLabel;
class QProgressBar;

namespace cxcron::gui {

class RunNowController;

/// The main window's "Run now" and "Cancel the run" actions and its status-bar run indicator:
/// "Run now" is off for the selected task while its manual run goes on (other tasks may run
/// side by side), "Cancel the run" (Ctrl+.) stops the selected task's run, else the latest one,
/// and the label says "Cancelling…" until it ended.
class RunNowActions : public QObject
{
    Q_OBJECT
public:
    RunNowActions(RunNowController *controller, QAction *runNow, QAction *cancel, QLabel *label,
                  QProgressBar *progress, QObject *parent = nullptr);

    /// The task selected in the window (what "Run now" and "Cancel" apply to); @p runnable is
    /// false when there is none or it only has history left (removed).
    void setCurrentTask(const QString &task, bool runnable = true);
    QString currentTask() const { return m_current; }
    /// "Run now" applies: the selected task can run and is not running from this window.
    bool canRun() const;
    /// Cancels the selected task's run if it runs, else the most recent run.
    void cancel();

Q_SIGNALS:
    /// The actions' state changed (a run started or ended, another task was selected).
    void changed();

private:
    void update();
    void updateLabel(const QStringList &running);

    RunNowController *m_controller;
    QPointer<QAction> m_runNow;
    QPointer<QAction> m_cancel;
    QPointer<QLabel> m_label;
    QPointer<QProgressBar> m_progress;
    QString m_current;
    bool m_runnable = true;
    QString m_progressTask;      ///< the run whose progress the bar shows
    bool m_showsRunning = false; ///< the label says what is running (not a last outcome)
};

} // namespace cxcron::gui
