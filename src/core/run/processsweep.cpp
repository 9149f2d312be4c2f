// SPDX-License-Identifier: GPL-3.0-or-later
#include "processsweep.h"

#include "runfence.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QThread>
#include <csignal>
#include <unistd.h>

namespace cxcron::ProcessSweep {
namespace {

bool isZombieOrGone(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray text = stat.read(512);
    const qsizetype end = text.lastIndexOf(')');
    return end < 0 || text.mid(end + 2, 1) == "Z";
}

} // namespace

QList<qint64> findMarked(const QString &marker)
{
    const QByteArray needle = (RunFence::markerVariable() + u'=' + marker).toUtf8();
    QList<qint64> result;
    const qint64 self = ::getpid();
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok || pid == self)
            continue;
        QFile environ(QStringLiteral("/proc/%1/environ").arg(pid));
        if (!environ.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> variables = environ.readAll().split('\0');
        if (variables.contains(needle) && !isZombieOrGone(pid))
            result << pid;
    }
    return result;
}

int killMarked(const QString &marker, int waitMs, bool *allGone)
{
    QSet<qint64> killed;
    QList<qint64> left = findMarked(marker);
    for (int waited = 0;; waited += 50) {
        for (const qint64 pid : left) {
            if (::kill(pid_t(pid), SIGKILL) == 0)
                killed.insert(pid);
        }
        QThread::msleep(50);
        left = findMarked(marker); // again: a fork racing the kill is caught next round
        if (left.isEmpty() || waited >= waitMs)
            break;
    }
    if (allGone)
        *allGone = left.isEmpty();
    return int(killed.size());
}

} // namespace cxcron::ProcessSweep
