// SPDX-License-Identifier: GPL-3.0-or-later
#include "processsupervisor.h"

#include "commandexitfile.h"
#include "logging.h"
#include "outputpipes.h"
#include "processsweep.h"
#include "runfence.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QThread>
#include <csignal>
#include <cstring>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace cxcron::ProcessSupervisor {
namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProcessSupervisor)
};

void signalGroup(qint64 pid, int signal)
{
    if (pid > 0)
        ::kill(-pid_t(pid), signal); // the group leader's pid is the group id (setsid in the child)
}

/// How often the command's end is looked for while its output keeps coming.
constexpr qint64 kExitCheckMs = 50;

QString startFailure(const ProcessSpec &spec, const QProcess &process)
{
    if (!spec.workingDirectory.isEmpty()) {
        const QFileInfo dir(spec.workingDirectory);
        if (!dir.exists())
            return Tr::tr("The working directory %1 does not exist.").arg(spec.workingDirectory);
        if (!dir.isDir() || !dir.isExecutable())
            return Tr::tr("The working directory %1 cannot be entered (permission denied).")
                .arg(spec.workingDirectory);
    }
    const QString program =
        spec.program.contains(u'/')
            ? spec.program
            : QStandardPaths::findExecutable(
                  spec.program,
                  spec.environment.value(QStringLiteral("PATH")).split(u':', Qt::SkipEmptyParts));
    if (program.isEmpty())
        return Tr::tr("The program \"%1\" was not found (not in PATH).").arg(spec.program);
    const QFileInfo file(program);
    if (!file.exists())
        return Tr::tr("The program %1 does not exist.").arg(program);
    if (!file.isExecutable() || file.isDir())
        return Tr::tr("The program %1 is not executable.").arg(program);
    return Tr::tr("Cannot start %1: %2").arg(program, process.errorString());
}

// What the shim wrote when it ended: "key=value" lines.
QHash<QByteArray, QByteArray> readStatus(QFile &file)
{
    QHash<QByteArray, QByteArray> status;
    file.seek(0);
    for (const QByteArray &line : file.readAll().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            status.insert(line.left(eq), line.mid(eq + 1));
    }
    return status;
}

} // namespace

QString shimPath()
{
    const QString fromEnv = qEnvironmentVariable("CXCRON_SHIM");
    if (!fromEnv.isEmpty())
        return QFileInfo(fromEnv).isExecutable() ? fromEnv : QString();
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList candidates{appDir + QStringLiteral("/../libexec/cxcron/cxcron-shim"),
                                 appDir + QStringLiteral("/cxcron-shim"),
                                 QStringLiteral(CXCRON_SHIM_INSTALLED), QStringLiteral(CXCRON_SHIM_BUILT)};
    for (const QString &candidate : candidates) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return info.canonicalFilePath();
    }
    return {};
}

QString signalName(int signal)
{
    switch (signal) {
    case SIGTERM:
        return QStringLiteral("SIGTERM");
    case SIGKILL:
        return QStringLiteral("SIGKILL");
    case SIGINT:
        return QStringLiteral("SIGINT");
    case SIGSEGV:
        return QStringLiteral("SIGSEGV");
    case SIGABRT:
        return QStringLiteral("SIGABRT");
    case SIGHUP:
        return QStringLiteral("SIGHUP");
    case SIGPIPE:
        return QStringLiteral("SIGPIPE");
    case SIGBUS:
        return QStringLiteral("SIGBUS");
    default:
        return QStringLiteral("signal %1").arg(signal);
    }
}

ProcessResult run(const ProcessSpec &spec, OutputCapture &capture, const std::atomic_bool *cancel,
                  const std::function<void()> &onOutput, qint64 outputIntervalMs)
{
    ProcessResult result;
    QElapsedTimer timer;
    timer.start();
    QProcess process;
    // The output is read from pipes of our own, not through QProcess: each stream as soon as it
    // has data (lines keep the order they arrived in across stdout and stderr), and one copy
    // fewer. The shim does not touch them: the command inherits them through it.
    OutputPipes pipes(spec.mergeOutput);
    if (!pipes.error().isEmpty()) {
        result.startError = Tr::tr("Cannot create the pipes for the command's output: %1").arg(pipes.error());
        return result;
    }
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    QProcessEnvironment environment = spec.environment;
    QTemporaryFile status(QDir::tempPath() + QStringLiteral("/cxcron-status-XXXXXX"));
    const bool shimmed = spec.fence != nullptr;
    if (shimmed) {
        const QString shim = shimPath();
        if (shim.isEmpty() || spec.fence->filePath().isEmpty() || !status.open()) {
            // Without the shim nothing would keep the command within its lease: refuse to run.
            result.startError =
                shim.isEmpty()
                    ? Tr::tr("cxcron-shim was not found (looked beside %1 and in %2); "
                             "reinstall cxcron.")
                          .arg(QCoreApplication::applicationDirPath(), QStringLiteral(CXCRON_SHIM_INSTALLED))
                    : Tr::tr("Cannot create the run's private files in %1.").arg(QDir::tempPath());
            return result;
        }
        environment.insert(RunFence::markerVariable(), spec.fence->marker());
        process.setProgram(shim);
        QStringList shimArguments{
            QStringLiteral("--parent"),   QString::number(QCoreApplication::applicationPid()),
            QStringLiteral("--fence"),    spec.fence->filePath(),
            QStringLiteral("--status"),   status.fileName(),
            QStringLiteral("--grace-ms"), QString::number(spec.killGraceMs)};
        const QString exitFile = CommandExitFile::pathFor(spec.fence->marker());
        if (!exitFile.isEmpty())
            shimArguments << QStringLiteral("--exit-file") << exitFile;
        process.setArguments(shimArguments + QStringList{QStringLiteral("--"), spec.program} +
                             spec.arguments);
    } else {
        process.setProgram(spec.program);
        process.setArguments(spec.arguments);
        // A session of its own: one signal reaches the command and every process it started;
        // and it dies with this thread if the runner is killed.
        process.setChildProcessModifier([&pipes] {
            ::setsid();
            ::prctl(PR_SET_PDEATHSIG, SIGKILL);
            pipes.attachInChild();
        });
    }
    if (shimmed)
        process.setChildProcessModifier([&pipes] { pipes.attachInChild(); });
    process.setProcessEnvironment(environment);
    if (!spec.workingDirectory.isEmpty())
        process.setWorkingDirectory(spec.workingDirectory);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start();
    pipes.closeWriteEnds();
    if (!process.waitForStarted(30000)) {
        result.startError = startFailure(spec, process);
        result.durationMs = timer.elapsed();
        return result;
    }
    result.started = true;
    const qint64 pid = process.processId();
    qint64 termSentAt = -1;
    qint64 reportedBytes = 0;
    qint64 reportedAt = -outputIntervalMs;
    // The shim ends the tree itself within the grace; it is killed only if it does not.
    const qint64 lastResortMs = shimmed ? spec.killGraceMs + 5000 : spec.killGraceMs;
    bool shimKilled = false;
    qint64 exitCheckedAt = 0;
    for (;;) {
        if (pipes.atEnd()) {
            // The output is closed (the pipes close as the command exits, an instant before it
            // can be reaped): wait for the end itself.
            if (process.state() == QProcess::NotRunning || process.waitForFinished(50))
                break;
        } else {
            const bool read = pipes.readReady(capture, 50);
            // The end is looked for when the output pauses, and now and then during a flood (a
            // descendant may keep the pipes open after the command exited).
            const qint64 now = timer.elapsed();
            if (!read || now - exitCheckedAt >= kExitCheckMs) {
                exitCheckedAt = now;
                if (process.state() == QProcess::NotRunning || process.waitForFinished(0))
                    break;
            }
        }
        const qint64 elapsed = timer.elapsed();
        if (onOutput && capture.totalBytes() != reportedBytes && elapsed - reportedAt >= outputIntervalMs) {
            reportedBytes = capture.totalBytes();
            reportedAt = elapsed;
            onOutput();
        }
        if (termSentAt < 0) {
            if (cancel && cancel->load())
                result.stop = ProcessResult::Stop::Cancel;
            else if (elapsed > spec.timeoutMs)
                result.stop = ProcessResult::Stop::Timeout;
            if (result.stop != ProcessResult::Stop::None) {
                qCInfo(lcTasks).noquote() << "stopping" << spec.program << "(pid" << pid << ") with SIGTERM";
                if (shimmed)
                    ::kill(pid_t(pid), SIGTERM); // the shim passes it to the whole tree
                else
                    signalGroup(pid, SIGTERM);
                termSentAt = elapsed;
            }
        } else if (!result.killed && !shimKilled && elapsed - termSentAt > lastResortMs) {
            qCWarning(lcTasks).noquote() << spec.program << "(pid" << pid << ") ignored SIGTERM; SIGKILL";
            if (shimmed) {
                ::kill(pid_t(pid), SIGKILL);
                shimKilled = true;
            } else {
                signalGroup(pid, SIGKILL);
                result.killed = true;
            }
        }
    }
    // What the command wrote before it ended is in the pipes; a descendant still writing is
    // not waited for (bounded: two full pipes' worth and more).
    pipes.drain(capture, 4 * 1024 * 1024);
    capture.finish();
    if (shimmed) {
        const auto shimStatus = readStatus(status);
        result.killed = shimKilled || shimStatus.value("signal") == "KILL";
        result.leftovers = shimStatus.value("leftovers").toInt();
        const QByteArray why = shimStatus.value("stop");
        result.fenced = why == "fence" || why == "parent-died";
        if (result.fenced && result.stop == ProcessResult::Stop::None)
            result.stop = ProcessResult::Stop::Cancel;
        if (shimKilled) // the shim itself did not end: sweep what it left by the run's marker
            ProcessSweep::killMarked(spec.fence->marker(), 5000);
        if (shimStatus.value("exec_errno").toInt() != 0) {
            result.started = false;
            result.startError = startFailure(spec, process);
        }
    } else if (result.stop != ProcessResult::Stop::None && !result.killed) {
        // The leader ended; children of the group that ignore SIGTERM get the rest of the grace,
        // then SIGKILL: then it was SIGKILL that ended the group, and the result says so.
        while (::kill(-pid_t(pid), 0) == 0 && timer.elapsed() - termSentAt <= spec.killGraceMs)
            QThread::msleep(20);
        if (::kill(-pid_t(pid), 0) == 0) {
            qCWarning(lcTasks).noquote()
                << spec.program << "(pid" << pid << ") left children that ignored SIGTERM; SIGKILL";
            signalGroup(pid, SIGKILL);
            result.killed = true;
        }
    }
    if (process.exitStatus() == QProcess::CrashExit) {
        result.exitSignal = process.exitCode(); // QProcess reports the signal number there
        if (result.exitSignal == 0)
            result.exitSignal = result.killed ? SIGKILL : SIGTERM;
    } else {
        result.exitCode = process.exitCode();
    }
    result.durationMs = timer.elapsed();
    return result;
}

} // namespace cxcron::ProcessSupervisor
