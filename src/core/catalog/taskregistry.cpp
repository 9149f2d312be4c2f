// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskregistry.h"

namespace cxcron {

// Names are one task whatever their case: MariaDB compares them case-insensitively, so
// "HISTORY:PRUNE" and "history:prune" would share slots and a lease there, and must not be two
// tasks on any engine.
void TaskRegistry::add(std::shared_ptr<Task> task)
{
    for (auto &existing : m_tasks) {
        if (existing->name().compare(task->name(), Qt::CaseInsensitive) == 0) {
            existing = std::move(task);
            return;
        }
    }
    m_tasks << std::move(task);
}

std::shared_ptr<Task> TaskRegistry::find(const QString &name) const
{
    for (const auto &task : m_tasks)
        if (task->name().compare(name, Qt::CaseInsensitive) == 0)
            return task;
    return nullptr;
}

QStringList TaskRegistry::names() const
{
    QStringList result;
    for (const auto &task : m_tasks)
        result << task->name();
    return result;
}

} // namespace cxcron
