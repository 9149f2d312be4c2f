// SPDX-License-Identifier: GPL-3.0-or-later
// How the runner supervises live runs: side by side, timeouts that say what happened, leases
// renewed and lost, and a bookkeeping connection the server dropped.
#include "database.h"
#include "faketask.h"
#include "historyrepository.h"
#include "lease.h"
#include "runner.h"
#include "schema.h"
#include "sql.h"
#include "testdb.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

using namespace cxcron;
using test::FakeTask;

namespace {

const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-11-24T10:07:30.000Z"), Qt::ISODateWithMs);

Runner makeRunner(const QList<std::shared_ptr<Task>> &tasks, RunnerOptions options = {})
{
    TaskRegistry registry;
    for (const auto &t : tasks)
        registry.add(t);
    options.zone = QTimeZone("Europe/Paris");
    options.who = QStringLiteral("tester");
    return Runner(registry, std::make_shared<DatabaseClock>(), options);
}

QJsonObject waitForCancel(TaskContext &ctx)
{
    for (;;) {
        ctx.checkCancelled();
        QThread::msleep(20);
    }
}

} // namespace

class tst_RunSupervision : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        QFETCH(QString, backend);
        test::freshDatabase(backend);
        Schema::migrate(test::db());
    }
    void cleanup() { Database::closeThreadConnection(); }

    void hungTaskDoesNotDelayOthers_data() { backends(); }
    void hungTaskDoesNotDelayOthers()
    {
        // The hung task is first in the registry: run one after the other, the quick ones would
        // wait for its timeout.
        Runner runner =
            makeRunner({std::make_shared<FakeTask>(QStringLiteral("a:hung"), Schedule::everyMinutes(1),
                                                   waitForCancel, 3),
                        std::make_shared<FakeTask>(QStringLiteral("b:quick"), Schedule::everyMinutes(1),
                                                   [](TaskContext &) {
                                                       return QJsonObject{{QStringLiteral("ok"), true}};
                                                   }),
                        std::make_shared<FakeTask>(QStringLiteral("c:quick"), Schedule::everyMinutes(1),
                                                   [](TaskContext &) {
                                                       return QJsonObject{{QStringLiteral("ok"), true}};
                                                   })});
        runner.runDue();
        const auto hung = HistoryRepository::lastRun(test::db(), QStringLiteral("a:hung"));
        QCOMPARE(hung->state, ExecState::Failed);
        for (const QString &name : {QStringLiteral("b:quick"), QStringLiteral("c:quick")}) {
            const auto quick = HistoryRepository::lastRun(test::db(), name);
            QCOMPARE(quick->state, ExecState::Success);
            QVERIFY2(quick->endAt < hung->startAt.addMSecs(2000),
                     qPrintable(name + QStringLiteral(" ended ") + quick->endAt.toString(Qt::ISODateWithMs)));
        }
    }

    void parallelismIsBounded_data() { backends(); }
    void parallelismIsBounded()
    {
        std::atomic_int running{0};
        std::atomic_int peak{0};
        auto body = [&](TaskContext &) {
            const int now = ++running;
            int seen = peak.load();
            while (now > seen && !peak.compare_exchange_weak(seen, now)) {
            }
            QThread::msleep(300);
            --running;
            return QJsonObject{};
        };
        QList<std::shared_ptr<Task>> tasks;
        for (int i = 0; i < 5; ++i)
            tasks << std::make_shared<FakeTask>(QStringLiteral("t:%1").arg(i), Schedule::everyMinutes(1),
                                                body);
        RunnerOptions options;
        options.parallelism = 2;
        Runner runner = makeRunner(tasks, options);
        QCOMPARE(runner.runDue().size(), 5);
        QCOMPARE(peak.load(), 2);
    }

    void completedAfterTimeoutIsSuccess_data() { backends(); }
    void completedAfterTimeoutIsSuccess()
    {
        // The task's commit happens after its timeout but inside the grace (a row lock held it
        // up): recording "failed" would invite a second application of the same work. Blocked
        // on that lock, it never looks at the stop request.
        auto body = [](TaskContext &) {
            QThread::msleep(1600);
            return QJsonObject{{QStringLiteral("committed"), true}};
        };
        RunnerOptions options;
        options.cancelGraceMs = 3000;
        Runner runner = makeRunner(
            {std::make_shared<FakeTask>(QStringLiteral("t:late"), Schedule::everyMinutes(1), body, 1)},
            options);
        const QList<RunOutcome> outcomes = runner.runDue();
        QCOMPARE(outcomes.first().state, ExecState::Success);
        const auto e = HistoryRepository::get(test::db(), outcomes.first().logId);
        QCOMPARE(e->state, ExecState::Success);
        QVERIFY(e->output.contains(QStringLiteral("completed_after_stop_request")));
        QVERIFY(e->output.contains(QStringLiteral("committed")));
    }

    void endNeverOverwritesInterrupted_data() { backends(); }
    void endNeverOverwritesInterrupted()
    {
        // Another host decided the run was dead (its lease was not renewed in time): it marked the
        // row interrupted and took the lease. The live run must stop and keep that verdict.
        auto body = [](TaskContext &ctx) {
            const QSqlDatabase db = ctx.db();
            Sql::exec(db,
                      QStringLiteral("UPDATE cron_logs SET state = 'interrupted', exception_class = "
                                     "'Interrupted' WHERE id = ?"),
                      {ctx.logId()});
            Sql::exec(db, QStringLiteral("UPDATE cxcron_leases SET holder = 'elsewhere|x|1|y', log_id = 0"));
            for (int i = 0; i < 300 && !ctx.isCancelled(); ++i)
                QThread::msleep(20);
            return QJsonObject{{QStringLiteral("done"), true}};
        };
        RunnerOptions options;
        options.leaseRenewSeconds = 1;
        options.leaseTtlSeconds = 2;
        Runner runner = makeRunner(
            {std::make_shared<FakeTask>(QStringLiteral("t:stolen"), Schedule::everyMinutes(1), body)},
            options);
        QElapsedTimer timer;
        timer.start();
        const QList<RunOutcome> outcomes = runner.runDue();
        QVERIFY2(timer.elapsed() < 4000, "the run was not stopped when its lease was lost");
        QCOMPARE(outcomes.first().state, ExecState::Interrupted);
        const auto e = HistoryRepository::get(test::db(), outcomes.first().logId);
        QCOMPARE(e->state, ExecState::Interrupted);
        QCOMPARE(e->exceptionClass, QStringLiteral("Interrupted"));
        // The other host's lease is not released by the stopped run.
        QCOMPARE(test::scalar(QStringLiteral("SELECT holder FROM cxcron_leases")).toString(),
                 QStringLiteral("elsewhere|x|1|y"));
    }

    void leaseIsRenewedNotSizedByTimeout_data() { backends(); }
    void leaseIsRenewedNotSizedByTimeout()
    {
        // A huge timeout once overflowed into a lease that expired decades ago (or never).
        QString expiresSeen;
        auto body = [&](TaskContext &ctx) {
            QThread::msleep(1500);
            QSqlQuery q = Sql::exec(
                ctx.db(), QStringLiteral("SELECT expires_at FROM cxcron_leases WHERE name = 't:long'"));
            q.next();
            expiresSeen = q.value(0).toString();
            return QJsonObject{};
        };
        RunnerOptions options;
        options.leaseRenewSeconds = 1;
        options.leaseTtlSeconds = 30;
        Runner runner = makeRunner({std::make_shared<FakeTask>(QStringLiteral("t:long"),
                                                               Schedule::everyMinutes(1), body, 2147483647)},
                                   options);
        const QDateTime before = Database::serverNowUtc(test::db());
        runner.runDue();
        const QDateTime expires = Sql::toUtc(expiresSeen);
        QVERIFY2(expires > before.addSecs(25) && expires < before.addSecs(40), qPrintable(expiresSeen));
    }

    void droppedBookkeepingConnectionIsReopened_data()
    {
        QTest::addColumn<QString>("backend");
        if (test::backends().contains(QStringLiteral("mariadb")))
            QTest::newRow("mariadb") << QStringLiteral("mariadb");
    }
    void droppedBookkeepingConnectionIsReopened()
    {
        // The server drops the runner's own connection while the task works (what wait_timeout
        // does to an idle connection): the end of the run must still be recorded.
        QSqlQuery id = Sql::exec(test::db(), QStringLiteral("SELECT CONNECTION_ID()"));
        id.next();
        const qint64 bookkeeping = id.value(0).toLongLong();
        auto body = [bookkeeping](TaskContext &ctx) {
            Sql::exec(ctx.db(), QStringLiteral("KILL CONNECTION %1").arg(bookkeeping));
            return QJsonObject{{QStringLiteral("work"), QStringLiteral("committed")}};
        };
        Runner runner = makeRunner(
            {std::make_shared<FakeTask>(QStringLiteral("t:work"), Schedule::everyMinutes(1), body)});
        const QList<RunOutcome> outcomes = runner.runDue();
        QCOMPARE(outcomes.first().state, ExecState::Success);
        Database::closeThreadConnection();
        const auto e = HistoryRepository::get(test::db(), outcomes.first().logId);
        QCOMPARE(e->state, ExecState::Success);
        QCOMPARE(test::scalar(QStringLiteral("SELECT COUNT(*) FROM cxcron_leases WHERE holder IS NOT NULL"))
                     .toInt(),
                 0);
    }

private:
    void backends()
    {
        test::addBackendColumn();
        test::addBackendRows();
    }
};

QTEST_GUILESS_MAIN(tst_RunSupervision)
#include "tst_runsupervision.moc"
