// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "task.h"

#include <QList>
#include <memory>

namespace cxcron {

/// The known tasks, in display order. Names are unique.
class TaskRegistry
{
public:
    /// Registers @p task; a second task with the same name replaces the first.
    void add(std::shared_ptr<Task> task);
    std::shared_ptr<Task> find(const QString &name) const;
    QList<std::shared_ptr<Task>> tasks() const { return m_tasks; }
    QStringList names() const;

    /// The built-in CLIENTXCMS tasks (see tasks/builtintasks.cpp).
    static TaskRegistry builtin();

private:
    QList<std::shared_ptr<Task>> m_tasks;
};

} // namespace cxcron
