// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "execution.h"

#include <QObject>
#include <QTimer>

namespace cxcron::gui {

/// Watches one running execution, wherever it runs: every few seconds, on the thread pool, it
/// reads the row, the live tail of its output and whether a cancel was requested, until the row
/// ends. cancelRun() asks the run's runner to stop it (through the database).
class RunWatcher : public QObject
{
    Q_OBJECT
public:
    explicit RunWatcher(qint64 logId, QObject *parent = nullptr);

    qint64 logId() const { return m_logId; }
    /// Polls now, then every @p intervalMs until the run ends.
    void start(int intervalMs = 2000);
    void stop() { m_timer.stop(); }
    bool isWatching() const { return m_timer.isActive() || m_busy; }
    QString tail() const { return m_tail; }
    bool cancelRequested() const { return m_cancelRequested; }

    /// Records a cancel request naming @p who; cancelRequested() or failed() follows.
    void cancelRun(const QString &who);

Q_SIGNALS:
    /// The run is still going: its row, its live tail (may be empty) and whether a cancel is pending.
    void updated(const cxcron::Execution &execution, const QString &tail, bool cancelRequested);
    /// The row ended (or vanished: @p execution.id is 0): it says how.
    void ended(const cxcron::Execution &execution);
    void cancelAccepted();
    void failed(const QString &message);

private:
    void poll();

    qint64 m_logId;
    QTimer m_timer;
    bool m_busy = false;
    QString m_tail;
    bool m_cancelRequested = false;
};

} // namespace cxcron::gui
