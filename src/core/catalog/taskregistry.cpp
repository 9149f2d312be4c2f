// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskregistry.h"

namespace cxcron {

void TaskRegistry::add(std::shared_ptr<Task> task)
{
    for (auto &existing : m_tasks) {
        if (existing->name() == task->name()) {
            existing = std::move(task);
            return;
        }
    }
    m_tasks << std::move(task);
}

std::shared_ptr<Task> TaskRegistry::find(const QString &name) const
{
    for (const auto &task : m_tasks)
        if (task->name() == name)
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
