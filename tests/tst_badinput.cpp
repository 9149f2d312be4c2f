// SPDX-License-Identifier: GPL-3.0-or-later
// Bad input: hostile filter strings, huge and invalid-UTF-8 outputs, cron_logs tables of
// unexpected shapes, invalid schedules, malformed .env files and unknown names on the command
// line. Each must give a clear error or be handled safely: never a crash, never data lost.
#include "cliapp.h"
#include "clock.h"
#include "database.h"
#include "errors.h"
#include "exitcodes.h"
#include "faketask.h"
#include "historyrepository.h"
#include "runner.h"
#include "schedule.h"
#include "schema.h"
#include "sql.h"
#include "testdb.h"
#include "translation.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cxcron;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 3, 29), QTime(12, 0), QTimeZone::utc());

QString withNul()
{
    QString s = QStringLiteral("nul");
    s += QChar(0);
    s += QStringLiteral("byte");
    return s;
}

// Outputs stored in the history; each holds one hostile fragment, the last holds none.
QStringList hostileOutputs()
{
    return {QStringLiteral("{\"m\":\"x'; DROP TABLE cron_logs; --\"}"),
            QStringLiteral("{\"m\":\"100% done\"}"),
            QStringLiteral("{\"m\":\"snake_case\"}"),
            QStringLiteral("{\"m\":\"C:\\\\path\\\\file\"}"),
            QStringLiteral("{\"m\":\"say \\\"hi\\\" it's\"}"),
            QStringLiteral("{\"m\":\"bang ! and !% escape\"}"),
            QStringLiteral("{\"m\":\"party 🎉\"}"),
            QStringLiteral("{\"m\":\"smile 😀\"}"),
            QStringLiteral("{\"m\":\"") + withNul() + QStringLiteral("\"}"),
            QStringLiteral("{\"m\":\"plain\"}")};
}

qint64 insertFinished(const QSqlDatabase &db, const QString &task, int minute, const QString &output,
                      const QString &exceptionClass = {}, const QString &message = {})
{
    const QDateTime slot = kNow.addSecs(60 * minute);
    const qint64 id = HistoryRepository::claimSlot(db, task, slot, slot, QStringLiteral("test"));
    HistoryRepository::finish(db, id, exceptionClass.isEmpty() ? ExecState::Success : ExecState::Failed,
                              slot.addSecs(1), 1000, output, exceptionClass, message);
    return id;
}

int runCli(const QStringList &args, QString *errText)
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const int code = cli::CliApp(outStream, errStream).exec(QStringList{QStringLiteral("cxcron")} + args);
    outStream.flush();
    errStream.flush();
    Database::closeThreadConnection();
    if (errText)
        *errText = err;
    return code;
}

int lineCount(const QString &text)
{
    return int(text.split(u'\n', Qt::SkipEmptyParts).size());
}

} // namespace

class tst_BadInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void hostileFilters_data();
    void hostileFilters();
    void hostileTaskNameFilter_data();
    void hostileTaskNameFilter();
    void hugeAndInvalidOutput_data();
    void hugeAndInvalidOutput();
    void olderTableShapeIsMigrated_data();
    void olderTableShapeIsMigrated();
    void extraColumnsAreTolerated_data();
    void extraColumnsAreTolerated();
    void invalidSchedules_data();
    void invalidSchedules();
    void scheduleErrorsAreTranslated();
    void malformedEnvFiles_data();
    void malformedEnvFiles();
    void searchTextLimit_data();
    void searchTextLimit();
    void unknownNamesOnTheCommandLine();
};

void tst_BadInput::initTestCase()
{
    if (test::mariadbRequired())
        QVERIFY2(test::backends().contains(QStringLiteral("mariadb")),
                 "MariaDB is required but not configured");
}

void tst_BadInput::hostileFilters_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("needle");
    const QStringList needles{QStringLiteral("'; DROP TABLE cron_logs; --"),
                              QStringLiteral("%"),
                              QStringLiteral("_"),
                              QStringLiteral("\\"),
                              QStringLiteral("\""),
                              QStringLiteral("'"),
                              QStringLiteral("!"),
                              QStringLiteral("!%"),
                              QStringLiteral("%' OR '1'='1"),
                              withNul(),
                              QStringLiteral("😀"),
                              QString(ExecutionSelection::MaxTextLength, u'%')};
    for (const QString &backend : test::backends())
        for (int i = 0; i < needles.size(); ++i)
            QTest::addRow("%s/%d", qPrintable(backend), i) << backend << needles.at(i);
}

void tst_BadInput::hostileFilters()
{
    QFETCH(QString, backend);
    QFETCH(QString, needle);
    test::freshDatabase(backend);
    const QSqlDatabase db = test::db();
    Schema::migrate(db);
    const QStringList outputs = hostileOutputs();
    QHash<qint64, QString> stored;
    for (int i = 0; i < outputs.size(); ++i)
        stored.insert(insertFinished(db, QStringLiteral("t:out"), i, outputs.at(i)), outputs.at(i));
    // The same text as an exception message, to search both columns.
    const qint64 failedId = insertFinished(db, QStringLiteral("t:exc"), 0, {}, QStringLiteral("HostileError"),
                                           QStringLiteral("boom %_\\'"));

    HistoryFilter filter;
    filter.text = needle;
    filter.limit = 1000;
    QList<Execution> rows;
    try {
        rows = HistoryRepository::list(db, filter);
    } catch (const Error &e) {
        QFAIL(qPrintable(QStringLiteral("list() threw: ") + e.message()));
    }
    QCOMPARE(test::scalar(QStringLiteral("SELECT COUNT(*) FROM cron_logs")).toInt(), outputs.size() + 1);

    QSet<qint64> expected;
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        if (it.value().contains(needle))
            expected.insert(it.key());
    if (QStringLiteral("HostileError: boom %_\\'").contains(needle))
        expected.insert(failedId);
    QSet<qint64> got;
    for (const Execution &e : rows)
        got.insert(e.id);
    QCOMPARE(got, expected);
}

void tst_BadInput::hostileTaskNameFilter_data()
{
    test::addBackendColumn();
    test::addBackendRows();
}

void tst_BadInput::hostileTaskNameFilter()
{
    QFETCH(QString, backend);
    test::freshDatabase(backend);
    const QSqlDatabase db = test::db();
    Schema::migrate(db);
    insertFinished(db, QStringLiteral("t:a"), 0, QStringLiteral("{}"));
    for (const QString &name :
         {QStringLiteral("' OR 1=1 --"), QStringLiteral("t:%"), QStringLiteral("t:_"), withNul()}) {
        HistoryFilter filter;
        filter.task = name;
        QVERIFY(HistoryRepository::list(db, filter).isEmpty());
        QVERIFY(!HistoryRepository::lastRun(db, name));
        QCOMPARE(HistoryRepository::stats(db, name, kNow.addDays(-1)).total, 0);
    }
    QCOMPARE(test::scalar(QStringLiteral("SELECT COUNT(*) FROM cron_logs")).toInt(), 1);
}

void tst_BadInput::hugeAndInvalidOutput_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("fillerBytes");
    for (const QString &backend : test::backends()) {
        QTest::addRow("%s/10MB", qPrintable(backend)) << backend << 10 * 1024 * 1024;
        QTest::addRow("%s/3MB", qPrintable(backend)) << backend << 3 * 1000 * 1000;
    }
}

void tst_BadInput::hugeAndInvalidOutput()
{
    QFETCH(QString, backend);
    QFETCH(int, fillerBytes);
    test::freshDatabase(backend);
    Schema::migrate(test::db());
    QString hostile = QString::fromUtf8(QByteArray("bad \xff\xfe\xc3( \xed\xa0\x80 end"));
    hostile += QChar(0xD800);
    hostile += QChar(0);
    hostile += QStringLiteral("'; DROP TABLE cron_logs; --");
    TaskRegistry registry;
    registry.add(std::make_shared<test::FakeTask>(
        QStringLiteral("t:big"), Schedule::everyMinutes(1), [&](TaskContext &) {
            return QJsonObject{{QStringLiteral("hostile"), hostile},
                               {QStringLiteral("filler"), QString(fillerBytes, u'x')}};
        }));
    Runner runner(registry, std::make_shared<FixedClock>(kNow));
    const RunOutcome outcome = runner.runNow(QStringLiteral("t:big"), Trigger::Cli, QStringLiteral("test"));
    QCOMPARE(outcome.state, ExecState::Success);

    const auto row = HistoryRepository::get(test::db(), outcome.logId);
    QVERIFY(row);
    QCOMPARE(row->state, ExecState::Success);
    const QByteArray stored = row->output.toUtf8();
    QVERIFY2(stored.size() <= 4 * 1024 * 1024, qPrintable(QString::number(stored.size())));
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(stored, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    if (fillerBytes > 4 * 1024 * 1024) {
        // Capped: a summary with the original size and the head of the output.
        QCOMPARE(json.value(QStringLiteral("truncated")).toBool(), true);
        QVERIFY(json.value(QStringLiteral("original_bytes")).toDouble() > fillerBytes);
        QVERIFY(!json.value(QStringLiteral("head")).toString().isEmpty());
    } else {
        QCOMPARE(json.value(QStringLiteral("filler")).toString().size(), fillerBytes);
        const QString back = json.value(QStringLiteral("hostile")).toString();
        QVERIFY(back.startsWith(QStringLiteral("bad ")));
        QVERIFY(back.contains(QChar(0xFFFD))); // invalid bytes became replacement characters
        QVERIFY(back.endsWith(QStringLiteral("'; DROP TABLE cron_logs; --")));
    }
    QCOMPARE(test::scalar(QStringLiteral("SELECT COUNT(*) FROM cron_logs")).toInt(), 1);
}

void tst_BadInput::olderTableShapeIsMigrated_data()
{
    test::addBackendColumn();
    test::addBackendRows();
}

void tst_BadInput::olderTableShapeIsMigrated()
{
    QFETCH(QString, backend);
    test::freshDatabase(backend);
    const QSqlDatabase db = test::db();
    const bool sqlite = Database::isSqlite(db);
    // The shape of the CMS's original cron_logs table, plus a column of its own.
    Sql::exec(
        db, sqlite
                ? QStringLiteral("CREATE TABLE cron_logs (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT, "
                                 "start_at TEXT, end_at TEXT, state TEXT, output TEXT, exception TEXT, "
                                 "legacy_flag INTEGER NOT NULL DEFAULT 7)")
                : QStringLiteral("CREATE TABLE cron_logs (id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY "
                                 "KEY, name VARCHAR(191), start_at DATETIME, end_at DATETIME NULL, state "
                                 "VARCHAR(16), output LONGTEXT, exception LONGTEXT, legacy_flag INT NOT NULL "
                                 "DEFAULT 7) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4"));
    for (int i = 0; i < 3; ++i)
        Sql::exec(db,
                  QStringLiteral("INSERT INTO cron_logs (name, start_at, end_at, state, output, exception) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"),
                  {QStringLiteral("services:expire"), QStringLiteral("2026-03-01 10:0%1:00").arg(i),
                   QStringLiteral("2026-03-01 10:0%1:05").arg(i),
                   i == 2 ? QStringLiteral("failed") : QStringLiteral("success"),
                   QStringLiteral("{\"old\":%1}").arg(i), i == 2 ? QStringLiteral("boom") : QString()});
    Schema::migrate(db);
    const QStringList columns = Database::columns(db, QStringLiteral("cron_logs"));
    for (const char *c :
         {"scheduled_for", "exception_class", "duration_ms", "trigger_kind", "host", "pid", "legacy_flag"})
        QVERIFY2(columns.contains(QLatin1String(c), Qt::CaseInsensitive), c);
    QCOMPARE(test::scalar(QStringLiteral("SELECT COUNT(*) FROM cron_logs")).toInt(), 3);
    QCOMPARE(test::scalar(QStringLiteral("SELECT output FROM cron_logs WHERE id = 2")).toString(),
             QStringLiteral("{\"old\":1}"));

    // The old rows read back, and new runs are recorded next to them.
    HistoryFilter filter;
    const QList<Execution> rows = HistoryRepository::list(db, filter);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.first().state, ExecState::Failed);
    const qint64 id = insertFinished(db, QStringLiteral("services:expire"), 0, QStringLiteral("{}"));
    QVERIFY(id > 3);
    QCOMPARE(
        HistoryRepository::claimSlot(db, QStringLiteral("services:expire"), kNow, kNow, QStringLiteral("x")),
        0);
    QCOMPARE(test::scalar(QStringLiteral("SELECT legacy_flag FROM cron_logs WHERE id = ?"), {id}).toInt(), 7);
}

void tst_BadInput::extraColumnsAreTolerated_data()
{
    test::addBackendColumn();
    test::addBackendRows();
}

void tst_BadInput::extraColumnsAreTolerated()
{
    QFETCH(QString, backend);
    test::freshDatabase(backend);
    const QSqlDatabase db = test::db();
    Schema::migrate(db);
    insertFinished(db, QStringLiteral("t:a"), 0, QStringLiteral("{}"));
    const bool sqlite = Database::isSqlite(db);
    // A column someone added by hand, nullable, and one NOT NULL without a default.
    Sql::exec(db, QStringLiteral("ALTER TABLE cron_logs ADD COLUMN site_note TEXT NULL"));
    insertFinished(db, QStringLiteral("t:a"), 1, QStringLiteral("{}"));
    QCOMPARE(HistoryRepository::list(db, {}).size(), 2);
    Sql::exec(db,
              sqlite ? QStringLiteral("ALTER TABLE cron_logs ADD COLUMN tenant_id INTEGER NOT NULL DEFAULT 0")
                     : QStringLiteral("ALTER TABLE cron_logs ADD COLUMN tenant_id INT NOT NULL"));
    if (!sqlite) {
        // MariaDB (strict mode) refuses an INSERT that leaves tenant_id out: a clear error, no
        // crash, nothing lost.
        try {
            HistoryRepository::claimSlot(db, QStringLiteral("t:a"), kNow.addSecs(600), kNow,
                                         QStringLiteral("x"));
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("tenant_id")), qPrintable(e.message()));
        }
    } else {
        insertFinished(db, QStringLiteral("t:a"), 2, QStringLiteral("{}"));
    }
    QVERIFY(test::scalar(QStringLiteral("SELECT COUNT(*) FROM cron_logs")).toInt() >= 2);
    QVERIFY(HistoryRepository::get(db, 1));
    QCOMPARE(HistoryRepository::stats(db, QStringLiteral("t:a"), kNow.addDays(-1)).success,
             test::scalar(QStringLiteral("SELECT COUNT(*) FROM cron_logs")).toInt());
}

void tst_BadInput::invalidSchedules_data()
{
    QTest::addColumn<QString>("text");
    const QStringList bad{QString(),
                          QStringLiteral("   "),
                          QStringLiteral("* * * *"),
                          QStringLiteral("* * * * * *"),
                          QStringLiteral("60 * * * *"),
                          QStringLiteral("* 24 * * *"),
                          QStringLiteral("* * 0 * *"),
                          QStringLiteral("* * 32 * *"),
                          QStringLiteral("* * * 13 *"),
                          QStringLiteral("* * * * 8"),
                          QStringLiteral("*/0 * * * *"),
                          QStringLiteral("*/-1 * * * *"),
                          QStringLiteral("1,,2 * * * *"),
                          QStringLiteral("5-1-3 * * * *"),
                          QStringLiteral("99999999999999999999 * * * *"),
                          QStringLiteral("* * * foo *"),
                          QStringLiteral("@reboot"),
                          QStringLiteral("@every"),
                          QStringLiteral("every 0 minutes"),
                          QStringLiteral("0m"),
                          QStringLiteral("-5m"),
                          QStringLiteral("every 400 days"),
                          QStringLiteral("2147483647d"),
                          QStringLiteral("99999999999m"),
                          QStringLiteral("'; DROP TABLE cron_logs; --"),
                          withNul(),
                          QStringLiteral("😀 * * * *"),
                          QStringLiteral("* * * * *\n* * * * *")};
    for (int i = 0; i < bad.size(); ++i)
        QTest::addRow("%d", i) << bad.at(i);
}

void tst_BadInput::invalidSchedules()
{
    QFETCH(QString, text);
    QString error;
    const Schedule s = Schedule::parse(text, &error);
    QVERIFY2(!s.isValid(), qPrintable(s.toString()));
    QVERIFY2(!error.isEmpty(), "no error message for an invalid schedule");
    QString cronError;
    QVERIFY(!CronExpression::parse(text, &cronError).isValid());
    QVERIFY(!cronError.isEmpty());
    // An invalid schedule never yields a slot.
    QVERIFY(!s.latestSlot(kNow, QTimeZone::utc()).isValid());
}

void tst_BadInput::scheduleErrorsAreTranslated()
{
    QString error;
    QCOMPARE(Translation::install(QStringLiteral("fr")), QStringLiteral("fr"));
    QVERIFY(!Schedule::parse(QStringLiteral("* * * *"), &error).isValid());
    QVERIFY2(error.contains(QStringLiteral("invalide")), qPrintable(error));
    QVERIFY(!Schedule::parse(QStringLiteral("0m"), &error).isValid());
    QVERIFY2(error.startsWith(QStringLiteral("Planification")), qPrintable(error));
    Translation::install(QStringLiteral("en"));
    QVERIFY(!Schedule::parse(QStringLiteral("* * * *"), &error).isValid());
    QVERIFY2(error.startsWith(QStringLiteral("Invalid cron expression")), qPrintable(error));
}

void tst_BadInput::malformedEnvFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("permissions");
    const int priv = int(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QTest::newRow("empty") << QByteArray() << priv;
    QTest::newRow("garbage") << QByteArray("\x00\x01\xff\xfe garbage\n=\n===\n", 16) << priv;
    QTest::newRow("unterminated quote") << QByteArray("DB_DATABASE=\"cms\nDB_USERNAME=u\n") << priv;
    QTest::newRow("bad port") << QByteArray("DB_DATABASE=cms\nDB_PORT=33o6\n") << priv;
    QTest::newRow("pgsql") << QByteArray("DB_CONNECTION=pgsql\nDB_DATABASE=cms\n") << priv;
    QTest::newRow("huge line") << (QByteArray("DB_HOST=") + QByteArray(8 * 1024 * 1024, 'h') + '\n') << priv;
}

void tst_BadInput::malformedEnvFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(int, permissions);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral(".env"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::Permissions(permissions)));
    QString err;
    const int code = runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--env"), path,
                             QStringLiteral("list")},
                            &err);
    QCOMPARE(code, int(ExitConfig));
    QCOMPARE(lineCount(err), 1);
    QVERIFY(!err.contains(QStringLiteral("secret")));
}

void tst_BadInput::unknownNamesOnTheCommandLine()
{
    QTemporaryDir dir;
    const QString url = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("db.sqlite"));
    QString err;
    QCOMPARE(
        runCli({QStringLiteral("--database"), url, QStringLiteral("run"), QStringLiteral("no:such-task")},
               &err),
        int(ExitNotFound));
    QCOMPARE(lineCount(err), 1);
    QVERIFY(err.contains(QStringLiteral("no:such-task")));
    QCOMPARE(runCli({QStringLiteral("--database"), url, QStringLiteral("run"),
                     QStringLiteral("'; DROP TABLE cron_logs; --")},
                    &err),
             int(ExitNotFound));
    QCOMPARE(runCli({QStringLiteral("--database"), url, QStringLiteral("list")}, &err),
             int(ExitOk)); // reads only: lists the tasks before any table exists
    QCOMPARE(runCli({QStringLiteral("--database"), url, QStringLiteral("migrate")}, &err), int(ExitOk));
    const int showCode =
        runCli({QStringLiteral("--database"), url, QStringLiteral("show"), QStringLiteral("987654")}, &err);
    QVERIFY2(showCode == ExitNotFound, qPrintable(err));
    QCOMPARE(lineCount(err), 1);
    QCOMPARE(runCli({QStringLiteral("--database"), url, QStringLiteral("no-such-command")}, &err),
             int(ExitUsage));
    const int urlCode = runCli(
        {QStringLiteral("--database"), QStringLiteral("postgres://x/y"), QStringLiteral("list")}, &err);
    QVERIFY2(urlCode == ExitUsage || urlCode == ExitConfig, qPrintable(err));
    QCOMPARE(lineCount(err), 1);
    QCOMPARE(runCli({QStringLiteral("--database"), url, QStringLiteral("--timezone"),
                     QStringLiteral("Mars/Olympus"), QStringLiteral("list")},
                    &err),
             int(ExitConfig));
}

void tst_BadInput::searchTextLimit_data()
{
    QTest::addColumn<QString>("backend");
    for (const QString &backend : test::backends())
        QTest::newRow(qPrintable(backend)) << backend;
}

// Over the documented limit the search is a usage error on every backend; before, SQLite ended a
// 60,000-character search with "LIKE or GLOB pattern too complex" (a database error, exit 5).
void tst_BadInput::searchTextLimit()
{
    QFETCH(QString, backend);
    test::freshDatabase(backend);
    const QSqlDatabase db = test::db();
    Schema::migrate(db);
    HistoryFilter filter;
    for (const int length : {ExecutionSelection::MaxTextLength + 1, 60000}) {
        filter.text = QString(length, u'%');
        try {
            HistoryRepository::list(db, filter);
            QFAIL("a search text over the limit was accepted");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), ErrorKind::Usage);
            QVERIFY2(e.message().contains(QString::number(ExecutionSelection::MaxTextLength)),
                     qPrintable(e.message()));
        }
    }
}

QTEST_GUILESS_MAIN(tst_BadInput)
#include "tst_badinput.moc"
