// SPDX-License-Identifier: GPL-3.0-or-later
#include "runfence.h"

#include "logging.h"

#include <QDir>
#include <QFile>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fcntl.h>
#include <unistd.h>

namespace cxcron {

RunFence::RunFence(const QString &marker)
    : m_marker(marker)
{
    QByteArray pattern = QFile::encodeName(QDir::tempPath() + QStringLiteral("/cxcron-fence-XXXXXX"));
    const int fd = ::mkstemp(pattern.data()); // 0600: only this user's processes read it
    if (fd < 0) {
        qCWarning(lcRunner) << "cannot create a fence file in" << QDir::tempPath() << ":" << strerror(errno);
        return;
    }
    ::close(fd);
    m_path = QFile::decodeName(pattern);
}

RunFence::~RunFence()
{
    if (!m_path.isEmpty()) {
        QFile::remove(m_path);
        QFile::remove(m_path + QStringLiteral(".new"));
    }
}

qint64 RunFence::nowMs()
{
    timespec ts{};
    clock_gettime(CLOCK_BOOTTIME, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

void RunFence::extendTo(qint64 deadlineMs)
{
    qint64 current = m_deadline.load();
    while (deadlineMs > current && !m_deadline.compare_exchange_weak(current, deadlineMs)) {
    }
    if (m_path.isEmpty() || deadlineMs < current)
        return;
    // Written beside and renamed over: the shim never reads half a number.
    const QByteArray next = QFile::encodeName(m_path + QStringLiteral(".new"));
    const int fd = ::open(next.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return;
    char text[32];
    const int n = std::snprintf(text, sizeof text, "%lld\n", static_cast<long long>(deadlineMs));
    const bool written = ::write(fd, text, size_t(n)) == n;
    ::close(fd);
    if (written)
        ::rename(next.constData(), QFile::encodeName(m_path).constData());
}

} // namespace cxcron
