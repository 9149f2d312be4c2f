// SPDX-License-Identifier: GPL-3.0-or-later
#include "outputpipes.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

namespace cxcron {
namespace {
/// A pipe the command fills faster than it is read (a flood) is enlarged to
/// this (Linux lets any user go up to 1 MiB, /proc/sys/fs/pipe-max-size): the command blocks, and
/// wakes us, 16 times less often; measured, about 10 % of the CPU a coloured flood costs. Only
/// then: pipe buffers count against the user's quota (pipe-user-pages-soft, 64 MiB), which the
/// CMS user's other processes share, and most commands print little.
constexpr int kPipeSize = 1024 * 1024;
constexpr qsizetype kDefaultPipeSize = 64 * 1024;
/// What the capture is given at once: its tail is trimmed between slices, so that its buffer stays
/// at the size it reserved.
constexpr qsizetype kSliceSize = 64 * 1024;

void closeFd(int &fd)
{
    if (fd >= 0)
        ::close(fd);
    fd = -1;
}
} // namespace

OutputPipes::OutputPipes(bool merged)
    : m_buffer(new char[kDefaultPipeSize])
    , m_bufferSize(kDefaultPipeSize)
{
    for (int i = 0; i < (merged ? 1 : 2); ++i) {
        int fds[2];
        // Close-on-exec: no other command started meanwhile by another thread inherits them.
        if (::pipe2(fds, O_CLOEXEC) != 0) {
            m_error = QString::fromLocal8Bit(std::strerror(errno));
            return;
        }
        m_read[i] = fds[0];
        m_write[i] = fds[1];
        // Only our end: the command's end stays blocking, as a terminal or a file would be.
        ::fcntl(fds[0], F_SETFL, ::fcntl(fds[0], F_GETFL) | O_NONBLOCK);
    }
}

OutputPipes::~OutputPipes()
{
    for (int i = 0; i < 2; ++i) {
        closeFd(m_read[i]);
        closeFd(m_write[i]);
    }
}

void OutputPipes::attachInChild() const
{
    // dup2 clears close-on-exec on the copy: the command keeps 1 and 2 across exec.
    ::dup2(m_write[0], STDOUT_FILENO);
    ::dup2(m_write[1] >= 0 ? m_write[1] : m_write[0], STDERR_FILENO);
}

void OutputPipes::closeWriteEnds()
{
    closeFd(m_write[0]);
    closeFd(m_write[1]);
}

bool OutputPipes::readOnce(int i, OutputCapture &capture)
{
    for (;;) {
        const ssize_t n = ::read(m_read[i], m_buffer.get(), size_t(m_bufferSize));
        if (n > 0) {
            const auto stream = i == 1 ? OutputCapture::Stream::Err : OutputCapture::Stream::Out;
            // fromRawData: the capture reads the buffer in place, nothing is allocated or copied.
            for (qsizetype at = 0; at < n; at += kSliceSize)
                capture.append(stream, QByteArray::fromRawData(m_buffer.get() + at,
                                                               qMin<qsizetype>(kSliceSize, n - at)));
            if (n >= kDefaultPipeSize / 2 && !m_enlarged[i]) {
                // Half a pipe waited at once (a full one may hold less: a page per write): a
                // flood the runner is behind on. Refused (the user's quota), 64 KiB still works.
                m_enlarged[i] = true;
                if (::fcntl(m_read[i], F_SETPIPE_SZ, kPipeSize) >= 0 && m_bufferSize < kPipeSize) {
                    m_buffer.reset(new char[kPipeSize]);
                    m_bufferSize = kPipeSize;
                }
            }
            return true;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK))
            closeFd(m_read[i]); // end of file (or a broken pipe: nothing more will come)
        return false;
    }
}

bool OutputPipes::readReady(OutputCapture &capture, int timeoutMs)
{
    pollfd fds[2];
    int count = 0;
    int index[2];
    for (int i = 0; i < 2; ++i) {
        if (m_read[i] >= 0) {
            fds[count] = pollfd{m_read[i], POLLIN, 0};
            index[count++] = i;
        }
    }
    const int ready = ::poll(fds, nfds_t(count), timeoutMs);
    if (ready <= 0)
        return false;
    // Both ready in this instant: which was written first cannot be known; stdout first.
    bool read = false;
    for (int k = 0; k < count; ++k)
        if (fds[k].revents & (POLLIN | POLLHUP | POLLERR))
            read = readOnce(index[k], capture) || read;
    return read;
}

void OutputPipes::drain(OutputCapture &capture, qint64 maxBytes)
{
    const qint64 start = capture.totalBytes();
    for (bool more = true; more && capture.totalBytes() - start < maxBytes;) {
        more = false;
        for (int i = 0; i < 2; ++i)
            if (m_read[i] >= 0 && readOnce(i, capture))
                more = true;
    }
}

} // namespace cxcron
