// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandexitfile.h"

#include "logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cxcron::CommandExitFile {
namespace {

// One directory per user, never shared: the names in it are predictable, so nobody else may
// create or replace them.
QString privateDirectory()
{
    const QString dir = QDir::tempPath() + QStringLiteral("/cxcron-") + QString::number(::geteuid());
    const QByteArray path = QFile::encodeName(dir);
    if (::mkdir(path.constData(), 0700) != 0 && errno != EEXIST) {
        qCWarning(lcRunner) << "cannot create" << dir << ":" << strerror(errno);
        return {};
    }
    struct stat st
    {
    };
    if (::lstat(path.constData(), &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != ::geteuid() ||
        (st.st_mode & 077) != 0) {
        qCWarning(lcRunner) << dir
                            << "is not a private directory of this user; commands' exit files are not kept";
        return {};
    }
    return dir;
}

} // namespace

QString pathFor(const QString &holder)
{
    const QString dir = privateDirectory();
    if (dir.isEmpty() || holder.isEmpty())
        return {};
    const QByteArray name =
        QCryptographicHash::hash(holder.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return dir + QStringLiteral("/exit-") + QString::fromLatin1(name);
}

std::optional<Exit> read(const QString &holder)
{
    const QString path = pathFor(holder);
    if (path.isEmpty())
        return std::nullopt;
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    char buffer[512] = {};
    const ssize_t n = ::read(fd, buffer, sizeof buffer - 1);
    ::close(fd);
    if (n <= 0)
        return std::nullopt;
    Exit exit;
    bool ended = false;
    for (const QByteArray &line : QByteArray(buffer, int(n)).split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray key = line.left(eq);
        const QByteArray value = line.mid(eq + 1);
        bool ok = false;
        if (key == "stop") {
            exit.stop = QString::fromLatin1(value);
        } else if (key == "exit") {
            const int code = value.toInt(&ok);
            if (ok)
                exit.exitCode = code;
        } else if (key == "signal") {
            exit.signal = value.toInt();
        } else if (key == "end_ms") {
            const qint64 ms = value.toLongLong(&ok);
            if (ok) {
                exit.endUtc = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
                ended = true;
            }
        }
    }
    // The shim renames a complete file into place: anything else is not its record.
    if (!ended || exit.stop.isEmpty() || (!exit.exitCode && exit.signal == 0))
        return std::nullopt;
    return exit;
}

void remove(const QString &holder)
{
    const QString path = pathFor(holder);
    if (!path.isEmpty())
        ::unlink(QFile::encodeName(path).constData());
}

} // namespace cxcron::CommandExitFile
