// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "taskworker.h"

#include <QList>
#include <QString>
#include <memory>
#include <mutex>

namespace cxcron {

/// One run between its claim and the record of its end, as the runner's three threads see it:
/// the runner records it, the lease keeper renews its lease (until its end is recorded), the
/// watchdog stops it on timeout, cancel, shutdown or an expiring fence.
struct ActiveRun
{
    QString task;
    qint64 logId = 0;
    QString holder;
    qint64 timeoutMs = 0;
    std::shared_ptr<TaskWorker> worker;
    std::shared_ptr<RunFence> fence;
};

/// The runs of one runner, shared by its threads.
class ActiveRuns
{
public:
    void add(std::shared_ptr<ActiveRun> run);
    void remove(const std::shared_ptr<ActiveRun> &run);
    QList<std::shared_ptr<ActiveRun>> snapshot() const;

private:
    mutable std::mutex m_mutex;
    QList<std::shared_ptr<ActiveRun>> m_runs;
};

} // namespace cxcron
