// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionprofile.h"

#include <QProcess>
#include <QTemporaryDir>
#include <memory>

namespace cxcron::test {

/// A real OpenSSH server for one test: /usr/sbin/sshd -D on 127.0.0.1 and a free port, with a
/// throwaway ED25519 host key, a client key in its authorized_keys, a second (unauthorized)
/// client key and an empty known_hosts file, all in a temporary folder. Stopped by the destructor.
class TestSshd
{
public:
    TestSshd();
    ~TestSshd();

    /// False, with the reason in @p why, when OpenSSH is missing or sshd does not start (the
    /// caller skips then).
    bool start(QString *why);
    /// Restarts on the same port with a new host key: what a reinstalled (or impersonated) server
    /// looks like to a client that knew the old one.
    bool changeHostKey(QString *why);

    int port() const { return m_port; }
    QString user() const;
    QString dir() const { return m_dir.path(); }
    QString clientKey() const { return m_dir.filePath(QStringLiteral("client")); }
    QString wrongKey() const { return m_dir.filePath(QStringLiteral("wrong")); }
    QString knownHosts() const { return m_dir.filePath(QStringLiteral("known_hosts")); }
    /// "SHA256:…" of the current host key.
    QString fingerprint() const;
    /// What the server logged (sshd -e), e.g. to see that a forward went through it.
    QString log();
    /// Enabled, 127.0.0.1:port, the current user, the authorized key and the test's known_hosts.
    SshSettings settings() const;

private:
    bool launch(QString *why);
    void stop();

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_log;
    int m_port = 0;
    int m_keySerial = 0;
};

} // namespace cxcron::test
