// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostinfo.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <csignal>
#include <pwd.h>
#include <unistd.h>

namespace cxcron::HostInfo {

QString hostName()
{
    const QString fake = qEnvironmentVariable("CXCRON_HOSTNAME"); // multi-host simulations
    if (!fake.isEmpty())
        return fake;
    char buffer[256] = {};
    if (gethostname(buffer, sizeof buffer - 1) == 0)
        return QString::fromLocal8Bit(buffer);
    return QStringLiteral("localhost");
}

QString userName()
{
    if (const passwd *pw = getpwuid(geteuid()))
        return QString::fromLocal8Bit(pw->pw_name);
    return qEnvironmentVariable("USER", QStringLiteral("unknown"));
}

qint64 pid()
{
    return QCoreApplication::applicationPid();
}

bool isProcessAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

QString instanceId()
{
    QByteArray identity = hostName().toUtf8();
    QFile boot(QStringLiteral("/proc/sys/kernel/random/boot_id"));
    if (boot.open(QIODevice::ReadOnly))
        identity += '|' + boot.read(64).trimmed();
    identity += '|' + QFileInfo(QStringLiteral("/proc/self/ns/pid")).symLinkTarget().toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(identity, QCryptographicHash::Sha1).toHex().left(12));
}

} // namespace cxcron::HostInfo
