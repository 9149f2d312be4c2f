// SPDX-License-Identifier: GPL-3.0-or-later
#include "sshcommand.h"

#include "logging.h"
#include "secretenv.h"
#include "sshhostkeys.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

namespace cxcron::Ssh {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Ssh)
};

// ssh's own explanation: its last meaningful line, without the "ssh: " prefix.
QString lastLine(const QString &text)
{
    const QStringList lines = text.split(QRegularExpression(QStringLiteral("[\r\n]+")), Qt::SkipEmptyParts);
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        QString line = it->trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1String("Warning: Permanently added")))
            continue;
        if (line.startsWith(QLatin1String("ssh: ")))
            line = line.mid(5);
        return line;
    }
    return Tr::tr("ssh ended without a message");
}

// ssh expands %-tokens in a known_hosts file name, and splits an -o value at blanks unless it
// is quoted.
QString optionPath(const QString &path)
{
    const QString escaped = QString(path).replace(u'%', QStringLiteral("%%"));
    return escaped.contains(u' ') || escaped.contains(u'\t') ? u'"' + escaped + u'"' : escaped;
}

QString credentials(const SshSettings &ssh)
{
    return ssh.keyFile.isEmpty() ? Tr::tr("the ssh-agent's keys and the default keys of ~/.ssh")
                                 : Tr::tr("the key %1").arg(ssh.keyFile);
}

} // namespace

QStringList arguments(const SshSettings &ssh)
{
    if (ssh.host.isEmpty())
        throw SshError(SshFailure::Other, Tr::tr("No SSH server is given."));
    if (ssh.effectiveKnownHostsFile().contains(u'"'))
        throw SshError(SshFailure::Other, Tr::tr("The known hosts file name must not contain '\"'."));
    QStringList args{QStringLiteral("-T"),
                     // Never a prompt: no password on a terminal, no askpass window, no "yes/no"
                     // for an unknown host key (the GUI asks that itself, with the fingerprint).
                     QStringLiteral("-o"), QStringLiteral("BatchMode=yes"), QStringLiteral("-o"),
                     QStringLiteral("StrictHostKeyChecking=yes"), QStringLiteral("-o"),
                     QStringLiteral("UserKnownHostsFile=") + optionPath(ssh.effectiveKnownHostsFile()),
                     QStringLiteral("-o"), QStringLiteral("ConnectTimeout=10"), QStringLiteral("-o"),
                     QStringLiteral("ServerAliveInterval=15"), QStringLiteral("-o"),
                     QStringLiteral("ServerAliveCountMax=3"), QStringLiteral("-p"),
                     QString::number(ssh.port)};
    if (!ssh.keyFile.isEmpty()) {
        // ssh checks an -i file under its literal name, then opens it with its %-tokens expanded.
        if (ssh.keyFile.contains(u'%'))
            throw SshError(SshFailure::KeyFile,
                           Tr::tr("ssh cannot use the key file %1: its name contains '%', which ssh reads "
                                  "as a token. Rename the file or link it under another name.")
                               .arg(ssh.keyFile));
        const QFileInfo key(ssh.keyFile);
        if (!key.isFile() || !key.isReadable())
            throw SshError(SshFailure::KeyFile,
                           Tr::tr("The SSH key file %1 does not exist or cannot be read.").arg(ssh.keyFile));
        // Only this key (or the agent's copy of it): a dozen agent keys would hit MaxAuthTries.
        args << QStringLiteral("-i") << key.absoluteFilePath() << QStringLiteral("-o")
             << QStringLiteral("IdentitiesOnly=yes");
    }
    if (!ssh.user.isEmpty())
        args << QStringLiteral("-l") << ssh.user;
    args << QStringLiteral("--") << ssh.host;
    return args;
}

void fail(const SshSettings &ssh, const QByteArray &stderrBytes)
{
    const QString text = QString::fromLocal8Bit(stderrBytes);
    const QString line = lastLine(text);
    const QString server = ssh.target();
    const QString knownHosts = ssh.effectiveKnownHostsFile();
    qCInfo(lcDb).noquote() << "ssh to" << server << "failed:" << line;

    if (text.contains(QLatin1String("REMOTE HOST IDENTIFICATION HAS CHANGED")) ||
        text.contains(QLatin1String("has changed and you have requested strict checking")))
        throw SshError(
            SshFailure::HostKeyChanged,
            Tr::tr("The host key of the SSH server %1 has CHANGED since it was recorded in %2. "
                   "Someone may be intercepting the connection, or the server was reinstalled. "
                   "cxcron does not connect. Ask the server's administrator for its key "
                   "fingerprint; only if it matches, remove the old key (ssh-keygen -R %3 -f %2) "
                   "and connect again to accept the new one.")
                .arg(server, knownHosts,
                     ssh.port == 22 ? ssh.host : QStringLiteral("'[%1]:%2'").arg(ssh.host).arg(ssh.port)));
    static const QRegularExpression unknownKey(QStringLiteral("No (\\S+) host key is known for"));
    const QRegularExpressionMatch unknown = unknownKey.match(text);
    if (unknown.hasMatch() || text.contains(QLatin1String("Host key verification failed"))) {
        const QString type = unknown.hasMatch() ? unknown.captured(1) : QString();
        const SshHostKey key = SshHostKeys::scan(ssh, type);
        const QString intro =
            Tr::tr("The SSH server %1 is not known yet (its host key is not in %2).").arg(server, knownHosts);
        if (!key.isValid())
            throw SshError(SshFailure::UnknownHostKey,
                           intro + u' ' + Tr::tr("Its key could not be read (ssh-keyscan failed)."));
        throw SshError(SshFailure::UnknownHostKey,
                       intro + u' ' +
                           Tr::tr("Its %1 key fingerprint is %2. Compare it with the server's own "
                                  "(ssh-keygen -lf /etc/ssh/ssh_host_%3_key.pub, run on the server) before "
                                  "accepting it (Test connection in cxcron-gui offers to; or connect once "
                                  "with ssh and answer yes).")
                               .arg(key.type, key.fingerprint, key.type.toLower()),
                       key);
    }
    if (text.contains(QLatin1String("UNPROTECTED PRIVATE KEY FILE")) ||
        text.contains(QLatin1String("bad permissions")))
        throw SshError(SshFailure::KeyFile, Tr::tr("ssh refuses the key file %1 because other users can read "
                                                   "it. Run: chmod 600 %1")
                                                .arg(ssh.keyFile));
    if (text.contains(QLatin1String("Permission denied")) ||
        text.contains(QLatin1String("Too many authentication failures")))
        throw SshError(SshFailure::AuthenticationRefused,
                       Tr::tr("The SSH server %1 refused the login with %2. Check the user name and that "
                              "the public key is in ~/.ssh/authorized_keys on the server; a key protected "
                              "by a passphrase must be loaded into ssh-agent (ssh-add): cxcron never asks "
                              "for a password.")
                           .arg(server, credentials(ssh)));
    if (text.contains(QLatin1String("Connection refused")))
        throw SshError(SshFailure::ConnectionRefused,
                       Tr::tr("The SSH server %1 refused the connection: nothing listens on port %2 there, "
                              "or a firewall rejects it.")
                           .arg(server)
                           .arg(ssh.port));
    for (const char *unreachable :
         {"Could not resolve hostname", "No route to host", "Network is unreachable", "timed out",
          "Connection closed by", "Connection reset"})
        if (text.contains(QLatin1String(unreachable)))
            throw SshError(SshFailure::Unreachable,
                           Tr::tr("Cannot reach the SSH server %1: %2").arg(server, line));
    if (text.contains(QLatin1String("forwarding")) || text.contains(QLatin1String("cannot listen")) ||
        text.contains(QLatin1String("Address already in use")))
        throw SshError(SshFailure::ForwardFailed,
                       Tr::tr("ssh could not open the tunnel through %1: %2").arg(server, line));
    throw SshError(SshFailure::Other, Tr::tr("SSH to %1 failed: %2").arg(server, line));
}

QString shellQuoted(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

QByteArray readRemoteFile(const SshSettings &ssh, const QString &path, int timeoutMs)
{
    if (path.trimmed().isEmpty())
        throw SshError(SshFailure::RemoteCommand, Tr::tr("No file to read on the SSH server is given."));
    QProcess process;
    process.setProcessEnvironment(SecretEnvironment::childEnvironment());
    process.setStandardInputFile(QProcess::nullDevice());
    // One argument, one remote shell word: the path is quoted, never interpreted.
    process.start(QStringLiteral("ssh"), arguments(ssh) << QStringLiteral("cat -- ") + shellQuoted(path));
    if (!process.waitForStarted(10000))
        throw SshError(SshFailure::NotInstalled,
                       Tr::tr("The OpenSSH client (ssh) cannot be started: %1 (Debian: apt-get install "
                              "openssh-client).")
                           .arg(process.errorString()));
    constexpr qint64 limit = 1024 * 1024;
    QByteArray out;
    QElapsedTimer clock;
    clock.start();
    while (process.state() != QProcess::NotRunning) {
        if (clock.elapsed() > timeoutMs) {
            process.kill();
            process.waitForFinished(2000);
            throw SshError(SshFailure::Timeout,
                           Tr::tr("Reading %1 on %2 took more than %n seconds.", nullptr, timeoutMs / 1000)
                               .arg(path, ssh.target()));
        }
        process.waitForFinished(100);
        out += process.readAllStandardOutput();
        if (out.size() > limit) {
            process.kill();
            process.waitForFinished(2000);
            throw SshError(SshFailure::RemoteCommand,
                           Tr::tr("%1 on %2 is larger than 1 MiB: not a .env file.").arg(path, ssh.target()));
        }
    }
    out += process.readAllStandardOutput();
    const QByteArray err = process.readAllStandardError();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() == 255)
        fail(ssh, err);
    if (process.exitCode() != 0)
        throw SshError(SshFailure::RemoteCommand,
                       Tr::tr("Cannot read %1 on %2: %3")
                           .arg(path, ssh.target(), lastLine(QString::fromLocal8Bit(err))));
    return out;
}

} // namespace cxcron::Ssh
