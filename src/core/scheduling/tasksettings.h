// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule.h"

#include <QHash>
#include <QSqlDatabase>
#include <optional>

namespace cxcron {

class Task;

/// A task's settings as they apply to this installation: built-in defaults overridden by the
/// row in `cxcron_task_settings`, if any.
struct TaskConfig
{
    QString name;
    bool enabled = true;
    Schedule schedule;
    int timeoutSeconds = 600;
    bool overridden = false;
    QString warning; ///< translated; set when an override was invalid and ignored
};

struct TaskOverride
{
    std::optional<bool> enabled;
    QString schedule; ///< empty = keep default
    std::optional<int> timeoutSeconds;
};

namespace TaskSettings {

QHash<QString, TaskOverride> loadOverrides(const QSqlDatabase &db);
TaskConfig effective(const Task &task, const QHash<QString, TaskOverride> &overrides);
/// Validates and stores an override; throws Error(Usage) for an invalid schedule or timeout.
void save(const QSqlDatabase &db, const QString &name, const TaskOverride &value);
void reset(const QSqlDatabase &db, const QString &name);

} // namespace TaskSettings
} // namespace cxcron
