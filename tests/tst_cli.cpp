// SPDX-License-Identifier: GPL-3.0-or-later
// The real `cxcron` binary, as crontab and admins call it: exit codes and messages.
#include "exitcodes.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace cxcron;

namespace {
struct Result
{
    int code = -1;
    QString out;
    QString err;
};
} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void exitCodes_data();
    void exitCodes();
    void demoDatabaseEndToEnd();
    void wrongPasswordWritesNothing();
    void unwritableSqliteWritesNothing();
    void worldReadableEnvIsReadWithAWarning();
    void envFileConnects();
    void jsonOutputs();
    void cancelledRunsAndStartOrder();
    void crontabLines();
    void languages_data();
    void languages();

private:
    Result cxcron(const QStringList &args, const QHash<QString, QString> &extraEnv = {});
    QString mariadbUrl(const QString &password) const;
    QString m_binary;
    std::unique_ptr<QTemporaryDir> m_home;
};

void tst_Cli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_binary = qEnvironmentVariable("CXCRON_BINARY");
    if (m_binary.isEmpty())
        QSKIP("CXCRON_BINARY is not set (run through ctest)");
    QVERIFY(QFile::exists(m_binary));
}

void tst_Cli::init()
{
    m_home = std::make_unique<QTemporaryDir>(); // a fresh "machine": no configuration, no demo db
}

Result tst_Cli::cxcron(const QStringList &args, const QHash<QString, QString> &extraEnv)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
        env.insert(it.key(), it.value());
    env.insert(QStringLiteral("HOME"), m_home->path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
    env.remove(QStringLiteral("CXCRON_DATABASE_URL"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(m_binary, args);
    if (!p.waitForFinished(60000))
        p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QString tst_Cli::mariadbUrl(const QString &password) const
{
    QUrl url(qEnvironmentVariable("CXCRON_TEST_MARIADB_URL"));
    url.setPassword(password);
    return url.toString();
}

void tst_Cli::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << int(ExitOk) << "demo-db";
    QTest::newRow("version") << QStringList{QStringLiteral("--version")} << int(ExitOk) << "cxcron";
    QTest::newRow("no command") << QStringList{} << int(ExitUsage) << "No command";
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << int(ExitUsage)
                                     << "Unknown command";
    QTest::newRow("unknown option") << QStringList{QStringLiteral("list"), QStringLiteral("--frob")}
                                    << int(ExitUsage) << "frob";
    QTest::newRow("nothing configured")
        << QStringList{QStringLiteral("run")} << int(ExitConfig) << "cxcron demo-db";
    QTest::newRow("missing env file")
        << QStringList{QStringLiteral("--env"), QStringLiteral("/nonexistent/.env"), QStringLiteral("run")}
        << int(ExitConfig) << "/nonexistent/.env";
    QTest::newRow("malformed url") << QStringList{QStringLiteral("--database"),
                                                  QStringLiteral("postgres://x/y"), QStringLiteral("run")}
                                   << int(ExitUsage) << "Malformed database URL";
    QTest::newRow("two sources") << QStringList{QStringLiteral("--env"), QStringLiteral("a"),
                                                QStringLiteral("--profile"), QStringLiteral("b"),
                                                QStringLiteral("list")}
                                 << int(ExitUsage) << "only one";
    QTest::newRow("unknown profile") << QStringList{QStringLiteral("--profile"), QStringLiteral("prod"),
                                                    QStringLiteral("list")}
                                     << int(ExitNotFound) << "prod";
    QTest::newRow("unreachable server")
        << QStringList{QStringLiteral("--database"), QStringLiteral("mysql://u@127.0.0.1:1/db"),
                       QStringLiteral("run")}
        << int(ExitConnection) << "Cannot reach";
    QTest::newRow("misspelled url key")
        << QStringList{QStringLiteral("--database"), QStringLiteral("mysql://u@127.0.0.1:1/db?tsl=1"),
                       QStringLiteral("run")}
        << int(ExitUsage) << "\"tsl\"";
}

void tst_Cli::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    const Result r = cxcron(args);
    QCOMPARE(r.code, code);
    const QString all = r.out + r.err;
    QVERIFY2(all.contains(message), qPrintable(all));
    if (code != ExitOk)
        QCOMPARE(r.err.trimmed().count(u'\n'), 0); // one clear line
}

void tst_Cli::demoDatabaseEndToEnd()
{
    QCOMPARE(cxcron({QStringLiteral("demo-db")}).code, int(ExitOk));
    const Result run = cxcron({QStringLiteral("run")});
    QVERIFY2(run.code == ExitOk, qPrintable(run.err));
    QVERIFY(!run.out.isEmpty());
    const Result list = cxcron({QStringLiteral("list")});
    QCOMPARE(list.code, int(ExitOk));
    QVERIFY(list.out.contains(QStringLiteral("history:prune")));
    const Result history =
        cxcron({QStringLiteral("history"), QStringLiteral("--limit"), QStringLiteral("5")});
    QCOMPARE(history.code, int(ExitOk));
    QVERIFY(history.out.contains(QStringLiteral("Schedule")));
    // Errors on a working database.
    QCOMPARE(cxcron({QStringLiteral("history"), QStringLiteral("no:such-task")}).code, int(ExitNotFound));
    QCOMPARE(cxcron({QStringLiteral("show"), QStringLiteral("999999999")}).code, int(ExitNotFound));
    QCOMPARE(cxcron({QStringLiteral("show"), QStringLiteral("abc")}).code, int(ExitUsage));
    QCOMPARE(cxcron({QStringLiteral("run"), QStringLiteral("no:such-task")}).code, int(ExitNotFound));
    const Result badDate =
        cxcron({QStringLiteral("history"), QStringLiteral("--since"), QStringLiteral("2026-13-45")});
    QCOMPARE(badDate.code, int(ExitUsage));
    QVERIFY(badDate.err.contains(QStringLiteral("--since")));
    QCOMPARE(cxcron({QStringLiteral("history"), QStringLiteral("--state"), QStringLiteral("exploded")}).code,
             int(ExitUsage));
    QCOMPARE(cxcron({QStringLiteral("prune"), QStringLiteral("--keep-days"), QStringLiteral("-3")}).code,
             int(ExitUsage));
    const Result dry = cxcron({QStringLiteral("prune"), QStringLiteral("--keep-days"), QStringLiteral("15"),
                               QStringLiteral("--dry-run")});
    QCOMPARE(dry.code, int(ExitOk));
    // Per-installation overrides.
    const Result set =
        cxcron({QStringLiteral("set"), QStringLiteral("services:expire"), QStringLiteral("--schedule"),
                QStringLiteral("6h"), QStringLiteral("--disable")});
    QVERIFY2(set.code == ExitOk, qPrintable(set.err));
    QVERIFY(cxcron({QStringLiteral("list")}).out.contains(QStringLiteral("every 6 hours")));
    QCOMPARE(cxcron({QStringLiteral("set"), QStringLiteral("services:expire"), QStringLiteral("--schedule"),
                     QStringLiteral("61 * * * *")})
                 .code,
             int(ExitUsage));
    QCOMPARE(
        cxcron({QStringLiteral("set"), QStringLiteral("services:expire"), QStringLiteral("--reset")}).code,
        int(ExitOk));
    QVERIFY(!cxcron({QStringLiteral("list")}).out.contains(QStringLiteral("every 6 hours")));
    // Manual run of one task.
    const Result one =
        cxcron({QStringLiteral("run"), QStringLiteral("history:prune"), QStringLiteral("--json")});
    QCOMPARE(one.code, int(ExitOk));
    const QJsonArray outcomes = QJsonDocument::fromJson(one.out.toUtf8()).array();
    QCOMPARE(outcomes.size(), 1);
    QCOMPARE(outcomes.first().toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("success"));
    const Result shown =
        cxcron({QStringLiteral("show"),
                QString::number(outcomes.first().toObject().value(QStringLiteral("id")).toInteger())});
    QCOMPARE(shown.code, int(ExitOk));
    QVERIFY(shown.out.contains(QStringLiteral("Command line")));
}

void tst_Cli::wrongPasswordWritesNothing()
{
    if (qEnvironmentVariable("CXCRON_TEST_MARIADB_URL").isEmpty())
        QSKIP("no MariaDB test server");
    QUrl url(mariadbUrl({}));
    url.setPassword({});
    const Result r = cxcron({QStringLiteral("--database"), url.toString(), QStringLiteral("run")},
                            {{QStringLiteral("CXCRON_DB_PASSWORD"), QStringLiteral("not-the-password")}});
    QCOMPARE(r.code, int(ExitConnection));
    QVERIFY2(r.err.contains(QStringLiteral("Access denied")), qPrintable(r.err));
    QVERIFY(!r.err.contains(QStringLiteral("not-the-password")));
    QCOMPARE(r.err.trimmed().count(u'\n'), 0);
    QVERIFY(r.out.isEmpty());
}

void tst_Cli::unwritableSqliteWritesNothing()
{
    const QString path = m_home->filePath(QStringLiteral("missing-dir/cms.sqlite"));
    const Result r =
        cxcron({QStringLiteral("--database"), QStringLiteral("sqlite:") + path, QStringLiteral("run")});
    QCOMPARE(r.code, int(ExitConnection));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QDir(m_home->filePath(QStringLiteral("missing-dir"))).exists());
}

void tst_Cli::worldReadableEnvIsReadWithAWarning()
{
    // The CMS's .env as web installers leave it (0644) is the CMS's file: cxcron reads it (here
    // it then fails to connect, port 1) instead of refusing it every minute.
    const QString path = m_home->filePath(QStringLiteral(".env"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("DB_CONNECTION=mysql\nDB_HOST=127.0.0.1\nDB_PORT=1\nDB_DATABASE=cms\nDB_USERNAME=cms\n"
            "DB_PASSWORD=secret\n");
    f.close();
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    const Result r = cxcron({QStringLiteral("--env"), path, QStringLiteral("run")});
    QCOMPARE(r.code, int(ExitConnection));
    QVERIFY2(!r.err.contains(QStringLiteral("chmod 600")), qPrintable(r.err));
    QVERIFY(!r.err.contains(QStringLiteral("secret")));
}

void tst_Cli::envFileConnects()
{
    if (qEnvironmentVariable("CXCRON_TEST_MARIADB_URL").isEmpty())
        QSKIP("no MariaDB test server");
    const QUrl url(qEnvironmentVariable("CXCRON_TEST_MARIADB_URL"));
    const QString path = m_home->filePath(QStringLiteral("clientxcms.env"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("# CLIENTXCMS\nAPP_NAME=\"Mon hébergeur\"\nMAIL_FROM_NAME=\"${APP_NAME}\"\n"
                           "DB_CONNECTION=mysql\nDB_HOST=%1\nDB_PORT=%2\n"
                           "DB_DATABASE=%3\nDB_USERNAME=%4\nPW_HEAD='%5'\nDB_PASSWORD=\"${PW_HEAD}%6\"\n")
                .arg(url.host())
                .arg(url.port())
                // The password is assembled with ${…}, as phpdotenv (Laravel) does: before, the
                // literal "${PW_HEAD}…" was sent and the server answered "Access denied".
                .arg(url.path().mid(1), url.userName(), url.password().left(2), url.password().mid(2))
                .toUtf8());
    f.close();
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const Result r = cxcron({QStringLiteral("--env"), path, QStringLiteral("list")});
    QVERIFY2(r.code == ExitOk, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("history:prune")));
}

void tst_Cli::jsonOutputs()
{
    QCOMPARE(cxcron({QStringLiteral("demo-db")}).code, int(ExitOk));
    const Result list = cxcron({QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(list.code, int(ExitOk));
    const QJsonArray tasks = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QVERIFY(!tasks.isEmpty());
    for (const QJsonValue &t : tasks) {
        QVERIFY(!t.toObject().value(QStringLiteral("name")).toString().isEmpty());
        QVERIFY(!t.toObject().value(QStringLiteral("schedule")).toString().isEmpty());
    }
    const Result history = cxcron({QStringLiteral("history"), QStringLiteral("--json"),
                                   QStringLiteral("--limit"), QStringLiteral("3")});
    QCOMPARE(history.code, int(ExitOk));
    QVERIFY(QJsonDocument::fromJson(history.out.toUtf8()).isArray());

    // Every row, in many chunks: the last one (smaller than the output buffer) is printed too.
    const Result all = cxcron({QStringLiteral("history"), QStringLiteral("--json"), QStringLiteral("--limit"),
                               QStringLiteral("0")});
    QCOMPARE(all.code, int(ExitOk));
    const QJsonArray rows = QJsonDocument::fromJson(all.out.toUtf8()).array();
    QVERIFY(rows.size() > 1000);
    const Result csv = cxcron(
        {QStringLiteral("history"), QStringLiteral("--csv"), QStringLiteral("--limit"), QStringLiteral("0")});
    QCOMPARE(csv.code, int(ExitOk));
    QVERIFY(csv.out.endsWith(QStringLiteral("\r\n")));
    const QString lastId = QString::number(rows.last().toObject().value(QStringLiteral("id")).toInteger());
    const QStringList lines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QVERIFY2(lines.last().startsWith(lastId + u','), qPrintable(lines.last().left(80)));
}

// A cancelled run is its own state in history, show and --json; history is newest first by
// start time even when ids say otherwise (a row recorded late), --before included.
void tst_Cli::cancelledRunsAndStartOrder()
{
    QCOMPARE(cxcron({QStringLiteral("demo-db")}).code, int(ExitOk));
    const QString path = m_home->filePath(QStringLiteral("data/cxcron/cxcron-demo.sqlite"));
    QVERIFY(QFile::exists(path));
    qint64 cancelled = 0;
    qint64 late = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("cli-test"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        const auto insert = [&](const QString &start, const QString &state) {
            QVERIFY(q.exec(
                QStringLiteral("INSERT INTO cron_logs (name, start_at, end_at, state, exception_class, "
                               "duration_ms, manual, trigger_kind, triggered_by, host, pid) VALUES "
                               "('t:cli', '%1', '%1', '%2', 'TaskCancelled', 5, 1, 'manual', 'alice', "
                               "'desk', 1)")
                    .arg(start, state)));
        };
        insert(QStringLiteral("2099-01-02 00:00:00.000"), QStringLiteral("cancelled"));
        cancelled = q.lastInsertId().toLongLong();
        insert(QStringLiteral("2099-01-01 00:00:00.000"),
               QStringLiteral("failed")); // recorded after, started before
        late = q.lastInsertId().toLongLong();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("cli-test"));
    QVERIFY(late > cancelled);

    const Result only = cxcron({QStringLiteral("history"), QStringLiteral("--state"),
                                QStringLiteral("cancelled"), QStringLiteral("--json")});
    QCOMPARE(only.code, int(ExitOk));
    const QJsonArray rows = QJsonDocument::fromJson(only.out.toUtf8()).array();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("cancelled"));
    const Result shown = cxcron({QStringLiteral("show"), QString::number(cancelled)});
    QCOMPARE(shown.code, int(ExitOk));
    QVERIFY2(shown.out.contains(QStringLiteral("Cancelled")), qPrintable(shown.out));

    const auto ids = [this](const QStringList &extra) {
        QList<qint64> result;
        const Result r =
            cxcron(QStringList{QStringLiteral("history"), QStringLiteral("t:cli"), QStringLiteral("--json")} +
                   extra);
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            result << v.toObject().value(QStringLiteral("id")).toInteger();
        return result;
    };
    QCOMPARE(ids({}), (QList<qint64>{cancelled, late}));
    QCOMPARE(ids({QStringLiteral("--before"), QString::number(cancelled)}), QList<qint64>{late});
    const Result table = cxcron({QStringLiteral("history"), QStringLiteral("t:cli")});
    QVERIFY2(table.out.indexOf(QString::number(cancelled)) < table.out.indexOf(QString::number(late)),
             qPrintable(table.out));
}

void tst_Cli::crontabLines()
{
    const Result r = cxcron(
        {QStringLiteral("crontab"), QStringLiteral("--env"), QStringLiteral("/var/www/clientxcms/.env")});
    QCOMPARE(r.code, int(ExitOk));
    QVERIFY(r.out.contains(QStringLiteral("* * * * * ")));
    QVERIFY(r.out.contains(QStringLiteral(" run --env /var/www/clientxcms/.env")));
    QVERIFY(r.out.contains(QStringLiteral("OnCalendar=*-*-* *:*:00")));
    QVERIFY(r.out.contains(QStringLiteral("User=www-data")));

    // A --database URL: the lines never hold its password; they read it from an environment file.
    const QString password = QStringLiteral("2024/Top:Secret@x");
    const Result db =
        cxcron({QStringLiteral("crontab"), QStringLiteral("--database"),
                QStringLiteral("mysql://cx:") + password + QStringLiteral("@db.local:3306/cms")});
    QCOMPARE(db.code, int(ExitOk));
    QVERIFY2(!db.out.contains(password) && !db.err.contains(password), qPrintable(db.out + db.err));
    QVERIFY2(!db.out.contains(QStringLiteral("TopSecret")), qPrintable(db.out));
    QVERIFY2(db.out.contains(QStringLiteral("--database mysql://cx@db.local:3306/cms")), qPrintable(db.out));
    QVERIFY2(db.out.contains(QStringLiteral("EnvironmentFile=/etc/default/cxcron")), qPrintable(db.out));
    // The crontab line reads it from a file of the user it runs as, not root's /etc/default/cxcron.
    QVERIFY2(!db.out.contains(QStringLiteral(". /etc/default/cxcron;")), qPrintable(db.out));
    QVERIFY2(db.out.contains(QStringLiteral(". /etc/cxcron/www-data.env;")) ||
                 db.out.contains(QStringLiteral(". $HOME/.config/cxcron/cron.env;")),
             qPrintable(db.out));
    // Failures reach syslog, and the units carry the shipped sandbox.
    QVERIFY2(db.out.contains(QStringLiteral("; } 2>&1 | logger -t cxcron")), qPrintable(db.out));
    for (const char *line :
         {"ProtectSystem=strict", "SuccessExitStatus=1", "NoNewPrivileges=yes",
          "SystemCallFilter=@system-service", "Unit=cxcron-tick.service", "systemctl start --no-block"})
        QVERIFY2(db.out.contains(QLatin1String(line)), line);

    // A '/' in the password of a URL without a database part: refused, never written out.
    const Result slash = cxcron({QStringLiteral("crontab"), QStringLiteral("--database"),
                                 QStringLiteral("mysql://u:Tr0ub4dor/3@db.example.com")});
    QVERIFY2(!slash.out.contains(QStringLiteral("Tr0ub4dor")) &&
                 !slash.err.contains(QStringLiteral("Tr0ub4dor")),
             qPrintable(slash.out + slash.err));
    QVERIFY2(db.out.contains(QStringLiteral("CXCRON_DB_PASSWORD")), qPrintable(db.out));
}

void tst_Cli::languages_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("fr unknown command")
        << QStringList{QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("frobnicate")}
        << QStringLiteral("Commande inconnue");
    QTest::newRow("fr=help") << QStringList{QStringLiteral("--lang=fr"), QStringLiteral("--help")}
                             << QStringLiteral("Commandes :");
    QTest::newRow("fr list header") << QStringList{QStringLiteral("--lang"), QStringLiteral("fr"),
                                                   QStringLiteral("list")}
                                    << QStringLiteral("PROCHAINE ÉCHÉANCE");
    QTest::newRow("fr plural") << QStringList{QStringLiteral("--lang"),     QStringLiteral("fr"),
                                              QStringLiteral("set"),        QStringLiteral("services:expire"),
                                              QStringLiteral("--schedule"), QStringLiteral("3h")}
                               << QStringLiteral("toutes les 3 heures");
    QTest::newRow("en plural") << QStringList{QStringLiteral("--lang"), QStringLiteral("en"),
                                              QStringLiteral("list")}
                               << QStringLiteral("every minute");
    QTest::newRow("unknown language refused with the list")
        << QStringList{QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("list")}
        << QStringLiteral("Unknown language \"de\": use one of en, fr.");
}

void tst_Cli::languages()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    QCOMPARE(cxcron({QStringLiteral("demo-db")}).code, int(ExitOk));
    const Result r = cxcron(args);
    const QString all = r.out + r.err;
    QVERIFY2(all.contains(expected), qPrintable(all));
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
