// SPDX-License-Identifier: GPL-3.0-or-later
#include "privatefile.h"

#include <QFileInfo>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cxcron::PrivateFile {

QFileDevice::Permissions modeFor(const QString &path)
{
    QFileDevice::Permissions mode = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    struct stat folder = {};
    const QByteArray dir = QFileInfo(path).absolutePath().toLocal8Bit();
    if (::stat(dir.constData(), &folder) == 0 && (folder.st_mode & S_ISGID))
        mode |= QFileDevice::ReadGroup;
    return mode;
}

bool createIfMissing(const QString &path)
{
    const QFileDevice::Permissions perms = modeFor(path);
    const mode_t mode = S_IRUSR | S_IWUSR | ((perms & QFileDevice::ReadGroup) ? S_IRGRP : 0);
    const QByteArray name = path.toLocal8Bit();
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0)
        return errno == EEXIST;
    // The umask may have taken bits away, never added: set exactly the mode meant.
    ::fchmod(fd, mode);
    ::close(fd);
    return true;
}

} // namespace cxcron::PrivateFile
