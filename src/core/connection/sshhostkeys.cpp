// SPDX-License-Identifier: GPL-3.0-or-later
#include "sshhostkeys.h"

#include "logging.h"
#include "secretenv.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

namespace cxcron::SshHostKeys {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(SshHostKeys)
};

QByteArray run(const QString &program, const QStringList &args, const QByteArray &input = {})
{
    QProcess process;
    process.setProcessEnvironment(SecretEnvironment::childEnvironment());
    process.start(program, args);
    if (!process.waitForStarted(5000))
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(20000)) {
        process.kill();
        process.waitForFinished(2000);
        return {};
    }
    return process.exitStatus() == QProcess::NormalExit ? process.readAllStandardOutput() : QByteArray();
}

// ssh-keyscan's key type names, from ssh's ("ED25519" → "ed25519").
QString scanType(const QString &sshType)
{
    const QString t = sshType.toLower();
    if (t.startsWith(QLatin1String("ecdsa")))
        return QStringLiteral("ecdsa");
    return t;
}

} // namespace

SshHostKey scan(const SshSettings &ssh, const QString &type)
{
    QStringList args{QStringLiteral("-T"), QStringLiteral("10"), QStringLiteral("-p"),
                     QString::number(ssh.port)};
    if (!type.isEmpty())
        args << QStringLiteral("-t") << scanType(type);
    args << QStringLiteral("--") << ssh.host;
    QList<QByteArray> lines;
    for (const QByteArray &line : run(QStringLiteral("ssh-keyscan"), args).split('\n'))
        if (!line.trimmed().isEmpty() && !line.startsWith('#'))
            lines << line.trimmed();
    if (lines.isEmpty())
        return {};
    // Without a type: the one ssh prefers, ED25519, when the server has it.
    QByteArray chosen = lines.first();
    for (const QByteArray &line : lines)
        if (type.isEmpty() && line.contains(" ssh-ed25519 "))
            chosen = line;
    // "256 SHA256:abc… [host]:port (ED25519)"
    const QList<QByteArray> fields =
        run(QStringLiteral("ssh-keygen"), {QStringLiteral("-lf"), QStringLiteral("-")}, chosen + '\n')
            .trimmed()
            .split(' ');
    if (fields.size() < 3 || !fields.at(1).startsWith("SHA256:"))
        return {};
    SshHostKey key;
    key.fingerprint = QString::fromLatin1(fields.at(1));
    key.type = QString::fromLatin1(fields.last()).remove(u'(').remove(u')');
    key.knownHostsLine = QString::fromLatin1(chosen);
    return key;
}

void accept(const SshSettings &ssh, const SshHostKey &key)
{
    if (!key.isValid() || key.knownHostsLine.contains(u'\n'))
        throw Error(ErrorKind::Config, Tr::tr("No valid host key to add."));
    const QString path = ssh.effectiveKnownHostsFile();
    const QFileInfo info(path);
    if (!info.absoluteDir().exists()) {
        if (!QDir().mkpath(info.absolutePath()))
            throw Error(ErrorKind::Config, Tr::tr("Cannot create the folder %1.").arg(info.absolutePath()));
        QFile::setPermissions(info.absolutePath(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    const bool existed = info.exists();
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite | QIODevice::Append))
        throw Error(ErrorKind::Config,
                    Tr::tr("Cannot write the known hosts file %1: %2").arg(path, file.errorString()));
    QByteArray text;
    if (file.size() > 0 && file.seek(file.size() - 1) && file.peek(1) != "\n")
        text += '\n'; // a last line without its newline would swallow ours
    text += key.knownHostsLine.toLatin1() + '\n';
    file.seek(file.size());
    if (file.write(text) != text.size() || !file.flush())
        throw Error(ErrorKind::Config,
                    Tr::tr("Cannot write the known hosts file %1: %2").arg(path, file.errorString()));
    file.close();
    if (!existed)
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    qCInfo(lcDb).noquote() << "added the" << key.type << "host key" << key.fingerprint << "of" << ssh.target()
                           << "to" << path;
}

} // namespace cxcron::SshHostKeys
