// SPDX-License-Identifier: GPL-3.0-or-later
#include "processsupervisor.h"

#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>
#include <csignal>
#include <cstring>
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

void drain(QProcess &process, OutputCapture &capture)
{
    const QByteArray out = process.readAllStandardOutput();
    if (!out.isEmpty())
        capture.append(OutputCapture::Stream::Out, out);
    if (process.processChannelMode() == QProcess::MergedChannels)
        return;
    const QByteArray err = process.readAllStandardError();
    if (!err.isEmpty())
        capture.append(OutputCapture::Stream::Err, err);
}

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

} // namespace

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
    process.setProgram(spec.program);
    process.setArguments(spec.arguments);
    process.setProcessEnvironment(spec.environment);
    if (!spec.workingDirectory.isEmpty())
        process.setWorkingDirectory(spec.workingDirectory);
    process.setStandardInputFile(QProcess::nullDevice());
    if (spec.mergeOutput)
        process.setProcessChannelMode(QProcess::MergedChannels);
    // A session of its own: one signal reaches the command and every process it started.
    process.setChildProcessModifier([] { ::setsid(); });
    process.start();
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
    while (process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(50);
        drain(process, capture);
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
                signalGroup(pid, SIGTERM);
                termSentAt = elapsed;
            }
        } else if (!result.killed && elapsed - termSentAt > spec.killGraceMs) {
            qCWarning(lcTasks).noquote() << spec.program << "(pid" << pid << ") ignored SIGTERM; SIGKILL";
            signalGroup(pid, SIGKILL);
            result.killed = true;
        }
    }
    process.waitForFinished(1000);
    drain(process, capture);
    capture.finish();
    if (result.stop != ProcessResult::Stop::None && !result.killed) {
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
