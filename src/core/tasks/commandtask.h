// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cmssite.h"
#include "task.h"
#include "taskdefinition.h"

namespace cxcron {

/// A task that runs a program and records what it did: its output (bounded, readable, error
/// lines marked), its exit code or signal, and why it was stopped if it was. Exit code 0 is
/// success, unless error lines were printed (Laravel commands report failed items that way and
/// still exit 0): the run is then `partial`. Another exit code fails the run, with the uncaught
/// exception's class, message and location when the output has Laravel's exception block.
class CommandTask final : public Task
{
public:
    /// @p concurrencyGroup: tasks of one group run one at a time (see Task::concurrencyGroup).
    CommandTask(TaskDefinition definition, CmsSite site, QString concurrencyGroup = {});

    QString name() const override { return m_definition.name; }
    QString title() const override;
    QString description() const override;
    Schedule defaultSchedule() const override;
    int defaultTimeoutSeconds() const override { return m_definition.timeoutSeconds; }
    bool enabledByDefault() const override { return m_definition.enabled; }
    QString kind() const override { return TaskDefinition::kindKey(m_definition.kind); }
    QString commandLine() const override { return m_definition.commandLine(m_site); }
    QString concurrencyGroup() const override { return m_group; }
    QJsonObject run(TaskContext &context) override;

    const TaskDefinition &definition() const { return m_definition; }

    /// Time between SIGTERM and SIGKILL when a run is stopped.
    static constexpr qint64 kKillGraceMs = 5000;
    /// COLUMNS given to commands (unless their task sets it): wide enough that nothing is wrapped.
    static constexpr int kTerminalColumns = 2048;
    /// The height Symfony assumes anyway when it has no terminal (its own default).
    static constexpr int kTerminalLines = 50;
    /// What watchers of a running command see: its last lines, bounded.
    static constexpr int kLiveTailLines = 200;
    static constexpr qint64 kLiveTailChars = 64 * 1024;

private:
    TaskDefinition m_definition;
    CmsSite m_site;
    QString m_group;
};

} // namespace cxcron
