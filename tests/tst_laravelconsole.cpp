// SPDX-License-Identifier: GPL-3.0-or-later
// CLIENTXCMS jobs run by a real Laravel console (Debian's php-laravel-framework, the application
// in tests/fixtures/laravel-app): what cxcron records is what Laravel printed, in its order, with
// its error lines — and nothing else.
#include "commandtask.h"
#include "database.h"
#include "historyrepository.h"
#include "runner.h"
#include "schema.h"
#include "testdb.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cxcron;

namespace {

QJsonObject outputOf(const Execution &e)
{
    return QJsonDocument::fromJson(e.output.toUtf8()).object();
}

QStringList logLines(const QJsonObject &output)
{
    QStringList lines = output.value(QStringLiteral("log")).toString().split(u'\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

QList<int> errorLines(const QJsonObject &output)
{
    QList<int> result;
    for (const QJsonValue &n : output.value(QStringLiteral("error_lines")).toArray())
        result << n.toInt();
    return result;
}

} // namespace

class tst_LaravelConsole : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init()
    {
        test::freshDatabase(QStringLiteral("sqlite"));
        Schema::migrate(test::db());
    }
    void cleanup() { Database::closeThreadConnection(); }

    void progressBarIsOneLineAndNoError();
    void linesKeepTheOrderTheyWerePrinted();
    void uncaughtExceptionIsReadWhole();

private:
    RunOutcome run(const QString &command);
    Execution execution(const RunOutcome &outcome);

    QTemporaryDir m_dir;
    CmsSite m_site;
};

void tst_LaravelConsole::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (QStandardPaths::findExecutable(QStringLiteral("php")).isEmpty() ||
        !QFileInfo::exists(QStringLiteral("/usr/share/php/Illuminate/autoload.php"))) {
        if (test::mariadbRequired()) // CI installs php-cli and php-laravel-framework
            QFAIL("php-cli or php-laravel-framework is not installed");
        QSKIP("php-cli or php-laravel-framework is not installed");
    }
    // A site of its own: Laravel writes its caches and logs under the application's folder.
    QCOMPARE(QProcess::execute(
                 QStringLiteral("cp"),
                 {QStringLiteral("-r"), QStringLiteral(CXCRON_TEST_FIXTURES "/laravel-app/."), m_dir.path()}),
             0);
    QFile installed(m_dir.filePath(QStringLiteral("storage/installed")));
    QVERIFY(installed.open(QIODevice::WriteOnly));
    QFile env(m_dir.filePath(QStringLiteral(".env")));
    QVERIFY(env.open(QIODevice::WriteOnly));
    env.write("APP_NAME=CLIENTXCMS\nAPP_ENV=production\n");
    env.close();
    m_site = CmsSite::detect(m_dir.path());
    QCOMPARE(m_site.version, CmsSite::Version::V2);
}

RunOutcome tst_LaravelConsole::run(const QString &command)
{
    TaskDefinition d;
    d.name = command;
    d.kind = TaskDefinition::Kind::Artisan;
    d.program = command;
    d.timeoutSeconds = 120;
    TaskRegistry registry;
    registry.add(std::make_shared<CommandTask>(d, m_site));
    RunnerOptions options;
    options.zone = QTimeZone("Europe/Paris");
    Runner runner(registry, std::make_shared<DatabaseClock>(), options);
    return runner.runNow(command, Trigger::Cli);
}

Execution tst_LaravelConsole::execution(const RunOutcome &outcome)
{
    const auto e = HistoryRepository::get(test::db(), outcome.logId);
    if (!e)
        qFatal("no execution row");
    return *e;
}

void tst_LaravelConsole::progressBarIsOneLineAndNoError()
{
    // withProgressBar() draws on stderr and redraws in place; a success stays a success.
    const Execution e = execution(run(QStringLiteral("fixture:progress")));
    QCOMPARE(e.state, ExecState::Success);
    const QJsonObject output = outputOf(e);
    const QStringList lines = logLines(output);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), QStringLiteral("Importing items"));
    QVERIFY2(lines.at(1).contains(QStringLiteral("20/20")) && lines.at(1).contains(QStringLiteral("100%")) &&
                 !lines.at(1).contains(QStringLiteral("19/20")),
             qPrintable(lines.at(1)));
    QCOMPARE(lines.at(2), QStringLiteral("Done: 20 items imported."));
    QCOMPARE(errorLines(output), QList<int>());
}

void tst_LaravelConsole::linesKeepTheOrderTheyWerePrinted()
{
    // info() on stdout and error lines on stderr, in turn, then "Done".
    const Execution e = execution(run(QStringLiteral("fixture:order")));
    QCOMPARE(e.state, ExecState::Partial);
    const QJsonObject output = outputOf(e);
    QStringList expected;
    for (int i = 1; i <= 5; ++i)
        expected << QStringLiteral("step %1").arg(i) << QStringLiteral("warning %1").arg(i);
    expected << QStringLiteral("Done");
    QCOMPARE(logLines(output), expected);
    QCOMPARE(errorLines(output), (QList<int>{2, 4, 6, 8, 10}));
    QVERIFY2(e.exception.contains(QStringLiteral("5 error line")), qPrintable(e.exception));
}

void tst_LaravelConsole::uncaughtExceptionIsReadWhole()
{
    // Laravel's kernel renders the exception in a red block as wide as the terminal and returns 1.
    const Execution e = execution(run(QStringLiteral("fixture:fail")));
    QCOMPARE(e.state, ExecState::Failed);
    QCOMPARE(e.exceptionClass, QStringLiteral("UncaughtException"));
    QCOMPARE(e.exception,
             QStringLiteral("UncaughtException: No pricing found for service 42 in currency EUR: the "
                            "product was deleted from the store while the service was still active"));
    QVERIFY2(e.exceptionTrace.contains(QStringLiteral("FailCommand.php:22")), qPrintable(e.exceptionTrace));
    const QJsonObject output = outputOf(e);
    const QStringList lines = logLines(output);
    for (int n : errorLines(output))
        QVERIFY2(!lines.at(n - 1).trimmed().isEmpty(),
                 "a blank line of the exception block counted as an error");
    QCOMPARE(errorLines(output).size(), 1);
    QCOMPARE(output.value(QStringLiteral("exit_code")).toInt(), 1);
}

QTEST_GUILESS_MAIN(tst_LaravelConsole)
#include "tst_laravelconsole.moc"
