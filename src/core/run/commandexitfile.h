// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace cxcron::CommandExitFile {

/// How a run's command ended, as cxcron-shim wrote it the moment it reaped the command. The
/// runner holds the only other record of that (in memory, until it writes the run's end): a
/// runner killed between the two would otherwise leave a finished command recorded as
/// `interrupted`. The next runner on the same host reads this before recovering the run.
struct Exit
{
    /// Why the shim had begun stopping the tree when the command ended: "none" when the command
    /// ended by itself, else the shim's reason ("asked", "parent-died", "fence").
    QString stop;
    std::optional<int> exitCode;
    int signal = 0;
    QDateTime endUtc;

    bool endedByItself() const { return stop == QLatin1String("none"); }
};

/// The file for the run whose lease holder is @p holder, in this user's private run directory:
/// a name derived from the holder, so that a later runner finds it from the lease alone. Empty
/// when that directory cannot be made safe (not owned by this user, open to others): the run
/// then goes without one, as it did before.
QString pathFor(const QString &holder);
/// What the shim wrote for @p holder; none when it wrote nothing (command still running, the
/// shim killed first, another host's run).
std::optional<Exit> read(const QString &holder);
/// Forgets it, once the run's end is recorded.
void remove(const QString &holder);

} // namespace cxcron::CommandExitFile
