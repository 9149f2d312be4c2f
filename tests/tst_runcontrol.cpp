// SPDX-License-Identifier: GPL-3.0-or-later
// Stopping a run and watching it: a user cancel is recorded as cancelled (never as a success)
// even when it comes early or the task ends by itself after seeing it, a cancel request stored
// in the database stops a run of another runner, and a running command's last lines are
// readable by anyone until the run ends.
#include "cmsrows.h"
#include "commandtask.h"
#include "database.h"
#include "faketask.h"
#include "historyrepository.h"
#include "invoicedeliverytask.h"
#include "runcontrol.h"
#include "runner.h"
#include "schema.h"
#include "sql.h"
#include "testdb.h"
#include "testfiles.h"

#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <csignal>
#include <thread>

using namespace cxcron;
using test::FakeTask;

namespace {

Runner makeRunner(const QList<std::shared_ptr<Task>> &tasks)
{
    TaskRegistry registry;
    for (const auto &t : tasks)
        registry.add(t);
    RunnerOptions options;
    options.who = QStringLiteral("tester");
    return Runner(registry, std::make_shared<DatabaseClock>(), options);
}

/// Runs @p task now on a thread of its own (the GUI's way); join() gives the outcome.
class Background
{
public:
    Background(Runner &runner, const QString &task)
        : m_thread([this, &runner, task] {
            try {
                m_outcome = runner.runNow(task, Trigger::Manual);
            } catch (const std::exception &e) {
                m_error = QString::fromUtf8(e.what());
            }
            Database::closeThreadConnection();
        })
    {}
    RunOutcome join()
    {
        m_thread.join();
        return m_outcome;
    }
    QString error() const { return m_error; }

private:
    RunOutcome m_outcome;
    QString m_error;
    std::thread m_thread;
};

qint64 runningId(const QString &task)
{
    return test::scalar(QStringLiteral("SELECT id FROM cron_logs WHERE name = ? AND state = 'running'"),
                        {task})
        .toLongLong();
}

bool waitRunning(const QString &task)
{
    return QTest::qWaitFor([&] { return runningId(task) > 0; }, 15000);
}

QJsonObject slowItems(TaskContext &ctx, int count, int itemMs)
{
    // A loop that ends early, without an exception, when asked to stop: it says what it did.
    int done = 0;
    for (; done < count; ++done) {
        if (ctx.isCancelled())
            break;
        QThread::msleep(static_cast<unsigned long>(itemMs));
    }
    return {{QStringLiteral("done"), done}};
}

} // namespace

class tst_RunControl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        test::freshDatabase(backend);
        Schema::migrate(test::db());
    }
    void cleanup() { Database::closeThreadConnection(); }
    void initTestCase_data()
    {
        test::addBackendColumn();
        test::addBackendRows();
    }

    void cancelBeforeTheRunStartsIsNotLost()
    {
        // The GUI's cancel may come while runNow() still prepares (schema check, recovery,
        // lease: seconds on a busy database). It must not be forgotten when the run starts.
        std::atomic_int items{0};
        Runner runner = makeRunner({std::make_shared<FakeTask>(
            QStringLiteral("t:items"), Schedule::everyMinutes(5), [&](TaskContext &ctx) {
                for (int i = 0; i < 20; ++i) {
                    ctx.checkCancelled();
                    ++items;
                    QThread::msleep(20);
                }
                return QJsonObject{{QStringLiteral("items"), 20}};
            })});
        runner.cancel(QStringLiteral("alice"));
        const RunOutcome outcome = runner.runNow(QStringLiteral("t:items"), Trigger::Manual);
        QCOMPARE(stateKey(outcome.state), stateKey(ExecState::Cancelled));
        QVERIFY2(outcome.error.startsWith(QStringLiteral("TaskCancelled: ")), qPrintable(outcome.error));
        QVERIFY2(outcome.error.contains(QStringLiteral("alice")), qPrintable(outcome.error));
        QCOMPARE(items.load(), 0);
        const auto e = HistoryRepository::get(test::db(), outcome.logId);
        QCOMPARE(e->state, ExecState::Cancelled);
        QCOMPARE(e->exceptionClass, QStringLiteral("TaskCancelled"));
    }

    void taskEndingEarlyAfterACancelIsNotASuccess()
    {
        // The task sees the cancel and returns normally with what it did: it did not finish its
        // work, so the record must not say "success".
        Runner runner = makeRunner(
            {std::make_shared<FakeTask>(QStringLiteral("t:loop"), Schedule::everyMinutes(5),
                                        [](TaskContext &ctx) { return slowItems(ctx, 200, 25); })});
        Background run(runner, QStringLiteral("t:loop"));
        QVERIFY(waitRunning(QStringLiteral("t:loop")));
        QThread::msleep(300);
        runner.cancel(QStringLiteral("alice"));
        const RunOutcome outcome = run.join();
        QVERIFY2(run.error().isEmpty(), qPrintable(run.error()));
        QCOMPARE(stateKey(outcome.state), stateKey(ExecState::Cancelled));
        const auto e = HistoryRepository::get(test::db(), outcome.logId);
        QCOMPARE(e->state, ExecState::Cancelled);
        QCOMPARE(e->exceptionClass, QStringLiteral("TaskCancelled"));
        QVERIFY2(e->exception.contains(QStringLiteral("cancelled by alice")), qPrintable(e->exception));
        QVERIFY2(e->output.contains(QStringLiteral("\"done\"")), qPrintable(e->output)); // what it did
        QVERIFY(!e->output.contains(QStringLiteral("\"done\":200")));
    }

    void taskUnawareOfTheCancelCompletes()
    {
        // Its work was done (committed) before it could notice: recorded as done, with a note.
        Runner runner = makeRunner({std::make_shared<FakeTask>(
            QStringLiteral("t:quick"), Schedule::everyMinutes(5), [](TaskContext &) {
                QThread::msleep(600);
                return QJsonObject{{QStringLiteral("committed"), true}};
            })});
        Background run(runner, QStringLiteral("t:quick"));
        QVERIFY(waitRunning(QStringLiteral("t:quick")));
        runner.cancel();
        const RunOutcome outcome = run.join();
        QCOMPARE(stateKey(outcome.state), stateKey(ExecState::Success));
        QCOMPARE(outcome.output.value(QStringLiteral("completed_after_stop_request")).toString(),
                 QStringLiteral("cancel"));
    }

    void cancelRequestFromTheDatabaseStopsTheRun()
    {
        Runner runner = makeRunner({std::make_shared<FakeTask>(
            QStringLiteral("t:wait"), Schedule::everyMinutes(5), [](TaskContext &ctx) -> QJsonObject {
                for (;;) {
                    ctx.checkCancelled();
                    QThread::msleep(20);
                }
            })});
        QVERIFY(!RunControl::requestCancel(test::db(), 424242, QStringLiteral("bob"))); // no such row
        Background run(runner, QStringLiteral("t:wait"));
        QVERIFY(waitRunning(QStringLiteral("t:wait")));
        const qint64 id = runningId(QStringLiteral("t:wait"));
        QElapsedTimer clock;
        clock.start();
        QVERIFY(RunControl::requestCancel(test::db(), id, QStringLiteral("bob@admin-host")));
        QCOMPARE(RunControl::cancelRequestedBy(test::db(), id).value_or(QString()),
                 QStringLiteral("bob@admin-host"));
        const RunOutcome outcome = run.join();
        QVERIFY2(clock.elapsed() < 6000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(outcome.logId, id);
        const auto e = HistoryRepository::get(test::db(), id);
        QCOMPARE(e->state, ExecState::Cancelled);
        QCOMPARE(e->exceptionClass, QStringLiteral("TaskCancelled"));
        QVERIFY2(e->exception.contains(QStringLiteral("bob@admin-host")), qPrintable(e->exception));
        // The request went with its run; an ended run cannot be cancelled any more.
        QVERIFY(!RunControl::cancelRequestedBy(test::db(), id));
        QVERIFY(!RunControl::requestCancel(test::db(), id, QStringLiteral("bob")));
        QCOMPARE(test::scalar(QStringLiteral("SELECT COUNT(*) FROM cxcron_cancel_requests")).toInt(), 0);
    }

    void interruptedRunLeavesNoRunControlRows()
    {
        // Its runner died (kill -9, reboot): whoever marks it interrupted clears its rows.
        const QString longAgo = Sql::fromUtc(QDateTime::currentDateTimeUtc().addSecs(-3600));
        Sql::exec(
            test::db(),
            QStringLiteral("INSERT INTO cron_logs (name, start_at, state, trigger_kind, host, pid) VALUES "
                           "('t:dead', ?, 'running', 'schedule', 'gone-host', 1)"),
            {longAgo});
        const qint64 id = test::scalar(QStringLiteral("SELECT MAX(id) FROM cron_logs")).toLongLong();
        QVERIFY(RunControl::requestCancel(test::db(), id, QStringLiteral("bob")));
        RunControl::storeLiveTail(test::db(), id, QStringLiteral("  last words\n"),
                                  QDateTime::currentDateTimeUtc());
        QCOMPARE(RunControl::liveTail(test::db(), id)->text, QStringLiteral("  last words\n"));
        Runner runner = makeRunner({});
        QCOMPARE(runner.recoverInterrupted(), 1);
        QVERIFY(!RunControl::liveTail(test::db(), id));
        QVERIFY(!RunControl::cancelRequestedBy(test::db(), id));
    }

    void liveTailOfARunningCommand()
    {
        QTemporaryDir dir;
        TaskDefinition d;
        d.name = QStringLiteral("c:talk");
        d.program = test::writeScript(dir, QStringLiteral("talk.sh"),
                                      "i=0\nwhile true; do i=$((i+1)); echo \"line $i\"; "
                                      "[ $i = 3 ] && echo 'warn 3' >&2; sleep 0.2; done\n");
        Runner runner = makeRunner({std::make_shared<CommandTask>(d, CmsSite())});
        Background run(runner, d.name);
        QVERIFY(waitRunning(d.name));
        const qint64 id = runningId(d.name);
        QString tail;
        QVERIFY(QTest::qWaitFor(
            [&] {
                tail = RunControl::liveTail(test::db(), id).value_or(RunControl::LiveTail{}).text;
                return tail.contains(QStringLiteral("line 5"));
            },
            15000));
        QVERIFY2(tail.contains(QStringLiteral("  line 1\n")), qPrintable(tail));
        QVERIFY2(tail.contains(QStringLiteral("! warn 3\n")), qPrintable(tail)); // stderr marked
        // It moves on while the command runs.
        QVERIFY(QTest::qWaitFor(
            [&] {
                const QString now =
                    RunControl::liveTail(test::db(), id).value_or(RunControl::LiveTail{}).text;
                return now.size() > tail.size() + 14;
            },
            10000));
        QVERIFY(RunControl::requestCancel(test::db(), id, QStringLiteral("carol")));
        const RunOutcome outcome = run.join();
        QCOMPARE(stateKey(outcome.state), stateKey(ExecState::Cancelled));
        QVERIFY2(outcome.error.contains(QStringLiteral("carol")), qPrintable(outcome.error));
        QVERIFY(!RunControl::liveTail(test::db(), id)); // gone: the output is in cron_logs now
        const auto e = HistoryRepository::get(test::db(), id);
        QVERIFY(e->output.contains(QStringLiteral("line 5")));
    }

    void lockedSqliteDoesNotStallSupervision()
    {
        // Another program holds SQLite's write lock while a command prints: storing its live
        // output must not hold up the runner, which still stops the command on a cancel.
        QFETCH_GLOBAL(QString, backend);
        if (backend != QLatin1String("sqlite"))
            QSKIP("SQLite's database-wide write lock only");
        QTemporaryDir dir;
        const QByteArray pidFile = dir.filePath(QStringLiteral("pid")).toUtf8();
        TaskDefinition d;
        d.name = QStringLiteral("c:chatty");
        d.program =
            test::writeScript(dir, QStringLiteral("chatty.sh"),
                              "echo $$ > '" + pidFile + "'\nwhile true; do echo tick; sleep 0.1; done\n");
        Runner runner = makeRunner({std::make_shared<CommandTask>(d, CmsSite())});
        Background run(runner, d.name);
        QVERIFY(waitRunning(d.name));
        QFile file(QString::fromUtf8(pidFile));
        QVERIFY(QTest::qWaitFor([&] { return file.exists() && file.size() > 0; }, 10000));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const pid_t child = pid_t(file.readAll().trimmed().toLongLong());
        Sql::exec(test::db(), QStringLiteral("BEGIN IMMEDIATE"));
        QTest::qWait(2500); // the runner tried to store the output meanwhile
        QElapsedTimer clock;
        clock.start();
        runner.cancel(QStringLiteral("erin"));
        const bool stopped = QTest::qWaitFor([&] { return ::kill(child, 0) != 0; }, 8000);
        const qint64 ms = clock.elapsed();
        Sql::exec(test::db(), QStringLiteral("ROLLBACK"));
        const RunOutcome outcome = run.join();
        QVERIFY2(stopped && ms < 4000, qPrintable(QStringLiteral("command stopped after %1 ms").arg(ms)));
        QCOMPARE(stateKey(outcome.state), stateKey(ExecState::Cancelled));
    }

    void deliveryStopsItsPanelCallAndItemsOnCancel()
    {
        // A native CMS task whose provisioning command fails fast twice, then hangs on the panel
        // (30 s): the cancel stops that call at once, the interrupted call is not counted as the
        // service's failed attempt, no further item is tried, and the run is recorded as
        // cancelled (not as the items' DeliveryError, not as a success).
        QFETCH_GLOBAL(QString, backend);
        test::freshCmsDatabase(backend);
        Schema::migrate(test::db());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QTemporaryDir dir;
        const QByteArray counter = dir.filePath(QStringLiteral("calls")).toUtf8();
        const QByteArray pids = dir.filePath(QStringLiteral("pids")).toUtf8();
        const QString script = test::writeScript(
            dir, QStringLiteral("provision.sh"),
            "cat >/dev/null\nn=$(cat '" + counter + "' 2>/dev/null || echo 0)\nn=$((n+1))\necho $n > '" +
                counter + "'\nif [ $n -ge 3 ]; then sleep 30 & echo $! > '" + pids +
                "'; wait; fi\necho 'panel down' >&2\nexit 4\n");
        CmsRows::setSetting(test::db(), QStringLiteral("cxcron_provisioner_command_pterodactyl"), script);
        const qint64 product = CmsRows::insertProduct(test::db(), QStringLiteral("Game"),
                                                      QStringLiteral("pterodactyl"), 100, now.addDays(-1));
        constexpr int kItems = 6;
        for (int i = 0; i < kItems; ++i) {
            CmsRows::NewInvoice inv;
            inv.customerId = 1;
            inv.status = QStringLiteral("paid");
            inv.total = 10;
            inv.createdAt = now.addDays(-1);
            inv.paidAt = now.addSecs(-600);
            const qint64 invoice = CmsRows::insertInvoice(test::db(), inv);
            CmsRows::insertItem(test::db(), invoice, QStringLiteral("service"), product,
                                QStringLiteral("Item"), 10, inv.createdAt,
                                QStringLiteral("{\"billing\":\"monthly\"}"));
        }
        Runner runner = makeRunner({std::make_shared<InvoiceDeliveryTask>()});
        const QString name = InvoiceDeliveryTask().name();
        Background run(runner, name);
        QFile pidFile(QString::fromUtf8(pids));
        QVERIFY(QTest::qWaitFor([&] { return pidFile.exists() && pidFile.size() > 0; }, 20000));
        QVERIFY(pidFile.open(QIODevice::ReadOnly));
        const qint64 sleeper = pidFile.readAll().trimmed().toLongLong();
        QVERIFY(sleeper > 0);
        QElapsedTimer clock;
        clock.start();
        runner.cancel(QStringLiteral("dave"));
        const RunOutcome outcome = run.join();
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QStringLiteral("%1 ms").arg(clock.elapsed())));
        QVERIFY2(run.error().isEmpty(), qPrintable(run.error()));
        QCOMPARE(test::scalar(QStringLiteral("SELECT SUM(delivery_attempts) FROM services")).toInt(), 2);
        QVERIFY(QTest::qWaitFor([&] { return ::kill(pid_t(sleeper), 0) != 0; }, 5000)); // its child too
        const auto e = HistoryRepository::get(test::db(), outcome.logId);
        QCOMPARE(e->state, ExecState::Cancelled);
        QCOMPARE(e->exceptionClass, QStringLiteral("TaskCancelled"));
        QVERIFY2(e->exception.contains(QStringLiteral("dave")), qPrintable(e->exception));
        QFile calls(QString::fromUtf8(counter));
        QVERIFY(calls.open(QIODevice::ReadOnly));
        QCOMPARE(calls.readAll().trimmed(), QByteArray("3"));
    }
};

QTEST_GUILESS_MAIN(tst_RunControl)
#include "tst_runcontrol.moc"
