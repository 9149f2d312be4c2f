// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsshd.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace cxcron::test {
namespace {

bool run(const QString &program, const QStringList &args, QByteArray *out = nullptr)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(20000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return false;
    if (out)
        *out = p.readAllStandardOutput();
    return true;
}

int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0)
        port = ntohs(addr.sin_port);
    ::close(fd);
    return port;
}

bool newKey(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral(".pub"));
    return run(QStringLiteral("ssh-keygen"),
               {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                QString(), QStringLiteral("-f"), path});
}

} // namespace

TestSshd::TestSshd() = default;

TestSshd::~TestSshd()
{
    stop();
}

QString TestSshd::user() const
{
    const passwd *pw = getpwuid(getuid());
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QStringLiteral("root");
}

bool TestSshd::start(QString *why)
{
    for (const char *tool : {"ssh", "ssh-keygen", "ssh-keyscan"})
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty()) {
            *why = QStringLiteral("%1 is not installed (openssh-client)").arg(QLatin1String(tool));
            return false;
        }
    if (!QFileInfo(QStringLiteral("/usr/sbin/sshd")).isExecutable()) {
        *why = QStringLiteral("/usr/sbin/sshd is not installed (openssh-server)");
        return false;
    }
    // sshd refuses to start without its privilege separation folder.
    if (getuid() == 0)
        QDir().mkpath(QStringLiteral("/run/sshd"));
    if (!m_dir.isValid() || !newKey(clientKey()) || !newKey(wrongKey())) {
        *why = QStringLiteral("cannot create the test keys");
        return false;
    }
    QFile::copy(clientKey() + QStringLiteral(".pub"), m_dir.filePath(QStringLiteral("authorized_keys")));
    QFile known(knownHosts());
    known.open(QIODevice::WriteOnly); // empty: every server is unknown at first
    m_port = freePort();
    return changeHostKey(why);
}

bool TestSshd::changeHostKey(QString *why)
{
    stop();
    const QString hostKey = m_dir.filePath(QStringLiteral("host%1").arg(++m_keySerial));
    if (!newKey(hostKey)) {
        *why = QStringLiteral("cannot create a host key");
        return false;
    }
    QFile config(m_dir.filePath(QStringLiteral("sshd_config")));
    config.open(QIODevice::WriteOnly | QIODevice::Truncate);
    config.write(QStringLiteral("Port %1\nListenAddress 127.0.0.1\nHostKey %2\nPidFile %3\n"
                                "AuthorizedKeysFile %4\nStrictModes no\nPasswordAuthentication no\n"
                                "KbdInteractiveAuthentication no\nPubkeyAuthentication yes\n"
                                "PermitRootLogin prohibit-password\nUsePAM no\nAllowTcpForwarding yes\n"
                                "LogLevel DEBUG1\n")
                     .arg(m_port)
                     .arg(hostKey, m_dir.filePath(QStringLiteral("sshd.pid")),
                          m_dir.filePath(QStringLiteral("authorized_keys")))
                     .toUtf8());
    config.close();
    return launch(why);
}

bool TestSshd::launch(QString *why)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->start(QStringLiteral("/usr/sbin/sshd"),
                     {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"),
                      m_dir.filePath(QStringLiteral("sshd_config"))});
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 15000) {
        m_process->waitForReadyRead(100);
        m_log += m_process->readAll();
        if (m_log.contains("Server listening on 127.0.0.1"))
            return true;
        if (m_process->state() == QProcess::NotRunning)
            break;
    }
    *why = QStringLiteral("sshd did not start: ") + QString::fromLocal8Bit(m_log);
    stop();
    return false;
}

void TestSshd::stop()
{
    if (!m_process)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(5000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    m_log += m_process->readAll();
    m_process.reset();
}

QString TestSshd::fingerprint() const
{
    QByteArray out;
    run(QStringLiteral("ssh-keygen"),
        {QStringLiteral("-lf"), m_dir.filePath(QStringLiteral("host%1.pub").arg(m_keySerial))}, &out);
    return QString::fromLatin1(out.split(' ').value(1));
}

QString TestSshd::log()
{
    while (m_process && m_process->waitForReadyRead(300))
        m_log += m_process->readAll();
    return QString::fromLocal8Bit(m_log);
}

SshSettings TestSshd::settings() const
{
    SshSettings s;
    s.enabled = true;
    s.host = QStringLiteral("127.0.0.1");
    s.port = m_port;
    s.user = user();
    s.keyFile = clientKey();
    s.knownHostsFile = knownHosts();
    return s;
}

} // namespace cxcron::test
