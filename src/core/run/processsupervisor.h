// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outputcapture.h"

#include <QProcessEnvironment>
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>

namespace cxcron {

class RunFence;

/// What to start: a program and its arguments (no shell), where, with which extra environment.
struct ProcessSpec
{
    QString program;
    QStringList arguments;
    QString workingDirectory; ///< empty = the runner's own
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    qint64 timeoutMs = 600 * 1000;
    qint64 killGraceMs = 5000; ///< between SIGTERM and SIGKILL
    /// The run's lease: when set, the program runs under cxcron-shim, which marks every
    /// descendant, keeps them all (even those that leave the group) and stops the whole tree
    /// when the fence's deadline passes or this process dies.
    std::shared_ptr<RunFence> fence;
    /// One pipe for stdout and stderr: lines are kept in the exact order they were printed (two
    /// pipes read in turn cannot tell which came first), at the cost of not knowing which stream
    /// a line was on; for programs whose error lines are told by their style (artisan --ansi).
    bool mergeOutput = false;
};

struct ProcessResult
{
    enum class Stop
    {
        None,    ///< ended by itself
        Timeout, ///< stopped because it ran past its timeout
        Cancel,  ///< stopped because the run was cancelled
    };

    bool started = false;
    QString startError; ///< translated, when it could not start
    int exitCode = -1;  ///< valid when exitSignal == 0
    int exitSignal = 0; ///< the signal that ended it (SIGTERM, SIGKILL, SIGSEGV, …)
    Stop stop = Stop::None;
    bool killed =
        false; ///< SIGTERM was not enough (the program or one of its children): SIGKILL after the grace
    qint64 durationMs = 0;
    /// Processes the command left behind when it exited, which the shim then stopped.
    int leftovers = 0;
    /// The shim stopped the tree on its own because the fence's deadline passed.
    bool fenced = false;
    /// The signal that really ended the tree when it was stopped ("SIGTERM" or "SIGKILL").
    QString endedBy() const { return killed ? QStringLiteral("SIGKILL") : QStringLiteral("SIGTERM"); }
};

/// Runs one program in a process group of its own, captures its output into an OutputCapture
/// as it arrives, and ends the whole group (the program and anything it spawned) on timeout or
/// cancel: SIGTERM, then SIGKILL after the grace. Blocking; call it from the task's worker thread.
namespace ProcessSupervisor {

/// @p onOutput, if set, is called on this thread after new output was captured, at most every
/// @p outputIntervalMs (a watcher's live view).
ProcessResult run(const ProcessSpec &spec, OutputCapture &capture, const std::atomic_bool *cancel,
                  const std::function<void()> &onOutput = {}, qint64 outputIntervalMs = 1000);

/// The name of a signal ("SIGTERM").
QString signalName(int signal);

/// Where cxcron-shim is: $CXCRON_SHIM, beside the executable (../libexec/cxcron/ of a relocatable
/// install, or the same folder), the installed path, or this build tree. Empty if none exists.
QString shimPath();

} // namespace ProcessSupervisor
} // namespace cxcron
