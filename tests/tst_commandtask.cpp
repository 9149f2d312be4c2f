// SPDX-License-Identifier: GPL-3.0-or-later
// Command tasks against a fake CLIENTXCMS v2 root (tests/fixtures/clientxcms-v2/artisan, run by
// Debian's php-cli): each artisan command there reproduces one behaviour of Laravel's console.
#include "commandtask.h"
#include "database.h"
#include "historyrepository.h"
#include "runner.h"
#include "schema.h"
#include "testdb.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace cxcron;

namespace {

QString fixtureRoot()
{
    return QStringLiteral(CXCRON_TEST_FIXTURES "/clientxcms-v2");
}

TaskDefinition artisan(const QString &command, int timeout = 60)
{
    TaskDefinition d;
    d.name = command;
    d.kind = TaskDefinition::Kind::Artisan;
    d.program = command;
    d.timeoutSeconds = timeout;
    return d;
}

RunOutcome runNow(const TaskDefinition &d, const CmsSite &site)
{
    TaskRegistry registry;
    registry.add(std::make_shared<CommandTask>(d, site));
    RunnerOptions options;
    options.zone = QTimeZone("Europe/Paris");
    Runner runner(registry, std::make_shared<DatabaseClock>(), options);
    return runner.runNow(d.name, Trigger::Cli);
}

QJsonObject outputOf(const Execution &e)
{
    return QJsonDocument::fromJson(e.output.toUtf8()).object();
}

} // namespace

class tst_CommandTask : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (QStandardPaths::findExecutable(QStringLiteral("php")).isEmpty()) {
            if (test::mariadbRequired()) // CI installs php-cli: its absence there is a failure
                QFAIL("php (php-cli) is not installed");
            QSKIP("php (php-cli) is not installed");
        }
    }
    void init()
    {
        test::freshDatabase(QStringLiteral("sqlite"));
        Schema::migrate(test::db());
        m_log = std::make_unique<QTemporaryDir>();
        qputenv("FAKE_ARTISAN_LOG", m_log->filePath(QStringLiteral("artisan.log")).toUtf8());
    }
    void cleanup() { Database::closeThreadConnection(); }

    void laravelOutcomes_data();
    void laravelOutcomes();
    void timeoutStopsTheCommand();
    void ignoredTermKillsTheWholeGroup();
    void floodIsBoundedAndKeepsTheTail();
    void timeoutNamesTheSignalThatEndedTheGroup();
    void hugeEmptyStderrKeepsTheEndAndTheExitCode();
    void commandsGetATerminalSizeWithoutATerminal();
    void badInputIsReportedAndOthersStillRun_data();
    void badInputIsReportedAndOthersStillRun();

private:
    std::unique_ptr<QTemporaryDir> m_log;
};

void tst_CommandTask::laravelOutcomes_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<ExecState>("state");
    QTest::addColumn<QString>("exceptionClass");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("trace");
    QTest::addColumn<QString>("logContains");
    // info() lines and exit 0.
    QTest::newRow("info lines") << QStringLiteral("invoices:delivery") << ExecState::Success << QString()
                                << QString() << QString() << QStringLiteral("Invoice #1043 delivered");
    // error() for failed items, exit 0 all the same (v2's ExpireServicesCommand).
    QTest::newRow("error-styled items, exit 0")
        << QStringLiteral("services:expire") << ExecState::Partial << QStringLiteral("ErrorOutput")
        << QStringLiteral("13 : Pterodactyl API error: 502 Bad Gateway")
        << QStringLiteral("15 : Proxmox node unreachable") << QStringLiteral("14 : Service suspended");
    // Symfony's renderer on a production install: no class, "In File.php line N:".
    QTest::newRow("uncaught exception, Symfony")
        << QStringLiteral("services:renewals") << ExecState::Failed << QStringLiteral("UncaughtException")
        << QStringLiteral("No pricing found for service 42")
        << QStringLiteral("CreateRenewalsInvoiceCommand.php:57")
        << QStringLiteral("Creating renewal invoices");
    // nunomaduro/collision on an install with dev packages: the class on its own line.
    QTest::newRow("uncaught exception, Collision")
        << QStringLiteral("clientxcms:helpdesk-close") << ExecState::Failed
        << QStringLiteral("Illuminate\\Database\\QueryException") << QStringLiteral("SQLSTATE[42S02]")
        << QStringLiteral("Connection.php:825") << QString();
    // Laravel's ERROR badge for a command that does not exist (a module that was removed).
    QTest::newRow("unknown command") << QStringLiteral("modules:gone") << ExecState::Failed
                                     << QStringLiteral("UncaughtException")
                                     << QStringLiteral("Command \"modules:gone\" is not defined.")
                                     << QStringLiteral("exit code 1") << QString();
    // Bytes that are not UTF-8 (a legacy line): each becomes U+FFFD, the rest stays as printed.
    QTest::newRow("latin-1 line") << QStringLiteral("fake:latin1") << ExecState::Success << QString()
                                  << QString() << QString()
                                  << QStringLiteral("Facture envoy\uFFFDe au caf\uFFFD");
}

void tst_CommandTask::laravelOutcomes()
{
    QFETCH(QString, command);
    QFETCH(ExecState, state);
    QFETCH(QString, exceptionClass);
    QFETCH(QString, message);
    QFETCH(QString, trace);
    QFETCH(QString, logContains);
    const RunOutcome outcome = runNow(artisan(command), CmsSite::detect(fixtureRoot()));
    const auto e = HistoryRepository::get(test::db(), outcome.logId);
    QVERIFY(e);
    QCOMPARE(e->state, state);
    QCOMPARE(e->exceptionClass, exceptionClass);
    QVERIFY2(e->exception.contains(message), qPrintable(e->exception));
    QVERIFY2(e->exceptionTrace.contains(trace), qPrintable(e->exceptionTrace));
    const QJsonObject output = outputOf(*e);
    const QString log = output.value(QStringLiteral("log")).toString();
    QVERIFY2(log.contains(logContains), qPrintable(log));
    QVERIFY2(!log.contains(QChar(0x1b)), "escape codes were stored");
    QCOMPARE(output.value(QStringLiteral("exit_code")).toInt(), state == ExecState::Failed ? 1 : 0);
    if (state == ExecState::Partial) {
        // Which lines were errors is kept: lines 2 and 4 of the log.
        QCOMPARE(output.value(QStringLiteral("error_lines")).toArray(), (QJsonArray{2, 4}));
    }
    // Run as `php artisan <command> --ansi` in the CMS root.
    QFile calls(m_log->filePath(QStringLiteral("artisan.log")));
    QVERIFY(calls.open(QIODevice::ReadOnly));
    const QJsonObject call = QJsonDocument::fromJson(calls.readLine()).object();
    QCOMPARE(call.value(QStringLiteral("argv")).toArray(), (QJsonArray{command, QStringLiteral("--ansi")}));
    QCOMPARE(QDir(call.value(QStringLiteral("cwd")).toString()).canonicalPath(),
             QDir(fixtureRoot()).canonicalPath());
}

void tst_CommandTask::timeoutStopsTheCommand()
{
    TaskDefinition d = artisan(QStringLiteral("services:notify-expiration"), 1);
    d.environment.insert(QStringLiteral("FAKE_SLEEP"), QStringLiteral("30"));
    QElapsedTimer timer;
    timer.start();
    const RunOutcome outcome = runNow(d, CmsSite::detect(fixtureRoot()));
    QVERIFY2(timer.elapsed() < 8000, "the command was not stopped at its timeout");
    const auto e = HistoryRepository::get(test::db(), outcome.logId);
    QCOMPARE(e->state, ExecState::Failed);
    QCOMPARE(e->exceptionClass, QStringLiteral("TimeoutError"));
    const QJsonObject output = outputOf(*e);
    QCOMPARE(output.value(QStringLiteral("stopped")).toString(), QStringLiteral("timeout"));
    QCOMPARE(output.value(QStringLiteral("killed")).toBool(), false);
    QCOMPARE(output.value(QStringLiteral("signal")).toString(), QStringLiteral("SIGTERM"));
    QVERIFY(output.value(QStringLiteral("log")).toString().contains(QStringLiteral("Sending reminders")));
}

void tst_CommandTask::ignoredTermKillsTheWholeGroup()
{
    QTemporaryDir dir;
    TaskDefinition d = artisan(QStringLiteral("fake:ignore-term"), 1);
    d.environment.insert(QStringLiteral("FAKE_CHILD_PID_FILE"), dir.filePath(QStringLiteral("child.pid")));
    const RunOutcome outcome = runNow(d, CmsSite::detect(fixtureRoot()));
    const auto e = HistoryRepository::get(test::db(), outcome.logId);
    QCOMPARE(e->exceptionClass, QStringLiteral("TimeoutError"));
    const QJsonObject output = outputOf(*e);
    QCOMPARE(output.value(QStringLiteral("killed")).toBool(), true);
    QCOMPARE(output.value(QStringLiteral("signal")).toString(), QStringLiteral("SIGKILL"));
    QVERIFY(e->exception.contains(QStringLiteral("SIGKILL")));
    QFile pidFile(dir.filePath(QStringLiteral("child.pid")));
    QVERIFY(pidFile.open(QIODevice::ReadOnly));
    const pid_t child = pid_t(pidFile.readAll().toLongLong());
    QVERIFY(child > 0);
    // The command's child (sleep 300) went with it: the signal went to the whole group.
    QTRY_VERIFY_WITH_TIMEOUT(::kill(child, 0) != 0, 3000);
}

void tst_CommandTask::floodIsBoundedAndKeepsTheTail()
{
    TaskDefinition d = artisan(QStringLiteral("fake:flood"));
    d.environment.insert(QStringLiteral("FAKE_FLOOD_MB"), QStringLiteral("20"));
    const RunOutcome outcome = runNow(d, CmsSite::detect(fixtureRoot()));
    QCOMPARE(outcome.state, ExecState::Success);
    const auto e = HistoryRepository::get(test::db(), outcome.logId);
    QVERIFY2(e->output.size() < 1024 * 1024, qPrintable(QString::number(e->output.size())));
    const QJsonObject output = outputOf(*e);
    QVERIFY(output.value(QStringLiteral("omitted_lines")).toInteger() > 100000);
    QVERIFY(output.value(QStringLiteral("bytes")).toInteger() >= 20 * 1000 * 1000);
    QVERIFY(output.value(QStringLiteral("log")).toString().endsWith(QStringLiteral("flood done\n")));
}

void tst_CommandTask::timeoutNamesTheSignalThatEndedTheGroup()
{
    // The program itself ends on SIGTERM, but a child of its group ignores it: only SIGKILL ends
    // the group, and the record must say so.
    TaskDefinition d;
    d.name = QStringLiteral("stubborn-child");
    d.program = QStringLiteral("(trap '' TERM; exec sleep 300) & echo started; sleep 300");
    d.shell = true;
    d.timeoutSeconds = 1;
    const RunOutcome outcome = runNow(d, CmsSite());
    const auto e = HistoryRepository::get(test::db(), outcome.logId);
    QCOMPARE(e->exceptionClass, QStringLiteral("TimeoutError"));
    QVERIFY2(e->exception.contains(QStringLiteral("SIGKILL")), qPrintable(e->exception));
    QCOMPARE(outputOf(*e).value(QStringLiteral("killed")).toBool(), true);
}

void tst_CommandTask::commandsGetATerminalSizeWithoutATerminal()
{
    // Symfony's console reads COLUMNS and LINES, and runs `stty` for a missing one: a terminal
    // wide enough that nothing is wrapped, and no stty process in every artisan command.
    TaskDefinition d;
    d.name = QStringLiteral("terminal-size");
    d.program = QStringLiteral("echo \"columns=$COLUMNS lines=$LINES\"");
    d.shell = true;
    const RunOutcome outcome = runNow(d, CmsSite());
    QCOMPARE(outcome.state, ExecState::Success);
    const auto e = HistoryRepository::get(test::db(), outcome.logId);
    QVERIFY2(outputOf(*e)
                 .value(QStringLiteral("log"))
                 .toString()
                 .contains(QStringLiteral("columns=2048 lines=50")),
             qPrintable(e->output));
}

void tst_CommandTask::hugeEmptyStderrKeepsTheEndAndTheExitCode()
{
    // 3 MB of empty lines on stderr, then a last line and exit 3: the stored output is whole
    // (not the runner's truncated head), its end and exit code are there, and no blank line is
    // an error.
    TaskDefinition d;
    d.name = QStringLiteral("empty-flood");
    d.program =
        QStringLiteral("head -c 3000000 /dev/zero | tr '\\0' '\\n' >&2; echo the last line >&2; exit 3");
    d.shell = true;
    const RunOutcome outcome = runNow(d, CmsSite());
    const auto e = HistoryRepository::get(test::db(), outcome.logId);
    QCOMPARE(e->state, ExecState::Failed);
    const QJsonObject output = outputOf(*e);
    QVERIFY2(!output.contains(QStringLiteral("truncated")), "the output was cut by the runner's cap");
    QCOMPARE(output.value(QStringLiteral("exit_code")).toInt(), 3);
    QVERIFY(output.value(QStringLiteral("log")).toString().endsWith(QStringLiteral("the last line\n")));
    QCOMPARE(output.value(QStringLiteral("error_lines")).toArray().size(), 1); // the last line only
}

void tst_CommandTask::badInputIsReportedAndOthersStillRun_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("exceptionClass");
    QTest::addColumn<QString>("message");
    QTest::newRow("no artisan in the CMS root")
        << QStringLiteral("no-artisan") << QStringLiteral("ArtisanNotFound")
        << QStringLiteral("no artisan file");
    QTest::newRow("PHP binary missing") << QStringLiteral("no-php") << QStringLiteral("CommandNotStarted")
                                        << QStringLiteral("/nonexistent/php8.3");
    QTest::newRow("program not in PATH")
        << QStringLiteral("no-program") << QStringLiteral("CommandNotStarted") << QStringLiteral("not found");
    QTest::newRow("working directory missing")
        << QStringLiteral("no-cwd") << QStringLiteral("CommandNotStarted")
        << QStringLiteral("does not exist");
    QTest::newRow("working directory is a file")
        << QStringLiteral("cwd-file") << QStringLiteral("CommandNotStarted")
        << QStringLiteral("cannot be entered");
}

void tst_CommandTask::badInputIsReportedAndOthersStillRun()
{
    QFETCH(QString, kind);
    QFETCH(QString, exceptionClass);
    QFETCH(QString, message);
    QTemporaryDir empty;
    CmsSite site = CmsSite::detect(fixtureRoot());
    TaskDefinition bad = artisan(QStringLiteral("invoices:delivery"));
    bad.name = QStringLiteral("a:bad");
    if (kind == QLatin1String("no-artisan")) {
        site = CmsSite::detect(empty.path());
        site.version = CmsSite::Version::V2;
    } else if (kind == QLatin1String("no-php"))
        site.php = QStringLiteral("/nonexistent/php8.3");
    else {
        bad.kind = TaskDefinition::Kind::Command;
        bad.program = kind == QLatin1String("no-program") ? QStringLiteral("no-such-program-cxcron")
                                                          : QStringLiteral("true");
        if (kind == QLatin1String("no-cwd"))
            bad.workingDirectory = empty.filePath(QStringLiteral("missing"));
        if (kind == QLatin1String("cwd-file")) {
            QFile file(empty.filePath(QStringLiteral("file")));
            QVERIFY(file.open(QIODevice::WriteOnly));
            bad.workingDirectory = file.fileName();
        }
    }
    TaskDefinition good;
    good.name = QStringLiteral("b:good");
    good.program = QStringLiteral("true");
    TaskRegistry registry;
    registry.add(std::make_shared<CommandTask>(bad, site));
    registry.add(std::make_shared<CommandTask>(good, site));
    Runner runner(registry, std::make_shared<DatabaseClock>());
    const QList<RunOutcome> outcomes = runner.runDue();
    QCOMPARE(outcomes.size(), 2);
    const auto badRow = HistoryRepository::lastRun(test::db(), QStringLiteral("a:bad"));
    const auto e = HistoryRepository::get(test::db(), badRow->id);
    QCOMPARE(e->state, ExecState::Failed);
    QCOMPARE(e->exceptionClass, exceptionClass);
    QVERIFY2(e->exception.contains(message, Qt::CaseInsensitive), qPrintable(e->exception));
    QCOMPARE(HistoryRepository::lastRun(test::db(), QStringLiteral("b:good"))->state, ExecState::Success);
}

QTEST_GUILESS_MAIN(tst_CommandTask)
#include "tst_commandtask.moc"
