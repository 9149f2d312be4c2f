// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cxcron::HostInfo {

QString hostName();
/// The OS user running this process (for "who triggered it").
QString userName();
qint64 pid();
/// True if a process with @p pid exists on this host.
bool isProcessAlive(qint64 pid);
/// Names this host's process space: the host name, the boot and the PID namespace. Two
/// containers with the same host name differ; a process of the same instance whose pid is gone
/// is certainly dead (a pid says nothing across instances).
QString instanceId();

} // namespace cxcron::HostInfo
