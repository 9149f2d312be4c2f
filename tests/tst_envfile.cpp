// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionprofile.h"
#include "envfile.h"
#include "errors.h"

#include <QTest>

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

QTEST_GUILESS_MAIN(tst_EnvFile)
#include "tst_envfile.moc"
