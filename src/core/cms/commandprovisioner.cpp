// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandprovisioner.h"

#include "logging.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>

namespace cxcron {
namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Provisioner)
};

constexpr int kMaxCapturedChars = 4000;

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

ProvisionResult CommandProvisioner::perform(ProvisionAction action, const QJsonObject &service)
{
    const QString key = provisionActionKey(action);
    if (m_program.isEmpty())
        return ProvisionResult::failure(Tr::tr("No provisioning command is configured."));

    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CXCRON_ACTION"), key);
    env.insert(QStringLiteral("CXCRON_SERVICE_ID"),
               QString::number(service.value(QStringLiteral("id")).toInteger()));
    process.setProcessEnvironment(env);
    process.setProgram(m_program);
    process.setArguments(m_arguments + QStringList{key});
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

    if (!process.waitForFinished(m_timeoutSeconds * 1000)) {
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
