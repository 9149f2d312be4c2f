// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <sys/types.h>

namespace cxcron::BoundChild {

/// Starts @p program (an absolute path) with @p arguments (argv[0] included), stdin and stdout
/// on /dev/null, stderr on @p stderrFd and no other inherited descriptor. On Linux the child is
/// bound to this process: it gets SIGTERM when cxcron ends, even by _Exit or a crash, so an
/// ssh tunnel never outlives it. Returns the pid, or -errno.
pid_t start(const QString &program, const QStringList &arguments, int stderrFd);

} // namespace cxcron::BoundChild
