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

} // namespace cxcron::HostInfo
