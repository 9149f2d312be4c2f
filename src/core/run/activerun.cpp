// SPDX-License-Identifier: GPL-3.0-or-later
#include "activerun.h"

namespace cxcron {

void ActiveRuns::add(std::shared_ptr<ActiveRun> run)
{
    std::lock_guard lock(m_mutex);
    m_runs.append(std::move(run));
}

void ActiveRuns::remove(const std::shared_ptr<ActiveRun> &run)
{
    std::lock_guard lock(m_mutex);
    m_runs.removeOne(run);
}

QList<std::shared_ptr<ActiveRun>> ActiveRuns::snapshot() const
{
    std::lock_guard lock(m_mutex);
    return m_runs;
}

} // namespace cxcron
