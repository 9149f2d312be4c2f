// SPDX-License-Identifier: GPL-3.0-or-later
// Secrets stay inside cxcron: one list of secret variables kept from children, one redaction
// for every message (fuzzed with passwords holding / @ : # ? " ' $ %), passwords hidden from
// the argument memory ps reads, no core dumps, private database files, strict URL options.
#include "argvpasswords.h"
#include "connectionprofile.h"
#include "coredumps.h"
#include "envfile.h"
#include "errors.h"
#include "privatefile.h"
#include "redaction.h"
#include "secretenv.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <sys/stat.h>
#include <vector>

using namespace cxcron;

class tst_Secrets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void childEnvironmentHasNoSecret();
    void urlPassword_data();
    void urlPassword();
    void fuzzedPasswordsNeverShow();
    void messagesQuotingASecretAreRedacted();
    void publicWordsStay();
    void argvPasswordsHidden_data();
    void argvPasswordsHidden();
    void coreDumpsOff();
    void privateFileModes();
    void strictUrlOptions_data();
    void strictUrlOptions();
    void localhostWithPortIsTcp();
    void envFileWithNulRefused();
};

void tst_Secrets::childEnvironmentHasNoSecret()
{
    for (const char *name :
         {"CXCRON_DB_PASSWORD", "CXCRON_DATABASE_URL", "CXCRON_SMTP_PASSWORD", "MAIL_PASSWORD"})
        qputenv(name, "S3cr3t-value");
    qputenv("CXCRON_HARMLESS", "kept");
    const QProcessEnvironment env = SecretEnvironment::childEnvironment();
    for (const char *name :
         {"CXCRON_DB_PASSWORD", "CXCRON_DATABASE_URL", "CXCRON_SMTP_PASSWORD", "MAIL_PASSWORD"}) {
        QVERIFY2(!env.contains(QLatin1String(name)), name);
        QVERIFY(SecretEnvironment::names().contains(QLatin1String(name)));
        qunsetenv(name);
    }
    QCOMPARE(env.value(QStringLiteral("CXCRON_HARMLESS")), QStringLiteral("kept"));
    qunsetenv("CXCRON_HARMLESS");
}

// Every character the issue names, alone and together, in every position.
static QStringList fuzzPasswords()
{
    QStringList list;
    const QString specials = QStringLiteral("/@:#?\"'$%");
    for (QChar c : specials) {
        list << QStringLiteral("Tr0ub4dor") + c + QStringLiteral("3x") << c + QStringLiteral("Leading99")
             << QStringLiteral("Trailing99") + c;
    }
    list << QStringLiteral("S3#cr\"e$t'P") << QStringLiteral("a:b@c/d%zz?e#f")
         << QStringLiteral("%41%42pass%") << QStringLiteral("p@ss:w0rd/x") << QStringLiteral("2024/TopSecret")
         << QStringLiteral("$HOME'\"$(id)");
    QRandomGenerator rng(20261203);
    for (int i = 0; i < 40; ++i) {
        QString pw = QStringLiteral("Zq");
        for (int j = 0; j < 10; ++j)
            pw += rng.bounded(2) ? specials.at(rng.bounded(specials.size())) : QChar(u'a' + rng.bounded(26));
        list << pw;
    }
    return list;
}

static QStringList urlShapes(const QString &pw)
{
    return {QStringLiteral("mysql://u:%1@db.example.com:3306/cms").arg(pw),
            QStringLiteral("mysql://u:%1@db.example.com/cms?tls=1").arg(pw),
            QStringLiteral("mysql://u:%1@db.example.com").arg(pw), // no database part
            QStringLiteral("mysql://u:%1@db.example.com:33x06/cms").arg(pw),
            QStringLiteral("mariadb://u:%1@[::1]:3306/cms?ssh=me@bastion").arg(pw),
            QStringLiteral("sqlite://u:%1@/var/lib/x.sqlite").arg(pw),
            QStringLiteral("mysqlx://u:%1@db.example.com/cms").arg(pw)};
}

void tst_Secrets::urlPassword_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("password");
    for (const QString &pw : fuzzPasswords())
        for (const QString &url : urlShapes(pw))
            QTest::addRow("%s", qPrintable(url)) << url << pw;
    QTest::newRow("at in the query") << "mysql://cx:pw@h/cms?tls-ca=/etc/a@b.pem"
                                     << "pw";
    QTest::newRow("ssh in the query") << "mysql://cx:p@w@h/cms?tls=1&ssh=me@bastion"
                                      << "p@w";
    QTest::newRow("no password") << "mysql://u@db/cms" << QString();
    QTest::newRow("no user") << "mysql://db:3306/cms" << QString();
}

void tst_Secrets::urlPassword()
{
    QFETCH(QString, url);
    QFETCH(QString, password);
    QCOMPARE(Redaction::urlPassword(url), password);
}

// The URL is parsed (it may be refused: a bad port, no database, an unknown scheme) and every
// message quoting it, or quoting the password, is redacted as the CLI and GUI print it.
void tst_Secrets::fuzzedPasswordsNeverShow()
{
    int checked = 0;
    for (const QString &pw : fuzzPasswords()) {
        for (const QString &url : urlShapes(pw)) {
            QString message;
            try {
                const ConnectionProfile p = ConnectionProfile::fromUrl(url);
                message = p.redactedUrl() + u' ' + p.host + u' ' + p.database + u' ' + p.filePath;
            } catch (const Error &e) {
                message = e.message();
            }
            for (const QString &shown : {message, QStringLiteral("Cannot reach %1: refused").arg(url),
                                         QStringLiteral("invalid port \"%1\"").arg(pw),
                                         QStringLiteral("password '%1' rejected").arg(pw),
                                         QString::fromLatin1(QUrl::toPercentEncoding(pw))}) {
                const QString out = Redaction::redact(shown);
                QVERIFY2(!out.contains(pw), qPrintable(url + QStringLiteral(" -> ") + out));
                ++checked;
            }
        }
    }
    QVERIFY(checked > 1000);
}

void tst_Secrets::messagesQuotingASecretAreRedacted()
{
    Redaction::addSecret(QStringLiteral("smtp-Pa55word!"));
    QCOMPARE(Redaction::redact(QStringLiteral("AUTH failed for smtp-Pa55word!")),
             QStringLiteral("AUTH failed for ***"));
    // In --json and --csv output the quote is escaped.
    Redaction::addSecret(QStringLiteral("q\"uo\\te-Pw"));
    QCOMPARE(Redaction::redact(QStringLiteral("{\"output\": \"q\\\"uo\\\\te-Pw\"}")),
             QStringLiteral("{\"output\": \"***\"}"));
    QCOMPARE(Redaction::redact(QStringLiteral("1,\"q\"\"uo\\te-Pw\"")), QStringLiteral("1,\"***\""));
    qputenv("CXCRON_DATABASE_URL", "mysql://u:env-url-S3cret@h/db");
    Redaction::addEnvironmentSecrets();
    qunsetenv("CXCRON_DATABASE_URL");
    QCOMPARE(Redaction::redact(QStringLiteral("x env-url-S3cret y")), QStringLiteral("x *** y"));
    // A URL without a password is not touched.
    QCOMPARE(Redaction::redact(QStringLiteral("mysql://cxcron@127.0.0.1:3306/db")),
             QStringLiteral("mysql://cxcron@127.0.0.1:3306/db"));
}

void tst_Secrets::publicWordsStay()
{
    // A password equal to the user name (or "cxcron") would hide every message: not as text.
    ConnectionProfile::fromUrl(QStringLiteral("mysql://cxcron:cxcron@127.0.0.1:3306/cxcron_test"));
    QCOMPARE(Redaction::redact(QStringLiteral("cxcron: error")), QStringLiteral("cxcron: error"));
    QCOMPARE(Redaction::redact(QStringLiteral("mysql://cxcron:cxcron@h/d")),
             QStringLiteral("mysql://cxcron:***@h/d"));
}

void tst_Secrets::argvPasswordsHidden_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("password");
    for (const QString &pw : fuzzPasswords().mid(0, 30))
        for (const QString &url : urlShapes(pw))
            QTest::addRow("%s", qPrintable(url)) << url << pw;
    QTest::newRow("utf-8") << "mysql://u:pässwörd€@h/db"
                           << "pässwörd€";
}

void tst_Secrets::argvPasswordsHidden()
{
    QFETCH(QString, url);
    QFETCH(QString, password);
    for (bool joined : {false, true}) {
        QList<QByteArray> args{"cxcron-gui"};
        if (joined)
            args << "--database=" + url.toLocal8Bit();
        else
            args << "--database" << url.toLocal8Bit();
        std::vector<char *> argv;
        for (QByteArray &a : args)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        hideArgvPasswords(int(args.size()), argv.data());
        const QString shown = QString::fromLocal8Bit(argv[argv.size() - 2]); // the URL's argument
        QVERIFY2(!shown.contains(password), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral(":x")), qPrintable(shown));
    }
}

void tst_Secrets::coreDumpsOff()
{
    qunsetenv(CoreDumps::kAllowVariable);
    CoreDumps::disableUnlessAllowed();
    QVERIFY(!CoreDumps::enabled());
}

void tst_Secrets::privateFileModes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString plain = dir.filePath(QStringLiteral("db.sqlite"));
    QVERIFY(PrivateFile::createIfMissing(plain));
    struct stat st = {};
    QCOMPARE(::stat(QFile::encodeName(plain).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, mode_t(0600));
    // A folder shared with a group (set-group-ID): the group may read.
    const QString shared = dir.filePath(QStringLiteral("shared"));
    QVERIFY(QDir().mkdir(shared));
    QCOMPARE(::chmod(QFile::encodeName(shared).constData(), 02770), 0);
    const QString groupFile = shared + QStringLiteral("/db.sqlite");
    QVERIFY(PrivateFile::createIfMissing(groupFile));
    QCOMPARE(::stat(QFile::encodeName(groupFile).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, mode_t(0640));
    // An existing file keeps the mode its administrator gave it.
    QCOMPARE(::chmod(QFile::encodeName(plain).constData(), 0644), 0);
    QVERIFY(PrivateFile::createIfMissing(plain));
    QCOMPARE(::stat(QFile::encodeName(plain).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, mode_t(0644));
}

void tst_Secrets::strictUrlOptions_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("empty tls-ca") << "tls-ca=";
    QTest::newRow("empty tls") << "tls=";
    QTest::newRow("bare tls") << "tls";
    QTest::newRow("tls twice") << "tls=1&tls=0";
    QTest::newRow("tls-ca twice") << "tls-ca=/a.pem&tls-ca=/b.pem";
    QTest::newRow("empty ssh") << "ssh=";
    QTest::newRow("empty socket") << "socket=";
}

void tst_Secrets::strictUrlOptions()
{
    QFETCH(QString, query);
    try {
        ConnectionProfile::fromUrl(QStringLiteral("mysql://u@db.example.com:3306/cms?") + query);
        QFAIL("accepted");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), ErrorKind::Usage);
    }
}

void tst_Secrets::localhostWithPortIsTcp()
{
    const ConnectionProfile p = ConnectionProfile::fromUrl(QStringLiteral("mysql://u@localhost:3307/cms"));
    QCOMPARE(p.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(p.port, 3307);
    QCOMPARE(ConnectionProfile::fromUrl(QStringLiteral("mysql://u@localhost/cms")).host,
             QStringLiteral("localhost"));
}

void tst_Secrets::envFileWithNulRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral(".env"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("DB_HOST=db\nDB_PASSWORD=ab\0cd\n", 30));
    f.close();
    try {
        EnvFile::load(path);
        QFAIL("a .env with a NUL byte was read");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), ErrorKind::Config);
        QVERIFY2(e.message().contains(QStringLiteral("line 2")), qPrintable(e.message()));
    }
}

QTEST_GUILESS_MAIN(tst_Secrets)
#include "tst_secrets.moc"
