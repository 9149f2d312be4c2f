// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandprovisioner.h"

#include "logging.h"
#include "secretenv.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <csignal>
#include <unistd.h>

namespace cxcron {
namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Provisioner)
};

constexpr int kMaxCapturedChars = 4000;
constexpr int kCancelGraceMs = 3000; ///< between SIGTERM and SIGKILL when the run is stopped

QString tail(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes).trimmed();
    if (text.size() > kMaxCapturedChars)
        text = QStringLiteral("…") + text.right(kMaxCapturedChars);
    return text;
}
} // namespace

CommandProvisioner::CommandProvisioner(const QString &commandLine, int timeoutSeconds)
    : m_timeoutSeconds(qMax(1, timeoutSeconds))
{
    m_arguments = QProcess::splitCommand(commandLine);
    if (!m_arguments.isEmpty())
        m_program = m_arguments.takeFirst();
}

ProvisionResult CommandProvisioner::perform(ProvisionAction action, const QJsonObject &service,
                                            const std::atomic_bool *cancel)
{
    const QString key = provisionActionKey(action);
    if (m_program.isEmpty())
        return ProvisionResult::failure(Tr::tr("No provisioning command is configured."));

    QProcess process;
    QProcessEnvironment env = SecretEnvironment::childEnvironment();
    env.insert(QStringLiteral("CXCRON_ACTION"), key);
    env.insert(QStringLiteral("CXCRON_SERVICE_ID"),
               QString::number(service.value(QStringLiteral("id")).toInteger()));
    process.setProcessEnvironment(env);
    process.setProgram(m_program);
    process.setArguments(m_arguments + QStringList{key});
    process.setChildProcessModifier([] { ::setsid(); }); // one signal reaches all it started
    process.start();
    if (!process.waitForStarted(10000)) {
        const QString why = process.errorString();
        return ProvisionResult::failure(
            Tr::tr("Cannot start the provisioning command %1: %2").arg(m_program, why));
    }
    const QJsonObject input{{QStringLiteral("action"), key}, {QStringLiteral("service"), service}};
    process.write(QJsonDocument(input).toJson(QJsonDocument::Compact));
    process.write("\n");
    process.closeWriteChannel();

    QElapsedTimer clock;
    clock.start();
    bool finished = false;
    while (!(finished = process.waitForFinished(100)) && clock.elapsed() < qint64(m_timeoutSeconds) * 1000) {
        if (cancel && cancel->load()) {
            // The run was stopped: so is the panel call, and it is not held against the service.
            const pid_t group = pid_t(process.processId());
            ::kill(-group, SIGTERM);
            if (!process.waitForFinished(kCancelGraceMs))
                ::kill(-group, SIGKILL);
            process.waitForFinished(1000);
            ::kill(-group, SIGKILL); // what it started must not outlive the stop
            qCInfo(lcTasks) << "provisioning command stopped by the run's cancellation:" << m_program << key;
            ProvisionResult r = ProvisionResult::failure(
                Tr::tr("The provisioning command %1 (%2) was stopped because the run was stopped.")
                    .arg(m_program, key),
                -1, tail(process.readAllStandardError()));
            r.cancelled = true;
            return r;
        }
    }
    if (!finished) {
        process.kill();
        process.waitForFinished(3000);
        qCWarning(lcTasks) << "provisioning command timed out:" << m_program << key;
        return ProvisionResult::failure(
            Tr::tr("The provisioning command %1 (%2) did not finish within %3 s and was killed.")
                .arg(m_program, key)
                .arg(m_timeoutSeconds),
            -1, tail(process.readAllStandardError()));
    }
    const QString err = tail(process.readAllStandardError());
    ProvisionResult result;
    result.stdoutText = tail(process.readAllStandardOutput());
    result.stderrText = err;
    if (process.exitStatus() == QProcess::CrashExit) {
        result.ok = false;
        result.exitCode = -1;
        result.error = Tr::tr("The provisioning command %1 (%2) crashed.").arg(m_program, key);
    } else if (process.exitCode() != 0) {
        result.ok = false;
        result.exitCode = process.exitCode();
        const QString firstLine = err.section(u'\n', -1).trimmed();
        result.error = firstLine.isEmpty()
                           ? Tr::tr("The provisioning command %1 (%2) failed with exit code %3.")
                                 .arg(m_program, key)
                                 .arg(result.exitCode)
                           : Tr::tr("The provisioning command %1 (%2) failed with exit code %3: %4")
                                 .arg(m_program, key)
                                 .arg(result.exitCode)
                                 .arg(firstLine);
    }
    return result;
}

} // namespace cxcron
