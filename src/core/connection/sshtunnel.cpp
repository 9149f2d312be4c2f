// SPDX-License-Identifier: GPL-3.0-or-later
#include "sshtunnel.h"

#include "boundchild.h"
#include "logging.h"
#include "sshcommand.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QThread>

#include <arpa/inet.h>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

namespace cxcron {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(SshTunnel)
};

sockaddr_in loopback(int port)
{
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons(quint16(port));
    return addr;
}

// A port on 127.0.0.1 that nothing uses right now (the kernel's choice).
int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in addr = loopback(0);
    socklen_t len = sizeof addr;
    int port = 0;
    if (fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0)
        port = ntohs(addr.sin_port);
    if (fd >= 0)
        ::close(fd);
    return port;
}

// Whether something listens on 127.0.0.1:port, found by binding it ourselves: connecting would
// open a channel to the database through the tunnel, and each aborted handshake counts
// against the server's max_connect_errors.
bool listening(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    const sockaddr_in addr = loopback(port);
    const bool taken =
        ::bind(fd, reinterpret_cast<const sockaddr *>(&addr), sizeof addr) != 0 && errno == EADDRINUSE;
    ::close(fd);
    return taken;
}

} // namespace

SshTunnel::SshTunnel(const SshSettings &ssh, const QString &remoteHost, int remotePort,
                     const QString &remoteSocket)
    : m_ssh(ssh)
    , m_remoteHost(remoteHost)
    , m_remotePort(remotePort)
    , m_remoteSocket(remoteSocket)
{}

SshTunnel::~SshTunnel()
{
    stop();
}

void SshTunnel::start(int timeoutMs)
{
    stop();
    // The free port is only free until ssh binds it: if another program takes it first, ssh
    // exits (ExitOnForwardFailure) and another port is tried.
    for (int attempt = 0; attempt < 3; ++attempt)
        if (startOnce(timeoutMs))
            return;
    throw SshError(SshFailure::ForwardFailed, Tr::tr("ssh could not open a local port for the tunnel."));
}

bool SshTunnel::startOnce(int timeoutMs)
{
    m_localPort = freePort();
    if (m_localPort <= 0)
        throw SshError(SshFailure::ForwardFailed, Tr::tr("No free local port for the SSH tunnel."));
    const QString remote = !m_remoteSocket.isEmpty() ? m_remoteSocket
                           : m_remoteHost.contains(u':')
                               ? QStringLiteral("[%1]:%2").arg(m_remoteHost).arg(m_remotePort)
                               : QStringLiteral("%1:%2").arg(m_remoteHost).arg(m_remotePort);
    QStringList args{QStringLiteral("ssh"), QStringLiteral("-N"),
                     QStringLiteral("-o"),  QStringLiteral("ExitOnForwardFailure=yes"),
                     QStringLiteral("-L"),  QStringLiteral("127.0.0.1:%1:%2").arg(m_localPort).arg(remote)};
    args += Ssh::arguments(m_ssh);

    // ssh's messages go to an unlinked temporary file: read back if it fails, gone with us.
    QByteArray templ = QDir::tempPath().toLocal8Bit() + "/cxcron-ssh-XXXXXX";
    m_stderrFd = ::mkostemp(templ.data(), O_CLOEXEC);
    if (m_stderrFd < 0)
        throw SshError(SshFailure::Other, Tr::tr("Cannot create a temporary file for ssh's messages."));
    ::unlink(templ.constData());

    const QString ssh = QStandardPaths::findExecutable(QStringLiteral("ssh"));
    const pid_t pid = ssh.isEmpty() ? -ENOENT : BoundChild::start(ssh, args, m_stderrFd);
    if (pid < 0) {
        stop();
        throw SshError(SshFailure::NotInstalled,
                       Tr::tr("The OpenSSH client (ssh) cannot be started: %1 (Debian: apt-get install "
                              "openssh-client).")
                           .arg(QString::fromLocal8Bit(strerror(-pid))));
    }
    m_pid = pid;
    qCInfo(lcDb).noquote() << "ssh tunnel" << m_ssh.target() << "→" << remote
                           << "on 127.0.0.1:" << m_localPort << "pid" << m_pid;

    QElapsedTimer clock;
    clock.start();
    while (true) {
        int status = 0;
        if (::waitpid(m_pid, &status, WNOHANG) == m_pid) {
            m_pid = -1;
            const QByteArray messages = errorOutput();
            stop();
            try {
                Ssh::fail(m_ssh, messages);
            } catch (const SshError &e) {
                if (e.failure() == SshFailure::ForwardFailed && messages.contains("127.0.0.1"))
                    return false; // our local port was taken: another one
                throw;
            }
        }
        if (listening(m_localPort))
            return true;
        if (clock.elapsed() > timeoutMs) {
            stop();
            throw SshError(
                SshFailure::Timeout,
                Tr::tr("The SSH connection to %1 was not ready after %n seconds.", nullptr, timeoutMs / 1000)
                    .arg(m_ssh.target()));
        }
        QThread::msleep(50);
    }
}

QByteArray SshTunnel::errorOutput() const
{
    QByteArray text;
    if (m_stderrFd < 0)
        return text;
    char buffer[4096];
    off_t offset = 0;
    ssize_t n = 0;
    while (text.size() < 65536 && (n = ::pread(m_stderrFd, buffer, sizeof buffer, offset)) > 0) {
        text.append(buffer, n);
        offset += n;
    }
    return text;
}

bool SshTunnel::isRunning()
{
    if (m_pid <= 0)
        return false;
    int status = 0;
    if (::waitpid(m_pid, &status, WNOHANG) == m_pid) {
        qCWarning(lcDb).noquote() << "the ssh tunnel to" << m_ssh.target()
                                  << "ended:" << errorOutput().trimmed();
        m_pid = -1;
        return false;
    }
    return true;
}

void SshTunnel::stop()
{
    if (m_pid > 0) {
        ::kill(m_pid, SIGTERM);
        int status = 0;
        bool reaped = false;
        for (int i = 0; i < 40 && !reaped; ++i) {
            reaped = ::waitpid(m_pid, &status, WNOHANG) == m_pid;
            if (!reaped)
                ::usleep(50 * 1000);
        }
        if (!reaped) {
            ::kill(m_pid, SIGKILL);
            ::waitpid(m_pid, &status, 0);
        }
        // No logging here: this also runs from a static destructor at exit.
        m_pid = -1;
    }
    if (m_stderrFd >= 0) {
        ::close(m_stderrFd);
        m_stderrFd = -1;
    }
}

} // namespace cxcron
