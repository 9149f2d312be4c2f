// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace cxcron::ProcessSweep {

/// The processes of this host whose environment names the run @p marker (RunFence's
/// CXCRON_RUN variable, inherited by every descendant of a command). Processes of other users
/// are not readable unless cxcron runs as root; they are not listed.
QList<qint64> findMarked(const QString &marker);

/// Kills (SIGKILL) every process of the run @p marker and waits up to @p waitMs for them to be
/// gone. Returns how many were killed; false in @p allGone when some are still there.
int killMarked(const QString &marker, int waitMs, bool *allGone = nullptr);

} // namespace cxcron::ProcessSweep
