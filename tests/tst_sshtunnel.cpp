// SPDX-License-Identifier: GPL-3.0-or-later
// The SSH hop to a CMS database, against a real sshd (tests/support/testsshd) and the test
// MariaDB: the tunnel and cxcron's queries through it (core and CLI), an unknown host key
// reported with its fingerprint and accepted only on request, a changed host key, a wrong key
// and a closed port refused, the .env read over SSH, and the ssh= keys of a --database URL.
#include "connectioncheck.h"
#include "database.h"
#include "errors.h"
#include "profilestore.h"
#include "schema.h"
#include "sql.h"
#include "sshcommand.h"
#include "sshhostkeys.h"
#include "sshtunnel.h"
#include "testdb.h"
#include "testsshd.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QtTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace cxcron;
using namespace cxcron::test;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

// Binds 127.0.0.1:port (0 = any); the port bound, or 0 when it is taken.
int bindLoopback(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons(quint16(port));
    socklen_t len = sizeof addr;
    int bound = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0)
        bound = ntohs(addr.sin_port);
    ::close(fd);
    return bound;
}

// ssh clients still running with a forward through the test server (from /proc).
int sshClientsTo(int sshPort)
{
    int count = 0;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &pid : pids) {
        const QByteArray cmd = readAll(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (cmd.startsWith(QByteArray("ssh\0-N\0", 7)) &&
            cmd.contains(QByteArray(QByteArray("\0-p\0", 4) + QByteArray::number(sshPort) + '\0')))
            ++count;
    }
    return count;
}

SshFailure failureOf(const SshSettings &ssh)
{
    try {
        SshTunnel tunnel(ssh, QStringLiteral("127.0.0.1"), 3306);
        tunnel.start();
    } catch (const SshError &e) {
        qInfo().noquote() << e.message();
        return e.failure();
    }
    return SshFailure::None;
}

} // namespace

class TestSshTunnel : public QObject
{
    Q_OBJECT
private:
    TestSshd m_sshd;
    ConnectionProfile m_db; ///< the test MariaDB, seen from the SSH server (the same machine)

    void trustServer()
    {
        const SshHostKey key = SshHostKeys::scan(m_sshd.settings());
        QVERIFY(key.isValid());
        SshHostKeys::accept(m_sshd.settings(), key);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("SSH_AUTH_SOCK"); // only the keys the tests give
        QString why;
        if (!m_sshd.start(&why))
            QSKIP(qPrintable(why));
        if (qEnvironmentVariableIsEmpty("CXCRON_TEST_MARIADB_URL")) {
            if (mariadbRequired())
                QFAIL("CXCRON_TEST_MARIADB_URL is not set");
            QSKIP("no test MariaDB");
        }
        m_db = freshDatabase(QStringLiteral("mariadb"));
        Database::setProfile(ConnectionProfile::defaultSqlite());
    }

    void urlCarriesTheSshHop_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("sshUser");
        QTest::addColumn<QString>("sshHost");
        QTest::addColumn<int>("sshPort");
        QTest::addColumn<QString>("key");
        QTest::newRow("user, port, key")
            << "mysql://u:p@127.0.0.1:3306/db?ssh=deploy@web.example:2222&ssh-key=/k/id"
            << "p"
            << "deploy"
            << "web.example" << 2222 << "/k/id";
        // The '@' of ssh= must not be taken for the end of the password, nor the reverse.
        QTest::newRow("password with @") << "mysql://u:p@ss@127.0.0.1/db?ssh=deploy@web.example"
                                         << "p@ss"
                                         << "deploy"
                                         << "web.example" << 22 << "";
        QTest::newRow("no ssh user") << "mariadb://u@127.0.0.1/db?ssh=web.example:22"
                                     << ""
                                     << ""
                                     << "web.example" << 22 << "";
    }
    void urlCarriesTheSshHop()
    {
        QFETCH(QString, url);
        const ConnectionProfile p = ConnectionProfile::fromUrl(url);
        QCOMPARE(p.database, QStringLiteral("db"));
        QCOMPARE(p.host, QStringLiteral("127.0.0.1"));
        QTEST(p.password, "password");
        QVERIFY(p.ssh.enabled);
        QTEST(p.ssh.user, "sshUser");
        QTEST(p.ssh.host, "sshHost");
        QTEST(p.ssh.port, "sshPort");
        QTEST(p.ssh.keyFile, "key");
        QVERIFY(!p.redactedUrl().contains(QLatin1String("p@ss")));
        QVERIFY(p.redactedUrl().contains(QStringLiteral("ssh=")));
        // Same hop after a round trip through the redacted URL (the password aside).
        QVERIFY(ConnectionProfile::fromUrl(p.redactedUrl()).sameTarget(p));
    }

    void profileStoreKeepsTheSshHop()
    {
        QTemporaryDir dir;
        ProfileStore store(dir.filePath(QStringLiteral("cxcron.conf")));
        ConnectionProfile p = ConnectionProfile::fromUrl(
            QStringLiteral("mysql://cms@127.0.0.1:3306/clientxcms?ssh=deploy@web.example:2222&ssh-key=/k/id&"
                           "ssh-known-hosts=/k/known"));
        p.name = QStringLiteral("site");
        store.save(p, false);
        const ConnectionProfile loaded = store.load(QStringLiteral("site"));
        QVERIFY(loaded.sameTarget(p));
        QCOMPARE(loaded.ssh.knownHostsFile, QStringLiteral("/k/known"));
    }

    void badSshUrlIsRefused()
    {
        for (const char *url : {"mysql://u@h/db?ssh=-oProxyCommand=x", "mysql://u@h/db?ssh=u@h:99999",
                                "mysql://u@h/db?ssh-key=/k"})
            QVERIFY_THROWS_EXCEPTION(Error, ConnectionProfile::fromUrl(QString::fromLatin1(url)));
    }

    void unknownHostKeyIsReportedWithItsFingerprint()
    {
        QFile::resize(m_sshd.knownHosts(), 0);
        ConnectionProfile p = m_db;
        p.ssh = m_sshd.settings();
        const ConnectionCheck check = ConnectionCheck::run(p);
        QCOMPARE(check.outcome, ConnectionCheck::Outcome::Failed);
        QCOMPARE(check.sshFailure, SshFailure::UnknownHostKey);
        QCOMPARE(check.hostKey.fingerprint, m_sshd.fingerprint());
        QVERIFY2(check.message.contains(m_sshd.fingerprint()), qPrintable(check.message));
        QVERIFY(
            check.hostKey.knownHostsLine.startsWith(QStringLiteral("[127.0.0.1]:%1 ").arg(m_sshd.port())));
        // Nothing was accepted behind the user's back, and nothing connected.
        QVERIFY(readAll(m_sshd.knownHosts()).isEmpty());
        QVERIFY(!m_sshd.log().contains(QLatin1String("direct-tcpip")));

        // Accepting it (what the dialog does after the user compared it) lets the tunnel up.
        SshHostKeys::accept(p.ssh, check.hostKey);
        QVERIFY(readAll(m_sshd.knownHosts()).contains(check.hostKey.knownHostsLine.toLatin1()));
        QCOMPARE(failureOf(m_sshd.settings()), SshFailure::None);
    }

    void coreQueriesThroughTheTunnel()
    {
        trustServer();
        ConnectionProfile p = m_db;
        p.ssh = m_sshd.settings();
        const qsizetype logStart = m_sshd.log().size();
        Database::setProfile(p);
        Schema::migrate(Database::connection());
        QSqlQuery q = Sql::exec(Database::connection(), QStringLiteral("SELECT DATABASE()"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), m_db.database);
        Database::closeThreadConnection();
        Database::setProfile(ConnectionProfile::defaultSqlite()); // stops the shared tunnel
        // The connection went through the SSH server, not straight to MariaDB.
        const QString log = m_sshd.log().mid(logStart);
        QVERIFY2(log.contains(QStringLiteral("port %1").arg(m_db.port)), qPrintable(log));

        const ConnectionCheck check = ConnectionCheck::run(p);
        QVERIFY2(check.ok(), qPrintable(check.message));
    }

    void tunnelStops()
    {
        trustServer();
        int port = 0;
        {
            SshTunnel tunnel(m_sshd.settings(), m_db.host, m_db.port);
            tunnel.start();
            port = tunnel.localPort();
            QVERIFY(tunnel.isRunning());
            QCOMPARE(sshClientsTo(m_sshd.port()), 1);
        }
        QCOMPARE(sshClientsTo(m_sshd.port()), 0);
        // Its port is free again: ssh is gone with the tunnel.
        QCOMPARE(bindLoopback(port), port);
    }

    void cliQueriesThroughTheTunnel()
    {
        trustServer();
        ConnectionProfile p = m_db;
        p.ssh = m_sshd.settings();
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CXCRON_DB_PASSWORD"), m_db.password);
        cli.setProcessEnvironment(env);
        QString url = p.redactedUrl();
        url.replace(QLatin1String(":***@"), QLatin1String("@"));
        cli.start(qEnvironmentVariable("CXCRON_BINARY"),
                  {QStringLiteral("--database"), url, QStringLiteral("list")});
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        // The tunnel ended with the CLI, although it leaves by _Exit (no destructor runs).
        QTRY_COMPARE_WITH_TIMEOUT(sshClientsTo(m_sshd.port()), 0, 5000);
    }

    void changedHostKeyIsRefused()
    {
        trustServer();
        QString why;
        QVERIFY2(m_sshd.changeHostKey(&why), qPrintable(why));
        const QByteArray before = readAll(m_sshd.knownHosts());
        ConnectionProfile p = m_db;
        p.ssh = m_sshd.settings();
        const ConnectionCheck check = ConnectionCheck::run(p);
        QCOMPARE(check.sshFailure, SshFailure::HostKeyChanged);
        QVERIFY2(check.message.contains(QLatin1String("CHANGED")), qPrintable(check.message));
        QVERIFY(!check.hostKey.isValid()); // nothing to accept
        QCOMPARE(readAll(m_sshd.knownHosts()), before);
        QFile::resize(m_sshd.knownHosts(), 0);
    }

    void wrongKeyIsRefused()
    {
        trustServer();
        SshSettings ssh = m_sshd.settings();
        ssh.keyFile = m_sshd.wrongKey();
        QCOMPARE(failureOf(ssh), SshFailure::AuthenticationRefused);
        ssh.keyFile = m_sshd.dir() + QStringLiteral("/missing");
        QCOMPARE(failureOf(ssh), SshFailure::KeyFile);
    }

    void filesWithBlanksAndPercents()
    {
        // ssh splits an -o value at blanks and expands %d, %h … in file names: neither may happen.
        trustServer();
        SshSettings ssh = m_sshd.settings();
        ssh.knownHostsFile = m_sshd.dir() + QStringLiteral("/known hosts 100%d");
        ssh.keyFile = m_sshd.dir() + QStringLiteral("/my key");
        QVERIFY(QFile::copy(m_sshd.knownHosts(), ssh.knownHostsFile));
        QVERIFY(QFile::copy(m_sshd.clientKey(), ssh.keyFile));
        QFile::setPermissions(ssh.keyFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(failureOf(ssh), SshFailure::None);
        // A '%' in the key's name cannot be escaped for -i: refused with a clear message.
        QVERIFY(QFile::copy(m_sshd.clientKey(), ssh.keyFile + QStringLiteral(" %h")));
        ssh.keyFile += QStringLiteral(" %h");
        QCOMPARE(failureOf(ssh), SshFailure::KeyFile);
    }

    void closedPortIsRefused()
    {
        SshSettings ssh = m_sshd.settings();
        ssh.port = bindLoopback(0); // free, so nothing listens there
        QVERIFY(ssh.port > 0);
        QCOMPARE(failureOf(ssh), SshFailure::ConnectionRefused);
    }

    void readsTheEnvOverSsh()
    {
        trustServer();
        const QString path = m_sshd.dir() + QStringLiteral("/site 'one'.env");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("APP_NAME=\"Site One\"\nDB_DATABASE=clientxcms\nDB_USERNAME=cms\n");
        f.close();
        QCOMPARE(Ssh::readRemoteFile(m_sshd.settings(), path), readAll(path));
        try {
            Ssh::readRemoteFile(m_sshd.settings(), path + QStringLiteral("; touch /tmp/x"));
            QFAIL("a missing file was read");
        } catch (const SshError &e) {
            QCOMPARE(e.failure(), SshFailure::RemoteCommand);
            QVERIFY2(e.message().contains(QLatin1String("No such file")), qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestSshTunnel)
#include "tst_sshtunnel.moc"
