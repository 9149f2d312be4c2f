// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <memory>

namespace cxcron {

class TaskWorker;

/// The runner's side of run control, on its own thread and connection: it stops the runs for
/// which a cancel request was stored (by any host or process) and stores the live output its
/// command runs published. Called every few seconds; never throws (a failure waits for the
/// next poll).
class RunControlPoller
{
public:
    explicit RunControlPoller(std::shared_ptr<Clock> clock);

    struct Run
    {
        qint64 logId = 0;
        QString task;
        TaskWorker *worker = nullptr;
    };
    void poll(const QList<Run> &runs);

private:
    void storeLiveTails(const QSqlDatabase &db);

    std::shared_ptr<Clock> m_clock;
    QHash<qint64, QString> m_unsaved; ///< newest live output per run, until stored
};

} // namespace cxcron
