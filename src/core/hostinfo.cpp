// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostinfo.h"

#include <QCoreApplication>
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

} // namespace cxcron::HostInfo
