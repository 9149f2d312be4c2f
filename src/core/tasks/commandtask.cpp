// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandtask.h"

#include "laravelexception.h"
#include "logging.h"
#include "processsupervisor.h"
#include "secretenv.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <limits>

namespace cxcron {
namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandTask)
};

QStringList lastLines(const OutputCapture &capture, int count)
{
    const auto lines = capture.keptLines();
    QStringList result;
    for (qsizetype i = qMax<qsizetype>(0, lines.size() - count); i < lines.size(); ++i)
        result << lines.at(i).text;
    return result;
}

QProcessEnvironment childEnvironment(const TaskDefinition &d)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The runner's own secrets (database and SMTP passwords, a URL holding one) are not the
    // command's business; a task may still set one of these names for itself below.
    SecretEnvironment::removeFrom(env);
    // A terminal this wide that Laravel and Symfony wrap nothing (an exception's message in its
    // red block would otherwise get spaces inserted every 80 columns); the task may set its own.
    env.insert(QStringLiteral("COLUMNS"), QString::number(CommandTask::kTerminalColumns));
    // And a height: without LINES, Symfony's console asks `stty -a | grep columns` (three more
    // processes, about 15 ms) in every artisan command, for a terminal there is not.
    env.insert(QStringLiteral("LINES"), QString::number(CommandTask::kTerminalLines));
    for (auto it = d.environment.cbegin(); it != d.environment.cend(); ++it)
        env.insert(it.key(), it.value());
    return env;
}
} // namespace

CommandTask::CommandTask(TaskDefinition definition, CmsSite site, QString concurrencyGroup)
    : m_definition(std::move(definition))
    , m_site(std::move(site))
    , m_group(std::move(concurrencyGroup))
{}

QString CommandTask::title() const
{
    return m_definition.title.isEmpty() ? m_definition.name : m_definition.title;
}

QString CommandTask::description() const
{
    return commandLine();
}

Schedule CommandTask::defaultSchedule() const
{
    return Schedule::parse(m_definition.schedule);
}

QJsonObject CommandTask::run(TaskContext &context)
{
    using Kind = TaskDefinition::Kind;
    const QStringList argv = m_definition.argv(m_site);
    QJsonObject result{{QStringLiteral("command"), commandLine()}};
    if (m_definition.kind != Kind::Command) {
        if (m_site.root.isEmpty())
            throw TaskError(
                Tr::tr("%1 runs in the CLIENTXCMS folder, and this host has none: run cxcron with "
                       "--env /path/to/clientxcms/.env (or --cms-root).")
                    .arg(m_definition.name),
                QStringLiteral("CmsRootMissing"), {}, false);
        if (m_definition.kind == Kind::Artisan && !QFileInfo::exists(m_site.artisanPath()))
            throw TaskError(
                Tr::tr("There is no artisan file in %1: is it the root folder of a CLIENTXCMS v2 site?")
                    .arg(m_site.root),
                QStringLiteral("ArtisanNotFound"), {}, false);
    }
    ProcessSpec spec;
    spec.program = argv.first();
    spec.arguments = argv.mid(1);
    spec.workingDirectory = !m_definition.workingDirectory.isEmpty() ? m_definition.workingDirectory
                            : m_definition.kind != Kind::Command     ? m_site.root
                                                                     : QString();
    spec.environment = childEnvironment(m_definition);
    // The command may name its run (in its own logs, an idempotency key of an API call).
    spec.environment.insert(QStringLiteral("CXCRON_RUN_ID"), QString::number(context.logId()));
    spec.timeoutMs = std::numeric_limits<qint64>::max() / 2; // the runner enforces the timeout
    spec.killGraceMs = kKillGraceMs;
    spec.fence = context.fence;
    // artisan runs with --ansi: its error lines are told by their style, so one pipe can keep
    // stdout and stderr in the order they were printed.
    spec.mergeOutput = m_definition.kind == Kind::Artisan;
    OutputCapture capture;
    const ProcessResult r = ProcessSupervisor::run(spec, capture, context.cancelFlag(), [&] {
        context.publishLiveOutput(capture.tailText(kLiveTailLines, kLiveTailChars));
    });

    const QJsonObject captured = capture.toJson();
    for (auto it = captured.constBegin(); it != captured.constEnd(); ++it)
        result.insert(it.key(), it.value());
    if (!spec.workingDirectory.isEmpty())
        result.insert(QStringLiteral("cwd"), spec.workingDirectory);
    result.insert(QStringLiteral("exit_code"),
                  r.started && r.exitSignal == 0 ? QJsonValue(r.exitCode) : QJsonValue());
    if (r.exitSignal)
        result.insert(QStringLiteral("signal"), ProcessSupervisor::signalName(r.exitSignal));
    if (r.leftovers > 0) {
        // The run ends with its command: what it left running was stopped with it.
        result.insert(QStringLiteral("leftover_processes_stopped"), r.leftovers);
        qCWarning(lcTasks).noquote() << m_definition.name << "left" << r.leftovers
                                     << "processes behind; they were stopped with the run";
    }
    context.setOutput(result);

    if (!r.started)
        throw TaskError(r.startError, QStringLiteral("CommandNotStarted"), {}, false);
    if (r.stop != ProcessResult::Stop::None) {
        const CancelReason reason = context.cancelReason();
        // Name what really ended it: SIGKILL when the program or a child outlived SIGTERM.
        const QString how =
            r.killed
                ? Tr::tr("SIGTERM, then SIGKILL after %1 s because it did not stop").arg(kKillGraceMs / 1000)
            : r.exitSignal != 0 ? ProcessSupervisor::signalName(r.exitSignal)
                                : Tr::tr("SIGTERM; it then exited with code %1").arg(r.exitCode);
        result.insert(QStringLiteral("stopped"),
                      reason == CancelReason::Timeout ? QStringLiteral("timeout") : QStringLiteral("cancel"));
        result.insert(QStringLiteral("killed"), r.killed);
        context.setOutput(result);
        const QStringList tail = lastLines(capture, 20);
        if (reason == CancelReason::Timeout)
            throw TaskError(Tr::tr("The command ran past its timeout and was stopped (%1).").arg(how),
                            QStringLiteral("TimeoutError"), tail, false);
        if (reason == CancelReason::LeaseLost)
            throw TaskError(
                Tr::tr("The command was stopped (%1) because another host declared this run dead.").arg(how),
                QStringLiteral("TaskCancelled"), tail, false);
        if (reason == CancelReason::Fence || r.fenced)
            throw TaskError(
                Tr::tr("The command was stopped (%1) because the run's lease could not be renewed "
                       "in time (database unreachable, or the runner stopped): another host may "
                       "now run the task.")
                    .arg(how),
                QStringLiteral("Interrupted"), tail, false);
        if (reason == CancelReason::Shutdown)
            throw TaskError(
                Tr::tr("The command was stopped (%1) because the runner was asked to end.").arg(how),
                QStringLiteral("Interrupted"), tail, false);
        throw TaskError(Tr::tr("The run was cancelled; the command was stopped (%1).").arg(how),
                        QStringLiteral("TaskCancelled"), tail, false);
    }
    if (r.exitSignal)
        throw TaskError(
            Tr::tr("The command was killed by %1.").arg(ProcessSupervisor::signalName(r.exitSignal)),
            QStringLiteral("CommandKilled"), lastLines(capture, 20), false);
    if (r.exitCode != 0) {
        QStringList texts;
        for (const auto &line : capture.keptLines())
            texts << line.text;
        const ConsoleException e = parseConsoleException(texts);
        QStringList details;
        if (!e.location.isEmpty())
            details << Tr::tr("at %1").arg(e.location);
        details << Tr::tr("exit code %1").arg(r.exitCode);
        if (!e.isValid())
            details << lastLines(capture, 20);
        const QStringList errors = capture.errorLines();
        const QString message = e.isValid() ? e.message
                                : !errors.isEmpty()
                                    ? errors.last()
                                    : Tr::tr("The command exited with code %1.").arg(r.exitCode);
        const QString className = !e.className.isEmpty() ? e.className
                                  : e.isValid()          ? QStringLiteral("UncaughtException")
                                                         : QStringLiteral("CommandFailed");
        throw TaskError(message, className, details, false);
    }
    if (capture.errorLineCount() > 0) {
        const QStringList errors = capture.errorLines();
        const int count = int(qMin<qint64>(capture.errorLineCount(), INT_MAX));
        context.reportPartialFailure(
            QStringLiteral("ErrorOutput"),
            Tr::tr("The command succeeded but printed %n error line(s): %1", nullptr, count)
                .arg(errors.isEmpty() ? QString() : errors.first()),
            errors.join(u'\n'));
    }
    return result;
}

} // namespace cxcron
