// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"
#include "errors.h"
#include "faketask.h"
#include "historyrepository.h"
#include "hostinfo.h"
#include "lease.h"
#include "runner.h"
#include "schema.h"
#include "sql.h"
#include "tasksettings.h"
#include "testdb.h"

#include <QStandardPaths>
#include <QTest>
#include <QThread>
#include <atomic>
#include <thread>

using namespace cxcron;
using test::FakeTask;

namespace {

const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-11-24T10:07:30.000Z"), Qt::ISODateWithMs);

QJsonObject ok(TaskContext &)
{
    return {{QStringLiteral("delivered"), 3}};
}

Runner makeRunner(const QList<std::shared_ptr<Task>> &tasks, const QDateTime &now = kNow)
{
    TaskRegistry registry;
    for (const auto &t : tasks)
        registry.add(t);
    RunnerOptions options;
    options.zone = QTimeZone("Europe/Paris");
    options.who = QStringLiteral("tester");
    options.cancelGraceMs = 500;
    return Runner(registry, std::make_shared<FixedClock>(now), options);
}

int rows(const QString &where = QStringLiteral("1 = 1"))
{
    return test::scalar(QStringLiteral("SELECT COUNT(*) FROM cron_logs WHERE ") + where).toInt();
}

} // namespace

class tst_Runner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void success_data()
    {
        test::addBackendColumn();
        test::addBackendRows();
    }
    void success();
    void failureIsRecorded_data();
    void failureIsRecorded();
    void timeout_data()
    {
        test::addBackendColumn();
        test::addBackendRows();
    }
    void timeout();
    void slotRunsOnce_data()
    {
        test::addBackendColumn();
        test::addBackendRows();
    }
    void slotRunsOnce();
    void onlyLatestSlotIsCaughtUp_data()
    {
        test::addBackendColumn();
        test::addBackendRows();
    }
    void onlyLatestSlotIsCaughtUp();
    void overlapIsSkipped_data()
    {
        test::addBackendColumn();
        test::addBackendRows();
    }
    void overlapIsSkipped();
    void interruptedRecovery_data();
    void interruptedRecovery();
    void manualRun_data()
    {
        test::addBackendColumn();
        test::addBackendRows();
    }
    void manualRun();
    void manualRunRefusedWhenBusy_data()
    {
        test::addBackendColumn();
        test::addBackendRows();
    }
    void manualRunRefusedWhenBusy();
    void disabledOverride_data()
    {
        test::addBackendColumn();
        test::addBackendRows();
    }
    void disabledOverride();
    void concurrentRunnersClaimOnce_data()
    {
        test::addBackendColumn();
        test::addBackendRows();
    }
    void concurrentRunnersClaimOnce();
    void hugeOutputIsCapped_data()
    {
        test::addBackendColumn();
        test::addBackendRows();
    }
    void hugeOutputIsCapped();
};

void tst_Runner::init()
{
    Database::closeThreadConnection();
}

void tst_Runner::success()
{
    QFETCH(QString, backend);
    test::freshDatabase(backend);
    Runner runner =
        makeRunner({std::make_shared<FakeTask>(QStringLiteral("t:ok"), Schedule::everyMinutes(1), ok)});
    const QList<RunOutcome> outcomes = runner.runDue();
    QCOMPARE(outcomes.size(), 1);
    QCOMPARE(outcomes.first().state, ExecState::Success);
    const auto e = HistoryRepository::get(test::db(), outcomes.first().logId);
    QVERIFY(e);
    QCOMPARE(e->task, QStringLiteral("t:ok"));
    QCOMPARE(e->state, ExecState::Success);
    QCOMPARE(e->trigger, Trigger::Schedule);
    QCOMPARE(e->triggeredBy, QStringLiteral("tester"));
    QCOMPARE(e->host, HostInfo::hostName());
    QCOMPARE(e->pid, HostInfo::pid());
    QCOMPARE(e->scheduledFor, QDateTime::fromString(QStringLiteral("2026-11-24T10:07:00Z"), Qt::ISODate));
    QVERIFY(e->startAt >= kNow);
    QVERIFY(e->endAt >= e->startAt);
    QVERIFY(e->durationMs >= 0);
    QVERIFY(e->output.contains(QStringLiteral("\"delivered\":3")));
    QVERIFY(e->exception.isEmpty());
    // The lease is free again.
    QCOMPARE(Lease::holderLog(test::db(), QStringLiteral("t:ok"), kNow), 0);
}

void tst_Runner::failureIsRecorded_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("expectedClass");
    QTest::addColumn<QString>("expectedMessage");
    for (const QString &b : test::backends()) {
        QTest::newRow(qPrintable(b + QStringLiteral("/TaskError"))) << b << 0 << "DeliveryError"
                                                                    << "panel unreachable";
        QTest::newRow(qPrintable(b + QStringLiteral("/std::runtime_error"))) << b << 1 << "std::runtime_error"
                                                                             << "disk on fire";
        QTest::newRow(qPrintable(b + QStringLiteral("/unknown"))) << b << 2 << "UnknownException"
                                                                  << "unknown type";
    }
}

void tst_Runner::failureIsRecorded()
{
    QFETCH(QString, backend);
    QFETCH(int, kind);
    QFETCH(QString, expectedClass);
    QFETCH(QString, expectedMessage);
    test::freshDatabase(backend);
    auto body = [kind](TaskContext &ctx) -> QJsonObject {
        ctx.step(QStringLiteral("item 42"));
        if (kind == 0)
            throw TaskError(QStringLiteral("panel unreachable"), QStringLiteral("DeliveryError"),
                            {QStringLiteral("HTTP 502")});
        if (kind == 1)
            throw std::runtime_error("disk on fire");
        throw 42;
    };
    Runner runner =
        makeRunner({std::make_shared<FakeTask>(QStringLiteral("t:fail"), Schedule::everyMinutes(1), body)});
    const QList<RunOutcome> outcomes = runner.runDue();
    QCOMPARE(outcomes.size(), 1);
    QCOMPARE(outcomes.first().state, ExecState::Failed);
    const auto e = HistoryRepository::get(test::db(), outcomes.first().logId);
    QCOMPARE(e->state, ExecState::Failed);
    QCOMPARE(e->exceptionClass, expectedClass);
    QVERIFY2(e->exception.startsWith(expectedClass + QStringLiteral(": ")), qPrintable(e->exception));
    QVERIFY2(e->exception.contains(expectedMessage), qPrintable(e->exception));
    QVERIFY(e->exceptionTrace.contains(QStringLiteral("item 42")));
    if (kind == 0) {
        QVERIFY(e->exceptionTrace.contains(QStringLiteral("HTTP 502")));
        QVERIFY(e->exceptionTrace.contains(QStringLiteral("#0 ")));
    }
    QVERIFY(e->endAt.isValid());
}

void tst_Runner::timeout()
{
    QFETCH(QString, backend);
    test::freshDatabase(backend);
    auto body = [](TaskContext &ctx) -> QJsonObject {
        for (;;) {
            ctx.checkCancelled();
            QThread::msleep(20);
        }
    };
    Runner runner = makeRunner(
        {std::make_shared<FakeTask>(QStringLiteral("t:slow"), Schedule::everyMinutes(1), body, 1)});
    QElapsedTimer timer;
    timer.start();
    const QList<RunOutcome> outcomes = runner.runDue();
    QVERIFY(timer.elapsed() < 5000);
    QCOMPARE(outcomes.size(), 1);
    QCOMPARE(outcomes.first().state, ExecState::Failed);
    QVERIFY(!outcomes.first().threadAbandoned);
    const auto e = HistoryRepository::get(test::db(), outcomes.first().logId);
    QCOMPARE(e->exceptionClass, QStringLiteral("TimeoutError"));
    QVERIFY(e->durationMs >= 1000);
    QCOMPARE(Lease::holderLog(test::db(), QStringLiteral("t:slow"), kNow), 0);
}

void tst_Runner::slotRunsOnce()
{
    QFETCH(QString, backend);
    test::freshDatabase(backend);
    Runner runner =
        makeRunner({std::make_shared<FakeTask>(QStringLiteral("t:ok"), Schedule::everyMinutes(1), ok),
                    std::make_shared<FakeTask>(QStringLiteral("t:daily"),
                                               Schedule::cron(QStringLiteral("0 9 * * *")), ok)});
    QCOMPARE(runner.runDue().size(), 2);
    QCOMPARE(runner.runDue().size(), 0);
    QCOMPARE(rows(), 2);
    // The next minute only the every-minute task is due again.
    Runner later =
        makeRunner({std::make_shared<FakeTask>(QStringLiteral("t:ok"), Schedule::everyMinutes(1), ok),
                    std::make_shared<FakeTask>(QStringLiteral("t:daily"),
                                               Schedule::cron(QStringLiteral("0 9 * * *")), ok)},
                   kNow.addSecs(60));
    const QList<RunOutcome> outcomes = later.runDue();
    QCOMPARE(outcomes.size(), 1);
    QCOMPARE(outcomes.first().task, QStringLiteral("t:ok"));
}

void tst_Runner::onlyLatestSlotIsCaughtUp()
{
    QFETCH(QString, backend);
    test::freshDatabase(backend);
    auto task = std::make_shared<FakeTask>(QStringLiteral("t:ok"), Schedule::everyMinutes(1), ok);
    makeRunner({task}, kNow.addSecs(-3 * 3600)).runDue(); // cron was then off for three hours
    QCOMPARE(rows(), 1);
    QCOMPARE(makeRunner({task}).runDue().size(), 1); // one catch-up run, not 180
    QCOMPARE(rows(), 2);
}

void tst_Runner::overlapIsSkipped()
{
    QFETCH(QString, backend);
    test::freshDatabase(backend);
    Schema::migrate(test::db());
    // Another runner holds the lease (its run lasts longer than the interval).
    QVERIFY(Lease::tryAcquire(test::db(), QStringLiteral("t:ok"), QStringLiteral("other-host:1:x"), 777, kNow,
                              kNow.addSecs(600)));
    QVERIFY(!Lease::tryAcquire(test::db(), QStringLiteral("t:ok"), QStringLiteral("third"), 778, kNow,
                               kNow.addSecs(600)));
    Runner runner =
        makeRunner({std::make_shared<FakeTask>(QStringLiteral("t:ok"), Schedule::everyMinutes(1), ok)});
    const QList<RunOutcome> outcomes = runner.runDue();
    QCOMPARE(outcomes.size(), 1);
    QCOMPARE(outcomes.first().state, ExecState::Skipped);
    const auto e = HistoryRepository::get(test::db(), outcomes.first().logId);
    QCOMPARE(e->state, ExecState::Skipped);
    QVERIFY(e->output.contains(QStringLiteral("777")));
    // The skip does not release the other runner's lease.
    QCOMPARE(Lease::holderLog(test::db(), QStringLiteral("t:ok"), kNow), 777);
}

void tst_Runner::interruptedRecovery_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("holder"); // lease holder of the run; "" = no lease
    QTest::addColumn<int>("leaseLeftSeconds");
    QTest::addColumn<int>("ageSeconds");
    QTest::addColumn<bool>("interrupted");
    // pid 2^22+1 cannot exist on Linux: that runner process is dead.
    const QString deadHere =
        HostInfo::hostName() + u'|' + HostInfo::instanceId() + QStringLiteral("|4194305|deadbeef");
    // Same host name, another container (PID namespace): its pid says nothing here.
    const QString otherInstance = HostInfo::hostName() + QStringLiteral("|0123456789ab|4194305|deadbeef");
    for (const QString &b : test::backends()) {
        QTest::newRow(qPrintable(b + QStringLiteral("/dead pid here"))) << b << deadHere << 60 << 5 << true;
        QTest::newRow(qPrintable(b + QStringLiteral("/same host name, other container, lease renewed")))
            << b << otherInstance << 60 << 5 << false;
        QTest::newRow(qPrintable(b + QStringLiteral("/lease not renewed"))) << b << otherInstance << -5 << 600 << true;
        QTest::newRow(qPrintable(b + QStringLiteral("/past its timeout but lease renewed")))
            << b << otherInstance << 60 << 3600 << false;
        QTest::newRow(qPrintable(b + QStringLiteral("/no lease, long ago"))) << b << QString() << 0 << 3600 << true;
        QTest::newRow(qPrintable(b + QStringLiteral("/no lease yet, just claimed"))) << b << QString() << 0 << 5 << false;
    }
}

void tst_Runner::interruptedRecovery()
{
    QFETCH(QString, backend);
    QFETCH(QString, holder);
    QFETCH(int, leaseLeftSeconds);
    QFETCH(int, ageSeconds);
    QFETCH(bool, interrupted);
    test::freshDatabase(backend);
    Schema::migrate(test::db());
    Sql::exec(test::db(),
              QStringLiteral(
                  "INSERT INTO cron_logs (name, scheduled_for, start_at, state, trigger_kind, host, pid) "
                  "VALUES ('t:ok', ?, ?, 'running', 'schedule', ?, 4194305)"),
              {Sql::fromUtc(kNow.addSecs(-ageSeconds)).left(19), Sql::fromUtc(kNow.addSecs(-ageSeconds)),
               HostInfo::hostName()});
    if (!holder.isEmpty())
        Sql::exec(test::db(),
                  QStringLiteral("INSERT INTO cxcron_leases (name, holder, log_id, acquired_at, expires_at) "
                                 "VALUES ('t:ok', ?, 1, ?, ?)"),
                  {holder, Sql::fromUtc(kNow.addSecs(-ageSeconds)), Sql::fromUtc(kNow.addSecs(leaseLeftSeconds))});
    // The task's timeout (60 s) plays no part: only the lease says whether the run is alive.
    Runner runner =
        makeRunner({std::make_shared<FakeTask>(QStringLiteral("t:ok"), Schedule::everyMinutes(1), ok, 60)});
    QCOMPARE(runner.recoverInterrupted(), interrupted ? 1 : 0);
    const auto e = HistoryRepository::get(test::db(), 1);
    QCOMPARE(e->state, interrupted ? ExecState::Interrupted : ExecState::Running);
    if (interrupted) {
        QCOMPARE(e->exceptionClass, QStringLiteral("Interrupted"));
        QVERIFY(!e->exception.isEmpty());
        QVERIFY(e->endAt.isValid());
        QCOMPARE(test::scalar(QStringLiteral("SELECT COUNT(*) FROM cxcron_leases WHERE holder IS NOT NULL")).toInt(), 0);
    }
}

void tst_Runner::manualRun()
{
    QFETCH(QString, backend);
    test::freshDatabase(backend);
    Runner runner = makeRunner(
        {std::make_shared<FakeTask>(QStringLiteral("t:ok"), Schedule::cron(QStringLiteral("@yearly")), ok)});
    const RunOutcome o = runner.runNow(QStringLiteral("t:ok"), Trigger::Manual, QStringLiteral("alice"));
    QCOMPARE(o.state, ExecState::Success);
    const auto e = HistoryRepository::get(test::db(), o.logId);
    QCOMPARE(e->trigger, Trigger::Manual);
    QCOMPARE(e->triggeredBy, QStringLiteral("alice"));
    QVERIFY(!e->scheduledFor.isValid());
    try {
        runner.runNow(QStringLiteral("no:such-task"), Trigger::Cli);
        QFAIL("unknown task must throw");
    } catch (const Error &error) {
        QCOMPARE(error.kind(), ErrorKind::NotFound);
        QVERIFY(error.message().contains(QStringLiteral("t:ok")));
    }
}

void tst_Runner::manualRunRefusedWhenBusy()
{
    QFETCH(QString, backend);
    test::freshDatabase(backend);
    Schema::migrate(test::db());
    QVERIFY(Lease::tryAcquire(test::db(), QStringLiteral("t:ok"), QStringLiteral("h:1:x"), 5, kNow,
                              kNow.addSecs(600)));
    Runner runner =
        makeRunner({std::make_shared<FakeTask>(QStringLiteral("t:ok"), Schedule::everyMinutes(1), ok)});
    try {
        runner.runNow(QStringLiteral("t:ok"), Trigger::Manual);
        QFAIL("a running task must refuse a manual run");
    } catch (const Error &error) {
        QCOMPARE(error.kind(), ErrorKind::Busy);
    }
    QCOMPARE(rows(), 0); // refused: nothing written
}

void tst_Runner::disabledOverride()
{
    QFETCH(QString, backend);
    test::freshDatabase(backend);
    Schema::migrate(test::db());
    TaskOverride o;
    o.enabled = false;
    TaskSettings::save(test::db(), QStringLiteral("t:off"), o);
    TaskOverride every5;
    every5.schedule = QStringLiteral("5m");
    TaskSettings::save(test::db(), QStringLiteral("t:five"), every5);
    TaskOverride bad;
    bad.schedule = QStringLiteral("not a schedule");
    QVERIFY_THROWS_EXCEPTION(Error, TaskSettings::save(test::db(), QStringLiteral("t:five"), bad));
    Runner runner =
        makeRunner({std::make_shared<FakeTask>(QStringLiteral("t:off"), Schedule::everyMinutes(1), ok),
                    std::make_shared<FakeTask>(QStringLiteral("t:five"), Schedule::everyMinutes(1), ok)});
    const QList<RunOutcome> outcomes = runner.runDue();
    QCOMPARE(outcomes.size(), 1);
    QCOMPARE(outcomes.first().task, QStringLiteral("t:five"));
    QCOMPARE(Sql::toUtc(test::scalar(QStringLiteral("SELECT scheduled_for FROM cron_logs"))),
             QDateTime::fromString(QStringLiteral("2026-11-24T10:05:00Z"), Qt::ISODate));
}

void tst_Runner::concurrentRunnersClaimOnce()
{
    QFETCH(QString, backend);
    const ConnectionProfile profile = test::freshDatabase(backend);
    Schema::migrate(test::db());
    std::atomic_int runs{0};
    auto counting = [&runs](TaskContext &) -> QJsonObject {
        ++runs;
        QThread::msleep(50);
        return {};
    };
    QList<std::shared_ptr<Task>> tasks;
    for (int i = 0; i < 4; ++i)
        tasks << std::make_shared<FakeTask>(QStringLiteral("t:%1").arg(i), Schedule::everyMinutes(1),
                                            counting);
    std::vector<std::thread> threads;
    std::atomic_int errors{0};
    for (int i = 0; i < 6; ++i) {
        threads.emplace_back([&] {
            try {
                makeRunner(tasks).runDue();
            } catch (...) {
                ++errors;
            }
            Database::closeThreadConnection();
        });
    }
    for (auto &t : threads)
        t.join();
    QCOMPARE(errors.load(), 0);
    QCOMPARE(runs.load(), 4);
    QCOMPARE(rows(), 4);
    QCOMPARE(rows(QStringLiteral("state = 'success'")), 4);
}

void tst_Runner::hugeOutputIsCapped()
{
    QFETCH(QString, backend);
    test::freshDatabase(backend);
    auto big = [](TaskContext &) -> QJsonObject {
        return {{QStringLiteral("blob"), QString(6 * 1024 * 1024, u'x')}};
    };
    Runner runner =
        makeRunner({std::make_shared<FakeTask>(QStringLiteral("t:big"), Schedule::everyMinutes(1), big)});
    const QList<RunOutcome> outcomes = runner.runDue();
    QCOMPARE(outcomes.first().state, ExecState::Success);
    const auto e = HistoryRepository::get(test::db(), outcomes.first().logId);
    QVERIFY(e->output.size() < 200 * 1024);
    QVERIFY(e->output.contains(QStringLiteral("\"truncated\":true")));
}

QTEST_GUILESS_MAIN(tst_Runner)
#include "tst_runner.moc"
