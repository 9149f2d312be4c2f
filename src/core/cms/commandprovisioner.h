// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "provisioner.h"

#include <QStringList>

namespace cxcron {

/// Runs an external program for each action (a Pterodactyl or Proxmox bridge script, …):
///   <program> <args…> <action>
/// with a JSON document {"action": "...", "service": {...}} on stdin and the environment
/// variables CXCRON_ACTION and CXCRON_SERVICE_ID. Exit code 0 = success; anything else, a crash,
/// a program that cannot start or a timeout is a failure whose text carries the exit code and
/// the end of stderr.
class CommandProvisioner final : public Provisioner
{
public:
    /// @p commandLine is split like a shell would (QProcess::splitCommand: quotes, no expansion).
    CommandProvisioner(const QString &commandLine, int timeoutSeconds);
    QString kind() const override { return QStringLiteral("command"); }
    /// The command runs in a process group of its own: a cancel ends it and what it started.
    ProvisionResult perform(ProvisionAction action, const QJsonObject &service,
                            const std::atomic_bool *cancel) override;

    QString program() const { return m_program; }
    int timeoutSeconds() const { return m_timeoutSeconds; }

private:
    QString m_program;
    QStringList m_arguments;
    int m_timeoutSeconds;
};

} // namespace cxcron
