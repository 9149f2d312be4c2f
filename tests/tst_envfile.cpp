// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionprofile.h"
#include "envfile.h"
#include "errors.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace cxcron;

class tst_EnvFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void badLinesAreReported();
    void profileFromEnv_data();
    void profileFromEnv();
    void profileFromEnvErrors_data();
    void profileFromEnvErrors();
    void profileFromUrl();
    void redactedUrlHidesPassword();
    void interpolation_data();
    void interpolation();
    void urlPasswords_data();
    void urlPasswords();
    void urlWithoutPasswordKeepsAnOddUser();
    void urlQueryKeys_data();
    void urlQueryKeys();
    void tlsFromEnv();
    void loadRefusesNonRegularFiles_data();
    void loadRefusesNonRegularFiles();
};

void tst_EnvFile::parse_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QByteArray("DB_HOST=db.example.com\n") << "DB_HOST"
                           << "db.example.com";
    QTest::newRow("spaces around =") << QByteArray("DB_HOST = 10.0.0.2 \n") << "DB_HOST"
                                     << "10.0.0.2";
    QTest::newRow("double quotes") << QByteArray("DB_PASSWORD=\"p@ss word#1\"\n") << "DB_PASSWORD"
                                   << "p@ss word#1";
    QTest::newRow("single quotes literal") << QByteArray("DB_PASSWORD='a\\nb'\n") << "DB_PASSWORD"
                                           << "a\\nb";
    QTest::newRow("double quote escapes") << QByteArray("X=\"a\\\"b\\\\c\"\n") << "X"
                                          << "a\"b\\c";
    QTest::newRow("inline comment") << QByteArray("DB_PORT=3307 # custom port\n") << "DB_PORT"
                                    << "3307";
    QTest::newRow("hash inside value") << QByteArray("DB_PASSWORD=abc#def\n") << "DB_PASSWORD"
                                       << "abc#def";
    QTest::newRow("export prefix") << QByteArray("export DB_USER=cms\n") << "DB_USER"
                                   << "cms";
    QTest::newRow("CRLF") << QByteArray("DB_USER=cms\r\nDB_HOST=h\r\n") << "DB_HOST"
                          << "h";
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF"
                                       "DB_USER=bom\n")
                         << "DB_USER"
                         << "bom";
    QTest::newRow("empty value") << QByteArray("DB_PASSWORD=\n") << "DB_PASSWORD"
                                 << "";
    QTest::newRow("comment lines") << QByteArray("# DB_USER=no\n  # x\nDB_USER=yes\n") << "DB_USER"
                                   << "yes";
    QTest::newRow("last wins") << QByteArray("A=1\nA=2\n") << "A"
                               << "2";
    QTest::newRow("utf8") << QByteArray("APP_NAME=Hébergement\n") << "APP_NAME"
                          << QStringLiteral("Hébergement");
    QTest::newRow("quote then comment") << QByteArray("A=\"x y\" # note\n") << "A"
                                        << "x y";
}

void tst_EnvFile::parse()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    const EnvFile env = EnvFile::parse(content);
    QVERIFY2(env.values.contains(key), qPrintable(env.warnings.join(u'\n')));
    QCOMPARE(env.value(key), expected);
    QVERIFY(env.warnings.isEmpty());
}

void tst_EnvFile::badLinesAreReported()
{
    const EnvFile env =
        EnvFile::parse("GOOD=1\nthis is not an assignment\n=novalue\nBAD=\"unterminated\n1KEY=x\nALSO=2\n");
    QCOMPARE(env.value(QStringLiteral("GOOD")), QStringLiteral("1"));
    QCOMPARE(env.value(QStringLiteral("ALSO")), QStringLiteral("2"));
    QVERIFY(!env.values.contains(QStringLiteral("BAD")));
    QCOMPARE(env.warnings.size(), 4);
    QVERIFY(env.warnings.at(0).startsWith(QStringLiteral("line 2")));
}

void tst_EnvFile::profileFromEnv_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("port");
    QTest::newRow("laravel keys") << QByteArray(
                                         "DB_CONNECTION=mysql\nDB_HOST=127.0.0.1\nDB_PORT=3306\n"
                                         "DB_DATABASE=clientxcms\nDB_USERNAME=cms\nDB_PASSWORD=secret\n")
                                  << "clientxcms"
                                  << "cms"
                                  << "secret" << 3306;
    QTest::newRow("v1 keys") << QByteArray("DB_NAME=cx1\nDB_USER=u1\nDB_PASS='p w'\nDB_PORT=3307\n") << "cx1"
                             << "u1"
                             << "p w" << 3307;
    QTest::newRow("no password") << QByteArray("DB_DATABASE=db\nDB_USERNAME=root\n") << "db"
                                 << "root"
                                 << "" << 3306;
}

void tst_EnvFile::profileFromEnv()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(int, port);
    const ConnectionProfile p = ConnectionProfile::fromEnv(EnvFile::parse(content));
    QVERIFY(!p.isSqlite());
    QCOMPARE(p.database, database);
    QCOMPARE(p.user, user);
    QCOMPARE(p.password, password);
    QCOMPARE(p.port, port);
}

void tst_EnvFile::profileFromEnvErrors_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("no database") << QByteArray("DB_HOST=x\n");
    QTest::newRow("bad port") << QByteArray("DB_DATABASE=x\nDB_PORT=abc\n");
    QTest::newRow("port out of range") << QByteArray("DB_DATABASE=x\nDB_PORT=70000\n");
    QTest::newRow("unsupported driver") << QByteArray("DB_CONNECTION=pgsql\nDB_DATABASE=x\n");
}

void tst_EnvFile::profileFromEnvErrors()
{
    QFETCH(QByteArray, content);
    try {
        ConnectionProfile::fromEnv(EnvFile::parse(content));
        QFAIL("expected an error");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), ErrorKind::Config);
        QVERIFY(!e.message().isEmpty());
    }
}

void tst_EnvFile::profileFromUrl()
{
    const ConnectionProfile p =
        ConnectionProfile::fromUrl(QStringLiteral("mariadb://u:p%40ss@db.local:3310/cms?tls=1"));
    QCOMPARE(p.driver, ConnectionProfile::Driver::MariaDb);
    QCOMPARE(p.host, QStringLiteral("db.local"));
    QCOMPARE(p.port, 3310);
    QCOMPARE(p.password, QStringLiteral("p@ss"));
    QCOMPARE(p.database, QStringLiteral("cms"));
    QVERIFY(p.tls);
    QVERIFY(ConnectionProfile::fromUrl(QStringLiteral("sqlite:/tmp/x.sqlite")).isSqlite());
    QVERIFY_THROWS_EXCEPTION(Error, ConnectionProfile::fromUrl(QStringLiteral("postgres://x/y")));
    QVERIFY_THROWS_EXCEPTION(Error, ConnectionProfile::fromUrl(QStringLiteral("mysql://host:3306/")));
}

void tst_EnvFile::redactedUrlHidesPassword()
{
    ConnectionProfile p = ConnectionProfile::fromUrl(QStringLiteral("mysql://cms:hunter2@h:3306/db"));
    QVERIFY(!p.redactedUrl().contains(QStringLiteral("hunter2")));
    QVERIFY(p.redactedUrl().contains(QStringLiteral("***")));
}

// As vlucas/phpdotenv (Laravel): ${VAR} in double-quoted and unquoted values, from earlier keys
// or the environment; single quotes are literal. Every CLIENTXCMS .env has
// MAIL_FROM_NAME="${APP_NAME}"; before, the text "${APP_NAME}" itself was the value.
void tst_EnvFile::interpolation_data()
{
    qputenv("CXCRON_TEST_ENV_VAR", "from-env");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");
    QTest::newRow("double quoted") << QByteArray("APP_NAME=Host\nMAIL_FROM_NAME=\"${APP_NAME}\"\n")
                                   << "MAIL_FROM_NAME"
                                   << "Host";
    QTest::newRow("unquoted") << QByteArray("A=x\nB=${A}-y\n") << "B"
                              << "x-y";
    QTest::newRow("single quoted literal") << QByteArray("A=x\nB='${A}'\n") << "B"
                                           << "${A}";
    QTest::newRow("password part") << QByteArray("SALT=p@/:%\nDB_PASSWORD=\"s3cr${SALT}t\"\n")
                                   << "DB_PASSWORD"
                                   << "s3crp@/:%t";
    QTest::newRow("from the environment") << QByteArray("B=\"${CXCRON_TEST_ENV_VAR}\"\n") << "B"
                                          << "from-env";
    QTest::newRow("undefined is empty") << QByteArray("B=\"a${NOPE_NOT_SET_X}b\"\n") << "B"
                                        << "ab";
    QTest::newRow("later key not seen") << QByteArray("B=\"${C}\"\nC=1\n") << "B"
                                        << "";
    QTest::newRow("escaped dollar") << QByteArray("A=x\nB=\"\\${A}\"\n") << "B"
                                    << "${A}";
    QTest::newRow("lone dollar") << QByteArray("B=\"a$b ${\"\n") << "B"
                                 << "a$b ${";
}

void tst_EnvFile::interpolation()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    const EnvFile env = EnvFile::parse(content);
    QVERIFY2(env.warnings.isEmpty(), qPrintable(env.warnings.join(u'\n')));
    QCOMPARE(env.value(key), expected);
}

// Any character in a password: before, "cx:2024/TopSecret@host" ended the host at the '/' and
// the password showed in "Cannot reach …" messages.
void tst_EnvFile::urlPasswords_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("database");
    QTest::newRow("slash") << "mysql://cx:2024/TopSecret@127.0.0.1:3307/cms"
                           << "2024/TopSecret"
                           << "127.0.0.1"
                           << "cms";
    QTest::newRow("at and colon") << "mysql://cx:a@b:c@db.local/cms"
                                  << "a@b:c"
                                  << "db.local"
                                  << "cms";
    QTest::newRow("literal percent") << "mysql://cx:50%off@h/cms"
                                     << "50%off"
                                     << "h"
                                     << "cms";
    QTest::newRow("percent escape") << "mysql://cx:p%40ss%2F@h/cms"
                                    << "p@ss/"
                                    << "h"
                                    << "cms";
    QTest::newRow("space question hash") << "mysql://cx:a b?c#d@h/cms?tls=0"
                                         << "a b?c#d"
                                         << "h"
                                         << "cms";
    QTest::newRow("at in the query") << "mysql://cx:pw@h/cms?tls-ca=/etc/a@b.pem"
                                     << "pw"
                                     << "h"
                                     << "cms";
    QTest::newRow("ipv6") << "mysql://cx:p/w@[::1]:3306/cms"
                          << "p/w"
                          << "::1"
                          << "cms";
}

void tst_EnvFile::urlPasswords()
{
    QFETCH(QString, url);
    QFETCH(QString, password);
    QFETCH(QString, host);
    QFETCH(QString, database);
    const ConnectionProfile p = ConnectionProfile::fromUrl(url);
    QCOMPARE(p.user, QStringLiteral("cx"));
    QCOMPARE(p.password, password);
    QCOMPARE(p.host, host);
    QCOMPARE(p.database, database);
    QVERIFY(ConnectionProfile::urlHasPassword(url));
    const QString without = ConnectionProfile::urlWithoutPassword(url);
    QVERIFY2(!without.contains(password), qPrintable(without));
    QVERIFY2(without.startsWith(QStringLiteral("mysql://cx@")), qPrintable(without));
    QCOMPARE(ConnectionProfile::fromUrl(without).host, host);
    QVERIFY(!ConnectionProfile::urlHasPassword(without));
    QVERIFY(!p.redactedUrl().contains(password));
}

// Found by fuzzing: a user holding '@', '?' and '/' made the URL without its password split
// elsewhere (another host) once the password was gone.
void tst_EnvFile::urlWithoutPasswordKeepsAnOddUser()
{
    const QString url = QString::fromUtf8(QByteArray::fromHex(
        "6d7973716c3a2f2f4863782f4863782932552f636d733f746c733d3126746c732d63613d2f6574632f6140622e706d797371"
        "6c3a2f2f3a302932552f636d733f746c733d312674066c732d63613d2f6574632f6140622e706d7973716c3a2f2f3a303263"
        "32782e6c6f33333065372f636d733f746c733d3126746c732d63613d6d70656dfa45"));
    const ConnectionProfile p = ConnectionProfile::fromUrl(url);
    QVERIFY(!p.password.isEmpty());
    const ConnectionProfile again = ConnectionProfile::fromUrl(ConnectionProfile::urlWithoutPassword(url));
    QCOMPARE(again.host, p.host);
    QCOMPARE(again.port, p.port);
    QCOMPARE(again.user, p.user);
    QVERIFY(again.password.isEmpty());
}

void tst_EnvFile::urlQueryKeys_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("tls");
    QTest::addColumn<bool>("verify");
    for (const char *on : {"1", "true", "TRUE", "yes", "on", "verify"})
        QTest::addRow("tls=%s", on) << QStringLiteral("tls=") + QLatin1String(on) << true << true << true;
    for (const char *off : {"0", "false", "no", "off"})
        QTest::addRow("tls=%s", off) << QStringLiteral("tls=") + QLatin1String(off) << true << false << true;
    QTest::newRow("require") << "tls=require" << true << true << false;
    QTest::newRow("tls-ca implies verify") << "tls-ca=/etc/ca.pem" << true << true << true;
    QTest::newRow("tls-ca upgrades require") << "tls=require&tls-ca=/etc/ca.pem" << true << true << true;
    QTest::newRow("tls=0 with tls-ca") << "tls=0&tls-ca=/etc/ca.pem" << false << false << false;
    QTest::newRow("misspelled key") << "tsl=1" << false << false << false;
    QTest::newRow("unknown value") << "tls=maybe" << false << false << false;
    QTest::newRow("unknown key with known") << "tls=1&sslmode=disable" << false << false << false;
}

void tst_EnvFile::urlQueryKeys()
{
    QFETCH(QString, query);
    QFETCH(bool, valid);
    QFETCH(bool, tls);
    QFETCH(bool, verify);
    const QString url = QStringLiteral("mysql://cx@h/cms?") + query;
    if (!valid) {
        try {
            ConnectionProfile::fromUrl(url);
            QFAIL("accepted");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), ErrorKind::Usage);
        }
        return;
    }
    const ConnectionProfile p = ConnectionProfile::fromUrl(url);
    QCOMPARE(p.tls, tls);
    if (tls)
        QCOMPARE(p.tlsVerify, verify);
}

void tst_EnvFile::tlsFromEnv()
{
    const ConnectionProfile plain =
        ConnectionProfile::fromEnv(EnvFile::parse("DB_CONNECTION=mysql\nDB_DATABASE=cms\n"));
    QVERIFY(!plain.tls);
    const ConnectionProfile p = ConnectionProfile::fromEnv(
        EnvFile::parse("DB_CONNECTION=mysql\nDB_DATABASE=cms\nMYSQL_ATTR_SSL_CA=/etc/mysql/ca.pem\n"));
    QVERIFY(p.tls);
    QVERIFY(p.tlsVerify);
    QCOMPARE(p.tlsCa, QStringLiteral("/etc/mysql/ca.pem"));
}

// Before: /dev/zero grew memory without bound, a FIFO blocked forever.
void tst_EnvFile::loadRefusesNonRegularFiles_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    static QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("fifo.env"));
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    QFile big(dir.filePath(QStringLiteral("big.env")));
    QVERIFY(big.open(QIODevice::WriteOnly));
    big.write(QByteArray(1024 * 1024 + 1, '#'));
    big.close();
    QTest::newRow("/dev/zero") << "/dev/zero"
                               << "not a regular file";
    QTest::newRow("fifo") << fifo << "not a regular file";
    QTest::newRow("folder") << dir.path() << "not a regular file";
    QTest::newRow("over 1 MiB") << big.fileName() << "1 MiB";
}

void tst_EnvFile::loadRefusesNonRegularFiles()
{
    QFETCH(QString, path);
    QFETCH(QString, message);
    try {
        EnvFile::load(path);
        QFAIL("accepted");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), ErrorKind::Config);
        QVERIFY2(e.message().contains(message), qPrintable(e.message()));
    }
}

QTEST_GUILESS_MAIN(tst_EnvFile)
#include "tst_envfile.moc"
